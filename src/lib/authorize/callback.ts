import * as z from 'zod/mini';
import { cut, headChars, quoteChars } from '../bounds';
import { err, ok, type Result } from '../result';

/** Where the answer of /authorize travelled: the redirect's query or fragment, a posted form, a web message. */
export type Carrier = 'query' | 'fragment' | 'form_post' | 'web_message';

/** The parameters of an /authorize answer (RFC 6749 §4.1.2, §4.2.2; OIDC Core §3.2.2.5, §3.3.2.5). */
export interface Callback {
  carrier: Carrier;
  /** Every parameter as received (the first of a repeated name), values kept in memory only. */
  params: Record<string, string>;
  /** The address it came back to, without query and fragment, when it came as a URL. */
  returnedTo?: string;
}

export type CallbackErrorCode = 'empty' | 'no-parameters' | 'not-a-callback';

/** The names an /authorize answer may carry; only these are read from a URL this page lands on. */
export const callbackNames = [
  'code',
  'state',
  'error',
  'error_description',
  'error_uri',
  'access_token',
  'id_token',
  'token_type',
  'expires_in',
  'scope',
  'iss',
  'session_state',
] as const;
const names: ReadonlySet<string> = new Set(callbackNames);
/** At most this many parameters are read from a paste: an answer has a handful. */
const maxParams = 64;

/** Whether a set of parameters is an answer of /authorize: a code, a token, or an error. */
export function isCallback(params: Record<string, string>): boolean {
  return (
    params.code !== undefined ||
    params.error !== undefined ||
    params.id_token !== undefined ||
    params.access_token !== undefined
  );
}

/** Read `?a=b&c=d` or `a=b&c=d` (bounded), the first value of each name kept. */
export function readParams(text: string): Record<string, string> {
  const params: Record<string, string> = {};
  let count = 0;
  for (const [name, value] of new URLSearchParams(cut(text, headChars).replace(/^[?#]/, ''))) {
    if (++count > maxParams) break;
    if (!Object.hasOwn(params, name)) params[name] = value;
  }
  return params;
}

/**
 * Read an /authorize answer from where it was pasted or where the page landed: the URL it was sent back to (its
 * fragment first, the way implicit and `response_mode=fragment` answer, then its query), or what was posted
 * (`code=…&state=…`, the `name: value` lines of DevTools' Form Data, or Auth0's auto-submitting HTML form).
 */
export function readCallback(text: string): Result<Callback, CallbackErrorCode> {
  const trimmed = cut(text.trim(), headChars);
  if (trimmed === '') return err('empty');
  if (!trimmed.includes('=') && !trimmed.includes(':')) return err('no-parameters');
  if (/^<|<form\b/i.test(trimmed)) return fromForm(trimmed);
  const url = /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i.test(trimmed) ? trimmed : undefined;
  if (url) {
    const hashAt = url.indexOf('#');
    const queryAt = url.indexOf('?');
    const base = url.slice(0, Math.min(...[hashAt, queryAt, url.length].filter((at) => at >= 0)));
    const fragment = hashAt >= 0 ? readParams(url.slice(hashAt + 1)) : {};
    if (isCallback(fragment)) return ok({ carrier: 'fragment', params: fragment, returnedTo: base });
    const query = queryAt >= 0 ? readParams(url.slice(queryAt + 1, hashAt > queryAt ? hashAt : undefined)) : {};
    if (isCallback(query)) return ok({ carrier: 'query', params: query, returnedTo: base });
    return err(Object.keys({ ...fragment, ...query }).length ? 'not-a-callback' : 'no-parameters');
  }
  const lines = fromLines(trimmed);
  const params = lines ?? readParams(trimmed);
  if (isCallback(params))
    return ok({
      carrier: /^[?#]/.test(trimmed) ? (trimmed.startsWith('#') ? 'fragment' : 'query') : 'form_post',
      params,
    });
  return err(Object.keys(params).length ? 'not-a-callback' : 'no-parameters');
}

/** DevTools' Form Data view copied as text: `code: abc` (or `code abc`, tab-separated) per line. */
function fromLines(text: string): Record<string, string> | undefined {
  if (!text.includes('\n') && !/^[a-z_]+:\s/.test(text)) return undefined;
  const params: Record<string, string> = {};
  for (const line of text.split('\n').slice(0, maxParams)) {
    const found = /^\s*([a-z_]{1,40})\s*[:\t]\s*(\S{0,8192})\s*$/.exec(line);
    if (found?.[1] && found[2] !== undefined && names.has(found[1]) && !Object.hasOwn(params, found[1]))
      params[found[1]] = found[2];
  }
  return Object.keys(params).length ? params : undefined;
}

/** Auth0's form_post page: `<input type="hidden" name="code" value="…"/>` per parameter. */
function fromForm(html: string): Result<Callback, CallbackErrorCode> {
  const params: Record<string, string> = {};
  const inputs = html.match(/<input\b[^<>]{0,8192}>/gi) ?? [];
  for (const input of inputs.slice(0, maxParams)) {
    const name = /\bname\s*=\s*["']?([a-z_]{1,40})/i.exec(input)?.[1];
    const value = /\bvalue\s*=\s*(?:"([^"]*)"|'([^']*)')/i.exec(input);
    if (name && value && names.has(name) && !Object.hasOwn(params, name))
      params[name] = decodeEntities(value[1] ?? value[2] ?? '');
  }
  const action = /<form\b[^<>]{0,4096}\baction\s*=\s*"([^"<>]*)"/i.exec(html)?.[1];
  if (!isCallback(params)) return err(Object.keys(params).length ? 'not-a-callback' : 'no-parameters');
  return ok({
    carrier: 'form_post',
    params,
    ...(action ? { returnedTo: cut(decodeEntities(action), quoteChars) } : {}),
  });
}

function decodeEntities(text: string): string {
  return text
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&#x27;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&#x2F;', '/')
    .replaceAll('&amp;', '&');
}

/** Auth0's `response_mode=web_message` message: `{type: 'authorization_response', response: {…}}`. */
const webMessageSchema = z.object({
  type: z.literal('authorization_response'),
  response: z.record(z.string(), z.unknown()),
});

/** The answer inside a web message from the tenant, when the message is one. */
export function readWebMessage(data: unknown): Callback | undefined {
  const parsed = webMessageSchema.safeParse(data);
  if (!parsed.success) return undefined;
  const params: Record<string, string> = {};
  for (const [name, value] of Object.entries(parsed.data.response).slice(0, maxParams)) {
    if (typeof value === 'string') params[name] = cut(value, headChars);
    else if (typeof value === 'number') params[name] = String(value);
  }
  return { carrier: 'web_message', params };
}

/**
 * The address bar without the answer's parameters: what the page puts back (history.replaceState) as soon as it
 * has read them. Other parameters of the query stay; a fragment that carried an answer goes whole.
 */
export function withoutCallback(location: { pathname: string; search: string; hash: string }): string {
  const query = new URLSearchParams(location.search.replace(/^\?/, ''));
  for (const name of callbackNames) query.delete(name);
  const rest = query.toString();
  const fragment = readParams(location.hash);
  const hash = isCallback(fragment) || Object.keys(fragment).some((name) => names.has(name)) ? '' : location.hash;
  return `${location.pathname}${rest ? `?${rest}` : ''}${hash}`;
}
