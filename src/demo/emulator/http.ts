import type { EmulatedClient, EmulatorRequest, EmulatorResponse } from './types';

/** A JSON answer as Auth0 sends it: no caching, and the CORS headers of the route. */
export const json = (status: number, body: unknown, extra: Record<string, string> = {}): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body: JSON.stringify(body),
});

export const text = (status: number, body: string, extra: Record<string, string> = {}): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'text/plain; charset=utf-8', ...extra },
  body,
});

/** The parameters of a JSON or form-encoded body; undefined when it is neither. */
export function readBody(request: EmulatorRequest): Map<string, string> | undefined {
  const type = request.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      const value: unknown = JSON.parse(request.body);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      return new Map(Object.entries(value).map(([name, v]) => [name, typeof v === 'string' ? v : JSON.stringify(v)]));
    } catch {
      return undefined;
    }
  }
  return new Map(new URLSearchParams(request.body));
}

/** `Authorization: Basic base64(id:secret)`, each part form-decoded (RFC 6749 §2.3.1). */
export function basicCredentials(authorization: string | undefined): [string, string] | undefined {
  if (!authorization?.toLowerCase().startsWith('basic ')) return undefined;
  let decoded: string;
  try {
    decoded = atob(authorization.slice(6).trim());
  } catch {
    return undefined;
  }
  const at = decoded.indexOf(':');
  const part = (value: string) => decodeURIComponent(value.replaceAll('+', ' '));
  return at < 0 ? undefined : [part(decoded.slice(0, at)), part(decoded.slice(at + 1))];
}

/** The access token of `Authorization: Bearer …`. */
export function bearerToken(authorization: string | undefined): string | undefined {
  const match = /^Bearer[ \t]+(\S+)$/i.exec(authorization?.trim() ?? '');
  return match?.[1];
}

/** Auth0 allows a browser origin only when one of the clients concerned lists it (Allowed Web Origins). */
export function corsHeaders(origin: string | undefined, clients: EmulatedClient[]): Record<string, string> {
  if (!origin || !clients.some((client) => client.allowedOrigins.includes(origin))) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

/** Auth0 answers a preflight it does not accept with a success that lacks the allow-origin header. */
export function preflight(origin: string | undefined, clients: EmulatedClient[]): EmulatorResponse {
  const allowed = corsHeaders(origin, clients);
  const extra: Record<string, string> = allowed['access-control-allow-origin']
    ? {
        'access-control-allow-methods': 'GET, POST',
        'access-control-allow-headers': 'content-type, authorization, auth0-client, dpop',
        'access-control-max-age': '0',
      }
    : {};
  return { status: 204, headers: { ...allowed, ...extra }, body: '' };
}
