import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { earlyChars, earlyRows, earlyTokens } from '../../src/ui/shell/early';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: unknown, header: unknown = { alg: 'RS256', typ: 'JWT' }) =>
  `${part(header)}.${part(claims)}.c2lnbmF0dXJl`;
const response = JSON.parse(readFileSync('src/lib/examples/seed-token-response.json', 'utf8')) as {
  access_token: string;
};
const token = jwt({ iss: 'https://dev-abc.us.auth0.com/', sub: 'auth0|1', exp: 1700000000, scope: 'read:a' });

describe('the early view reads the plain forms of a paste', () => {
  test.each([
    ['a bare JWT', token],
    ['a JWT among spaces and a newline', `  ${token}\n`],
    ['Bearer and the token', `Bearer ${token}`],
    ['an Authorization header', `Authorization: Bearer ${token}`],
    ['an Authorization header in other case', `authorization:bearer ${token}`],
  ])('%s: one token, its claims in the token’s order', (_, text) => {
    expect(earlyTokens(text)).toEqual([
      {
        name: undefined,
        claims: [
          ['iss', 'https://dev-abc.us.auth0.com/'],
          ['sub', 'auth0|1'],
          ['exp', '1700000000 (2023-11-14T22:13:20Z)'],
          ['scope', 'read:a'],
        ],
      },
    ]);
  });

  test('the story’s token response: the access token (its ID token is not a JWT here or absent)', () => {
    const tokens = earlyTokens(JSON.stringify(response, null, 2));
    expect(tokens.map((found) => found.name)).toEqual(['access_token']);
    expect(new Map(tokens[0]?.claims).get('iss')).toMatch(/^https:\/\//);
  });

  test('a token response with both tokens: each, named', () => {
    const both = { access_token: token, id_token: jwt({ sub: 'auth0|1', nonce: 'n' }), token_type: 'Bearer' };
    expect(earlyTokens(JSON.stringify(both)).map((found) => [found.name, found.claims.length])).toEqual([
      ['access_token', 4],
      ['id_token', 2],
    ]);
  });

  test('values that are not strings are shown as JSON; text is kept as it is, never read as markup', () => {
    const [found] = earlyTokens(
      jwt({ n: 1.5, yes: true, none: null, list: ['a', 'b'], nested: { x: 1 }, html: '<img src=x onerror=alert(1)>' }),
    );
    expect(Object.fromEntries(found?.claims ?? [])).toEqual({
      n: '1.5',
      yes: 'true',
      none: 'null',
      list: '["a","b"]',
      nested: '{"x":1}',
      html: '<img src=x onerror=alert(1)>',
    });
  });

  test('UTF-8 claims decode as UTF-8', () => {
    expect(earlyTokens(jwt({ name: '山田 太郎', note: 'naïve ✓' }))[0]?.claims).toEqual([
      ['name', '山田 太郎'],
      ['note', 'naïve ✓'],
    ]);
  });

  test('a time claim out of range is shown as the number only', () => {
    expect(earlyTokens(jwt({ exp: 1e15, iat: 'soon' }))[0]?.claims).toEqual([
      ['exp', '1000000000000000'],
      ['iat', 'soon'],
    ]);
  });

  test(`at most ${earlyRows} rows: the app’s view has them all`, () => {
    const claims = Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`c${i}`, i]));
    expect(earlyTokens(jwt(claims))[0]?.claims).toHaveLength(earlyRows);
  });
});

describe('anything else waits for the app, which reads everything', () => {
  test.each([
    ['empty', ''],
    ['text', 'hello'],
    ['a JWE (five parts)', `${part({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.a.b.c.d`],
    ['two parts', `${part({ alg: 'none' })}.${part({ sub: 'x' })}`],
    ['a payload that is not JSON', `${part({ alg: 'RS256' })}.${Buffer.from('nope').toString('base64url')}.x`],
    ['a payload that is an array', jwt([1, 2])],
    ['a header that is not an object', `${part('RS256')}.${part({ sub: 'x' })}.x`],
    ['invalid UTF-8', `${part({ alg: 'RS256' })}.${Buffer.from([0xff, 0xfe, 0x7b]).toString('base64url')}.x`],
    ['bad base64url', `${part({ alg: 'RS256' })}.A.x`],
    ['a curl command', `curl -H "Authorization: Bearer ${token}" https://api.example.com`],
    ['JSON that is not an object', '["a"]'],
    ['broken JSON', '{"access_token": "'],
    ['a token response whose tokens are opaque', '{"access_token":"abc","token_type":"Bearer"}'],
    ['more than the early view reads', `${token} ${'x'.repeat(earlyChars)}`],
  ])('%s: nothing', (_, text) => {
    expect(earlyTokens(text)).toEqual([]);
  });

  test('a paste of the most it reads, in any shape, takes one pass', () => {
    const shapes = [
      'eyJ'.repeat(earlyChars / 3),
      `${'a'.repeat(earlyChars - 2)}..`,
      `Bearer ${'-'.repeat(earlyChars - 8)}`,
      `{"access_token":"${'a.'.repeat((earlyChars - 30) / 2)}"}`,
    ];
    for (const text of shapes) {
      const start = performance.now();
      earlyTokens(text);
      expect(performance.now() - start, text.slice(0, 20)).toBeLessThan(200);
    }
  });
});
