import { promptBefore, substitution } from '../paste/prompt';

/** What reading a pasted command had to work around, for the import's notes. */
export type CommandNote =
  | 'prompt'
  | 'comment-prefix'
  | 'missing-continuation'
  | 'comments'
  | 'pipe'
  | 'redirect'
  | 'after-command'
  | 'lines-before';

export interface PreparedCommand {
  /** The command on one line, as the shell would hand it to curl (quotes still in place for the word splitter). */
  command: string;
  /** The body of a heredoc (`<<EOF … EOF`), for `@-`. */
  heredoc?: string;
  notes: CommandNote[];
  /** What stood after the command and was not read, quoted back. */
  after?: string;
}

/**
 * Turn a pasted command, as people copy it from docs, READMEs and terminals, into one line for the word splitter:
 * prompts (`$ `, `❯ `, `PS C:\>`), `// ` before every line, `#` comments between continued lines, `\` with
 * trailing spaces, cmd's `^` and PowerShell's `` ` ``, a line the author forgot to continue, `| jq`, `> file`, and
 * a heredoc body. One pass over the text; `undefined` when no line starts a curl command.
 */
export function prepareCommand(pasted: string): PreparedCommand | undefined {
  const notes = new Set<CommandNote>();
  let text = pasted.replace(/\r\n?/g, '\n').replaceAll('\u00a0', ' ');
  const lines = text.split('\n');
  if (lines.every((line) => line.trim() === '' || /^\s*\/\/ ?/.test(line))) {
    text = lines.map((line) => line.replace(/^\s*\/\/ ?/, '')).join('\n');
    if (/\S/.test(text)) notes.add('comment-prefix');
  }
  // The first line that starts a curl command (after its prompt, if any).
  let start = -1;
  for (let at = 0; at < text.length;) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 ? text.length : end;
    const prompt = promptBefore(text, at, lineEnd);
    if (prompt !== undefined) {
      start = at + prompt;
      if (/\S/.test(text.slice(at, start))) notes.add('prompt');
      if (
        text
          .slice(0, at)
          .split('\n')
          .some((line) => line.trim() !== '' && !/^\s*#/.test(line))
      )
        notes.add('lines-before');
      break;
    }
    at = lineEnd + 1;
  }
  if (start < 0) return undefined;
  // PowerShell's `$result = & curl.exe …` and `& curl.exe …`: the command is what follows.
  const assignment = /^(?:\$\w{1,64} *= *)?& */.exec(text.slice(start, start + 80));
  if (assignment) start += assignment[0].length;
  const scanned = scanCommand(text, start, notes);
  // Inside `$(…)` or backticks, the closing one is the shell's, not the last word's.
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if (substitution.test(text.slice(lineStart, start).trimStart()) && /[)`]\s*$/.test(scanned.command))
    scanned.command = scanned.command.replace(/[)`]\s*$/, '');
  const after = text.slice(scanned.end).trim();
  if (after) notes.add('after-command');
  return {
    command: scanned.command,
    ...(scanned.heredoc !== undefined ? { heredoc: scanned.heredoc } : {}),
    notes: [...notes],
    ...(after ? { after: after.slice(0, 200) } : {}),
  };
}

/** One command read from where it starts: its words on one line, its heredoc, and where it ends in the text. */
export interface ScannedCommand {
  command: string;
  heredoc?: string;
  /** Just after the command: the end of its last line, or of its heredoc's closing line. */
  end: number;
  /** A quote was never closed: the shell would wait for more. */
  unclosed: boolean;
}

/**
 * Read a shell command from `start`, in one pass: quotes, escapes, continuations (`\` with or without trailing
 * spaces, cmd's `^`, PowerShell's `` ` ``), `#` and `<!-- -->` comments, a heredoc, and `|`, `;`, `&&` or a
 * redirection, after which the rest of the line is another program's. A line the author forgot to continue (the
 * next one starts with an option) is read on, as meant. Shared by the curl import and the terminal cleaner.
 */
