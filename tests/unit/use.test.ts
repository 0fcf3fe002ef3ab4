import { generateKeyPair, SignJWT } from 'jose';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Exchange } from '../../src/lib/exchange';
import { readChallenges } from '../../src/lib/use/challenge';
import { diagnoseUse, type UseContext } from '../../src/lib/use/diagnose';
import { apiRequest, emptyApiForm, maskRequest, parseApiUrl, userinfoRequest } from '../../src/lib/use/request';
import { readSentToken } from '../../src/lib/use/token';

const now = Date.parse('2026-11-26T09:00:00Z');
const tenant = 'https://dev-x.us.auth0.com';
let sign: (claims: Record<string, unknown>, typ?: string) => Promise<string>;
beforeAll(async () => {
  const { privateKey } = await generateKeyPair('RS256');
  sign = (claims, typ = 'JWT') => new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ }).sign(privateKey);
});
const inAnHour = now / 1000 + 3600;

describe('WWW-Authenticate (RFC 9110 §11.6.1, RFC 6750 §3)', () => {
  test.each([
    [
      'Auth0’s /userinfo',
      'Bearer realm="Users", error="invalid_token", error_description="The token has expired"',
      [
        {
          scheme: 'bearer',
          params: { realm: 'Users', error: 'invalid_token', error_description: 'The token has expired' },
        },
      ],
    ],
    ['a bare scheme', 'Bearer', [{ scheme: 'bearer', params: {} }]],
    [
      'DPoP without commas',
      'DPoP error="invalid_dpop_nonce" error_description="DPoP nonce is too old"',
      [{ scheme: 'dpop', params: { error: 'invalid_dpop_nonce', error_description: 'DPoP nonce is too old' } }],
    ],
    [
      'two challenges, a token value and a quoted pair',
      'Basic realm="x", Bearer realm="api", error=insufficient_scope, scope="read:a write:b", error_description="say \\"hi\\""',
      [
        { scheme: 'basic', params: { realm: 'x' } },
        {
          scheme: 'bearer',
          params: { realm: 'api', error: 'insufficient_scope', scope: 'read:a write:b', error_description: 'say "hi"' },
        },
      ],
    ],
    [
      'token68',
      'Negotiate abc==, Bearer',
      [
        { scheme: 'negotiate', params: {}, token68: 'abc==' },
        { scheme: 'bearer', params: {} },
      ],
    ],
    ['garbage', '=,,, "', []],
  ])('%s', (_name, header, challenges) => {
    expect(readChallenges(header)).toEqual(challenges);
  });
});

describe('what is sent, and where', () => {
  test('/userinfo of the tenant, with the token as Bearer', () => {
    expect(userinfoRequest(tenant, 'T')).toEqual({
      url: `${tenant}/userinfo`,
      method: 'GET',
      headers: [['authorization', 'Bearer T']],
    });
  });
  test.each([
    [
      'https://api.example.com/v1/messages#x',
      { ok: true, value: { url: 'https://api.example.com/v1/messages', origin: 'https://api.example.com' } },
    ],
    [
      'http://localhost:3001/api',
      { ok: true, value: { url: 'http://localhost:3001/api', origin: 'http://localhost:3001' } },
    ],
    ['http://api.example.com/', { ok: false }],
    ['https://user:pw@api.example.com/', { ok: false }],
    ['ftp://api.example.com/', { ok: false }],
    ['api.example.com', { ok: false }],
    ['', { ok: false }],
  ])('API URL %j', (url, result) => {
    expect(parseApiUrl(url)).toMatchObject(result);
  });
  test('the API call: headers typed, a JSON body typed, the token added last; the screen masks it', () => {
    const request = apiRequest(
      {
        url: 'https://api.example.com/m',
        method: 'POST',
        headers: 'X-Trace: 1\n\naccept: application/json',
        body: '{"a":1}',
      },
      'SECRET.TOKEN.X',
    );
    expect(request).toEqual({
      ok: true,
      value: {
        url: 'https://api.example.com/m',
        method: 'POST',
        headers: [
          ['x-trace', '1'],
          ['accept', 'application/json'],
          ['content-type', 'application/json'],
          ['authorization', 'Bearer SECRET.TOKEN.X'],
        ],
        body: '{"a":1}',
      },
    });
    expect(request.ok && JSON.stringify(maskRequest(request.value, '•••'))).not.toContain('SECRET');
  });
  test('headers the page sets, and lines that are no header, are refused', () => {
    const result = apiRequest(
      { ...emptyApiForm(), url: 'https://a.example/', headers: 'Authorization: Basic x\nnot a header' },
      't',
    );
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toHaveLength(2);
  });
});

describe('what the token is', () => {
  test('by where it came from, and by its claims when pasted', async () => {
    expect(readSentToken({ raw: await sign({ aud: 'cid' }), source: 'id_token' }).kind).toBe('id-token');
    expect(readSentToken({ raw: await sign({ aud: 'cid', nonce: 'n', email: 'a@b' }), source: 'pasted' }).kind).toBe(
      'id-token',
    );
    expect(readSentToken({ raw: await sign({ aud: 'x', scope: 'read:a' }), source: 'pasted' }).kind).toBe('access-jwt');
    expect(readSentToken({ raw: await sign({ aud: 'x', email: 'a@b' }, 'at+jwt'), source: 'pasted' }).kind).toBe(
      'access-jwt',
    );
    const jwe = `${Buffer.from('{"alg":"dir","enc":"A256GCM"}').toString('base64url')}..aaaa.bbbb.cccc`;
    expect(readSentToken({ raw: jwe, source: 'access_token' }).kind).toBe('opaque-userinfo');
  });
});

