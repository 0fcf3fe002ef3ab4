import { beforeAll, describe, expect, test } from 'vitest';
import { createSigningKey, signJwt, type SigningKey } from '../../src/demo/emulator/keys';
import { handleTenantRequest } from '../../src/demo/emulator/tenant';
import type { TenantConfig } from '../../src/demo/emulator/types';
import { challengeS256 } from '../../src/lib/authorize/pkce';
import { readCallback } from '../../src/lib/authorize/callback';
import { halfHash } from '../../src/lib/authorize/hashes';
import { decodeToken } from '../../src/lib/token/decode';

const origin = 'https://dev-e3ybvpddsjl3sbd7.us.auth0.com';
const page = 'http://127.0.0.1:4441';
const callback = `${page}/`;
const now = Date.parse('2026-11-26T09:00:00Z');
let key: SigningKey;
beforeAll(async () => {
  key = await createSigningKey();
});

const spa = () => ({
  clientId: 'spa',
  authMethod: 'none' as const,
  grantTypes: ['authorization_code', 'implicit'],
  allowedOrigins: [page],
  callbacks: [callback],
  name: 'My SPA',
});

const tenant = (client = spa()): TenantConfig => ({
  origin,
  connections: ['Username-Password-Authentication'],
  users: [
    {
      username: 'dev@example.com',
      password: 'pw',
      connection: 'Username-Password-Authentication',
      userId: 'auth0|1',
      name: 'Dev',
    },
  ],
  clients: [client],
  apis: [{ identifier: 'https://api.example.com/', scopes: ['read:messages'] }],
  clientGrants: [],
});

/** One browser talking to the tenant: its cookie jar, and the tenant's memory. */
function browser(config: TenantConfig) {
  const memory = {};
  let cookie = '';
  const ask = async (method: string, path: string, body = '', headers: Record<string, string> = {}) => {
    const answer = await handleTenantRequest(
      {
        method,
        path,
        headers: {
          origin: page,
          cookie,
          ...(body ? { 'content-type': 'application/x-www-form-urlencoded' } : {}),
          ...headers,
        },
        body,
      },
      config,
      key,
      now,
      memory,
    );
    const set = answer.headers['set-cookie'];
    if (set) cookie = set.split(';')[0] ?? '';
    return answer;
  };
  return { ask, cookie: () => cookie };
}

const authorize = (params: Record<string, string>) =>
  `/authorize?${new URLSearchParams({ client_id: 'spa', redirect_uri: callback, response_type: 'code', state: 'st', nonce: 'nn', scope: 'openid profile email', ...params })}`;
const formAction = (body: string) => /action="([^"]+)"/.exec(body)?.[1]?.replaceAll('&amp;', '&') ?? '';
const transaction = (body: string) => /name="state" value="([^"]+)"/.exec(body)?.[1] ?? '';

async function logIn(b: ReturnType<typeof browser>, params: Record<string, string>, password = 'pw') {
  const login = await b.ask('GET', authorize(params));
  expect(login.status).toBe(200);
  return b.ask(
    'POST',
    formAction(login.body),
    new URLSearchParams({ state: transaction(login.body), username: 'dev@example.com', password }).toString(),
  );
}

describe('GET /authorize stops on its own page', () => {
  test('for a redirect_uri not in Allowed Callback URLs: Auth0’s words, a tracking id, no redirect', async () => {
    const answer = await browser(tenant()).ask('GET', authorize({ redirect_uri: 'http://127.0.0.1:4441/other' }));
    expect(answer.status).toBe(400);
    expect(answer.headers.location).toBeUndefined();
    expect(answer.body).toContain('Callback URL mismatch.');
    expect(answer.body).toContain('The provided redirect_uri is not in the list of allowed callback URLs.');
    expect(answer.body).toMatch(/TRACKING ID: <code>[\w-]+<\/code>/);
  });
  test('for an unknown client', async () => {
    const answer = await browser(tenant()).ask('GET', authorize({ client_id: 'nobody' }));
    expect(answer.status).toBe(400);
    expect(answer.body).toContain('Unknown client: nobody');
  });
});

