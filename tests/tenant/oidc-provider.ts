import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, type JWK } from 'jose';
import Provider, { type ResponseType } from 'oidc-provider';

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
  /** The public client that logs in through /authorize, when the provider was started with `login`. */
  spaClientId: string;
  requests: string[];
  close(): Promise<void>;
}

/**
 * A real, certified OpenID Provider (panva's oidc-provider) on 127.0.0.1: a machine-to-machine client that
 * gets JWT access tokens, CORS allowed for the page's origin, and the token endpoint at Auth0's path; with
 * `login`, also a public client that logs in through /authorize, /userinfo, and a login form.
 */
export async function startProvider(
  pageOrigin: string,
  options: {
    /** The steps before the token: a device-flow client and a private_key_jwt client (see ProviderFlows). */
    flows?: ProviderFlows;
    /** A public (SPA) client whose redirect URI is the page, and the provider's development login form. */
    login?: { redirectUri: string };
  } = {},
): Promise<LocalProvider> {
  const { flows } = options;
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
      // Its own development pages @import a web font from Google: the login form is served below instead; the
      // device flow's verification page is the provider's own (the flows e2e reads it without fonts).
      devInteractions: { enabled: !!flows },
      deviceFlow: { enabled: !!flows },
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
    routes: {
      token: '/oauth/token',
      authorization: '/authorize',
      userinfo: '/userinfo',
      device_authorization: '/oauth/device/code',
    },
    cookies: { keys: ['test-only-cookie-key'] },
    // Its error page, as plain words (the default one @imports a web font too).
    renderError: (ctx, out) => {
      ctx.type = 'text/plain; charset=utf-8';
      ctx.body = Object.entries(out)
        .map(([name, value]) => `${name}: ${String(value)}`)
        .join('\n');
    },
  });
  // oidc-provider's documented way to allow implicit to an http redirect URI: the page runs on loopback here.
  // (Client.Schema is not in the provider's type declarations.)
  const schema = (
    provider.Client as unknown as { Schema: { prototype: { invalidate(message: string, code?: string): void } } }
  ).Schema.prototype;
  const { invalidate } = schema;
  schema.invalidate = function (message: string, code?: string) {
    if (code === 'implicit-force-https') return;
    invalidate.call(this, message, code);
  };
  const requests: string[] = [];
  const callback = provider.callback();
  server.on('request', (request, response) => {
    requests.push(`${request.method} ${request.url}`);
    const interaction = /^\/interaction\/([\w-]+)(?:\/(login|confirm))?$/.exec(request.url ?? '');
    if (options.login && interaction) void interact(provider, request, response, interaction[2]);
    else void callback(request, response);
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

const page = (title: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title></head><body><main><h1>${title}</h1>${body}</main></body></html>`;

/**
 * The provider's login and consent steps, through its interaction API (interactionDetails, interactionFinished,
 * Grant), as a real deployment serves them: any login and password sign in, and consent grants what was asked.
 */
async function interact(provider: Provider, request: IncomingMessage, response: ServerResponse, step?: string) {
  const details = await provider.interactionDetails(request, response);
  const form = new URLSearchParams(
    await new Promise<string>((resolve) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    }),
  );
  if (step === 'login') {
    const login = form.get('login') ?? '';
    return provider.interactionFinished(
      request,
      response,
      { login: { accountId: login } },
      { mergeWithLastSubmission: false },
    );
  }
  if (step === 'confirm') {
    const { prompt, params, session } = details;
    const grant = new provider.Grant({ accountId: session?.accountId ?? '', clientId: String(params.client_id) });
    const missing = prompt.details as { missingOIDCScope?: string[]; missingOIDCClaims?: string[] };
    if (missing.missingOIDCScope) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
    if (missing.missingOIDCClaims) grant.addOIDCClaims(missing.missingOIDCClaims);
    const grantId = await grant.save();
    return provider.interactionFinished(request, response, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }
  const html =
    details.prompt.name === 'login'
      ? page(
          'Sign-in',
          `<form method="post" action="/interaction/${details.uid}/login"><label>Login <input name="login" autocomplete="off"></label><label>Password <input name="password" type="password" autocomplete="off"></label><button type="submit">Sign-in</button></form>`,
        )
      : page(
          'Authorize',
          `<form method="post" action="/interaction/${details.uid}/confirm"><button type="submit">Continue</button></form>`,
        );
  response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
}
