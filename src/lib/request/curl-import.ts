import { curlChars, cut, quoteChars } from '../bounds';
import { err, ok, type Result } from '../result';
import { curlMessages } from '../text/en/curl';
import { jwtBearer } from './build';
import { isFieldName } from './fields';
import { emptyFields, emptyForm, type RequestForm } from './form';
import { findGrant } from './grants';
import { shellWords } from './shell-words';

/** What a curl command holds, before it is read as a token request. */
export interface CurlCommand {
  url?: string;
  method?: string;
  headers: [string, string][];
  data: string[];
  json: boolean;
  user?: string;
  unknown: string[];
  fileData: boolean;
}

export interface CurlImport {
  form: RequestForm;
  notes: string[];
}

const valueOptions: Record<string, string> = {
  '-X': 'method',
  '--request': 'method',
  '--url': 'url',
  '-H': 'header',
  '--header': 'header',
  '-d': 'data',
  '--data': 'data',
  '--data-raw': 'data-raw',
  '--data-binary': 'data',
  '--data-ascii': 'data',
  '--data-urlencode': 'urlencode',
  '--json': 'json',
  '-u': 'user',
  '--user': 'user',
};
/** Options that take a value this page has no use for. */
const ignoredWithValue = new Set([
  '-A',
  '--user-agent',
  '-e',
  '--referer',
  '-b',
  '--cookie',
  '-o',
  '--output',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-w',
  '--write-out',
  '--cacert',
  '--resolve',
  '--retry',
]);
const shortValueFlags = new Set(['X', 'H', 'd', 'u', 'A', 'e', 'b', 'o', 'm', 'w']);

/** Read curl's own options out of a pasted command. */
export function parseCurl(text: string): Result<CurlCommand, string> {
  if (text.length > curlChars) return err(curlMessages.tooLong(text.length, curlChars));
  if (text.trim() === '') return err(curlMessages.empty());
  const words = shellWords(text.trim().replace(/^\$\s+/, ''));
  if (!words.ok) return err(curlMessages.quoting(words.error));
  const [first, ...rest] = words.value;
  if (!first || !/^curl(\.exe)?$/i.test(first)) return err(curlMessages.notCurl());
  const command: CurlCommand = { headers: [], data: [], json: false, unknown: [], fileData: false };
  for (let i = 0; i < rest.length; i++) {
    let word = rest[i] ?? '';
    let value: string | undefined;
    // Short options bundle (-sS) or carry their value (-XPOST, -d'…').
    if (/^-[^-]/.test(word) && word.length > 2) {
      const letters = word.slice(1);
      const valueAt = [...letters].findIndex((letter) => shortValueFlags.has(letter));
      if (valueAt < 0) continue;
      value = letters.slice(valueAt + 1) || undefined;
      word = `-${letters[valueAt]}`;
    }
    const kind = valueOptions[word];
    if (kind || ignoredWithValue.has(word)) {
      value ??= rest[++i] ?? '';
      if (kind) apply(command, kind, value);
    } else if (word.startsWith('-')) {
      if (
        !/^-(s|S|i|v|L|k|f|g|#)$|^--(silent|show-error|include|verbose|location|insecure|compressed|fail|http1\.1|http2|globoff|no-progress-meter)$/.test(
          word,
        )
      ) {
        command.unknown.push(word);
      }
    } else command.url ??= word;
  }
  return ok(command);
}

function apply(command: CurlCommand, kind: string, value: string): void {
  if (kind === 'method') command.method = value.toUpperCase();
  else if (kind === 'url') command.url = value;
  else if (kind === 'user') command.user = value;
  else if (kind === 'header') {
    const at = value.indexOf(':');
    if (at > 0) command.headers.push([value.slice(0, at).trim().toLowerCase(), value.slice(at + 1).trim()]);
  } else if (kind === 'json') {
    command.json = true;
    command.data.push(value);
  } else if (kind === 'urlencode') {
    const at = value.indexOf('=');
    command.data.push(
      at < 0
        ? encodeURIComponent(value)
        : `${value.slice(0, at)}${at > 0 ? '=' : ''}${encodeURIComponent(value.slice(at + 1))}`,
    );
  } else {
    if (kind === 'data' && value.startsWith('@')) command.fileData = true;
    command.data.push(value);
  }
}

