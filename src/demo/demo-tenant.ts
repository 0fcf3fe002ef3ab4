import { createSigningKey, type SigningKey } from './emulator/keys';
import { handleTenantRequest } from './emulator/tenant';
import type { EmulatorResponse, TenantConfig } from './emulator/types';
import { demoCredentials, demoOrigin } from './constants';

/** The tenant as the seed's author found it: Password grant off, no Default Directory. */
export function seedConfig(pageOrigin: string): TenantConfig {
  return {
    origin: demoOrigin,
    connections: [demoCredentials.connection],
    users: [
      {
        username: demoCredentials.username,
        password: demoCredentials.password,
        connection: demoCredentials.connection,
        userId: 'auth0|65091da7a8016ed26fb882fa',
      },
    ],
    clients: [
      {
        clientId: demoCredentials.clientId,
        clientSecret: demoCredentials.clientSecret,
        authMethod: 'client_secret_post',
        grantTypes: ['authorization_code', 'implicit', 'refresh_token', 'client_credentials'],
        allowedOrigins: [pageOrigin],
        // Allowed Callback URLs as the story begins: the app's own, not this page's.
        callbacks: ['http://localhost:3000/callback'],
        name: 'Demo App',
      },
    ],
    actions: [{ name: 'Require verified email', enabled: true, deny: 'Please verify your email before logging in.' }],
    apis: [{ identifier: demoCredentials.api, scopes: ['read:messages', 'write:messages'] }],
    clientGrants: [],
  };
}

const simulatedLatencyMs = 120;

/**
 * A fetch that answers from the emulator, and behaves as a browser would with the tenant's CORS answers:
 * a refused preflight or a missing allow-origin header is a TypeError, exactly like a real block.
 */
export function demoFetch(
  config: () => TenantConfig,
  key: SigningKey,
  pageOrigin: string,
  // What the demo tenant remembers between requests (issued codes, pending device codes…), while the page is open.
  memory: object = {},
): typeof fetch {
  return async (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input));
    if (url.origin !== demoOrigin) throw new TypeError('Failed to fetch');
    await new Promise((resolve) => setTimeout(resolve, simulatedLatencyMs));
    init?.signal?.throwIfAborted();
    const headers = Object.fromEntries(new Headers(init?.headers).entries());
    const method = init?.method ?? 'GET';
    const ask = (m: string, h: Record<string, string>, body: string) =>
      handleTenantRequest(
        { method: m, path: url.pathname, headers: { ...h, origin: pageOrigin }, body },
        config(),
        key,
        Date.now(),
        memory,
      );
    const simple =
      method === 'GET' ||
      /^(application\/x-www-form-urlencoded|text\/plain|multipart\/form-data)/.test(headers['content-type'] ?? '');
    if (!simple) {
      const preflight = await ask('OPTIONS', {}, '');
      if (!preflight.headers['access-control-allow-origin']) throw new TypeError('Failed to fetch');
    }
    const answer = await ask(method, headers, typeof init?.body === 'string' ? init.body : '');
    if (init?.mode === 'no-cors') return new Response(null, { status: 200 });
    const allowed = answer.headers['access-control-allow-origin'];
    if (allowed !== '*' && allowed !== pageOrigin) throw new TypeError('Failed to fetch');
    return new Response(answer.status === 204 ? null : answer.body, { status: answer.status, headers: answer.headers });
  };
}

/**
 * The demo tenant's pages as a browser tab would get them (a navigation: no CORS), for the in-page stand-in of
 * the login window, which a real popup cannot be for a tenant that lives inside the page. It keeps the demo
 * tenant's session cookie as a browser would, in memory, for later logins and silent authentication.
 */
export function demoNavigate(config: () => TenantConfig, key: SigningKey, memory: object) {
  let cookie = '';
  return async (method: 'GET' | 'POST', url: string, body = ''): Promise<EmulatorResponse> => {
    const parsed = new URL(url, demoOrigin);
    if (parsed.origin !== demoOrigin) throw new TypeError('Only the demo tenant is simulated');
    await new Promise((resolve) => setTimeout(resolve, simulatedLatencyMs));
    const answer = await handleTenantRequest(
      {
        method,
        path: `${parsed.pathname}${parsed.search}`,
        headers: { cookie, ...(method === 'POST' ? { 'content-type': 'application/x-www-form-urlencoded' } : {}) },
        body,
      },
      config(),
      key,
      Date.now(),
      memory,
    );
    const set = answer.headers['set-cookie'];
    if (set) cookie = set.split(';')[0] ?? '';
    return answer;
  };
}

export { createSigningKey, demoCredentials, demoOrigin };
export type { EmulatorResponse };
export type { SigningKey, TenantConfig };