describe('GET /authorize sends errors back to the redirect URI', () => {
  test.each<[Record<string, string>, string, string]>([
    [{ response_type: 'id_token' }, 'unauthorized_client', "Grant type 'implicit' not allowed for the client."],
    [{ response_type: 'nonsense' }, 'unsupported_response_type', 'Unsupported response type: nonsense'],
    [{ audience: 'https://nope.example/' }, 'access_denied', 'Service not found: https://nope.example/'],
    [{ prompt: 'none' }, 'login_required', 'Login required'],
  ])('%j → %s', async (params, error, description) => {
    const config = tenant(
      params.response_type === 'id_token' ? { ...spa(), grantTypes: ['authorization_code'] } : spa(),
    );
    const answer = await browser(config).ask('GET', authorize(params));
    expect(answer.status).toBe(302);
    const read = readCallback(answer.headers.location ?? '');
    expect(read.ok && read.value.params).toMatchObject({ error, error_description: description, state: 'st' });
  });
});

describe('a login through the login box', () => {
  test('code + PKCE: the code comes back in the fragment and is redeemed once, with the verifier', async () => {
    const b = browser(tenant());
    const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
    const challenge = await challengeS256(verifier, crypto);
    const done = await logIn(b, {
      code_challenge: challenge,
      code_challenge_method: 'S256',
      response_mode: 'fragment',
    });
    expect(done.status).toBe(302);
    expect(done.headers.location).toMatch(/^http:\/\/127\.0\.0\.1:4441\/#code=/);
    expect(b.cookie()).toMatch(/^auth0=/);
    const read = readCallback(done.headers.location ?? '');
    const code = read.ok ? (read.value.params.code ?? '') : '';
    const redeem = (codeVerifier: string) =>
      b.ask(
        'POST',
        '/oauth/token',
        new URLSearchParams({
          grant_type: 'authorization_code',
          client_id: 'spa',
          code,
          code_verifier: codeVerifier,
          redirect_uri: callback,
        }).toString(),
      );
    const wrong = await redeem('x'.repeat(43));
    expect(JSON.parse(wrong.body)).toEqual({
      error: 'invalid_grant',
      error_description: 'Failed to verify code verifier',
    });
    // The failed attempt spent the code, as Auth0 does.
    const again = await redeem(verifier);
    expect(JSON.parse(again.body)).toMatchObject({
      error: 'invalid_grant',
      error_description: 'Invalid authorization code',
    });
  });

  test('the tokens of the code carry the nonce, and /userinfo answers for the access token', async () => {
    const b = browser(tenant());
    const done = await logIn(b, {});
    const read = readCallback(done.headers.location ?? '');
    const code = read.ok ? (read.value.params.code ?? '') : '';
    const tokens = await b.ask(
      'POST',
      '/oauth/token',
      new URLSearchParams({
        grant_type: 'authorization_code',
        client_id: 'spa',
        code,
        redirect_uri: callback,
      }).toString(),
    );
    expect(tokens.headers['access-control-allow-origin']).toBe(page);
    const body = JSON.parse(tokens.body) as { access_token: string; id_token: string };
    const id = decodeToken(body.id_token);
    expect(id.kind === 'jws' && id.claims).toMatchObject({
      nonce: 'nn',
      aud: 'spa',
      sub: 'auth0|1',
      name: 'Dev',
      email: 'dev@example.com',
    });
    const info = await b.ask('GET', '/userinfo', '', { authorization: `Bearer ${body.access_token}` });
    expect(info.status).toBe(200);
    expect(JSON.parse(info.body)).toMatchObject({ sub: 'auth0|1', email: 'dev@example.com' });
    const withId = await b.ask('GET', '/userinfo', '', { authorization: `Bearer ${body.id_token}` });
    expect([withId.status, withId.body]).toEqual([401, 'Unauthorized']);
  });

  test('a wrong password shows the box again; a post-login Action’s denial goes back with its reason', async () => {
    const config = tenant();
    const wrong = await logIn(browser(config), {}, 'nope');
    expect(wrong.status).toBe(200);
    expect(wrong.body).toContain('Wrong email or password');
    config.actions = [
      { name: 'Require verified email', enabled: true, deny: 'Please verify your email before logging in.' },
    ];
    const denied = await logIn(browser(config), {});
    const read = readCallback(denied.headers.location ?? '');
    expect(read.ok && read.value.params).toMatchObject({
      error: 'access_denied',
      error_description: 'Please verify your email before logging in.',
      state: 'st',
    });
  });

  test('an API from localhost asks for consent once; prompt=none then answers from the session', async () => {
    const b = browser(tenant());
    const consent = await logIn(b, { audience: 'https://api.example.com/', scope: 'openid read:messages' });
    expect(consent.body).toContain('Authorize App');
    const silentBefore = await b.ask('GET', authorize({ audience: 'https://api.example.com/', prompt: 'none' }));
    expect(readCallback(silentBefore.headers.location ?? '')).toMatchObject({
      ok: true,
      value: { params: { error: 'consent_required' } },
    });
    const accepted = await b.ask('POST', formAction(consent.body), `state=${transaction(consent.body)}&action=accept`);
    expect(accepted.headers.location).toMatch(/\?code=/);
    const silent = await b.ask(
      'GET',
      authorize({ audience: 'https://api.example.com/', prompt: 'none', response_mode: 'web_message' }),
    );
    expect(silent.body).toContain('"type":"authorization_response"');
    expect(silent.body).toContain(JSON.stringify(page));
  });

  test('web_message posts nothing to an origin that is not an Allowed Web Origin', async () => {
    const client = spa();
    const b = browser(tenant(client));
    await logIn(b, {});
    client.allowedOrigins = [];
    const silent = await b.ask('GET', authorize({ prompt: 'none', response_mode: 'web_message' }));
    expect(silent.status).toBe(200);
    expect(silent.body).not.toContain('postMessage');
    expect(silent.body).not.toContain('authorization_response');
  });

  test('implicit and hybrid: the ID token binds the access token and the code by at_hash and c_hash', async () => {
    const done = await logIn(browser(tenant()), {
      response_type: 'code id_token token',
      audience: 'https://api.example.com/',
    });
    // From 127.0.0.1 an API asks for consent first; accept it.
    expect(done.body).toContain('Authorize App');
    const b = browser(tenant());
    const hybrid = await logIn(b, { response_type: 'code id_token token' });
    const read = readCallback(hybrid.headers.location ?? '');
    expect(read.ok && read.value.carrier).toBe('fragment');
    const params = read.ok ? read.value.params : {};
    const id = decodeToken(params.id_token ?? '');
    expect(id.kind === 'jws' && id.claims.at_hash).toBe(await halfHash(params.access_token ?? '', 'SHA-256', crypto));
    expect(id.kind === 'jws' && id.claims.c_hash).toBe(await halfHash(params.code ?? '', 'SHA-256', crypto));
  });
});

describe('GET /userinfo', () => {
  test('blames the token in a WWW-Authenticate challenge it lets the browser read', async () => {
    const b = browser(tenant());
    const forged = await signJwt(await createSigningKey(), {
      iss: `${origin}/`,
      sub: 'auth0|1',
      aud: `${origin}/userinfo`,
      exp: now / 1000 + 60,
    });
    const answer = await b.ask('GET', '/userinfo', '', { authorization: `Bearer ${forged}` });
    expect(answer.status).toBe(401);
    expect(answer.headers['www-authenticate']).toBe(
      'Bearer realm="Users", error="invalid_token", error_description="Invalid token"',
    );
    expect(answer.headers['access-control-expose-headers']).toBe('WWW-Authenticate');
    const expired = await signJwt(key, {
      iss: `${origin}/`,
      sub: 'auth0|1',
      aud: `${origin}/userinfo`,
      exp: now / 1000 - 60,
    });
    const late = await b.ask('GET', '/userinfo', '', { authorization: `Bearer ${expired}` });
    expect(late.headers['www-authenticate']).toContain('error_description="The token has expired"');
    const api = await signJwt(key, {
      iss: `${origin}/`,
      sub: 'auth0|1',
      aud: 'https://api.example.com/',
      exp: now / 1000 + 60,
    });
    const other = await b.ask('GET', '/userinfo', '', { authorization: `Bearer ${api}` });
    expect(JSON.parse(other.body)).toEqual({ error: 'unauthorized', error_description: 'invalid credentials' });
  });
});
