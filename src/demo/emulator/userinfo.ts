import { importJWK, jwtVerify, errors } from 'jose';
import { bearerToken, corsHeaders, json, text } from './http';
import { opaqueTokens, userinfoClaims } from './login-tokens';
import type { EmulatorResponse, Route } from './types';

/**
 * GET /userinfo as Auth0 answers it: the profile for an access token whose audience includes the tenant's
 * /userinfo (a JWT asked for with openid, or the opaque token of a login without audience); 401 otherwise, with
 * the words Auth0 uses: a `WWW-Authenticate` challenge for an invalid or expired token, a bare `Unauthorized` for
 * an ID token, `invalid credentials` for a JWT of another audience. The challenge is exposed to browsers.
 */
export const userinfoRoute: Route = async ({ request, tenant, key, now, memory }) => {
  const cors = {
    ...corsHeaders(request.headers.origin, tenant.clients),
    'access-control-expose-headers': 'WWW-Authenticate',
  };
  const challenge = (description: string): EmulatorResponse =>
    text(401, 'Unauthorized', {
      ...cors,
      'www-authenticate': `Bearer realm="Users", error="invalid_token", error_description="${description}"`,
    });
  const token = bearerToken(request.headers.authorization);
  if (!token) return text(401, 'Unauthorized', { ...cors, 'www-authenticate': 'Bearer realm="Users"' });
  const user = (userId: string) => tenant.users.find((candidate) => candidate.userId === userId);
  const opaque = opaqueTokens(memory).get(token);
  if (opaque) {
    const found = user(opaque.userId);
    if (opaque.expiresAt <= now) return challenge('The token has expired');
    return found ? json(200, userinfoClaims(found, opaque.scope, now), cors) : challenge('Invalid token');
  }
  let claims: Record<string, unknown>;
  try {
    const verified = await jwtVerify(token, await importJWK(key.publicJwk, 'RS256'), {
      issuer: `${tenant.origin}/`,
      currentDate: new Date(now),
      algorithms: ['RS256'],
    });
    claims = verified.payload;
  } catch (error) {
    return challenge(error instanceof errors.JWTExpired ? 'The token has expired' : 'Invalid token');
  }
  const aud = Array.isArray(claims.aud) ? claims.aud : [claims.aud];
  const clientIds = new Set(tenant.clients.map((client) => client.clientId));
  if (aud.some((value) => typeof value === 'string' && clientIds.has(value))) return text(401, 'Unauthorized', cors);
  if (!aud.includes(`${tenant.origin}/userinfo`))
    return json(401, { error: 'unauthorized', error_description: 'invalid credentials' }, cors);
  const found = typeof claims.sub === 'string' ? user(claims.sub) : undefined;
  const scope = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  return found ? json(200, userinfoClaims(found, scope, now), cors) : challenge('Invalid token');
};
