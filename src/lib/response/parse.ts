import { parseJsonBody, type Exchange, type ExchangeState } from '../exchange';
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
export function parsePastedResponse(text: string): Result<Exchange, PasteError> {
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty', message: responseMessages.empty() });
  const base = { transport: 'pasted' as const, headers: [] as [string, string][], body: '', evidence: [] as string[] };

  const failure = curlError.exec(trimmed);
  if (failure?.[1] && !/^(<|HTTP\/)/m.test(trimmed)) {
    const state: ExchangeState = curlTimeout.has(failure[1]) ? 'timeout' : 'network-error';
    return ok({ ...base, state, evidence: [responseMessages.curlError(failure[1], failure[2] ?? '')] });
  }
  if (!/^[{[]/.test(trimmed) && !/^(<\s)?HTTP\//m.test(trimmed)) {
    const url = /(?:at|from|for) '?(https?:\/\/[^\s']+)'?/.exec(trimmed)?.[1];
    const state = corsMessage.test(trimmed)
      ? 'cors-blocked'
      : networkMessage.test(trimmed)
        ? 'network-error'
        : undefined;
    if (state)
      return ok({ ...base, state, evidence: [transportEvidence.browserMessage(trimmed)], ...(url ? { url } : {}) });
  }
  const http =
    /^\s*[<>*]\s/m.test(trimmed) && /^<\s+HTTP\//m.test(trimmed) ? verboseOutput(trimmed) : includeOutput(trimmed);
  return ok({ ...base, state: 'http', ...http, json: parseJsonBody(http.body) });
}

type HttpParts = Pick<Exchange, 'status' | 'statusText' | 'headers' | 'body'>;

/** `curl -i` (or a raw HTTP dump): status blocks, then the body; only the last status block counts. */
function includeOutput(text: string): HttpParts {
  const lines = text.split(/\r?\n/);
  let status: number | undefined;
  let statusText: string | undefined;
  let headers: [string, string][] = [];
  let i = 0;
  while (statusLine.test(lines[i] ?? '')) {
    const match = statusLine.exec(lines[i] ?? '');
    status = Number(match?.[1]);
    statusText = match?.[2]?.trim() || undefined;
    headers = [];
    for (i++; i < lines.length && (lines[i] ?? '').trim() !== ''; i++) addHeader(headers, lines[i] ?? '');
    while (i < lines.length && (lines[i] ?? '').trim() === '') i++;
  }
  return { status, statusText, headers, body: status === undefined ? text : lines.slice(i).join('\n') };
}

/** `curl -v`: response lines start with "< ", request lines with "> ", notes with "* "; the rest is the body. */
function verboseOutput(text: string): HttpParts {
  let status: number | undefined;
  let statusText: string | undefined;
  let headers: [string, string][] = [];
  const body: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.startsWith('< ') || line === '<') {
      const content = line.slice(2);
      const match = statusLine.exec(content);
      if (match) {
        status = Number(match[1]);
        statusText = match[2]?.trim() || undefined;
        headers = [];
      } else if (content.trim()) addHeader(headers, content);
    } else if (!/^([>*]( |$)|[{}] \[)/.test(line)) body.push(line);
  }
  return { status, statusText, headers, body: body.join('\n').trim() };
}

function addHeader(headers: [string, string][], line: string): void {
  const at = line.indexOf(':');
  if (at > 0) headers.push([line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim()]);
}
