import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair } from 'jose';
import Provider, { type ResponseType } from 'oidc-provider';

export interface LocalProvider {
  origin: string;
  clientId: string;
  clientSecret: string;
  /** The public client that logs in through /authorize, when the provider was started with `login`. */
  spaClientId: string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * A real, certified OpenID Provider (panva's oidc-provider) on 127.0.0.1: a machine-to-machine client that
 * gets JWT access tokens, CORS allowed for the page's origin, and the token endpoint at Auth0's path.
 */
export async function startProvider(
  pageOrigin: string,
  options: {
    /** A public (SPA) client whose redirect URI is the page, and the provider's development login form. */
    login?: { redirectUri: string };
  } = {},
): Promise<LocalProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const clientId = 'm2m-client';
  const clientSecret = 'm2m-secret-0123456789abcdef0123456789abcdef';
  const resource = 'urn:example:api';
  const spaClientId = 'spa-client';
  const spa = options.login
    ? [
        {
          client_id: spaClientId,
          grant_types: ['authorization_code', 'implicit'],
          response_types: ['code', 'id_token'] as ResponseType[],
          redirect_uris: [options.login.redirectUri],
          token_endpoint_auth_method: 'none' as const,
        },
      ]
    : [];
  const provider = new Provider(origin, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        grant_types: ['client_credentials'],
        redirect_uris: [],
        response_types: [],
        token_endpoint_auth_method: 'client_secret_post',
      },
      ...spa,
    ],
    // The default policy refuses confidential clients from browsers, as Auth0 does; this test allows the page.
    clientBasedCORS: (_ctx, requestOrigin) => requestOrigin === pageOrigin,
    features: {
      // Its development login form takes any login and password: enough to drive a real /authorize.
      devInteractions: { enabled: options.login !== undefined },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        // The machine-to-machine client's tokens are for the API; the SPA's stay good for /userinfo.
        defaultResource: (_ctx, client) => (client?.clientId === clientId ? resource : undefined),
        useGrantedResource: () => true,
        getResourceServerInfo: () => ({
          scope: 'api:read',
          audience: resource,
          accessTokenFormat: 'jwt',
          jwt: { sign: { alg: 'RS256' } },
        }),
      },
    },
    jwks: { keys: [{ ...(await exportJWK(privateKey)), kid: 'op-key-1', alg: 'RS256', use: 'sig' }] },
    // Auth0's paths, so the page calls the provider as it calls a tenant.
    routes: { token: '/oauth/token', authorization: '/authorize', userinfo: '/userinfo' },
    cookies: { keys: ['test-only-cookie-key'] },
  });
  const requests: string[] = [];
  const callback = provider.callback();
  server.on('request', (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    void callback(request, response);
  });
  return {
    origin,
    clientId,
    clientSecret,
    spaClientId,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
