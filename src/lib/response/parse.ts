import { cut, descriptionChars, headChars } from '../bounds';
import { endpointOfUrl, type Endpoint, type EndpointFact } from '../endpoint';
import { parseJsonBody, type Exchange, type ExchangeState } from '../exchange';
import { cleanTerminal, type CleanedPaste } from '../paste/terminal';
import { err, ok, type Result } from '../result';
import { responseMessages } from '../text/response';
import { transportEvidence } from '../text/transport';

export interface PasteError {
  code: 'empty';
  message: string;
}

const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:[ \t]+([^\r\n]*))?$/;
/** A browser's words for a CORS refusal, not the header's name in a request or response dump (`Access-Control-…: *`). */
const corsMessage =
  /blocked by CORS policy|Cross-Origin Request Blocked|CORS header|No ['‘"]?Access-Control-Allow-Origin['’"]? header|Access-Control-Allow-Origin['’"]? (?:header )?(?:is missing|does not match|contains multiple|has a value)|"crossDomain"\s*:\s*true/i;
const networkMessage =
  /ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|ERR_ADDRESS_UNREACHABLE|NetworkError when attempting to fetch|Failed to fetch(?![ \t]+[a-z]{2})/i;
const curlError = /^curl: \((\d+)\)\s*(.*)$/m;
/** curl exit codes: 28 is a timeout; 6, 7 and 35 mean no connection. */
const curlTimeout = new Set(['28']);
/**
 * Exit codes of a certificate curl would not trust (60, 77) or show (58): the tenant did answer, and the words are
 * read as any other error's, for the certificate's condition (a proxy inspecting TLS), not as no connection.
 */
const curlCertificate = new Set(['58', '60', '77']);

/**
 * Read a pasted response into the same exchange a direct send would make: a JSON body, `curl -i` or `curl -v`
 * output (HTTP/1.1 and HTTP/2), a plain-text or HTML body, a browser console message, a curl error, or a curl
 * command line followed by its output. The endpoint that answered is read from the paste (the `curl -v` request
 * line, the command's URL, the console message's URL, a redirect back with `?error=`); when the paste does not
 * say, it is the one the person chose next to the paste box, or /oauth/token.
 */
export function parsePastedResponse(pasted: string, chosen?: Endpoint): Result<Exchange, PasteError> {
  // What the terminal added (prompt, echoed command, zsh's %, colours) goes first; the command is kept.
  const cleaned = cleanTerminal(pasted);
  const text = cleaned.text;
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty', message: responseMessages.empty() });
  const command = echoedCommand(cleaned, trimmed);
  const logged = command ? undefined : consoleLine(trimmed);
  const output = command?.output ?? logged?.output ?? trimmed;
  const exchange = readOutput(output);
  const head = trimmed.slice(0, headChars);
  const url = command?.url ?? logged?.url ?? exchange.url;
  const endpoint = endpointFrom(verboseRequest.exec(head)?.[1], 'verbose') ??
    endpointFrom(command?.url, 'command') ??
    endpointFrom(logged?.url ?? (exchange.state === 'http' ? undefined : exchange.url), 'console') ??
    endpointFrom(failedLine.exec(head)?.[1], 'console') ??
    endpointFrom(refusedLine.exec(head)?.[1], 'console') ??
    (isRedirectBack(head) ? { path: '/authorize' as const, source: 'url' as const } : undefined) ??
    endpointFrom(requestLine.exec(head)?.[1], 'url') ??
    (chosen ? { path: chosen, source: 'chosen' as const } : undefined) ??
    (tokenLibraryError.test(head) ? { path: 'api' as const, source: 'library' as const } : undefined) ??
    (managementTool.test(head) ? { path: '/api/v2' as const, source: 'tool' as const } : undefined) ?? {
      path: '/oauth/token' as const,
      source: 'default' as const,
    };
  return ok({
    ...exchange,
    ...(exchange.status === undefined && logged?.status ? { status: logged.status } : {}),
    ...(url ? { url } : {}),
    ...(command ? { command: command.text } : {}),
    endpoint,
  });
}

/**
 * An error of a library that checks a token it was handed (jsonwebtoken, express-jwt, jose, PyJWT, python-jose,
 * Microsoft.IdentityModel, java-jwt, jjwt): the answer is an API's (or an app's) check of an Auth0 token, not an
 * answer of Auth0's own endpoints.
 */
