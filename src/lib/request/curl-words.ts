/** What a curl command holds, before it is read as a token request. */
export interface CurlCommand {
  url?: string;
  method?: string;
  /** Request headers, lower-case names. */
  headers: [string, string][];
  /** Each data option's value, as curl sends it (joined with & into the body). */
  data: string[];
  json: boolean;
  user?: string;
  /** An Authorization: Bearer header was given (it does not belong on a token request). */
  bearer: boolean;
  unknown: string[];
  /** The file a body is read from (`-d @data.json`), which the page cannot open. */
  fileData?: string;
}

type Kind = 'method' | 'url' | 'header' | 'data' | 'data-raw' | 'binary' | 'urlencode' | 'json' | 'user';

const valueOptions: Record<string, Kind> = {
  '-X': 'method',
  '--request': 'method',
  '--url': 'url',
  '-H': 'header',
  '--header': 'header',
  '-d': 'data',
  '--data': 'data',
  '--data-ascii': 'data',
  '--data-raw': 'data-raw',
  '--data-binary': 'binary',
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
  '-c',
  '--cookie-jar',
  '-o',
  '--output',
  '-m',
  '--max-time',
  '--connect-timeout',
  '-w',
  '--write-out',
  '--cacert',
  '--cert',
  '--key',
  '--resolve',
  '--retry',
  '--retry-delay',
  '-x',
  '--proxy',
  '--limit-rate',
]);
const shortValueFlags = new Set(['X', 'H', 'd', 'u', 'A', 'e', 'b', 'c', 'o', 'm', 'w', 'x']);
/** Options that change nothing the form sends. */
const harmless =
  /^-(s|S|i|v|L|k|f|g|N|#)$|^--(silent|show-error|include|verbose|location|location-trusted|insecure|compressed|fail|fail-with-body|http1\.1|http2|http2-prior-knowledge|globoff|no-progress-meter|no-buffer)$/;

/** Read curl's options from the words of a command; undefined when the first word is not curl. */
export function readCurlWords(words: string[], heredoc: string | undefined): CurlCommand | undefined {
  const [first, ...rest] = words;
  if (!first || !/^curl(\.exe)?$/i.test(first)) return undefined;
  const command: CurlCommand = { headers: [], data: [], json: false, bearer: false, unknown: [] };
  for (let i = 0; i < rest.length; i++) {
    let word = rest[i] ?? '';
    let value: string | undefined;
    if (/^--[\w-]+=/.test(word)) {
      // --request=POST
      const at = word.indexOf('=');
      value = word.slice(at + 1);
      word = word.slice(0, at);
    } else if (/^-[^-]/.test(word) && word.length > 2) {
      // Short options bundle (-sS, -sX POST) or carry their value (-XPOST, -d'…').
      const letters = word.slice(1);
      const valueAt = [...letters].findIndex((letter) => shortValueFlags.has(letter));
      if (valueAt < 0) {
        if (![...letters].every((letter) => harmless.test(`-${letter}`))) command.unknown.push(word);
        continue;
      }
      value = letters.slice(valueAt + 1) || undefined;
      word = `-${letters[valueAt]}`;
    }
    const kind = valueOptions[word];
    if (kind || ignoredWithValue.has(word)) {
      value ??= rest[++i] ?? '';
      if (kind) apply(command, kind, value, heredoc);
    } else if (word.startsWith('-') && word !== '-') {
      if (!harmless.test(word)) command.unknown.push(word);
    } else if (command.url === undefined) command.url = word;
    else command.unknown.push(word);
  }
  return command;
}

function apply(command: CurlCommand, kind: Kind, value: string, heredoc: string | undefined): void {
  if (kind === 'method') command.method = value.toUpperCase();
  else if (kind === 'url') command.url = value;
  else if (kind === 'user') command.user = value;
  else if (kind === 'header') {
    const at = value.indexOf(':');
    if (at <= 0) return;
    const name = value.slice(0, at).trim().toLowerCase();
    const headerValue = value.slice(at + 1).trim();
    if (name === 'authorization' && /^bearer\s/i.test(headerValue)) command.bearer = true;
    else command.headers.push([name, headerValue]);
  } else if (kind === 'json') {
    command.json = true;
    command.data.push(fromFile(command, value, heredoc, true));
  } else if (kind === 'urlencode') command.data.push(urlencode(command, value, heredoc));
  else if (kind === 'data-raw') command.data.push(value);
  else command.data.push(fromFile(command, value, heredoc, kind === 'binary'));
}

/** `@-` reads a heredoc; `@file` a file the page cannot open. -d drops the line breaks of what it reads. */
function fromFile(command: CurlCommand, value: string, heredoc: string | undefined, binary: boolean): string {
  if (!value.startsWith('@')) return value;
  if (value === '@-' && heredoc !== undefined) return binary ? heredoc : heredoc.replace(/[\r\n]/g, '');
  command.fileData ??= value.slice(1);
  return '';
}

/** --data-urlencode: `content`, `=content`, `name=content`, `@file`, `name@file` (curl's manual). */
function urlencode(command: CurlCommand, value: string, heredoc: string | undefined): string {
  const equals = value.indexOf('=');
  const at = value.indexOf('@');
  if (at >= 0 && (equals < 0 || at < equals)) {
    const content = fromFile(command, value.slice(at), heredoc, true);
    return at > 0 ? `${value.slice(0, at)}=${encodeURIComponent(content)}` : encodeURIComponent(content);
  }
  if (equals < 0) return encodeURIComponent(value);
  const name = value.slice(0, equals);
  return `${name}${name ? '=' : ''}${encodeURIComponent(value.slice(equals + 1))}`;
}

/** A form-encoded name or value as the tenant reads it (`+` is a space); left as it is when it is not valid. */
export function decodeForm(value: string): string {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '));
  } catch {
    return value;
  }
}
