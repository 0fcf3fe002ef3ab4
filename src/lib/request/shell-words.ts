import { err, ok, type Result } from '../result';

/**
 * Split a pasted shell command into words as bash would: single quotes, double quotes with their escapes,
 * $'…' ANSI-C quotes, backslash escapes, and line continuations (bash "\", cmd "^", PowerShell "`").
 */
export function shellWords(text: string): Result<string[], string> {
  const source = text.replace(/(?:\\|\^|`)\r?\n/g, ' ').trim();
  const words: string[] = [];
  let word = '';
  let inWord = false;
  let i = 0;
  const next = () => source[i++] ?? '';
  while (i < source.length) {
    const char = next();
    if (/\s/.test(char)) {
      if (inWord) words.push(word);
      word = '';
      inWord = false;
      continue;
    }
    inWord = true;
    if (char === "'") {
      const end = source.indexOf("'", i);
      if (end < 0) return err('a single quote is never closed');
      word += source.slice(i, end);
      i = end + 1;
    } else if (char === '$' && source[i] === "'") {
      i++;
      const quoted = ansiC(source, i);
      if (!quoted) return err("a $'…' quote is never closed");
      word += quoted.value;
      i = quoted.end;
    } else if (char === '"') {
      let closed = false;
      while (i < source.length) {
        const inner = next();
        if (inner === '"') {
          closed = true;
          break;
        }
        if (inner === '\\' && /["\\$`]/.test(source[i] ?? '')) word += next();
        else word += inner;
      }
      if (!closed) return err('a double quote is never closed');
    } else if (char === '\\') {
      word += next();
    } else {
      word += char;
    }
  }
  if (inWord) words.push(word);
  return ok(words);
}

const ansiEscapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', "'": "'", '"': '"', '0': '\0' };

function ansiC(source: string, start: number): { value: string; end: number } | undefined {
  let value = '';
  for (let i = start; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === "'") return { value, end: i + 1 };
    if (char !== '\\') {
      value += char;
      continue;
    }
    const escape = source[++i] ?? '';
    if (escape === 'x') {
      const hex = /^[0-9a-f]{1,2}/i.exec(source.slice(i + 1))?.[0] ?? '';
      value += String.fromCharCode(parseInt(hex || '0', 16));
      i += hex.length;
    } else value += ansiEscapes[escape] ?? `\\${escape}`;
  }
  return undefined;
}