const tokenLibraryError =
  /\b(?:JsonWebTokenError|TokenExpiredError|NotBeforeError|JWTClaimValidationFailed|JWTExpired|JWSSignatureVerificationFailed|JWKSNoMatchingKey|SecurityToken\w{0,40}Exception|IDX1\d{4}|InvalidAudienceError|InvalidIssuerError|ExpiredSignatureError|ImmatureSignatureError|InvalidSignatureError|JWTClaimsError|TokenExpiredException|InvalidClaimException|IncorrectClaimException|MissingClaimException|SignatureVerificationException|ExpiredJwtException|MalformedJwtException|jwt (?:audience|issuer) invalid|jwt (?:expired|malformed|not active))\b/;

/**
 * A tool that manages the tenant through the Management API, named in its own output: Terraform's Auth0 provider
 * and its `auth0_*` resources, the Deploy CLI (a0deploy).
 */
const managementTool =
  /registry\.terraform\.io\/auth0\/auth0|\bresource "auth0_\w{1,40}"|\bwith auth0_\w{1,40}\.|\ba0deploy\b|auth0-deploy-cli|\bproblem running command (?:import|export|deploy)\b|\bpulumi[-_ ]auth0\b|\bprovider=auth0@/i;

/** `> POST /oauth/token HTTP/2`: the request line curl -v prints. */
const verboseRequest = /^> (?:GET|POST|PUT|PATCH|DELETE|OPTIONS|HEAD) (\S{1,2000}) HTTP\//m;
/** `POST https://…/oauth/token net::ERR_NAME_NOT_RESOLVED`: Chrome's console line for a request that never got an answer. */
const failedLine = /^(?:GET|POST|PUT|PATCH|DELETE|OPTIONS) (https?:\/\/\S{1,2000}) net::/;
/** `Refused to connect to 'https://…/oauth/token' because it violates … Content Security Policy`: the page's own CSP. */
const refusedLine = /^Refused to (?:connect|frame|load[\w ]{0,30}|send form data) to '(https?:\/\/[^'\s]{1,2000})'/m;
/** `POST https://…/oauth/token HTTP/1.1`: a request line an SDK's log prints before the answer. */
const requestLine = /^(?:GET|POST|PUT|PATCH|DELETE) (https?:\/\/\S{1,2000})(?: HTTP\/[\d.]{1,3})?\s*$/m;
/** The page the browser came back to after /authorize: `https://app/callback?error=…`, or its query alone. */
function isRedirectBack(head: string): boolean {
  const first = head.slice(0, Math.max(0, head.indexOf('\n')) || head.length);
  return /^(?:https?:\/\/|[?#]?error=)/.test(first) && /(?:^|[?#&])error=[^&\s]/.test(first);
}

function endpointFrom(url: string | undefined, source: EndpointFact['source']): EndpointFact | undefined {
  const path = url === undefined ? undefined : endpointOfUrl(url);
  return path ? { path, source } : undefined;
}

/** The command the terminal cleaner took off the top of the paste, with the output that followed it. */
function echoedCommand(
  cleaned: CleanedPaste,
  output: string,
): { text: string; url?: string; output: string } | undefined {
  // A paste that is nothing but a command is left whole by the cleaner (it took nothing away): no output of its own.
  const command = cleaned.removed.includes('command') ? cleaned.command?.trim() : undefined;
  if (!command) return undefined;
  const url = /(?:^|[\s'"=])(https?:\/\/[^\s'"\\]{1,2000})/.exec(command)?.[1];
  return { text: command, ...(url ? { url } : {}), output };
}

/**
 * A browser console's line about a failed request, `POST https://…/oauth/token 401 (Unauthorized)` (Chrome) or
 * `XHR POST https://…/oauth/token [HTTP/2 401 …]` (Firefox), with what the application logged after it.
 */
const consoleRequest =
  /^(?:XHR |Fetch )?(?:GET|POST|PUT|PATCH|DELETE|OPTIONS) (https?:\/\/[^\s[]{1,2000})(?: \[HTTP\/[\d.]{1,3} (\d{3})| (\d{3})\b)[^\n]{0,200}/;

function consoleLine(text: string): { url: string; status?: number; output: string } | undefined {
  const found = consoleRequest.exec(text);
  if (!found?.[1]) return undefined;
  const status = found[2] ?? found[3];
  return {
    url: found[1],
    ...(status ? { status: Number(status) } : {}),
    output: text.slice(found[0].length).trim(),
  };
}

/** The answer itself, without its endpoint: a curl error, a console message, or an HTTP answer. */
function readOutput(trimmed: string): Exchange {
  const base = { transport: 'pasted' as const, headers: [] as [string, string][], body: '', evidence: [] as string[] };
  // What kind of paste this is shows in its first lines (bounds.ts): a 10 MB body is not scanned by every pattern.
  const head = trimmed.slice(0, headChars);

  const failure = curlError.exec(head);
  if (failure?.[1] && !curlCertificate.has(failure[1]) && !/^(<|HTTP\/)/m.test(head)) {
    const state: ExchangeState = curlTimeout.has(failure[1]) ? 'timeout' : 'network-error';
    const message = cut(failure[2] ?? '', descriptionChars);
    return { ...base, state, evidence: [responseMessages.curlError(failure[1], message)] };
  }
  if (!/^[{[]/.test(head) && !/^(<\s)?HTTP\//m.test(head)) {
    const url = /(?:at|from|for) '?(https?:\/\/[^\s']+)'?/.exec(head)?.[1];
    const state = corsMessage.test(head) ? 'cors-blocked' : networkMessage.test(head) ? 'network-error' : undefined;
    if (state) {
      const evidence = [transportEvidence.browserMessage(cut(trimmed, descriptionChars))];
      return { ...base, state, evidence, ...(url ? { url } : {}) };
    }
  }
  const http =
    /^[ \t]*[<>*]\s/m.test(head) && /^<\s+HTTP\//m.test(head) ? verboseOutput(trimmed) : includeOutput(trimmed);
  return { ...base, state: 'http', ...http, json: parseJsonBody(http.body) };
}

type HttpParts = Pick<Exchange, 'status' | 'statusText' | 'headers' | 'body'>;

/**
 * `curl -i` (or a raw HTTP dump): status blocks, then the body; only the last status block counts. Read from the
 * top line by line, and only within `headChars`; the body is sliced off once, never split into lines.
 */
function includeOutput(text: string): HttpParts {
  let status: number | undefined;
  let statusText: string | undefined;
  let headers: [string, string][] = [];
  let at = 0;
  for (let first = lineAt(text, at); at < headChars; first = lineAt(text, at)) {
    const match = statusLine.exec(first.line);
    if (!match) break;
    status = Number(match[1]);
    statusText = match[2]?.trim() || undefined;
    headers = [];
    at = first.next;
    for (let line = lineAt(text, at); at < headChars && line.line.trim() !== ''; line = lineAt(text, at)) {
      addHeader(headers, line.line);
      at = line.next;
    }
    at = afterBlankLines(text, at);
  }
  const body = status === undefined ? text : text.slice(at).replaceAll('\r\n', '\n');
  return { status, statusText, headers, body };
}

const whitespace = /\s*/y;

/** Where the first line with something on it starts, from `start` on (blank lines skipped in one pass). */
function afterBlankLines(text: string, start: number): number {
  whitespace.lastIndex = start;
  whitespace.exec(text);
  return whitespace.lastIndex >= text.length
    ? text.length
    : Math.max(start, text.lastIndexOf('\n', whitespace.lastIndex) + 1);
}

/** The line that starts at `start` (without its CR LF or LF), and where the next one starts. */
function lineAt(text: string, start: number): { line: string; next: number } {
  const end = text.indexOf('\n', start);
  const stop = end < 0 ? text.length : end;
  return {
    line: text.slice(start, text[stop - 1] === '\r' && stop > start ? stop - 1 : stop),
    next: end < 0 ? text.length : end + 1,
  };
}

/**
 * `curl -v`: response lines start with "< ", request lines with "> ", notes with "* "; the rest is the body. Runs of
 * body lines are sliced out whole rather than collected line by line.
 */
function verboseOutput(text: string): HttpParts {
  let status: number | undefined;
  let statusText: string | undefined;
  let headers: [string, string][] = [];
  const body: string[] = [];
  let run = -1;
  /** The run of body lines ends before the line at `at`: take it without the line break before that line. */
  const endRun = (at: number) => {
    const end = Math.max(run, at - 1);
    const stop = text[end - 1] === '\r' && end > run ? end - 1 : end;
    if (run >= 0) body.push(text.slice(run, stop).replaceAll('\r\n', '\n'));
    run = -1;
  };
  for (let at = 0; at < text.length;) {
    const { line, next } = lineAt(text, at);
    if (line.startsWith('< ') || line === '<') {
      endRun(at);
      const content = line.slice(2);
      const match = statusLine.exec(content);
      if (match) {
        status = Number(match[1]);
        statusText = match[2]?.trim() || undefined;
        headers = [];
      } else if (content.trim()) addHeader(headers, content);
    } else if (/^([>*]( |$)|[{}] \[)/.test(line)) endRun(at);
    else if (run < 0) run = at;
    at = next;
  }
  endRun(text.length + 1);
  return { status, statusText, headers, body: body.join('\n').trim() };
}

function addHeader(headers: [string, string][], line: string): void {
  const at = line.indexOf(':');
  if (at > 0) headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
}
