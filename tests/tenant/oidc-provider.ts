import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider from 'oidc-provider';

/**
 * The steps before the token, for the flows e2e: a public device-flow client (the device authorization endpoint at
 * Auth0's path, its own verification page with the provider's development login), and a client that authenticates
 * with private_key_jwt using this public key.
 */
export interface ProviderFlows {
  assertionKey: JWK;
  alg: 'RS256' | 'ES256';
}

export const deviceClientId = 'tv-client';
export const assertionClientId = 'pkjwt-client';

export interface LocalProvider {
  origin: string;
  clientId: string;
  clientSecret: string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * A real, certified OpenID Provider (panva's oidc-provider) on 127.0.0.1: a machine-to-machine client that
 * gets JWT access tokens, CORS allowed for the page's origin, and the token endpoint at Auth0's path.
 */
export async function startProvider(pageOrigin: string, flows?: ProviderFlows): Promise<LocalProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const clientId = 'm2m-client';
  const clientSecret = 'm2m-secret-0123456789abcdef0123456789abcdef';
  const resource = 'urn:example:api';
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
      ...(flows
        ? [
            {
              client_id: deviceClientId,
              grant_types: ['urn:ietf:params:oauth:grant-type:device_code'],
              redirect_uris: [],
              response_types: [],
              token_endpoint_auth_method: 'none' as const,
            },
            {
              client_id: assertionClientId,
              grant_types: ['client_credentials'],
              redirect_uris: [],
              response_types: [],
              token_endpoint_auth_method: 'private_key_jwt' as const,
              token_endpoint_auth_signing_alg: flows.alg,
              jwks: { keys: [flows.assertionKey] },
            },
          ]
        : []),
    ],
    // The default policy refuses confidential clients from browsers, as Auth0 does; this test allows the page.
    clientBasedCORS: (_ctx, requestOrigin) => requestOrigin === pageOrigin,
    features: {
      devInteractions: { enabled: !!flows },
      deviceFlow: { enabled: !!flows },
      clientCredentials: { enabled: true },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => resource,
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
    routes: { token: '/oauth/token', device_authorization: '/oauth/device/code' },
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
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
