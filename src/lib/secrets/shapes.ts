import { isSecretName } from './names';

/**
 * The shapes credentials take in pasted text (curl command lines and their -i / -v output, bodies, URLs, console
 * messages), for the report. The names are decided in names.ts; this half is loaded with the analysis, on intent.
 */

/** How each kind of credential in pasted text is found; every rule keeps its surroundings and replaces the value. */
type Rule = [
  RegExp,
  (replacement: string, found: string[], groups: Record<string, string | undefined>, match: string) => string,
];

/** curl's user options with a password after the user name: `-u id:secret`, `--user=…`, `-E cert:pass`. */
const curlUser =
  /(?<lead>^|\s)(?<option>--(?:user|proxy-user|cert)(?:=|[ \t]+)|-[sSvikLfgn]*[uUE][ \t]*)(?:'(?<sqUser>[^':\r\n]*):(?<sq>[^'\r\n]*)(?<sqEnd>')?|"(?<dqUser>[^":\r\n]*):(?<dq>(?:[^"\\\r\n]|\\.)*)(?<dqEnd>")?|(?<user>[^\s'":]*):(?<bare>[^\s'"]+))/g;
/** curl's options whose whole value is a credential: `--oauth2-bearer`, `-b`/`--cookie`, `--pass`. */
const curlCredential =
  /(?<lead>^|\s)(?<option>--(?:oauth2-bearer|cookie|pass)(?:=|[ \t]+)|-[sSvikLfgn]*b[ \t]*)(?:'(?<sq>[^'\r\n]*)(?<sqEnd>')?|"(?<dq>(?:[^"\\\r\n]|\\.)*)(?<dqEnd>")?|(?<bare>[^\s'"]+))/g;
/** An HTTP authorization scheme and its credential: `Basic …`, `Bearer …`, `DPoP …`. */
const schemeCredential = /\b(?<scheme>Basic|Bearer|DPoP|BASIC|BEARER)(?<gap>[ \t]+)(?<value>[A-Za-z0-9._~+/-]+=*)/g;
/** Words that follow a scheme name in prose or in a WWW-Authenticate challenge, not credentials. */
const schemeProse = new Set(
  'token tokens auth authentication authorization scheme header headers credential credentials or and is was realm error error_description error_uri scope charset type the a an'.split(
    ' ',
  ),
);
/**
 * A header line (`> authorization: …` of curl -v, a `-H 'cookie: …'`, a raw request), and the credential headers
 * wherever a word starts (a message that quotes one): the value to the end of its line or quotes.
 */
const headerLine =
  /(?<lead>^[ \t]*(?:[<>][ \t]*)?|['"]|(?<=[\s>;,(])(?=(?:(?:proxy-)?authorization|(?:set-)?cookie|dpop|x-api-key)[ \t]*:))(?=[\w.-]{0,63}?(?:secret|passw|token|assertion|private|credential|key|code|otp|auth_req_id|authorization|cookie|dpop|barcode_uri|verification_uri))(?<name>[A-Za-z][\w-]{0,63})(?<sep>[ \t]*:[ \t]*)(?<value>[^\s'"][^\r\n'"]*)/gim;
/**
 * `name=value` and `"name": "value"`: form bodies, URLs, redirect fragments, JSON, JSON escaped once or more inside
 * another string (`\\"name\\":\\"value\\"`), JS objects.
 */
const keyValue =
  /(?<![\w.-])(?=[\w.-]{0,63}?(?:secret|passw|token|assertion|private|credential|key|code|otp|auth_req_id|authorization|cookie|dpop|barcode_uri|verification_uri))(?<name>[A-Za-z][\w.-]{0,63})(?<nq>\\*["'])?(?<sep>[ \t]*[:=][ \t]*)(?:(?<escOpen>\\+")(?<esc>(?:[^"\\\r\n]|\\+[^"\\\r\n])*)(?<escEnd>\\+")?|"(?<dq>(?:[^"\\\r\n]|\\.)*)(?<dqEnd>")?|'(?<sq>[^'\r\n]*)(?<sqEnd>')?|(?<bare>[^\s"'&,;<>{}()[\]\\|#?=]+=*))/gi;
/**
 * A JWS or JWE in compact form (its header is base64url JSON: `eyJ`, or `ewo`/`eyAi` when pretty-printed). It starts
 * only where a run of token characters starts, so a long run is tried once, not once per character.
 */
const jwt = /(?<![\w-])(?:eyJ|eyAi|ewo[gK]|ew0K)[\w-]{2,}(?:\.[\w-]*){1,4}/g;

const rules: Rule[] = [
  [
    curlUser,
    (
      replacement,
      found,
      { lead = '', option = '', sqUser, sq, sqEnd = '', dqUser, dq, dqEnd = '', user = '', bare },
      match,
    ) => {
      const [open, inner, close] = quoted(sq, sqEnd, dq, dqEnd, bare);
      if (inner === '' || inner === replacement) return match;
      found.push(inner, ...decodings(inner));
      return `${lead}${option}${open}${sqUser ?? dqUser ?? user}:${replacement}${close}`;
    },
  ],
  [
    curlCredential,
    (replacement, found, { lead = '', option = '', sq, sqEnd = '', dq, dqEnd = '', bare }, match) => {
      const [open, inner, close] = quoted(sq, sqEnd, dq, dqEnd, bare);
      if (inner === '' || inner === replacement) return match;
      found.push(inner, ...decodings(inner));
      return `${lead}${option}${open}${replacement}${close}`;
    },
  ],
  [
    schemeCredential,
    (replacement, found, { scheme = '', gap = '', value = '' }, match) => {
      if (schemeProse.has(trimPadding(value).toLowerCase())) return match;
      found.push(value, ...basicSecret(scheme, value));
      return `${scheme}${gap}${replacement}`;
    },
  ],
  [
    headerLine,
    (replacement, found, { lead = '', name = '', sep = '', value = '' }, match) => {
      const scheme = /^(?:Basic|Bearer|DPoP)[ \t]+/i.exec(value)?.[0] ?? '';
      const credential = value.slice(scheme.length).trimEnd();
      if (!isSecretName(name) || credential === '' || credential === replacement) return match;
      found.push(credential);
      return `${lead}${name}${sep}${scheme}${replacement}`;
    },
  ],
  [
    keyValue,
    (replacement, found, groups, match) => {
      const {
        name = '',
        nq = '',
        sep = '',
        escOpen = '',
        esc,
        escEnd = '',
        dq,
        dqEnd = '',
        sq,
        sqEnd = '',
        bare,
      } = groups;
      const [open, inner, close] = esc !== undefined ? [escOpen, esc, escEnd] : quoted(sq, sqEnd, dq, dqEnd, bare);
      // `name: value` without quotes is prose ("the code: …", "client_secret_basic: HTTP Basic …") unless it starts a
      // line, where headerLine takes it; code=…, "code": "…" and refresh_token: '…' are values.
      const prose = sep.includes(':') && nq === '' && open === '';
      const literal = open === '' && /^(?:null|true|false)$/.test(inner);
      if (!isSecretName(name) || prose || literal || inner === '' || inner === replacement) return match;
      found.push(inner, ...decodings(inner));
      return `${name}${nq}${sep}${open}${replacement}${close}`;
    },
  ],
  [
    jwt,
    (replacement, found, _groups, token) => {
      found.push(token);
      return replacement;
    },
  ],
];

/** Secret values of pasted text found by their shape or name; they are replaced everywhere else too. */
export function credentialsIn(text: string, replacement: string): string[] {
  const found: string[] = [];
  scan(text, replacement, found);
  return found.filter((value) => value !== '');
}

/**
 * Pasted text with every credential replaced: Basic and Bearer credentials, secret headers, secret parameters in
 * form bodies, URLs and JSON, curl's -u, JWTs and JWEs; then every `known` secret value wherever it still is.
 */
export function redactText(text: string, replacement: string, known: readonly string[] = []): string {
  return redactor(replacement, known)(text);
}

/** redactText with the known values sorted once, for many pieces of one report. */
export function redactor(replacement: string, known: readonly string[]): (text: string) => string {
  const replace = knownReplacer(replacement, known);
  return (text) => replace(scan(text, replacement, []));
}

/** Replace known secret values wherever they are, the longest first; values under 4 characters are left alone. */
export function replaceKnown(text: string, replacement: string, known: readonly string[]): string {
  return knownReplacer(replacement, known)(text);
}

function knownReplacer(replacement: string, known: readonly string[]): (text: string) => string {
  const values = [...new Set(known)]
    .filter((value) => value.length >= 4 && value !== replacement)
    .sort((a, b) => b.length - a.length);
  return (text) => values.reduce((result, value) => result.replaceAll(value, replacement), text);
}

function scan(text: string, replacement: string, found: string[]): string {
  let result = text;
  for (const [pattern, redact] of rules) {
    result = result.replace(pattern, (match: string, ...rest: unknown[]) => {
      const groups = rest.at(-1);
      return redact(
        replacement,
        found,
        typeof groups === 'object' && groups ? (groups as Record<string, string>) : {},
        match,
      );
    });
  }
  return result;
}

/** A value's opening quote, its content and its closing quote (absent when the paste was cut short). */
function quoted(
  sq: string | undefined,
  sqEnd: string,
  dq: string | undefined,
  dqEnd: string,
  bare: string | undefined,
): [string, string, string] {
  if (sq !== undefined) return ["'", sq, sqEnd];
  if (dq !== undefined) return ['"', dq, dqEnd];
  return ['', bare ?? '', ''];
}

/** The client secret inside `Basic base64(id:secret)`, as sent and form-decoded (RFC 6749 §2.3.1). */
function basicSecret(scheme: string, value: string): string[] {
  if (scheme.toLowerCase() !== 'basic') return [];
  try {
    const decoded = atob(value);
    const secret = decoded.slice(decoded.indexOf(':') + 1);
    return decoded.includes(':') && secret ? [secret, ...decodings(secret)] : [];
  } catch {
    return [];
  }
}

/** A value as it may also appear elsewhere: JSON-unescaped, URL-decoded. */
function decodings(value: string): string[] {
  const forms: string[] = [];
  try {
    forms.push(decodeURIComponent(value.replaceAll('+', ' ')));
  } catch {
    // Not URL-encoded.
  }
  try {
    const parsed: unknown = JSON.parse(`"${value}"`);
    if (typeof parsed === 'string') forms.push(parsed);
  } catch {
    // Not a JSON string body.
  }
  return forms.filter((form) => form !== value);
}

/** A value without the dots and padding that end it (a loop: a trailing-run pattern is quadratic). */
function trimPadding(value: string): string {
  let end = value.length;
  while (end > 0 && (value[end - 1] === '.' || value[end - 1] === '=')) end--;
  return value.slice(0, end);
}
