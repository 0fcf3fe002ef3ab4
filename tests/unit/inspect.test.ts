import { describe, expect, test } from 'vitest';
import { decodeInput, viewAt, type TokenView } from '../../src/lib/token/inspect';
import seedResponse from '../../src/lib/examples/seed-token-response.json';

const clock = { now: Date.parse('2026-11-26T09:00:00Z'), locale: 'en-GB', timeZone: 'UTC' };
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (header: unknown, claims: unknown, signature = 'c2ln') => `${part(header)}.${part(claims)}.${signature}`;

function views(text: string): TokenView[] {
  const result = decodeInput(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.tokens.map((view) => viewAt(view, clock));
}

describe('the seed token, as the story ends', () => {
  const [token] = views(JSON.stringify(seedResponse));

  test('is the access token, signed with RS256 by the key ALBbO8_5yluygvlHAK8Qn', () => {
    expect(token?.source).toBe('access_token');
    expect(token?.header.map((row) => [row.name, row.text])).toEqual([
      ['alg', 'RS256'],
      ['typ', 'JWT'],
      ['kid', 'ALBbO8_5yluygvlHAK8Qn'],
    ]);
    expect(token?.header[0]?.notes[0]).toMatch(/^RSA signature with SHA-256/);
  });

  test('has a row per claim, each explained', () => {
    expect(token?.claims.map((row) => row.name)).toEqual(['iss', 'sub', 'aud', 'iat', 'exp', 'azp', 'scope', 'gty']);
    expect(token?.claims.every((row) => row.explanation)).toBe(true);
    expect(token?.claims.find((row) => row.name === 'aud')?.notes).toEqual([
      'The Auth0 Management API (/api/v2/) of dev-e3ybvpddsjl3sbd7.us.auth0.com: the token calls the Management API, and its scopes decide which endpoints.',
    ]);
    expect(token?.claims.find((row) => row.name === 'gty')?.notes).toEqual([
      'Resource Owner Password grant (password or password-realm).',
    ]);
  });

  test('expired in 2023', () => {
    expect(token?.claims.find((row) => row.name === 'exp')?.timed).toBe(true);
    const exp = token?.times.get('exp');
    expect(exp && 'local' in exp ? exp.local : undefined).toBe('21 Sept 2023, 00:46:58 UTC');
    expect(exp && 'local' in exp ? exp.relative : undefined).toBe('expired 3 years ago');
    expect(token?.validity).toEqual({ status: 'expired', text: 'Expired 3 years ago.' });
    expect(token?.findings.map((finding) => finding.id)).toEqual(['token.expired']);
  });

  test('lists its seven Management API scopes, each described', () => {
    expect(token?.scopes?.claim).toBe('scope');
    expect(token?.scopes?.items.map((item) => item.name)).toEqual(seedResponse.scope.split(' '));
    expect(token?.scopes?.items.every((item) => item.description?.startsWith('Management API: '))).toBe(true);
    expect(token?.permissions).toBeUndefined();
  });

  test('links only its http(s) values', () => {
    expect(token?.claims.find((row) => row.name === 'iss')?.href).toBe('https://dev-e3ybvpddsjl3sbd7.us.auth0.com/');
    expect(token?.claims.find((row) => row.name === 'sub')?.href).toBeUndefined();
  });
});

describe('claims and values', () => {
  const [token] = views(
    jwt(
      { alg: 'RS256', typ: 'at+jwt', kid: 'k1' },
      {
        iss: 'https://tenant.eu.auth0.com/',
        aud: ['https://api.example.com', 'https://tenant.eu.auth0.com/userinfo'],
        exp: clock.now / 1000 + 3600,
        scp: ['openid', 'read:messages'],
        permissions: ['read:messages', 'write:messages'],
        'https://example.com/roles': ['admin'],
        favourite_colour: 'blue',
        org_id: 'org_123',
        address: { country: 'JP' },
        picture: 'javascript:alert(1)',
        website: 'data:text/html,<script>alert(1)</script>',
        profile: '<img src=x onerror=alert(1)>',
      },
    ),
  );
  const row = (name: string) => token?.claims.find((claim) => claim.name === name);

  test('explain Auth0, OpenID Connect and custom claims', () => {
    expect(row('org_id')?.origin).toBe('Auth0');
    expect(row('address')?.origin).toBe('OpenID Connect');
    expect(row('https://example.com/roles')?.explanation).toMatch(/^Custom claim, namespaced/);
    expect(row('favourite_colour')?.explanation).toMatch(/^Custom claim: not defined/);
  });

  test('note the userinfo audience', () => {
    expect(row('aud')?.notes).toEqual([
      'The /userinfo endpoint of tenant.eu.auth0.com: Auth0 adds this audience when openid was requested together with an API audience.',
    ]);
  });

  test('show nested values as indented JSON, and strings as they are', () => {
    expect(row('address')).toMatchObject({ text: '{\n  "country": "JP"\n}', type: 'object' });
    expect(row('profile')).toMatchObject({ text: '<img src=x onerror=alert(1)>', type: 'string', href: undefined });
    expect(row('exp')).toMatchObject({ text: String(clock.now / 1000 + 3600), type: 'number' });
  });

  test('never link javascript: or data: values', () => {
    expect(row('picture')?.href).toBeUndefined();
    expect(row('website')?.href).toBeUndefined();
  });

  test('list scp and permissions separately', () => {
    expect(token?.scopes).toEqual({
      claim: 'scp',
      items: [
        { name: 'openid', description: expect.stringMatching(/^OpenID Connect/) },
        { name: 'read:messages', description: expect.stringMatching(/^A permission defined by your API/) },
      ],
    });
    expect(token?.permissions?.map((item) => item.name)).toEqual(['read:messages', 'write:messages']);
  });

  test('explain typ at+jwt', () => {
    expect(token?.header.find((header) => header.name === 'typ')?.notes[0]).toMatch(/RFC 9068/);
  });
});

describe('findings', () => {
  test.each([
    {
      name: 'alg none is flagged as an error',
      input: jwt({ alg: 'none' }, { sub: 'x', exp: 4102444800 }, ''),
      ids: ['token.alg-none'],
    },
    {
      name: 'a signed token without its signature',
      input: jwt({ alg: 'RS256' }, { exp: 4102444800 }, ''),
      ids: ['token.signature-missing'],
    },
    {
      name: 'HS256 and a header that names its own key',
      input: jwt({ alg: 'HS256', jku: 'https://evil.example/jwks' }, { exp: 4102444800 }),
      ids: ['token.header-jku', 'token.shared-secret'],
    },
    {
      name: 'milliseconds and a future iat',
      input: jwt({ alg: 'RS256' }, { exp: 4102444800000, iat: 4102444000 }),
      ids: ['token.issued-in-future', 'token.time-exp'],
    },
    { name: 'no exp', input: jwt({ alg: 'RS256' }, { sub: 'x' }), ids: ['token.no-expiry'] },
    {
      name: 'Auth0 JWE: no audience was sent',
      input: `${part({ alg: 'dir', enc: 'A256GCM', iss: 'https://t.auth0.com/' })}..aXY.Y3Q.dGFn`,
      ids: ['token.jwe-no-audience'],
    },
    {
      name: 'another JWE',
      input: `${part({ alg: 'RSA-OAEP-256', enc: 'A256GCM' })}.a2V5.aXY.Y3Q.dGFn`,
      ids: ['token.jwe'],
    },
    {
      name: 'a refresh token from a response is opaque by design',
      input: JSON.stringify({ refresh_token: 'v1.MRrtyi3h4Bd8xE3BjS2Tx0uRwdVmD9Pa_kqJpoLy5qDl' }),
      ids: ['token.opaque'],
      detail: /^Refresh tokens are opaque by design/,
    },
    {
      name: 'an opaque access token means no audience',
      input: JSON.stringify({ access_token: '5wGBPxmXu6sU5iZWw3Nod8sUcdnZ4ks_' }),
      ids: ['token.opaque'],
      detail: /^An opaque access token/,
    },
  ])('$name', ({ input, ids, detail }) => {
    const [token] = views(input);
    expect(token?.findings.map((finding) => finding.id)).toEqual(ids);
    if (detail) expect(token?.findings[0]?.detail).toMatch(detail);
  });
});
