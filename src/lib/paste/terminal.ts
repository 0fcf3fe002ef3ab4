import { headChars } from '../bounds';
import { scanCommand } from '../request/curl-text';
import { promptBefore } from './prompt';

/** What the cleaner took away, so the page can say how it read a paste. */
export type TerminalNoise =
  'ansi' | 'command' | 'prompt' | 'trailing-prompt' | 'zsh-percent' | 'progress-meter' | 'curl-note' | 'powershell';

export interface CleanedPaste {
  /** The text as curl (or the browser) printed it, without what the terminal added around it. */
  text: string;
  /** The command echoed before the output (`$ curl …`), without its prompt, when there was one. */
  command?: string;
  removed: TerminalNoise[];
}

/** How much of the last line is looked at for zsh's `%` or a prompt glued to the body. */
const tailChars = 1024;
// ANSI escape sequences are control characters by definition.
// eslint-disable-next-line no-control-regex
const ansi = /\x1b(?:\[[0-9;?]*[ -/]*[@-~]|\][^\x07\x1b]{0,1024}(?:\x07|\x1b\\))/g;
/** curl's progress meter: its two heading lines and its rows of numbers (curl -v piped to jq shows it). */
const meterHeading = /^ *% Total +% Received|^ +Dload +Upload +Total/;
const meterRow =
  /^ {0,3}\d{1,3} +[\d.]+[kMGT]? +\d{1,3} +[\d.]+[kMGT]? +\d{1,3} +[\d.]+[kMGT]? +[\d.]+[kMGT]? +[\d.]+[kMGT]? +(?:--:--:--|\d+:\d\d:\d\d) +(?:--:--:--|\d+:\d\d:\d\d) +(?:--:--:--|\d+:\d\d:\d\d) +[\d.]+[kMGT]?/;
