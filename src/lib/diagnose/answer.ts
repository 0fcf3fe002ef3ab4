import { cut, descriptionChars, headChars } from '../bounds';
import type { Exchange } from '../exchange';
import { htmlPage, unescapeEntities } from './html';

/**
 * An answer as the catalogue reads it, whatever its shape: an RFC 6749 body, the Management API's
 * `{statusCode, error, message, errorCode}`, /dbconnections' `{name, code, description}`, a sentence where a code
 * belongs (`{"error":"Rate limit reached"}`), a redirect's `?error=…&error_description=…`, an SDK's
 * `code: description` line, a `WWW-Authenticate` challenge with no body, plain text, or an HTML error page.
 */
export interface Answer {
  /** Codes the answer carries, as sent, most telling first: `error`, `errorCode`, `code`, `name`, the challenge's. */
  codes: string[];
  /** Its sentences, each at most `descriptionChars` long: `error_description`, `message`, `description`, … */
  descriptions: string[];
  /** The body as raw-body patterns read it: a window of the text, an HTML page's words instead of its markup. */
  text: string;
  /** A sentence where the code belongs (`{"error":"Rate limit reached"}`): an error all the same. */
  errorText?: string;
  /**
   * In plain text with prose around it (an issue's words, a log), the lines that are the error itself
   * (`Uncaught (in promise) Error: …`, `…Exception: …`): a pattern met there outweighs one met in the prose.
   */
  errorLines: string[];
  /** Whether the body is an object parsed from JSON, or an HTML page. */
  json: boolean;
  html: boolean;
  facts: AnswerFacts;
}

/** What the headers and an HTML page add, for the texts to quote. */
export interface AnswerFacts {
  /** Seconds to wait, from `Retry-After` or `x-ratelimit-reset` (an epoch time), as of when the answer came. */
  retryAfter?: number;
  rateLimit?: string;
  rateRemaining?: string;
  /** The challenge of `WWW-Authenticate` (`Bearer`, `DPoP`), the header whole (windowed), and the scope it asks for. */
  challenge?: string;
  challengeHeader?: string;
  requiredScope?: string;
  /** The HTTP reason phrase some bodies repeat (`"error": "Forbidden"` next to `statusCode`). */
  reason?: string;
  /** The status written into a plain answer (`409 Conflict: …`, as a CLI prints it) when no status line came. */
  status?: number;
  /** The event type of a tenant log entry pasted from Monitoring > Logs (`feccft`, `fp`, `limit_wc`). */
  logType?: string;
  pageTitle?: string;
  trackingId?: string;
}

const codeShape = /^[A-Za-z][\w.:-]{0,99}$/;
/** OAuth's and Auth0's error codes, as the key of a `{"invalid_request": "sentence"}` body (never `access_token`). */
const oauthCode =
  /^(?:access_denied|invalid_grant|invalid_client|invalid_request|invalid_scope|invalid_target|unauthorized_client|unsupported_grant_type|unsupported_response_type|login_required|consent_required|interaction_required|mfa_required|server_error|temporarily_unavailable|invalid_token|insufficient_scope|expired_token|too_many_requests|extensibility_error)$/;
/** A log event type: a few lower-case letters, some with an underscore part (`f`, `feccft`, `limit_wc`, `gd_auth_failed`). */
const logType = /^[a-z]{1,12}(?:_[a-z]{1,20}){0,3}$/;
const failureLogType = /^(?:f[a-z]{0,11}|limit_[a-z_]{1,20}|pwd_leak|api_limit|gd_[a-z_]{1,40})$/;
/**
 * A status written before the words, as CLIs and SDKs print a failed call: `409 Conflict: …`, `HTTP 400 Bad Request -
 * …`, `Bad Request: …`. Only an error's status (4xx, 5xx) followed by its own reason phrase: a number in a sentence
 * ("expires in 300 …") is not one.
 */
