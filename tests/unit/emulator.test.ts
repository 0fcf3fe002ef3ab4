import { beforeAll, describe, expect, test } from 'vitest';
import { createSigningKey, type SigningKey } from '../../src/demo/emulator/keys';
import { handleTenantRequest } from '../../src/demo/emulator/tenant';
import type { TenantConfig } from '../../src/demo/emulator/types';
import { diagnose } from '../../src/lib/diagnose';
import { parseJsonBody } from '../../src/lib/exchange';
import { decodeToken } from '../../src/lib/token/decode';

const origin = 'https://dev-e3ybvpddsjl3sbd7.us.auth0.com';
const page = 'https://debugger.example';
/** One instant for minting and judging: the tenant signs at it and the diagnosis reads the token at it. */
const now = Date.parse('2026-11-26T09:00:00Z');
let key: SigningKey;
beforeAll(async () => {
  key = await createSigningKey();
});

const tenant = (): TenantConfig => ({
  origin,
  connections: ['Username-Password-Authentication'],
  users: [
    { username: 'dev@example.com', password: 'pw', connection: 'Username-Password-Authentication', userId: 'auth0|1' },
  ],
  clients: [
    {
      clientId: 'cid',
      clientSecret: 'sec',
      authMethod: 'client_secret_post',
      grantTypes: ['authorization_code'],
      allowedOrigins: [page],
    },
  ],
  apis: [],
  clientGrants: [],
});

const seedBody = JSON.stringify({
  grant_type: 'password',
  username: 'dev@example.com',
  password: 'pw',
  audience: `${origin}/api/v2/`,
  client_id: 'cid',
  client_secret: 'sec',
});

async function post(config: TenantConfig, body = seedBody, headers: Record<string, string> = {}) {
  const response = await handleTenantRequest(
    {
      method: 'POST',
      path: '/oauth/token',
      headers: { 'content-type': 'application/json', origin: page, ...headers },
      body,
    },
    config,
    key,
    now,
  );
  const exchange = {
    transport: 'direct' as const,
    state: 'http' as const,
    status: response.status,
    headers: Object.entries(response.headers),
    body: response.body,
    json: parseJsonBody(response.body),
    evidence: [],
  };
  return { response, top: diagnose({ exchange, pageOrigin: page, now })[0] };
}

describe('the emulated tenant replays the seed story', () => {
  test('grant off, then no default connection, then an RS256 token for the Management API', async () => {
    const config = tenant();
    const first = await post(config);
    expect(first.response.status).toBe(403);
    expect(JSON.parse(first.response.body)).toEqual({
      error: 'unauthorized_client',
      error_description: "Grant type 'password' not allowed for the client.",
      error_uri: 'https://auth0.com/docs/clients/client-grant-types',
    });
    expect(first.top?.id).toBe('auth0.grant-not-allowed');

    config.clients[0]?.grantTypes.push('password');
    const second = await post(config);
    expect(second.response.status).toBe(500);
    expect(second.top?.id).toBe('auth0.no-default-connection');

    config.defaultDirectory = 'Username-Password-Authentication';
    const third = await post(config);
    expect(third.response.status).toBe(200);
    expect(third.top?.id).toBe('success.token-issued');
    const decoded = decodeToken(JSON.parse(third.response.body).access_token);
    expect(decoded.kind === 'jws' && decoded.header.kid).toBe(key.kid);
    expect(decoded.kind === 'jws' && decoded.claims).toMatchObject({
      iss: `${origin}/`,
      gty: 'password',
      aud: `${origin}/api/v2/`,
    });
  });

  test('answers CORS only for listed origins, and preflights without the header otherwise', async () => {
    const config = tenant();
    expect((await post(config)).response.headers['access-control-allow-origin']).toBe(page);
    expect(
      (await post(config, seedBody, { origin: 'https://elsewhere.example' })).response.headers[
        'access-control-allow-origin'
      ],
    ).toBeUndefined();
    const preflight = await handleTenantRequest(
      { method: 'OPTIONS', path: '/oauth/token', headers: { origin: 'https://elsewhere.example' }, body: '' },
      config,
      key,
      0,
    );
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });

  test.each([
    ['wrong secret', { client_secret: 'nope' }, 401, 'auth0.client-authentication-failed'],
    ['unknown API', { audience: 'https://nope/' }, 403, 'auth0.service-not-found'],
  ])('%s', async (_, change, status, id) => {
    const config = tenant();
    config.clients[0]?.grantTypes.push('password');
    config.defaultDirectory = 'Username-Password-Authentication';
    const { response, top } = await post(config, JSON.stringify({ ...JSON.parse(seedBody), ...change }));
    expect(response.status).toBe(status);
    expect(top?.id).toBe(id);
  });
});