const curlNote = /^(?:Note|Warning): /;
/** PowerShell 5.1 puts the body after "Invoke-RestMethod : ", PowerShell 7 in a box of "| " lines. */
const powershell51 = /^Invoke-(?:RestMethod|WebRequest) : (.*)$/m;
const powershell7Box = /^ {2,}\| (.*)$/gm;
/** The next prompt glued to the end of a body that had no final line break: `…}user@devbox:~$ `. */
const gluedPrompt =
  /[}\]>](?:[$#❯➜] ?|\[?[\w.-]{1,64}@[\w.-]{1,64}[: ][^\n]{0,200}?[$#%] ?\]?|PS [^\n>]{0,200}> ?|[A-Za-z]:\\[^\n>]{0,200}>)\s*$/;
/** zsh marks output without a final line break with `%` (not after a digit: "100%" is text). */
const zshPercent = /[^\s\d%]%\s*$/;

/**
 * Take away what a terminal adds around curl's output: ANSI colours, the prompt and the echoed command, curl's
 * progress meter and notes, zsh's `%` after a body without a final newline, the next prompt (on a line of its own or
 * glued to the body), PowerShell's error wrapping. Pure and bounded: the head and the tail are read, never the
 * whole of a 10 MB body line by line.
 */
export function cleanTerminal(pasted: string): CleanedPaste {
  const removed = new Set<TerminalNoise>();
  let text = pasted;
  if (text.includes('\x1b')) {
    const stripped = text.replace(ansi, '');
    if (stripped !== text) removed.add('ansi');
    text = stripped;
  }
  if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');

  const leading = dropLeading(text, removed);
  // Nothing but a command: there is no output to clean, and the text is left as it is for whoever reads it.
  if (leading.command !== undefined && leading.text.trim() === '') {
    return { text, command: leading.command, removed: removed.has('ansi') ? ['ansi'] : [] };
  }
  text = leading.text;
  text = dropTrailing(text, removed);
  text = unwrapPowerShell(text, removed);
  return { text, ...(leading.command ? { command: leading.command } : {}), removed: [...removed] };
}

/**
 * The start of the paste: everything up to and including the last echoed `curl` command (and its prompt), then
 * curl's notes and its progress meter before the answer. Only the first `headChars` are looked at.
 */
function dropLeading(text: string, removed: Set<TerminalNoise>): { text: string; command?: string } {
  const head = text.slice(0, headChars);
  let command: string | undefined;
  let start = 0;
  /** Where the first command line began, and whether any came after a prompt (a terminal) or none did (prose). */
  let first: number | undefined;
  let prompted = false;
  // The last command line in the head: what follows it is its output.
  for (let at = 0; at < head.length;) {
    const end = head.indexOf('\n', at);
    const lineEnd = end < 0 ? head.length : end;
    const prompt = promptBefore(head, at, lineEnd);
    if (prompt !== undefined) {
      const commandStart = at + prompt;
      const scanned = scanCommand(head, commandStart);
      // A quote never closed would swallow the output: the command is then its first line.
      const stop = scanned.unclosed ? lineEnd : scanned.end;
      command = head.slice(commandStart, stop).trim();
      first ??= at;
      if (prompt > 0) {
        prompted = true;
        removed.add('prompt');
      }
      removed.add('command');
      start = stop < head.length && head[stop] === '\n' ? stop + 1 : stop;
      at = start;
      continue;
    }
    at = lineEnd + 1;
  }
  let rest = start ? text.slice(start) : text;
  // A curl quoted in a person's words (no prompt anywhere) after the answer they got (`I keep getting a 403:
  // {"detail":"Invalid issuer"}` … `curl -X GET …`): what came before the command is kept with what follows it.
  const before = first === undefined ? '' : text.slice(0, first);
  if (!prompted && /\{\s*"|\berror\b/i.test(before)) rest = `${before.trimEnd()}\n${rest}`;
  // curl's notes and progress meter come before the answer; the first line that is neither ends them.
  const lines: string[] = [];
  let at = 0;
  for (; at < rest.length && at < headChars;) {
    const end = rest.indexOf('\n', at);
    const line = rest.slice(at, end < 0 ? rest.length : end);
    const meter = meterRow.exec(line);
    if (curlNote.test(line)) removed.add('curl-note');
    else if (meterHeading.test(line)) removed.add('progress-meter');
    else if (meter) {
      removed.add('progress-meter');
      // curl -v writes its next line right after the meter's row, on the same line.
      const after = line.slice(meter[0].length);
      if (after.trim()) lines.push(after);
    } else if (/^\s*$/.test(line) && lines.length === 0) {
      // Blank lines before the answer are no part of it.
    } else if (/^[*<>{}]/.test(line) && !/^[{[]\s*"/.test(line) && line !== '{' && line !== '[') {
      // curl -v: its lines stay for the parser; a meter row may still follow further down.
      lines.push(line);
    } else break;
    at = end < 0 ? rest.length : end + 1;
  }
  if (lines.length || at > 0) rest = `${lines.length ? `${lines.join('\n')}\n` : ''}${rest.slice(at)}`;
  return { text: rest, ...(command ? { command } : {}) };
}

/** The end of the paste: the next prompt on lines of its own, zsh's `%`, or a prompt glued to the body. */
function dropTrailing(text: string, removed: Set<TerminalNoise>): string {
  let end = trimEnd(text, text.length);
  for (let lines = 0; lines < 8; lines++) {
    const lineStart = text.lastIndexOf('\n', end - 1) + 1;
    // The first line is never the next prompt: it is what was pasted.
    if (lineStart === 0 || promptBefore(text, lineStart, end, { alone: true }) === undefined) break;
    removed.add(text.slice(lineStart, end).trim() === '%' ? 'zsh-percent' : 'trailing-prompt');
    end = trimEnd(text, lineStart);
  }
  const lastLine = Math.max(text.lastIndexOf('\n', end - 1) + 1, end - tailChars);
  const tail = text.slice(lastLine, end);
  const glued = gluedPrompt.exec(tail);
  if (glued) {
    removed.add('trailing-prompt');
    end = lastLine + glued.index + 1;
  } else if (zshPercent.test(tail)) {
    removed.add('zsh-percent');
    end = lastLine + tail.lastIndexOf('%');
  }
  return end === text.length ? text : text.slice(0, end);
}

/** Where the text ends once spaces, tabs and line breaks before `end` are left out. */
function trimEnd(text: string, end: number): number {
  let at = end;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t' || text[at - 1] === '\n')) at--;
  return at;
}

/** PowerShell prints the answer inside its error record: take the body out of it. */
function unwrapPowerShell(text: string, removed: Set<TerminalNoise>): string {
  const head = text.slice(0, headChars);
  const classic = powershell51.exec(head);
  if (classic?.[1]?.trim().startsWith('{')) {
    removed.add('powershell');
    return classic[1].trim();
  }
  if (/^Invoke-(?:RestMethod|WebRequest): *$/m.test(head)) {
    const boxed = [...head.matchAll(powershell7Box)].map((match) => match[1] ?? '');
    const body = boxed.filter((line) => !/^\s*~+\s*$/.test(line) && !/^Invoke-/.test(line.trim()));
    if (body.length) {
      removed.add('powershell');
      return body.join('\n').trim();
    }
  }
  return text;
}
