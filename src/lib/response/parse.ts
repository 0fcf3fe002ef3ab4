import { cut, descriptionChars, headChars } from '../bounds';
import { parseJsonBody, type Exchange, type ExchangeState } from '../exchange';
import { cleanTerminal } from '../paste/terminal';
import { err, ok, type Result } from '../result';
import { responseMessages } from '../text/en/response';
import { transportEvidence } from '../text/en/transport';

export interface PasteError {
  code: 'empty';
  message: string;
}

const statusLine = /^HTTP\/\d(?:\.\d)?\s+(\d{3})(?:[ \t]+([^\r\n]*))?$/;
const corsMessage = /blocked by CORS policy|Cross-Origin Request Blocked|CORS header|Access-Control-Allow-Origin/i;
const networkMessage =
  /ERR_NAME_NOT_RESOLVED|ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED|ERR_ADDRESS_UNREACHABLE|NetworkError when attempting to fetch|Failed to fetch/i;
const curlError = /^curl: \((\d+)\)\s*(.*)$/m;
/** curl exit codes: 28 is a timeout; 6, 7 and 35 mean no connection. */
const curlTimeout = new Set(['28']);

/**
 * Read a pasted response into the same exchange a direct send would make: a JSON body, `curl -i` or `curl -v`
 * output (HTTP/1.1 and HTTP/2), a plain-text or HTML body, a browser console CORS message, or a curl error.
 */
export function parsePastedResponse(pasted: string): Result<Exchange, PasteError> {
  const text = cleanTerminal(pasted).text;
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty', message: responseMessages.empty() });
  const base = { transport: 'pasted' as const, headers: [] as [string, string][], body: '', evidence: [] as string[] };
  // What kind of paste this is shows in its first lines (bounds.ts): a 10 MB body is not scanned by every pattern.
  const head = trimmed.slice(0, headChars);

  const failure = curlError.exec(head);
  if (failure?.[1] && !/^(<|HTTP\/)/m.test(head)) {
    const state: ExchangeState = curlTimeout.has(failure[1]) ? 'timeout' : 'network-error';
    const message = cut(failure[2] ?? '', descriptionChars);
    return ok({ ...base, state, evidence: [responseMessages.curlError(failure[1], message)] });
  }
  if (!/^[{[]/.test(head) && !/^(<\s)?HTTP\//m.test(head)) {
    const url = /(?:at|from|for) '?(https?:\/\/[^\s']+)'?/.exec(head)?.[1];
    const state = corsMessage.test(head) ? 'cors-blocked' : networkMessage.test(head) ? 'network-error' : undefined;
    if (state) {
      const evidence = [transportEvidence.browserMessage(cut(trimmed, descriptionChars))];
      return ok({ ...base, state, evidence, ...(url ? { url } : {}) });
    }
  }
  const http =
    /^[ \t]*[<>*]\s/m.test(head) && /^<\s+HTTP\//m.test(head) ? verboseOutput(trimmed) : includeOutput(trimmed);
  return ok({ ...base, state: 'http', ...http, json: parseJsonBody(http.body) });
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