const statusLine =
  /(?:^|[\s:(│▸|>])(?:HTTP(?:\/[\d.]{1,3})?[ \t]+)?(?<status>[45]\d\d)[ \t]+(?<reason>Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Conflict|Gone|Precondition Failed|Payload Too Large|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout)(?:[ \t]*[:\-–][ \t]*(?<said>[^\n]{1,1000}))?/i;
/** The reason phrase alone, at the start, with words after it (`Bad Request: A draft must be…`). */
const reasonLine =
  /^(?<reason>Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Conflict|Gone|Precondition Failed|Payload Too Large|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable|Gateway Timeout)[ \t]*[:\-–][ \t]*(?<said>[^\n]{1,1000})/i;
const javaNotFound = /\bFileNotFoundException: https?:\/\//;
/** A response object as a console or a log prints it: `status: 403,` or `"statusCode": 429`. */
const memberStatus = /(?:^|[\s{,])["']?(?:status|statusCode|status_code)["']?[ \t]*[:=][ \t]*(?<status>[45]\d\d)\b/m;
/** An exception whose whole message is the reason phrase (.NET's `ErrorApiException: Unauthorized`): its status. */
const reasonOnly =
  /(?:Exception|Error):[ \t]+(?<reason>Bad Request|Unauthorized|Forbidden|Not Found|Too Many Requests|Internal Server Error)[ \t.]*$/im;
const reasonStatus: Record<string, number> = {
  'bad request': 400,
  unauthorized: 401,
  forbidden: 403,
  'not found': 404,
  'too many requests': 429,
  'internal server error': 500,
};
/**
 * A status a person names in prose ("I get a 401", "the 403 error", "returns **400**"), next to the words that make it
 * one: read only when nothing printed a status line.
 */
const proseStatus =
  /\b(?:(?:a|an|the|with|returns?|returned|returning|got|gets?|getting|received?|throws?|status(?: code)?|error(?: code)?|http|response(?: code)?)[ \t:*_`"']{1,4}(?<a>[45]\d\d)|(?<b>[45]\d\d)[ \t*_`"'-]{1,4}(?:(?:client |server )?error|response|status|unauthori[sz]ed|forbidden|bad request|not found))\b/i;
const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
/** A JSON string's escapes left in text a terminal printed (`access \"https://x/api/v2/\"`): quotes and slashes. */
const unescapeQuotes = (value: string): string => (value.includes('\\') ? value.replace(/\\(["/])/g, '$1') : value);

/** Read an exchange's answer; `now` (milliseconds) turns an epoch `x-ratelimit-reset` into seconds to wait. */
export function readAnswer(exchange: Exchange, now: number): Answer {
  const answer: Answer = { codes: [], descriptions: [], errorLines: [], text: '', json: false, html: false, facts: {} };
  const body = exchange.body;
  const json = exchange.json;
  if (typeof json === 'object' && json !== null && !Array.isArray(json)) {
    answer.json = true;
    fromObject(json as Record<string, unknown>, answer, true);
    answer.text = cut(body, descriptionChars);
  } else {
    const page = htmlPage(body.slice(0, headChars));
    if (page) {
      answer.html = true;
      answer.facts.pageTitle = page.title;
      answer.facts.trackingId = page.trackingId;
    }
    answer.text = cut(page ? page.text : unescapeEntities(unescapeQuotes(body.trim())), descriptionChars);
    fromText(answer.text, answer);
  }
  fromHeaders(exchange.headers, answer, now);
  answer.descriptions = [...new Set(answer.descriptions.filter((d) => d.trim() !== '').map(windowed))];
  answer.codes = [...new Set(answer.codes.map(windowed))];
  return answer;
}

const windowed = (value: string) => cut(value, descriptionChars);

function fromObject(body: Record<string, unknown>, answer: Answer, top: boolean): void {
  // The Management API's shape carries its status (`"statusCode": 404`): the status of a body pasted without one.
  if (top && typeof body.statusCode === 'number' && body.statusCode >= 400 && body.statusCode < 600)
    answer.facts.status = body.statusCode;
  const error = body.error;
  if (typeof error === 'string') {
    // Next to statusCode, "error" is the HTTP reason phrase ("Forbidden"); elsewhere a code, or a sentence.
    if (typeof body.statusCode === 'number' && /^[A-Z]/.test(error)) answer.facts.reason = error;
    else if (codeShape.test(error)) answer.codes.push(error);
    else {
      answer.errorText ??= windowed(error);
      answer.descriptions.push(error);
    }
  } else if (top && typeof error === 'object' && error !== null && !Array.isArray(error)) {
    fromObject(error as Record<string, unknown>, answer, false);
  } else if (top && error === undefined) {
    // The code as the key, its sentence as the value (`{"invalid_request": "IdP-Initiated login is not enabled…"}`).
    const keys = Object.keys(body);
    const only = keys.length === 1 ? keys[0] : undefined;
    const said = only === undefined ? undefined : text(body[only]);
    if (only !== undefined && said !== undefined && oauthCode.test(only) && /\s/.test(said)) {
      answer.codes.push(only);
      answer.descriptions.push(said);
    }
  }
  // An answer wrapped once: a web_message (`{type: "authorization_response", response: {error, …}}`), a Guardian log's
  // `failure_details`, an SDK's `data` or `body`.
  if (top && error === undefined) {
    for (const key of ['response', 'failure_details', 'data', 'body']) {
      const inner = body[key];
      if (typeof inner === 'object' && inner !== null && !Array.isArray(inner)) {
        fromObject(inner as Record<string, unknown>, answer, false);
      }
    }
  }
  for (const key of ['errorCode', 'code', 'name']) {
    const value = text(body[key]);
    if (value !== undefined && codeShape.test(value) && value !== 'Error') answer.codes.push(value);
  }
  // `detail`: FastAPI's and Django REST framework's answers, and RFC 7807's problem details.
  for (const key of ['error_description', 'errorDescription', 'message', 'description', 'detail']) {
    const value = text(body[key]);
    if (value !== undefined) answer.descriptions.push(value);
  }
  // An error serialised whole (`{"message": "Something went wrong", "stack": "invalid_request: {…}\n    at …"}`):
  // the stack's first line is the error's own message, often with Auth0's answer inside it.
  const stack = text(body.stack);
  if (top && stack !== undefined) answer.descriptions.push(cut(stack, descriptionChars).split('\n', 1)[0] ?? '');
  // `{errors: [{code, message}]}` (an import job's summary) and GraphQL's `{errors: [{message, extensions: {code}}]}`.
  const errors = body.errors;
  if (top && Array.isArray(errors)) {
    for (const item of errors.slice(0, 5)) {
      if (typeof item !== 'object' || item === null || Array.isArray(item)) continue;
      const entry = item as Record<string, unknown>;
      const extensions = entry.extensions;
      const code =
        text(entry.code) ??
        (typeof extensions === 'object' && extensions !== null
          ? text((extensions as Record<string, unknown>).code)
          : undefined);
      if (code !== undefined && codeShape.test(code)) answer.codes.push(code);
      const said = text(entry.message) ?? text(entry.description);
      if (said !== undefined) answer.descriptions.push(said);
    }
  }
  // A tenant log entry (Monitoring > Logs, or the Management API's /logs): its type is Auth0's code for what failed,
  // and its details say why, often in words the description leaves out.
  const type = text(body.type);
  if (
    top &&
    type !== undefined &&
    logType.test(type) &&
    ('description' in body || 'log_id' in body || 'date' in body)
  ) {
    answer.facts.logType = type;
    // Only a failure's type is a code (f…, limit_…, pwd_leak, api_limit, gd_…); a success's (s, seccft, sapi) is not.
    if (failureLogType.test(type)) answer.codes.push(type);
    // Some entries say why at the top level (`"reason": "Verification failed for the provided custom_password_hash"`).
    const reason = text(body.reason);
    if (reason !== undefined) answer.descriptions.push(reason);
    const details = body.details;
    if (typeof details === 'object' && details !== null && !Array.isArray(details)) {
      for (const [key, value] of Object.entries(details).slice(0, 40)) {
        if (!/error|reason|message|description/i.test(key)) continue;
        if (typeof value === 'string') answer.descriptions.push(value);
        else if (typeof value === 'object' && value !== null) {
          const said =
            text((value as Record<string, unknown>).message) ?? text((value as Record<string, unknown>).description);
          if (said !== undefined) answer.descriptions.push(said);
        }
      }
    }
  }
  // A code written into a sentence (`"message": "mismatching_state: CSRF Warning! …"`).
  if (top && answer.codes.length === 0) {
    for (const said of answer.descriptions) {
      const found = inlineCode.exec(said);
      if (found?.groups?.code) {
        answer.codes.push(found.groups.code);
        break;
      }
    }
  }
}

/**
 * Auth0's own codes, written inline in a log line or a message (`access_denied, Unauthorized`, `Error:
 * mismatching_state: CSRF Warning!`): only these known codes, a literal alternation between word boundaries. The
 * sentence ends where a backtick closes the quote around them (`` `access_denied: Unauthorized` on console ``).
 */
const inlineCode =
  /\b(?<code>access_denied|invalid_grant|invalid_client|invalid_request|invalid_scope|invalid_target|unauthorized_client|unsupported_grant_type|unsupported_response_type|login_required|consent_required|interaction_required|mfa_required|mfa_registration_required|server_error|temporarily_unavailable|invalid_token|insufficient_scope|mismatching_state|expired_token|authorization_pending|slow_down|too_many_requests|invalid_user_password|extensibility_error)\b(?:[ \t]*(?:[,:\]]|\s-)[ \t]*(?<said>[^\n`]{1,1000}))?/;
/** A line that states an error: after an exception's name (`TypeError: …`, `…AuthenticationException: …`). */
const wrapperWords =
  /^(?:request failed with status code \d{3}|\d{3} (?:client|server) error: [\w ]{1,40} for url: \S{1,2000}|(?:oauth2: )?cannot fetch token: \d{3}(?: [\w ]{1,40})?|(?:\d{3} )?(?:bad request|unauthorized|forbidden|not found|conflict|internal server error|too many requests|server error)|failed to fetch|network error|an error occurred|an error occurred while trying to use the refresh token to renew the credentials|the credentials renewal failed|the request to refresh the access token failed)\.?$/i;
const errorLine = /(?:^|[\s(])[\w.$]{0,80}(?:Error|Exception)(?: \[\w{1,60}\])?:[ \t]+(?<said>[^\n]{3,500})/gm;
/** Auth0's hosted error page, read as words: `Error Code: invalid_request` and `Error Message: …` on their lines. */
const pageCode = /\berror code:[ \t]*(?<code>[A-Za-z][\w.:-]{0,99})/i;
const pageMessage = /\berror message:[ \t]*(?<said>[^\n]{1,1000})/i;

/** `error=…&error_description=…` anywhere (a redirect URL, its query alone): the redirect's own parameters. */
const queryError = /(?:^|[?#&])error=(?<code>[^&#\s]{1,200})/;
const samplesOops = /\bOops\.{2,3}[ \t]+(?<said>[^\n`"]{1,300})/;
/**
 * A log line's `error=` (logfmt): a code only when shaped as one (`error=invalid_grant`), not a logger's words
 * (`error=Validation error.`, `error="failed to create JWK…"`), and read with the rest of the text around it.
 */
const logError = /\serror=(?<code>[a-z][a-z0-9]{0,40}(?:[_.][a-z0-9]{1,40}){1,6})(?=[\s&]|$)/;
const queryDescription = /(?:^|[?#&\s])error_description=(?<description>[^&#\n]{1,2000})/;
/**
 * The result redirect of Auth0's email verification and password reset pages (the application's Redirect To URL):
 * `?success=false&message=…`, whose message is the answer's sentence.
 */
const resultFailed = /[?#&]success=false\b/;
const resultMessage = /[?#&]message=(?<message>[^&#\s]{1,2000})/;
/**
 * An SDK's or an error page's `code: description` or `code (description)` line, after an exception's name
 * (`BadRequestError: invalid_request (…)`) or `CAUSE:`; the code has an underscore or a dot, as Auth0's codes do,
 * and an underscore in its last part before a parenthesis (`console.log(payload)` is a call, not a code). A line
 * of YAML (`include_email_in_reset_pwd_redirect: true`) is a setting, not a code: its value is a scalar.
 * `(?=([ \t]*))\1` takes the indent whole and never gives it back (an atomic group), so a line of spaces is read once.
 */
const codeLine =
  /^(?=([ \t]*))\1(?:[\w.]{0,60}(?:Error|Exception)(?: \[\w{1,60}\])?:[ \t]*|[^\n]{0,200}?\bCAUSE:[ \t]*)?(?<code>[a-z][a-z0-9]{0,40}(?:[_.][a-z0-9]{1,40}){1,6})(?::[ \t]+(?!(?:true|false|null|~|-?\d[\d.]{0,20}|'[^'\n]{0,200}'|"[^"\n]{0,200}"|[a-z0-9][\w./:@-]{0,200})[ \t]*$)(?<a>[^\n]{1,1000})|(?<=_[a-z0-9]{1,40})[ \t]*\((?<b>[^\n]{1,1000})\))/m;

/**
 * An error object as a console shows it, a member per line or inline: a browser's (`error: "access_denied"` then
 * `error_description: "Unauthorized"`), Node's (`{ error: 'access_denied', error_description: '…' }`), or JSON quoted
 * in a person's prose (`` I get `{"error":"access_denied",…}` ``). The code
 * is code-shaped, as Auth0's are, so prose after `error:` is never read as one.
 */
/**
 * Spring Security's OAuth2 exceptions: `OAuth2AuthorizationException: [invalid_grant] Invalid authorization code`.
 * Its own wrappers of a response it could not read (`[invalid_token_response] An error occurred…`) are no code.
 */
const bracketCode =
  /(?:Exception|Error):[ \t]*\[(?!invalid_token_response\]|invalid_user_info_response\])(?<code>[a-z][a-z0-9_.]{1,60})\](?:[ \t]+(?<said>[^\n]{1,1000}))?/;
/** An answer printed as labelled lines (`Error: invalid_client` then `Description: Unauthorized`), as .NET samples do. */
const labelledCode =
  /^[ \t]*(?:[\w.]{0,80}(?:Exception|Error):[ \t]+)?(?:error|error code|code)[ \t]*:[ \t]*(?<code>unauthorized|[a-z][a-z0-9]{0,40}(?:[_.][a-z0-9]{1,40}){1,6})[ \t]*$/im;
const labelledDescription = /^[ \t]*(?:error[_ ]description|description)[ \t]*:[ \t]*(?<said>[^\s"'{[][^\n]{0,999})$/im;
const memberError =
  /(?:^|[\s{,`])["']?(?:error|errorCode|error_code)["']?[ \t]*:[ \t]*["'](?<code>[a-z][a-z0-9_.]{1,60})["']/;
const memberDescription =
  /(?:^|[\s{,`])["']?(?:error_description|errorDescription|description)["']?[ \t]*:[ \t]*(?:"(?<d>(?:[^"\\\n]|\\.){1,1000})"|'(?<s>(?:[^'\\\n]|\\.){1,1000})')/;

/** A code-shaped word alone on a line (`access_denied`): a code, no sentence. */
const bareCode = /^[a-z][a-z0-9]{0,40}(?:[_.][a-z0-9]{1,40}){1,6}$/;

/**
 * The ways a text states a code and its sentence, most telling first: Auth0's hosted error page, an object's
 * members, an SDK's `code: sentence` line, Spring's `[code] sentence`, labelled lines, a known code inline. The
 * first that finds one is the answer's.
 */
const codeReaders: ((body: string) => { code: string; said?: string } | undefined)[] = [
  (body) => {
    const code = pageCode.exec(body)?.groups?.code;
    return code ? { code, said: pageMessage.exec(body)?.groups?.said } : undefined;
  },
  (body) => {
    const code = memberError.exec(body)?.groups?.code;
    if (!code) return undefined;
    const said = memberDescription.exec(body)?.groups;
    // Node prints `'Can\'t access property…'`: its escapes are not part of the sentence.
    return { code, said: (said?.d ?? said?.s)?.replace(/\\(['"])/g, '$1') };
  },
  (body) => {
    const found = codeLine.exec(body)?.groups;
    return found?.code ? { code: found.code, said: found.a ?? found.b } : undefined;
  },
  (body) => {
    const found = bracketCode.exec(body)?.groups;
    return found?.code ? { code: found.code, said: found.said } : undefined;
  },
  (body) => {
    const code = labelledCode.exec(body)?.groups?.code;
    return code ? { code, said: labelledDescription.exec(body)?.groups?.said } : undefined;
  },
  (body) => {
    const found = inlineCode.exec(body)?.groups;
    if (!found?.code) return undefined;
    // `access_denied: access_denied`: the code said twice is no sentence.
    return { code: found.code, said: found.said?.trim() === found.code ? undefined : found.said };
  },
];

function fromText(body: string, answer: Answer): void {
  const query = queryError.exec(body) ?? logError.exec(body);
  if (query?.groups?.code) {
    answer.codes.push(decode(query.groups.code));
    const described = queryDescription.exec(body)?.groups?.description;
    if (described) answer.descriptions.push(decode(described));
    return;
  }
  const result = resultFailed.test(body) ? resultMessage.exec(body)?.groups?.message : undefined;
  if (result) answer.descriptions.push(decode(result));
  // Auth0's sample apps show an SDK's error as `Oops... <its message>`: the message is the answer's sentence.
  const oops = samplesOops.exec(body)?.groups?.said;
  if (oops) answer.descriptions.push(oops.trim());
  for (const read of codeReaders) {
    const found = read(body);
    if (!found) continue;
    answer.codes.push(found.code);
    const said = found.said?.trim();
    if (said) answer.descriptions.push(said);
    break;
  }
  const status = (statusLine.exec(body) ?? reasonLine.exec(body))?.groups;
  if (status?.reason) {
    if (status.status) answer.facts.status = Number(status.status);
    answer.facts.reason = status.reason;
    if (status.said) answer.descriptions.push(status.said.trim());
  } else if (javaNotFound.test(body)) {
    // Java's HttpURLConnection says 404 by throwing FileNotFoundException with the URL.
    answer.facts.status = 404;
  } else {
    const member = memberStatus.exec(body)?.groups?.status;
    const reason = member ? undefined : reasonOnly.exec(body)?.groups?.reason;
    const named = member || reason ? undefined : proseStatus.exec(body)?.groups;
    if (reason) answer.facts.reason = reason;
    const status = member ?? (reason ? reasonStatus[reason.toLowerCase()] : (named?.a ?? named?.b));
    if (status !== undefined) answer.facts.status = Number(status);
  }
  // Lines that are an error's own words, among prose: at most a few, each bounded.
  for (const found of body.matchAll(errorLine)) {
    if (answer.errorLines.length >= 5) break;
    // Spring's `[invalid_grant] <sentence>`: the bracketed code is read as one, the line is the sentence.
    const said = found.groups?.said?.trim().replace(/^\[[a-z][a-z0-9_.]{1,60}\][ \t]*/, '');
    // A wrapper's words ("Request failed with status code 403", "Unauthorized") say less than the prose around it.
    // Nor is a bare code (`Error: access_denied`) a sentence: the code is read as one.
    if (said && !wrapperWords.test(said) && !bareCode.test(said)) answer.errorLines.push(said);
  }
  // A short plain answer ("Unauthorized", "Sandbox error.") is its own description.
  answer.descriptions.push(body);
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value;
  }
}

const challengeParam = /(?<name>[a-zA-Z_]{1,40})=(?:"(?<quoted>[^"]{0,2000})"|(?<bare>[^\s,"]{1,2000}))/g;

function fromHeaders(headers: [string, string][], answer: Answer, now: number): void {
  const header = (name: string) => headers.find(([key]) => key === name)?.[1];
  const challenge = header('www-authenticate');
  if (challenge !== undefined) {
    const value = cut(challenge, descriptionChars);
    answer.facts.challengeHeader = value;
    answer.facts.challenge = /^\s*(?<scheme>[A-Za-z][\w-]{0,40})/.exec(value)?.groups?.scheme;
    for (const { groups } of value.matchAll(challengeParam)) {
      const said = groups?.quoted ?? groups?.bare;
      if (said === undefined) continue;
      if (groups?.name === 'error') answer.codes.push(said);
      else if (groups?.name === 'error_description') answer.descriptions.push(said);
      else if (groups?.name === 'scope') answer.facts.requiredScope = said;
    }
  }
  const retry = header('retry-after')?.trim();
  const reset = header('x-ratelimit-reset')?.trim();
  if (retry && /^\d{1,10}$/.test(retry)) answer.facts.retryAfter = Number(retry);
  else if (retry && retry.length < 100 && !Number.isNaN(Date.parse(retry)))
    answer.facts.retryAfter = Math.max(0, Math.ceil((Date.parse(retry) - now) / 1000));
  else if (reset && /^\d{9,10}$/.test(reset))
    answer.facts.retryAfter = Math.max(0, Number(reset) - Math.floor(now / 1000));
  const limit = header('x-ratelimit-limit')?.trim();
  const remaining = header('x-ratelimit-remaining')?.trim();
  if (limit && /^\d{1,10}$/.test(limit)) answer.facts.rateLimit = limit;
  if (remaining && /^\d{1,10}$/.test(remaining)) answer.facts.rateRemaining = remaining;
}
