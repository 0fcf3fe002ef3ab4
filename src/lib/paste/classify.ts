import { headChars } from '../bounds';
import { readTokenInput } from '../token/input';
import { readConsoleMessage, type Browser } from './console';
import { cleanTerminal, type TerminalNoise } from './terminal';

/** What a paste into "Paste anything" was read as. */
export type PasteKind =
  | 'empty'
  | 'token'
  | 'token-url'
  | 'token-response'
  | 'error-body'
  | 'json-body'
  | 'curl-command'
  | 'curl-output'
  | 'http-response'
  | 'curl-error'
  | 'console'
  | 'redirect-code'
  | 'redirect-error'
  | 'html'
  | 'unknown';

/** Where a paste goes: the decoder, the paste-a-response diagnosis, the curl import, the form's code, or a choice. */
export type PasteRoute = 'decoder' | 'response' | 'import' | 'code' | 'choose';

export interface PasteReading {
  kind: PasteKind;
  route: PasteRoute;
  /** What the terminal cleaner took away. */
  removed: TerminalNoise[];
  /** curl output: read with -i (include) or -v (verbose), or only its body. A token: how it was wrapped. */
  variant?: 'include' | 'verbose' | 'body' | 'jws' | 'jwe' | 'bearer' | 'opaque';
  browser?: Browser;
  status?: number;
  /** The path the request went to, when the paste names it: `/oauth/token`. */
  endpoint?: string;
  /** The command echoed before curl's output. */
  command?: string;
  /** A console message: the app's origin and the URL it called. */
  origin?: string;
  url?: string;
  /** A redirect back from /authorize. */
  code?: string;
  redirectUri?: string;
  error?: string;
  errorDescription?: string;
  /** An HTML page's title. */
  title?: string;
}

const routes: Record<PasteKind, PasteRoute> = {
  empty: 'choose',
  token: 'decoder',
  'token-url': 'decoder',
  'token-response': 'response',
  'error-body': 'response',
  'json-body': 'response',
  'curl-command': 'import',
  'curl-output': 'response',
  'http-response': 'response',
  'curl-error': 'response',
  console: 'response',
  'redirect-code': 'code',
  'redirect-error': 'response',
  html: 'response',
  unknown: 'choose',
};

