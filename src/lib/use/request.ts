import { err, ok, type Result } from '../result';
import type { HttpRequest } from '../request/build';
import { isSecretName } from '../secrets/names';
import { useMessages as m } from '../text/use';

/** What the API form holds, as typed. */
export interface ApiForm {
  url: string;
  method: 'GET' | 'POST';
  /** Extra headers, one `Name: value` per line. */
  headers: string;
  /** The body of a POST, sent as typed (JSON gets its content type). */
  body: string;
}

export interface ApiTarget {
  url: string;
  origin: string;
}

export const emptyApiForm = (): ApiForm => ({ url: '', method: 'GET', headers: '', body: '' });

const loopback = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Headers the browser sets itself, or that would change who the request speaks for. */
const forbiddenHeaders = new Set([
  'host',
  'origin',
  'referer',
  'cookie',
  'content-length',
  'connection',
  'authorization',
  'proxy-authorization',
]);
const headerName = /^[!#$%&'*+.^_`|~0-9A-Za-z-]{1,100}$/;

/** The API's URL: https, or http on this computer (localhost, 127.0.0.1) for an API in development. */
export function parseApiUrl(text: string): Result<ApiTarget, string> {
  const typed = text.trim();
  if (!typed) return err(m.urlRequired());
  if (typed.length > 4096 || /\s/.test(typed)) return err(m.urlInvalid());
  let url: URL;
  try {
    url = new URL(typed);
  } catch {
    return err(m.urlInvalid());
  }
  if (url.username || url.password) return err(m.urlCredentials());
  if (url.protocol === 'http:' && !loopback.has(url.hostname)) return err(m.urlInsecure(url.origin));
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return err(m.urlInvalid());
  url.hash = '';
  return ok({ url: url.href, origin: url.origin });
}

/** GET /userinfo of the tenant with the token as a Bearer credential (OIDC Core §5.3.1). */
export function userinfoRequest(tenantOrigin: string, token: string): HttpRequest {
  return { url: `${tenantOrigin}/userinfo`, method: 'GET', headers: [['authorization', `Bearer ${token}`]] };
}

/** The person's API call: their URL, method, headers and body, with the token as `Authorization: Bearer`. */
export function apiRequest(form: ApiForm, token: string): Result<HttpRequest, string[]> {
  const issues: string[] = [];
  const target = parseApiUrl(form.url);
  if (!target.ok) issues.push(target.error);
  const headers: [string, string][] = [];
  for (const [index, line] of form.headers.split('\n').entries()) {
    if (line.trim() === '') continue;
    const at = line.indexOf(':');
    const name = line.slice(0, at).trim();
    const value = line.slice(at + 1).trim();
    if (at < 1 || !headerName.test(name)) issues.push(m.headerLine(index + 1));
    else if (forbiddenHeaders.has(name.toLowerCase())) issues.push(m.headerReserved(index + 1, name));
    else headers.push([name.toLowerCase(), value]);
  }
  const body = form.method === 'POST' ? form.body : undefined;
  if (body !== undefined && body.trim() && !headers.some(([name]) => name === 'content-type'))
    headers.push(['content-type', /^\s*[[{]/.test(body) ? 'application/json' : 'text/plain']);
  if (!target.ok || issues.length) return err(issues);
  return ok({
    url: target.value.url,
    method: form.method,
    headers: [...headers, ['authorization', `Bearer ${token}`]],
    ...(body !== undefined ? { body } : {}),
  });
}

/** The request as the screen shows it: the bearer token (and any secret-named header) masked. */
export function maskRequest(request: HttpRequest, mask: string): HttpRequest {
  return {
    ...request,
    headers: request.headers.map(([name, value]): [string, string] =>
      name === 'authorization'
        ? [name, value.replace(/^(\S+\s+).*$/, `$1${mask}`)]
        : isSecretName(name)
          ? [name, mask]
          : [name, value],
    ),
  };
}
