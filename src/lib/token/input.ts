import { formatTexts } from '../text/format';
import { err, ok, type Result } from '../result';
import { decodeMessages, inputNotes } from '../text/decode';
import { describeIssues, isJsonObject, tokenResponseSchema, type TokenResponse } from './schemas';

/** Where a token came from: a field of a token response, or pasted on its own. */
export type TokenSource = 'access_token' | 'id_token' | 'refresh_token' | 'pasted';

export interface FoundToken {
  source: TokenSource;
  raw: string;
}

export interface TokenInput {
  tokens: FoundToken[];
  /** How the input was read, when it was more than a bare token. */
  note?: string;
  /** The whole token response, when one was pasted. */
  response?: TokenResponse;
}

export type InputErrorCode = 'empty' | 'response-not-json' | 'response-without-tokens' | 'response-invalid';

export interface InputError {
  code: InputErrorCode;
  message: string;
}

const tokenFields = ['access_token', 'id_token', 'refresh_token'] as const;

/**
 * Read what a person pasted into the decoder: a bare token, an `Authorization: Bearer` header, a quoted token,
 * a `"access_token": "…"` line, URL parameters from a redirect, or a whole token response (RFC 6749 §5.1).
 */
export function readTokenInput(text: string): Result<TokenInput, InputError> {
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty', message: decodeMessages.empty() });
  if (trimmed.startsWith('{')) return readResponse(trimmed);
  return ok(readFieldLine(trimmed) ?? readUrlParameters(trimmed) ?? readBareToken(trimmed));
}

function readResponse(text: string): Result<TokenInput, InputError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err({ code: 'response-not-json', message: decodeMessages.responseNotJson(errorText(error)) });
  }
  return readTokenResponse(json);
}

/** The tokens of a token response already parsed (RFC 6749 §5.1), e.g. an exchange's body: not parsed again. */
export function readTokenResponse(json: unknown): Result<TokenInput, InputError> {
  const parsed = tokenResponseSchema.safeParse(json);
  if (!parsed.success) {
    return err({ code: 'response-invalid', message: decodeMessages.responseInvalid(describeIssues(parsed.error)) });
  }
  const tokens = tokenFields.flatMap((source) => {
    const raw = parsed.data[source];
    return raw === undefined ? [] : [{ source, raw: raw.trim() }];
  });
  if (tokens.length === 0 || !isJsonObject(json)) {
    return err({ code: 'response-without-tokens', message: decodeMessages.responseWithoutTokens() });
  }
  return ok({
    tokens,
    note: inputNotes.response(formatTexts.list(tokens.map((t) => t.source))),
    response: parsed.data,
  });
}

const fieldLine = /^"?(access_token|id_token|refresh_token)"?\s*[:=]\s*"([^"]*)"\s*,?$/;

function readFieldLine(text: string): TokenInput | undefined {
  const match = fieldLine.exec(text);
  if (!match?.[1] || match[2] === undefined) return undefined;
  const source = tokenFields.find((field) => field === match[1]) ?? 'pasted';
  return { tokens: [{ source, raw: match[2].trim() }] };
}

const urlParameter = /(?:^|[?#&])(access_token|id_token|refresh_token)=([^&#\s]*)/g;

function readUrlParameters(text: string): TokenInput | undefined {
  // A quick look first: a 10 MB paste without "_token=" is not scanned by the pattern at all.
  if (!text.includes('_token=')) return undefined;
  const tokens: FoundToken[] = [];
  for (const [, name, value] of text.matchAll(urlParameter)) {
    const source = tokenFields.find((field) => field === name);
    if (source && value) tokens.push({ source, raw: safeDecodeURIComponent(value) });
  }
  return tokens.length ? { tokens, note: inputNotes.urlParameters() } : undefined;
}

const wrappers = [
  /^(?:-H|--header)\s+/, // a curl header option
  /^(?:authorization\s*:\s*)?(?:bearer|dpop)\s+/i, // an Authorization header or its value
];
const isQuote = (char: string | undefined) => char === '"' || char === "'" || char === '`';
/** What String.prototype.trim removes: ASCII first, the rest by `\s`, which is the same set. */
const isSpace = (code: number) =>
  code === 32 || (code >= 9 && code <= 13) || (code > 127 && /\s/.test(String.fromCharCode(code)));

/**
 * Strip matching quotes layer after layer (`"…"`, `'…'`, `` `…` ``, or `"…",` from JSON), trimming inside each.
 * Done by index, not by a pattern per layer, so 400,000 quotes cost one pass instead of one pass per layer.
 */
function unquote(text: string): string {
  let start = 0;
  let end = text.length;
  for (let quote = text[start]; isQuote(quote); quote = text[start]) {
    if (end - start >= 2 && text[end - 1] === quote) end -= 1;
    else if (end - start >= 3 && text[end - 1] === ',' && text[end - 2] === quote) end -= 2;
    else break;
    start += 1;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
  }
  return start === 0 && end === text.length ? text : text.slice(start, end);
}

function readBareToken(text: string): TokenInput {
  let raw = text;
  let header = false;
  for (;;) {
    raw = unquote(raw);
    const wrapper = wrappers.map((pattern) => pattern.exec(raw)).find((match) => match !== null);
    if (!wrapper) break;
    raw = raw.slice(wrapper[0].length).trim();
    header = true;
  }
  // A token wrapped by an editor or a terminal comes back with line breaks in it. The lookbehind starts a match
  // only where a run of spaces starts, so a long run without a line break is scanned once, not once per space.
  if (raw.includes('\n') || raw.includes('\r')) raw = raw.replace(/(?<!\s)\s*[\r\n]\s*/g, '');
  const tokens: FoundToken[] = [{ source: 'pasted', raw }];
  return header ? { tokens, note: inputNotes.bearer() } : { tokens };
}

function safeDecodeURIComponent(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
