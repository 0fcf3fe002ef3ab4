import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRemoteJWKSet, errors, jwtVerify } from 'jose';

export interface LocalApi {
  origin: string;
  requests: { method: string; path: string; authorization?: string }[];
  close(): Promise<void>;
}

/**
 * A resource server as express-oauth2-jwt-bearer runs one: RS256 access tokens of the tenant, checked for issuer,
 * audience and expiry against the tenant's JWKS, and a scope per route; its refusals are RFC 6750 challenges, with
 * that library's words. CORS lets the page call it and read the challenge.
 */
export async function startApi(options: {
  pageOrigin: string;
  tenantOrigin: string;
  audience: string;
  /** The scope GET /messages requires. */
  scope: string;
}): Promise<LocalApi> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const keys = createRemoteJWKSet(new URL(`${options.tenantOrigin}/.well-known/jwks.json`));
  const requests: LocalApi['requests'] = [];
  const cors = {
    'access-control-allow-origin': options.pageOrigin,
    'access-control-expose-headers': 'WWW-Authenticate',
    vary: 'Origin',
  };
  server.on('request', async (request, response) => {
    const authorization = request.headers.authorization;
    requests.push({
      method: request.method ?? '',
      path: request.url ?? '',
      ...(authorization ? { authorization } : {}),
    });
    if (request.method === 'OPTIONS') {
      response
        .writeHead(204, {
          ...cors,
          'access-control-allow-methods': 'GET, POST',
          'access-control-allow-headers': 'authorization, content-type',
        })
        .end();
      return;
    }
    const refuse = (status: number, challenge: string) =>
      response
        .writeHead(status, {
          ...cors,
          'content-type': 'text/plain',
          'www-authenticate': `Bearer realm="api"${challenge}`,
        })
        .end(status === 401 ? 'Unauthorized' : 'Forbidden');
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return refuse(401, '');
    let scope: string[];
    try {
      const { payload } = await jwtVerify(token, keys, {
        issuer: `${options.tenantOrigin}/`,
        audience: options.audience,
        algorithms: ['RS256'],
      });
      scope = typeof payload.scope === 'string' ? payload.scope.split(' ') : [];
    } catch (error) {
      const description =
        error instanceof errors.JWTClaimValidationFailed && error.claim === 'aud'
          ? "Unexpected 'aud' value"
          : error instanceof errors.JWTExpired
            ? '"exp" claim timestamp check failed'
            : 'Invalid Token';
      return refuse(401, `, error="invalid_token", error_description="${description}"`);
    }
    if (!scope.includes(options.scope))
      return refuse(
        403,
        `, error="insufficient_scope", error_description="Insufficient Scope", scope="${options.scope}"`,
      );
    response.writeHead(200, { ...cors, 'content-type': 'application/json' }).end('{"messages":["hello"]}');
  });
  server.on('connection', (socket) => socket.unref());
  return {
    origin,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