/** Turn a pasted curl into the form's values: domain, grant, every field, encoding and client authentication. */
export function importCurl(text: string): Result<CurlImport, string> {
  const parsed = parseCurl(text);
  if (!parsed.ok) return parsed;
  const command = parsed.value;
  if (!command.url) return err(curlMessages.noUrl());
  let url: URL;
  try {
    url = new URL(/^[a-z]+:\/\//i.test(command.url) ? command.url : `https://${command.url}`);
  } catch {
    return err(curlMessages.badUrl(cut(command.url, quoteChars)));
  }
  // The lookbehind starts a match only at the first of a run of slashes: a long run is scanned once.
  const path = url.pathname.replace(/(?<!\/)\/+$/, '');
  if (path !== '/oauth/token') return err(curlMessages.otherEndpoint(cut(url.pathname, quoteChars)));

  const notes: string[] = [];
  if (command.fileData) notes.push(curlMessages.fileData());
  const contentType = command.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  const body = command.data.join('&');
  const json = command.json || /json/i.test(contentType) || (contentType === '' && body.trim().startsWith('{'));
  if (json && !command.json && !/json/i.test(contentType)) notes.push(curlMessages.jsonWithoutHeader());
  const params = json ? jsonParams(body) : ok([...new URLSearchParams(body)]);
  if (!params.ok) return params;

  const form = emptyForm();
  form.domain = url.origin;
  form.encoding = json ? 'json' : 'form';
  form.fields = emptyFields();
  const extras: string[] = [];
  let grantType: string | undefined;
  for (const [name, value] of params.value) {
    if (name === 'grant_type') grantType = value;
    // private_key_jwt: the assertion is taken as written; its type is sent with it (build.ts).
    else if (name === 'client_assertion_type' && value === jwtBearer) continue;
    else if (isFieldName(name)) form.fields[name] = value;
    else extras.push(`${name}=${value}`);
  }
  form.extras = extras.join('\n');
  if (!grantType) notes.push(curlMessages.noGrantType());
  else if (findGrant(grantType)) form.grantType = grantType;
  else notes.push(curlMessages.unknownGrant(cut(grantType, quoteChars)));

  const basic = readBasic(command);
  if (basic) {
    form.clientAuth = 'client_secret_basic';
    form.fields.client_id = basic.id;
    form.fields.client_secret = basic.secret;
  } else if (form.fields.client_assertion) form.clientAuth = 'private_key_jwt';
  else form.clientAuth = form.fields.client_secret ? 'client_secret_post' : 'none';
  if (command.headers.some(([name, value]) => name === 'authorization' && /^bearer\s/i.test(value)))
    notes.push(curlMessages.bearer());
  if (command.method && command.method !== 'POST') notes.push(curlMessages.method(cut(command.method, quoteChars)));
  if (command.unknown.length) notes.push(curlMessages.unknownFlags(cut(command.unknown.join(', '), quoteChars)));
  notes.unshift(curlMessages.imported(params.value.length + (basic ? 2 : 0)));
  return ok({ form, notes });
}

function jsonParams(body: string): Result<[string, string][], string> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return err(curlMessages.bodyNotJson(error instanceof Error ? error.message : String(error)));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return err(curlMessages.bodyNotObject());
  return ok(
    Object.entries(value).map(([name, v]): [string, string] => [name, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

/** Client credentials from -u id:secret or an Authorization: Basic header (RFC 6749 §2.3.1). */
function readBasic(command: CurlCommand): { id: string; secret: string } | undefined {
  const header = command.headers.find(([name, value]) => name === 'authorization' && /^basic\s/i.test(value))?.[1];
  let pair = command.user;
  if (!pair && header) {
    try {
      const decoded = atob(header.replace(/^basic\s+/i, ''));
      pair = decoded
        .split(':')
        .map((part) => decodeForm(part))
        .join(':');
    } catch {
      return undefined;
    }
  }
  if (!pair) return undefined;
  const at = pair.indexOf(':');
  return at < 0 ? { id: pair, secret: '' } : { id: pair.slice(0, at), secret: pair.slice(at + 1) };
}

function decodeForm(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value;
  }
}
