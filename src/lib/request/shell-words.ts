import { err, ok, type Result } from '../result';

/**
 * Split a pasted shell command into words as bash would: single quotes, double quotes with their escapes,
 * $'…' ANSI-C quotes, backslash escapes, and line continuations (bash "\", cmd "^", PowerShell "`").
 */
export function shellWords(text: string): Result<string[], string> {
  const source = text.replace(/(?:\\|\^|`)\r?\n/g, ' ').trim();
  const words: string[] = [];
  // Pieces of the word being read, joined once it ends: runs are taken whole (sticky patterns), never a character
  // at a time, so a 10 MB command is read in one pass.
  let word: string[] = [];
  let inWord = false;
  let i = 0;
  while (i < source.length) {
    const char = source[i++] ?? '';
    if (/\s/.test(char)) {
      if (inWord) words.push(word.join(''));
      word = [];
      inWord = false;
      spaces.lastIndex = i;
      if (spaces.test(source)) i = spaces.lastIndex;
      continue;
    }
    inWord = true;
    if (char === "'") {
      const end = source.indexOf("'", i);
      if (end < 0) return err('a single quote is never closed');
      word.push(source.slice(i, end));
      i = end + 1;
    } else if (char === '$' && source[i] === "'") {
      const quoted = ansiC(source, i + 1);
      if (!quoted) return err("a $'…' quote is never closed");
      word.push(quoted.value);
      i = quoted.end;
    } else if (char === '"') {
      const quoted = doubleQuoted(source, i);
      if (!quoted) return err('a double quote is never closed');
      word.push(quoted.value);
      i = quoted.end;
    } else if (char === '\\') {
      word.push(source[i++] ?? '');
    } else {
      plain.lastIndex = i - 1;
      plain.test(source);
      word.push(source.slice(i - 1, Math.max(i, plain.lastIndex)));
      i = Math.max(i, plain.lastIndex);
    }
  }
  if (inWord) words.push(word.join(''));
  return ok(words);
}

const spaces = /\s+/y;
/** Characters with no meaning to the shell: taken as one run. */
const plain = /[^\s'"$\\]+/y;
const doubleQuotedRun = /[^"\\]+/y;

/** A "…" quote from just after its opening quote: backslash escapes only " \ $ and `. */
function doubleQuoted(source: string, start: number): { value: string; end: number } | undefined {
  const value: string[] = [];
  for (let i = start; i < source.length;) {
    const char = source[i] ?? '';
    if (char === '"') return { value: value.join(''), end: i + 1 };
    if (char === '\\') {
      const escaped = /["\\$`]/.test(source[i + 1] ?? '');
      value.push(escaped ? (source[i + 1] ?? '') : char);
      i += escaped ? 2 : 1;
      continue;
    }
    doubleQuotedRun.lastIndex = i;
    doubleQuotedRun.test(source);
    value.push(source.slice(i, doubleQuotedRun.lastIndex));
    i = doubleQuotedRun.lastIndex;
  }
  return undefined;
}

const ansiEscapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };
const ansiRun = /[^'\\]+/y;

/** A $'…' quote from just after its opening quote, with its C-like escapes. */
function ansiC(source: string, start: number): { value: string; end: number } | undefined {
  const value: string[] = [];
  for (let i = start; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === "'") return { value: value.join(''), end: i + 1 };
    if (char !== '\\') {
      ansiRun.lastIndex = i;
      ansiRun.test(source);
      value.push(source.slice(i, ansiRun.lastIndex));
      i = ansiRun.lastIndex - 1;
      continue;
    }
    const escape = source[++i] ?? '';
    if (escape === 'x') {
      const hex = /^[0-9a-f]{1,2}/i.exec(source.slice(i + 1, i + 3))?.[0] ?? '';
      value.push(String.fromCharCode(parseInt(hex || '0', 16)));
      i += hex.length;
    } else value.push(ansiEscapes[escape] ?? `\\${escape}`);
  }
  return undefined;
}