const jws = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
const jwe = /^eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*$/;
/** An opaque token is short: Auth0's are a few dozen characters. Anything longer without dots is not one. */
const opaque = /^[A-Za-z0-9\-._~+/]{16,512}=*$/;
const statusLine = /^(?:< )?HTTP\/\d(?:\.\d)? (\d{3})/gm;
const verboseRequest = /^> (?:POST|GET|PUT|DELETE|PATCH) (\/\S{0,2048}) HTTP/m;
const commandUrl = /(https?:\/\/[^\s'"\\]{1,2048})/;
const htmlStart = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>]|<title>)/i;
const htmlTitle = /<title[^>]{0,200}>([^<]{0,300})<\/title>/i;
const curlError = /^curl: \((\d{1,3})\)/m;
/** What curl prints: a status line, -v's lines, a JSON or HTML body, its own error line. */
const looksLikeOutput = /^(?:HTTP\/\d|< |\* |\{\s*"|\{\s*$|\[\s*[{"]|curl: \(\d|<!doctype|<html)/i;
/** A JSON value: `{…}`, or an array of values (`[Error] …` is Safari's console, not JSON). */
const jsonStart = /^(?:\{|\[\s*(?:[[{"\d\]-]|true|false|null))/;
const redirectUrl = /^(?:https?:\/\/[^\s?#]{1,2048})?[?#]([^\s]{0,65536})$/;

/**
 * Say what a paste is, before anything is done with it: a token, a token response, a curl command, curl's output
 * (with whatever the terminal added), an HTTP answer, a console message, a redirect, an HTML page; `unknown` when it
 * cannot tell. Pure, and bounded: only the head of a long paste is looked at.
 */
export function classifyPaste(pasted: string): PasteReading {
  const cleaned = cleanTerminal(pasted);
  const text = cleaned.text.trim();
  const head = text.slice(0, headChars);
  const base = { removed: cleaned.removed, ...(cleaned.command ? { command: cleaned.command } : {}) };
  const read = (kind: PasteKind, facts: Partial<PasteReading> = {}): PasteReading => ({
    kind,
    route: routes[kind],
    ...base,
    ...facts,
  });

  if (cleaned.command !== undefined) {
    const endpoint = pathOf(commandUrl.exec(cleaned.command)?.[1]);
    // What follows the command is its output, or more of the command (options on lines the author forgot to
    // continue, a stray closing quote): the import reads those.
    const output =
      text !== '' &&
      (looksLikeOutput.test(head) || cleaned.removed.some((noise) => noise !== 'command' && noise !== 'prompt'));
    if (!output) return read('curl-command', { endpoint });
    return readAnswer(text, head, (kind, facts) => read(kind, { endpoint, ...facts }), true);
  }
  if (text === '') return read('empty');
  if (/^(?:\/\/\s*|#[^\n]*\n\s*)*curl(?:\.exe)?\s/.test(head)) {
    return read('curl-command', { endpoint: pathOf(commandUrl.exec(head)?.[1]) });
  }
  return readAnswer(text, head, read, false);
}

type Read = (kind: PasteKind, facts?: Partial<PasteReading>) => PasteReading;

/** An answer: curl's output (`echoed`: after its command), an HTTP dump, a body, a console message, a redirect, a token. */
function readAnswer(text: string, head: string, read: Read, echoed: boolean): PasteReading {
  const failure = curlError.exec(head);
  if (failure && !/^(?:< )?HTTP\//m.test(head)) return read('curl-error');
  const statuses = [...head.matchAll(statusLine)];
  const status = Number(statuses.at(-1)?.[1]) || undefined;
  if (statuses.length) {
    const verbose = /^< HTTP\//m.test(head);
    const endpoint = pathOf(verboseRequest.exec(head)?.[1]);
    const facts = { status, ...(endpoint ? { endpoint } : {}), ...htmlFacts(head) };
    if (verbose) return read('curl-output', { variant: 'verbose', ...facts });
    return read(echoed ? 'curl-output' : 'http-response', { variant: 'include', ...facts });
  }
  if (jsonStart.test(head)) {
    const kind = /"(?:access_token|id_token)"\s*:/.test(head)
      ? 'token-response'
      : /"error"\s*:/.test(head)
        ? 'error-body'
        : 'json-body';
    return read(echoed ? 'curl-output' : kind, { variant: 'body' });
  }
  if (htmlStart.test(head)) return read('html', htmlFacts(head));
  const message = readConsoleMessage(head);
  if (message) return read('console', message);
  const redirect = readRedirect(text);
  if (redirect) return read(redirect.kind, redirect.facts);
  const token = readToken(text);
  if (token) return read('token', { variant: token });
  return read('unknown');
}

function htmlFacts(head: string): Partial<PasteReading> {
  const title = htmlTitle.exec(head)?.[1]?.trim();
  return title ? { title } : {};
}

/**
 * A JWT or JWE as the decoder reads it (bare or quoted, after `Bearer`, an Authorization header, an
 * `"access_token": …` line). A string without dots is called a token only where it is said to be one.
 */
function readToken(text: string): PasteReading['variant'] | undefined {
  const input = readTokenInput(text);
  const raw = input.ok ? input.value.tokens[0]?.raw : undefined;
  if (!raw) return undefined;
  const wrapped = /^(?:-H\s+|--header\s+)?["'`]?(?:authorization\s*:\s*)?(?:bearer|dpop)\s/i.test(text.trimStart());
  if (jws.test(raw)) return wrapped ? 'bearer' : 'jws';
  if (jwe.test(raw)) return 'jwe';
  // A bare string may be a token, a secret, an id: only a Bearer header or a token field says it is a token.
  const said = wrapped || /^\W{0,3}(?:access_token|id_token)\W/.test(text.trimStart());
  return said && opaque.test(raw) ? 'opaque' : undefined;
}

/** A URL the browser came back to from /authorize: `?code=…`, `?error=…`, `#access_token=…`. */
function readRedirect(text: string): { kind: PasteKind; facts: Partial<PasteReading> } | undefined {
  const match = redirectUrl.exec(text.slice(0, headChars));
  if (!match?.[1]) return undefined;
  const params = new URLSearchParams(match[1].replace(/^[?#]/, '').replace('#', '&'));
  if (params.has('access_token') || params.has('id_token')) return { kind: 'token-url', facts: {} };
  const base = /^(https?:\/\/[^\s?#]+)/.exec(text)?.[1];
  const error = params.get('error');
  if (error) {
    const description = params.get('error_description') ?? undefined;
    return { kind: 'redirect-error', facts: { error, ...(description ? { errorDescription: description } : {}) } };
  }
  const code = params.get('code');
  if (code) return { kind: 'redirect-code', facts: { code, ...(base ? { redirectUri: base } : {}) } };
  return undefined;
}

/** The path of a URL from pasted text, without its query. */
function pathOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  const path = /^(?:https?:\/\/[^/?#\s]*)?(\/[^?#\s]*)/.exec(url)?.[1];
  return path ? path.replace(/(?<!\/)\/+$/, '') || '/' : undefined;
}
