import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { lintRequest } from '../../src/lib/diagnose/lints';
import { httpExchange, type Exchange } from '../../src/lib/exchange';
import { emptyFields, emptyForm, type RequestForm, type TokenRequest } from '../../src/lib/request/form';
import { validateForm } from '../../src/lib/request/validate';
import { buildReport } from '../../src/lib/report';
import seedResponse from '../../src/lib/examples/seed-token-response.json';

const now = Date.parse('2026-11-26T09:00:00Z');
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>, alg = 'RS256') => `${part({ alg, kid: 'k' })}.${part(claims)}.c2ln`;

function form(input: Partial<Omit<RequestForm, 'fields'>> & { fields?: Partial<RequestForm['fields']> }): RequestForm {
  return {
    ...emptyForm(),
    domain: 'dev-x.us.auth0.com',
    ...input,
    fields: { ...emptyFields(), client_id: 'cid', client_secret: 'csecret', ...input.fields },
  };
}

function request(input: Parameters<typeof form>[0]): TokenRequest {
  const result = validateForm(form(input));
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

const exchangeOf = (body: unknown, status = 200): Exchange => httpExchange(JSON.stringify(body), status, 'direct');

describe('lintRequest: what to know before sending', () => {
  test.each([
    {
      name: 'password grant without realm',
      input: { grantType: 'password', fields: { username: 'u', password: 'p', audience: 'https://api' } },
      ids: ['lint.password-without-realm', 'lint.secret-from-browser'],
    },
    {
      name: 'client credentials without audience, scopes with commas',
      input: { grantType: 'client_credentials', fields: { scope: 'read:a,read:b' } },
      ids: ['lint.scope-commas', 'lint.client-credentials-without-audience', 'lint.secret-from-browser'],
    },
    {
      name: 'offline_access, public client, no audience',
      input: {
        grantType: 'http://auth0.com/oauth/grant-type/password-realm',
        clientAuth: 'none' as const,
        fields: { username: 'u', password: 'p', realm: 'db', scope: 'openid offline_access' },
      },
      ids: ['lint.no-audience', 'lint.offline-access'],
    },
    {
      name: 'the Management API audience on a user grant',
      input: {
        grantType: 'http://auth0.com/oauth/grant-type/password-realm',
        clientAuth: 'none' as const,
        fields: { username: 'u', password: 'p', realm: 'db', audience: 'https://dev-x.us.auth0.com/api/v2/' },
      },
      ids: ['lint.management-api-user-token'],
    },
    {
      name: 'a public client exchanging a code without verifier',
      input: { grantType: 'authorization_code', clientAuth: 'none' as const, fields: { code: 'c' } },
      ids: ['lint.public-code-without-verifier'],
    },
    {
      name: 'the Dashboard as tenant',
      input: {
        domain: 'https://manage.auth0.com/dashboard/eu/acme/',
        grantType: 'refresh_token',
        clientAuth: 'none' as const,
        fields: { refresh_token: 'r' },
      },
      ids: ['lint.dashboard-domain'],
    },
  ])('$name', ({ input, ids }) => {
    const f = form(input);
    const validated = validateForm(f);
    const lints = lintRequest(f, validated.ok ? validated.value : undefined);
    expect(lints.map((lint) => lint.id)).toEqual(ids);
    if (ids[0] === 'lint.dashboard-domain') expect(lints[0]?.cause).toContain('acme.eu.auth0.com');
  });
});

describe('success-side checks', () => {
  const ids = (req: TokenRequest, body: Record<string, unknown>) =>
    diagnose({ exchange: exchangeOf(body), request: req, pageOrigin: 'https://debugger.example', now }).map(
      (d) => d.id,
    );

  test('the seed’s success explains the Management API audience and its scopes', () => {
    const seed = request({
      domain: 'dev-e3ybvpddsjl3sbd7.us.auth0.com',
      fields: { username: 'u', password: 'p', audience: 'https://dev-e3ybvpddsjl3sbd7.us.auth0.com/api/v2/' },
    });
    const found = diagnose({
      exchange: exchangeOf(seedResponse),
      request: seed,
      pageOrigin: 'https://debugger.example',
      now: Date.parse('2023-09-20T01:00:00Z'),
    });
    expect(found.map((d) => d.id)).toEqual([
      'success.token-issued',
      'success.management-api-user-token',
      'success.no-id-token',
      'success.no-refresh-token',
    ]);
    expect(found[1]?.cause).toContain('*:current_user*');
    expect(found[1]?.cause).toContain('7 here');
  });

  test.each([
    {
      name: 'no audience: an opaque JWE access token',
      req: { grantType: 'password', fields: { username: 'u', password: 'p', scope: 'openid' } },
      body: {
        access_token: `${part({ alg: 'dir', enc: 'A256GCM' })}..aXY.Y3Q.dGFn`,
        id_token: jwt({}),
        token_type: 'Bearer',
      },
      expected: ['success.opaque-access-token', 'success.token-issued', 'success.no-refresh-token'],
    },
    {
      name: 'wrong audience, wrong issuer, HS256, missing scopes',
      req: {
        grantType: 'client_credentials',
        fields: { audience: 'https://api.example.com/', scope: 'read:a write:b' },
      },
      body: {
        access_token: jwt(
          {
            iss: 'https://login.example.com/',
            aud: 'https://api.example.com',
            exp: now / 1000 + 3600,
            scope: 'read:a',
            gty: 'client-credentials',
          },
          'HS256',
        ),
        scope: 'read:a',
      },
      expected: [
        'success.audience-mismatch',
        'success.issuer-mismatch',
        'success.hs256',
        'success.scopes-missing',
        'success.token-issued',
      ],
    },
    {
      name: 'expired on arrival, offline_access without a refresh token',
      req: {
        grantType: 'password',
        fields: { username: 'u', password: 'p', audience: 'https://api', scope: 'openid offline_access' },
      },
      body: {
        access_token: jwt({
          iss: 'https://dev-x.us.auth0.com/',
          aud: 'https://api',
          exp: now / 1000 - 10,
          scope: 'openid',
        }),
        id_token: jwt({}),
        scope: 'openid',
      },
      expected: ['success.expired', 'success.no-refresh-token', 'success.token-issued'],
    },
    {
      name: 'a clock behind the tenant’s',
      req: { grantType: 'client_credentials', fields: { audience: 'https://api' } },
      body: {
        access_token: jwt({
          iss: 'https://dev-x.us.auth0.com/',
          aud: 'https://api',
          iat: now / 1000 + 600,
          exp: now / 1000 + 4000,
        }),
      },
      expected: ['success.clock-skew', 'success.token-issued'],
    },
  ])('$name', ({ req, body, expected }) => {
    expect(ids(request(req), body)).toEqual(expected);
  });
});

describe('buildReport', () => {
  const secrets = {
    client_secret: 'SECRET-client-9f8e7d',
    password: 'SECRET-password-hunter2',
    refresh_token: 'SECRET-refresh-v1.MRrt',
  };

  test('no secret from the request, and no token, survives into the report', () => {
    const req = request({
      grantType: 'password',
      fields: {
        client_secret: secrets.client_secret,
        username: 'dev@example.com',
        password: secrets.password,
        audience: 'https://api',
        scope: 'openid',
      },
    });
    const access = jwt({
      iss: 'https://dev-x.us.auth0.com/',
      sub: 'auth0|secret-user',
      email: 'dev@example.com',
      aud: 'https://api',
      exp: now / 1000 + 60,
      gty: 'password',
    });
    const body = {
      access_token: access,
      id_token: jwt({ sub: 'auth0|secret-user' }),
      refresh_token: secrets.refresh_token,
      token_type: 'Bearer',
    };
    const exchange = exchangeOf(body);
    const report = buildReport({
      request: req,
      exchange,
      diagnoses: diagnose({ exchange, request: req, pageOrigin: 'https://d', now }),
    });
    for (const secret of [...Object.values(secrets), access, 'auth0|secret-user', access.split('.')[1] ?? ''])
      expect(report).not.toContain(secret);
    expect(report).toContain('| client_secret | [redacted] |');
    expect(report).toContain('| username | `dev@example.com` |');
    expect(report).toContain('"access_token": "[redacted]"');
    expect(report).toContain('| gty | `password` |');
    expect(report).toContain('Token issued');
  });

  test('an error body quoting a secret, and a non-JSON body with a token, are scrubbed too', () => {
    const req = request({
      grantType: 'refresh_token',
      clientAuth: 'none',
      fields: { refresh_token: secrets.refresh_token },
    });
    const text = `Bad token ${secrets.refresh_token} and ${jwt({ a: 1 })}`;
    const exchange: Exchange = {
      transport: 'pasted',
      state: 'http',
      status: 400,
      headers: [],
      body: text,
      evidence: [],
    };
    const report = buildReport({ request: req, exchange, diagnoses: [] });
    expect(report).not.toContain(secrets.refresh_token);
    expect(report).not.toMatch(/eyJ[\w-]+\.eyJ/);
  });
});