export function scanCommand(text: string, start: number, notes: Set<CommandNote> = new Set()): ScannedCommand {
  const out: string[] = [];
  let run = start;
  let quote = '';
  let heredocMarker: string | undefined;
  let heredoc: string | undefined;
  let end = text.length;
  const flush = (at: number, replacement = '') => {
    out.push(text.slice(run, at), replacement);
  };
  let at = start;
  for (; at < text.length; at++) {
    const char = text[at];
    if (quote === "'") {
      if (char === "'") quote = '';
      continue;
    }
    if (quote === '"') {
      if (char === '\\') at++;
      else if (char === '"') quote = '';
      continue;
    }
    if (char === "'" || char === '"') {
      quote = char;
      continue;
    }
    const wordStart = at === start || /\s/.test(text[at - 1] ?? ' ');
    if ((char === '\\' || char === '^' || char === '`') && /^[ \t]*\n/.test(text.slice(at + 1, at + 64))) {
      // A continuation, with or without spaces after it: one space in its place.
      const next = text.indexOf('\n', at);
      flush(at, ' ');
      at = next;
      run = at + 1;
      continue;
    }
    if (char === '\\') {
      at++;
      continue;
    }
    if (char === '#' && wordStart) {
      // A comment runs to the end of its line; the line break after it is read as usual.
      notes.add('comments');
      const next = text.indexOf('\n', at);
      flush(at);
      at = (next < 0 ? text.length : next) - 1;
      run = at + 1;
      continue;
    }
    if (char === '<' && text.startsWith('<!--', at)) {
      const close = text.indexOf('-->', at);
      const lineEnd = text.indexOf('\n', at);
      const stop = close >= 0 && (lineEnd < 0 || close < lineEnd) ? close + 3 : lineEnd < 0 ? text.length : lineEnd;
      notes.add('comments');
      flush(at);
      at = stop - 1;
      run = stop;
      continue;
    }
    if (char === '<' && text[at + 1] === '<') {
      const marker = /^<<-?[ \t]*(['"]?)(\w{1,64})\1/.exec(text.slice(at, at + 80));
      if (marker?.[2]) {
        heredocMarker = marker[2];
        flush(at);
        at += marker[0].length - 1;
        run = at + 1;
        continue;
      }
    }
    const operator =
      char === '|' || char === ';' || (char === '&' && text[at + 1] === '&')
        ? 'pipe'
        : char === '>' && (wordStart || text[at - 1] === '2' || text[at - 1] === '&')
          ? 'redirect'
          : undefined;
    if (operator) {
      // What follows goes to another program or a file; the rest of this line is not curl's.
      notes.add(operator);
      flush(at);
      const next = text.indexOf('\n', at);
      at = next < 0 ? text.length : next;
      run = at;
      end = at;
      break;
    }
    if (char === '\n') {
      const following = nextLine(text, at + 1);
      if (heredocMarker === undefined && following && /^\s*-{1,2}[A-Za-z]/.test(following.text)) {
        // An option on the next line without a continuation before it: what the author meant to send.
        notes.add('missing-continuation');
        flush(at, ' ');
        run = at + 1;
        continue;
      }
      if (heredocMarker === undefined && following && /^\s*#/.test(following.text)) {
        // A comment line between continued lines; a real shell would stop here, the author did not mean to.
        const after = nextLine(text, following.end + 1);
        if (after && /^\s*-{1,2}[A-Za-z]/.test(after.text)) {
          notes.add('comments');
          flush(at, ' ');
          at = following.end;
          run = at + 1;
          continue;
        }
      }
      end = at;
      break;
    }
  }
  if (at >= text.length) end = text.length;
  flush(end);
  let rest = end;
  if (heredocMarker !== undefined) {
    const body = readHeredoc(text, end + 1, heredocMarker);
    heredoc = body.text;
    rest = body.end;
  }
  return {
    command: out.join('').trim(),
    ...(heredoc !== undefined ? { heredoc } : {}),
    end: rest,
    unclosed: quote !== '',
  };
}

/** The next line with something on it, from `from`: its text and where it ends. */
function nextLine(text: string, from: number): { text: string; end: number } | undefined {
  for (let at = from; at < text.length;) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 ? text.length : end;
    const line = text.slice(at, lineEnd);
    if (line.trim() !== '') return { text: line, end: lineEnd };
    at = lineEnd + 1;
  }
  return undefined;
}

/** A heredoc's lines up to its closing marker, and where the closing line ends. */
function readHeredoc(text: string, from: number, marker: string): { text: string; end: number } {
  const lines: string[] = [];
  for (let at = from; at < text.length;) {
    const end = text.indexOf('\n', at);
    const lineEnd = end < 0 ? text.length : end;
    const line = text.slice(at, lineEnd);
    if (line.trim() === marker) return { text: lines.join('\n'), end: lineEnd };
    lines.push(line);
    at = lineEnd + 1;
  }
  return { text: lines.join('\n'), end: text.length };
}