const answer = (status: number, headers: [string, string][] = [], body = ''): Exchange => ({
  transport: 'direct',
  state: 'http',
  status,
  headers,
  body,
  json: body.startsWith('{') ? JSON.parse(body) : undefined,
  evidence: [],
});

describe('the answer read, the token blamed', () => {
  const context = async (
    target: UseContext['target'],
    exchange: Exchange,
    claims: Record<string, unknown>,
    source: 'access_token' | 'id_token' | 'pasted' = 'access_token',
  ): Promise<UseContext> => ({
    target,
    exchange,
    token: { raw: await sign(claims), source },
    tenantOrigin: tenant,
    apiOrigin: 'https://api.example.com',
    pageOrigin: 'https://debugger.example',
    now,
  });
  const ids = (context: UseContext) => diagnoseUse(context).map((d) => d.id);

  test('/userinfo’s invalid_token challenge blames the token, never the client', async () => {
    const found = diagnoseUse(
      await context(
        'userinfo',
        answer(
          401,
          [['www-authenticate', 'Bearer realm="Users", error="invalid_token", error_description="Invalid token"']],
          'Unauthorized',
        ),
        { aud: [`https://api.example.com/`, `${tenant}/userinfo`], exp: inAnHour, scope: 'openid' },
      ),
    );
    expect(found.map((d) => d.id)).toEqual(['use.invalid-token']);
    expect(found[0]?.cause).toContain('blames the token, not the application');
    expect(JSON.stringify(found)).not.toMatch(/client secret|Client Secret|client authentication/);
  });
  test.each([
    [
      'an expired token, said by the challenge',
      'userinfo',
      [['www-authenticate', 'Bearer error="invalid_token", error_description="The token has expired"']],
      {},
      'use.expired',
    ],
    ['an expired token, by its exp', 'api', [], { exp: now / 1000 - 5, scope: 'a' }, 'use.expired'],
    ['an ID token at /userinfo', 'userinfo', [], { aud: 'cid' }, 'use.id-token-sent', 'id_token'],
    [
      'an ID token at the API',
      'api',
      [['www-authenticate', 'Bearer error="invalid_token"']],
      { aud: 'cid', nonce: 'n' },
      'use.id-token-sent',
      'pasted',
    ],
    [
      'an API token without /userinfo audience',
      'userinfo',
      [],
      { aud: 'https://api.example.com/', scope: 'read:a' },
      'use.userinfo-audience',
    ],
    [
      'an audience the API does not accept',
      'api',
      [['www-authenticate', 'Bearer realm="api", error="invalid_token", error_description="Unexpected \'aud\' value"']],
      { aud: 'https://other/', scope: 'a' },
      'use.audience',
    ],
    [
      'a malformed call',
      'api',
      [
        [
          'www-authenticate',
          'Bearer error="invalid_request", error_description="More than one method used for authentication"',
        ],
      ],
      { scope: 'a' },
      'use.invalid-request',
    ],
    ['no reason at all', 'api', [], { scope: 'a' }, 'use.unauthorized'],
  ] as [string, UseContext['target'], [string, string][], Record<string, unknown>, string, ('id_token' | 'pasted')?][])(
    '%s',
    async (_name, target, headers, claims, id, source) => {
      const found = ids(
        await context(target, answer(401, headers), { exp: inAnHour, ...claims }, source ?? 'access_token'),
      );
      expect(found[0]).toBe(id);
    },
  );
  test('insufficient_scope names the scopes missing, and the permissions claim RBAC needs', async () => {
    const found = diagnoseUse(
      await context(
        'api',
        answer(403, [
          ['www-authenticate', 'Bearer realm="api", error="insufficient_scope", scope="read:messages write:messages"'],
        ]),
        { aud: 'https://api.example.com/', scope: 'openid read:messages', exp: inAnHour },
      ),
    );
    expect(found.map((d) => d.id)).toEqual(['use.insufficient-scope', 'use.no-permissions-claim']);
    expect(found[0]?.title).toBe('The token lacks the scope write:messages');
  });
  test('an opaque token to a custom API', async () => {
    const jwe = `${Buffer.from('{"alg":"dir","enc":"A256GCM"}').toString('base64url')}..aaaa.bbbb.cccc`;
    const found = diagnoseUse({
      ...(await context('api', answer(401), {})),
      token: { raw: jwe, source: 'access_token' },
    });
    expect(found.map((d) => d.id)).toEqual(['use.opaque-to-api']);
  });
  test('successes, and an API that accepts what it should not', async () => {
    expect(ids(await context('userinfo', answer(200, [], '{"sub":"auth0|1"}'), { exp: inAnHour }))).toEqual([
      'use.userinfo-ok',
    ]);
    expect(ids(await context('api', answer(200), { aud: 'cid', exp: inAnHour }, 'id_token'))).toEqual([
      'use.api-ok',
      'use.id-token-accepted',
    ]);
  });
  test('an answer the browser could not read: CORS is the API’s setting; the curl is the way round', async () => {
    const blocked: Exchange = {
      transport: 'direct',
      state: 'cors-blocked',
      headers: [],
      body: '',
      evidence: ['The host answered.'],
    };
    const found = diagnoseUse(await context('api', blocked, { scope: 'a' }));
    expect(found.map((d) => [d.id, d.evidence])).toEqual([['use.cors-blocked', 'The host answered.']]);
    expect(found[0]?.cause).toContain('This is a setting of your API, not of Auth0.');
  });
  test('a 401 whose challenge the browser could not read says how to see it', async () => {
    const found = diagnoseUse(await context('api', answer(401), { scope: 'a', exp: inAnHour }));
    expect(found[0]?.cause).toContain('Access-Control-Expose-Headers');
  });
});
