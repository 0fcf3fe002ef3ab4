import { cut, descriptionChars, headChars } from '../bounds';
import { parseJsonBody } from '../exchange';
import { readCallback } from './callback';

/** An error of the /authorize side, however it reached the person: redirect parameters, JSON, an SDK line, a page. */
export interface RedirectAnswer {
  error?: string;
  description?: string;
  /** The words of the whole answer (an error page's text without its markup), windowed. */
  text: string;
  /** The tracking id an Auth0 error page shows, for the tenant's logs. */
  trackingId?: string;
}

const codeShape = /^[a-z][a-z0-9_.]{1,60}$/i;

/**
 * Read an /authorize error from what was pasted or received: `?error=…&error_description=…` (query, fragment or
 * bare), JSON (`error`, `error_description`, `errorDescription`, `description`, `message`), an SDK's
 * `code: description` or `Name: code (description)` line, or the text of Auth0's HTML error page.
 */
export function readRedirectAnswer(pasted: string): RedirectAnswer {
  const text = cut(pasted.trim(), headChars);
  const callback = readCallback(text);
  if (callback.ok && callback.value.params.error !== undefined) return fromParams(callback.value.params, text);
  const json = parseJsonBody(text);
  if (typeof json === 'object' && json !== null && !Array.isArray(json))
    return fromObject(json as Record<string, unknown>, text);
  const words = /<[a-z!/]/i.test(text) ? pageText(text) : text;
  const answer: RedirectAnswer = { text: cut(words, descriptionChars) };
  const tracking = /tracking id:?\s*([a-z0-9-]{6,64})/i.exec(words)?.[1];
  if (tracking) answer.trackingId = tracking;
  const line = /^(?:[a-z]*error(?: \[[a-z]*error\])?:\s*)?([a-z][a-z0-9_.]{1,60})(?::\s*| \()(.{1,4096}?)\)?$/im.exec(
    words.slice(0, descriptionChars),
  );
  if (line?.[1] && line[2] && line[1].includes('_') && codeShape.test(line[1])) {
    answer.error = line[1];
    answer.description = line[2].trim();
  } else answer.description = answer.text;
  return answer;
}

function fromParams(params: Record<string, string>, text: string): RedirectAnswer {
  return {
    error: cut(params.error ?? '', descriptionChars),
    ...(params.error_description !== undefined ? { description: cut(params.error_description, descriptionChars) } : {}),
    text: cut(text, descriptionChars),
  };
}

function fromObject(object: Record<string, unknown>, text: string): RedirectAnswer {
  const string = (name: string) => (typeof object[name] === 'string' ? (object[name] as string) : undefined);
  const error = string('error') ?? string('code') ?? string('errorCode');
  const description =
    string('error_description') ?? string('errorDescription') ?? string('description') ?? string('message');
  return {
    ...(error !== undefined ? { error: cut(error, descriptionChars) } : {}),
    ...(description !== undefined ? { description: cut(description, descriptionChars) } : {}),
    text: cut(text, descriptionChars),
  };
}

/** An HTML page's words: scripts, styles, its title and tags dropped, a line per block, common entities read. */
export function pageText(html: string): string {
  return html
    .replace(/<(script|style|title)\b[^<]{0,100000}<\/\1\s*>/gi, ' ')
    .replace(/<\/(?:p|h[1-6]|li|div|tr|main|section|label|button)\s*>|<br\s*\/?>/gi, '\n')
    .replace(/<[^<>]{0,4096}>/g, ' ')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&nbsp;', ' ')
    .replaceAll('&amp;', '&')
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The page's words outside its forms: what a login box says around its fields and buttons. */
export function textOutsideForms(html: string): string {
  return pageText(
    html
      .split(/<form\b[^<>]{0,4096}>|<\/form\s*>/i)
      .filter((_, index) => index % 2 === 0)
      .join(' '),
  );
}
