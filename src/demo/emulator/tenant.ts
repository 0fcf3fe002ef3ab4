import { authorizeRoute, consentRoute, loginRoute } from './authorize';
import { text, preflight } from './http';
import type { SigningKey } from './keys';
import type { TenantMemory } from './memory';
import { bcAuthorizeRoute } from './ciba';
import { deviceCodeRoute } from './device';
import { associateRoute, authenticatorsRoute, challengeRoute } from './mfa';
import { passwordlessStartRoute } from './passwordless';
import { revokeRoute } from './revoke';
import { tokenRoute } from './token';
import { userinfoRoute } from './userinfo';
import type { EmulatorRequest, EmulatorResponse, Route, TenantConfig } from './types';
import { discoveryRoute, jwksRoute } from './well-known';

/** The tenant's endpoints, by `METHOD /path`; a new endpoint is one module and one line here. */
const routes: Record<string, Route> = {
  'GET /.well-known/openid-configuration': discoveryRoute,
  'GET /.well-known/jwks.json': jwksRoute,
  'POST /oauth/token': tokenRoute,
  'POST /passwordless/start': passwordlessStartRoute,
  'GET /mfa/authenticators': authenticatorsRoute,
  'POST /mfa/challenge': challengeRoute,
  'POST /mfa/associate': associateRoute,
  'POST /oauth/device/code': deviceCodeRoute,
  'POST /bc-authorize': bcAuthorizeRoute,
  'POST /oauth/revoke': revokeRoute,
  'GET /authorize': authorizeRoute,
  'POST /u/login': loginRoute,
  'POST /u/consent': consentRoute,
  'GET /userinfo': userinfoRoute,
};

/**
 * An Auth0-like tenant as a function: request, settings, key, clock and memory in, response out. It answers with
 * Auth0's verbatim errors, CORS like Auth0 (the allow-origin header only for listed origins), discovery and JWKS,
 * and RS256 tokens. The e2e tenant server and the in-page demo both run this.
 */
export async function handleTenantRequest(
  request: EmulatorRequest,
  tenant: TenantConfig,
  key: SigningKey,
  now: number,
  memory: TenantMemory = {},
): Promise<EmulatorResponse> {
  const at = request.path.indexOf('?');
  const path = at === -1 ? request.path : request.path.slice(0, at);
  const query = new URLSearchParams(at === -1 ? '' : request.path.slice(at + 1));
  if (request.method === 'OPTIONS') return preflight(request.headers.origin, tenant.clients);
  const route = routes[`${request.method} ${path}`];
  if (route) return route({ request, path, query, tenant, key, now, memory });
  const known = Object.keys(routes).some((name) => name.endsWith(` ${path}`));
  return known ? text(405, 'Method Not Allowed') : text(404, 'Not Found');
}
