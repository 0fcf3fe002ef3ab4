import { decodeProtectedHeader, exportJWK, exportPKCS8, generateKeyPair, jwtVerify } from 'jose';
import { describe, expect, test } from 'vitest';
import { readSigningKey, signAssertion, type AssertionAlg } from '../../src/lib/flows/assertion';
import { checkAssertion, stepAnswered } from '../../src/lib/flows/checks';
import { httpExchange } from '../../src/lib/exchange';
import * as polling from '../../src/lib/flows/polling';
import * as steps from '../../src/lib/flows/steps';
import { readFileSync } from 'node:fs';

const origin = 'https://dev-x.us.auth0.com';
const now = Date.parse('2026-11-26T09:00:00Z');

describe('private_key_jwt assertion', () => {
  test.each([
    ['RS256', 'pem'],
    ['PS256', 'pem'],
    ['ES256', 'pem'],
    ['RS256', 'jwk'],
    ['ES256', 'jwk'],
  ] as [AssertionAlg, 'pem' | 'jwk'][])(
    '%s from a %s key: claims as Auth0 wants them, signature verified',
    async (alg, form) => {
      const pair = await generateKeyPair(alg, { extractable: true });
      const text =
        form === 'pem'
          ? await exportPKCS8(pair.privateKey)
          : JSON.stringify({ ...(await exportJWK(pair.privateKey)), kid: 'k-1' });
      const key = await readSigningKey(text, alg);
      expect(key.ok && key.value.alg).toBe(alg);
      if (!key.ok) return;
      const jti = crypto.randomUUID();
      const assertion = await signAssertion(key.value, {
        clientId: 'cid',
        audience: `${origin}/`,
        now: now / 1000,
        jti,
        ...(key.value.kid ? { kid: key.value.kid } : {}),
      });
      const { payload, protectedHeader } = await jwtVerify(assertion, pair.publicKey, {
        algorithms: [alg],
        currentDate: new Date(now),
      });
      expect(payload).toEqual({
        iss: 'cid',
        sub: 'cid',
        aud: `${origin}/`,
        iat: now / 1000,
        exp: now / 1000 + 60,
        jti,
      });
      expect(protectedHeader).toEqual({ alg, typ: 'JWT', ...(form === 'jwk' ? { kid: 'k-1' } : {}) });
      expect(checkAssertion(assertion, 'cid', origin, now)).toEqual([]);
      expect(checkAssertion(assertion, 'cid', origin, now + 61_000).map((f) => f.id)).toEqual(['assertion.expired']);
    },
  );

  test('the page’s checks name a wrong aud, another issuer, a long life, no jti', async () => {
    const pair = await generateKeyPair('ES256');
    const key = { key: pair.privateKey, alg: 'ES256' as const, fits: ['ES256' as const] };
    const signed = await signAssertion(key, {
      clientId: 'other',
      audience: `${origin}/oauth/token`,
      now: now / 1000,
      jti: 'x',
    });
    expect(checkAssertion(signed, 'cid', origin, now)).toEqual([
      { id: 'assertion.audience', aud: `${origin}/oauth/token`, expected: `${origin}/` },
      { id: 'assertion.issuer', iss: 'other', sub: 'other', clientId: 'cid' },
    ]);
    expect(checkAssertion('not.a.jwt', 'cid', origin, now)).toEqual([{ id: 'assertion.malformed' }]);
    expect(decodeProtectedHeader(signed).alg).toBe('ES256');
  });

  test.each([
    ['', 'empty'],
    ['x'.repeat(20_001), 'too-long'],
    [readFileSync('tests/fixtures/keys/certificate.pem', 'utf8'), 'public-key'],
    ['-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----', 'public-key'],
    ['-----BEGIN RSA PRIVATE KEY-----\nAAAA\n-----END RSA PRIVATE KEY-----', 'pkcs1'],
    ['-----BEGIN EC PRIVATE KEY-----\nAAAA\n-----END EC PRIVATE KEY-----', 'sec1'],
    ['-----BEGIN ENCRYPTED PRIVATE KEY-----\nAAAA\n-----END ENCRYPTED PRIVATE KEY-----', 'encrypted'],
    ['-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', 'invalid'],
    ['{"kty":"oct","k":"AAAA"}', 'unsupported-kty'],
    ['{"kty":"RSA","n":"AQAB","e":"AQAB"}', 'public-key'],
    ['{"kty":"EC","crv":"P-384","x":"a","y":"b","d":"c"}', 'unsupported-curve'],
    ['{"kty":"RSA","alg":"HS256","n":"a","e":"AQAB","d":"c"}', 'alg-mismatch'],
    ['ssh-ed25519 AAAAC3Nza', 'not-a-key'],
  ])('a key that cannot sign is named: %#', async (text, code) => {
    const key = await readSigningKey(text);
    expect(key.ok ? 'ok' : key.error.code).toBe(code);
  });

  test('an EC key asked to sign RS256 signs ES256, the only alg it fits', async () => {
    const pair = await generateKeyPair('ES256', { extractable: true });
    const key = await readSigningKey(await exportPKCS8(pair.privateKey), 'RS256');
    expect(key.ok && [key.value.alg, key.value.fits]).toEqual(['ES256', ['ES256']]);
  });
});

describe('polling schedule, driven by an injected clock', () => {
  test('interval, pending, slow_down (+5 s for good), early polls, expiry', () => {
    let schedule = polling.startSchedule(now, 5, 60);
    expect(polling.nextStep(schedule, now)).toEqual({ kind: 'wait', inMs: 5000 });
    expect(polling.nextStep(schedule, now + 4999)).toEqual({ kind: 'wait', inMs: 1 });
    expect(polling.nextStep(schedule, now + 5000)).toEqual({ kind: 'due' });
    schedule = polling.sent(schedule, now + 5000);
    schedule = polling.answered(schedule, 'pending', now + 5200);
    expect(schedule.nextAt).toBe(now + 10_200);
    expect(polling.isEarly(schedule, now + 6000)).toBe(true);
    schedule = polling.sent(schedule, now + 6000);
    schedule = polling.answered(schedule, 'slow_down', now + 6100);
    expect([schedule.intervalMs, schedule.nextAt, schedule.slowDowns, schedule.polls]).toEqual([
      10_000,
      now + 16_100,
      1,
      2,
    ]);
    schedule = polling.answered(schedule, 'pending', now + 17_000);
    expect(schedule.nextAt).toBe(now + 27_000);
    expect(polling.nextStep(schedule, now + 60_000)).toEqual({ kind: 'expired' });
    expect(polling.secondsLeft(4001)).toBe(5);
  });

  test('defaults: 5 s when the tenant names no interval (RFC 8628 §3.2); nonsense is ignored', () => {
    expect(polling.startSchedule(now).intervalMs).toBe(5000);
    expect(polling.startSchedule(now, -1, Number.NaN)).toEqual({
      intervalMs: 5000,
      nextAt: now + 5000,
      polls: 0,
      slowDowns: 0,
    });
  });

  test('a page hidden for 5 minutes stops polling', () => {
    const schedule = polling.startSchedule(now, 5, 900);
    expect(polling.nextStep(schedule, now + 299_999, now).kind).toBe('due');
    expect(polling.nextStep(schedule, now + 300_000, now)).toEqual({ kind: 'hidden', forMs: 300_000 });
  });

  test.each([
    [400, { error: 'authorization_pending' }, 'pending'],
    [429, { error: 'slow_down' }, 'slow_down'],
    [403, { error: 'expired_token' }, 'expired'],
    [403, { error: 'access_denied' }, 'denied'],
    [200, { access_token: 'x' }, 'token'],
    [403, { error: 'invalid_grant' }, 'failed'],
    [500, 'oops', 'failed'],
  ])('answer %i %o is %s', (status, json, outcome) => {
    expect(polling.pollOutcome(status, json)).toBe(outcome);
  });
});

describe('the steps on the wire', () => {
  const secret = { method: 'client_secret_post' as const, clientId: 'cid', secret: 's3cret' };
  test('passwordless start is JSON with authParams, the secret masked on screen', () => {
    const step = steps.passwordlessStart(secret, {
      connection: 'sms',
      to: '+15551234567',
      send: 'code',
      authParams: { scope: 'openid' },
    });
    expect(steps.stepHttp(origin, step, 'form')).toEqual({
      url: `${origin}/passwordless/start`,
      method: 'POST',
      headers: [['content-type', 'application/json']],
      body: '{"client_id":"cid","client_secret":"s3cret","connection":"sms","phone_number":"+15551234567","send":"code","authParams":{"scope":"openid"}}',
    });
    expect(steps.stepHttp(origin, step, 'form', true).body).toContain('"client_secret":"••••••••"');
  });

  test('the MFA API takes the mfa_token as bearer; Basic and assertions as the form sends them', () => {
    expect(steps.stepHttp(origin, steps.mfaAuthenticators('mfa-1'), 'json')).toEqual({
      url: `${origin}/mfa/authenticators`,
      method: 'GET',
      headers: [['authorization', 'Bearer mfa-1']],
    });
    expect(steps.stepHttp(origin, steps.mfaAuthenticators('mfa-1'), 'json', true).headers).toEqual([
      ['authorization', 'Bearer ••••••••'],
    ]);
    const basic = steps.stepHttp(
      origin,
      steps.revokeToken({ method: 'client_secret_basic', clientId: 'a', secret: 'b' }, 'rt'),
      'form',
    );
    expect(basic).toEqual({
      url: `${origin}/oauth/revoke`,
      method: 'POST',
      headers: [
        ['content-type', 'application/x-www-form-urlencoded'],
        ['authorization', 'Basic YTpi'],
      ],
      body: 'token=rt',
    });
    const signed = steps.stepHttp(
      origin,
      steps.deviceCode({ method: 'private_key_jwt', clientId: 'a', assertion: 'eyJ.x.y' }, 'openid'),
      'form',
      true,
    );
    expect(signed.body).toBe(
      'client_id=a&client_assertion_type=urn%3Aietf%3Aparams%3Aoauth%3Aclient-assertion-type%3Ajwt-bearer&client_assertion=%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2%E2%80%A2&scope=openid',
    );
  });

  test('CIBA names the user in Auth0’s iss_sub login_hint', () => {
    const http = steps.stepHttp(
      origin,
      steps.bcAuthorize(secret, origin, { userId: 'auth0|1', bindingMessage: 'TV 42', scope: 'openid' }),
      'form',
    );
    expect(new URLSearchParams(http.body).get('login_hint')).toBe(
      `{"format":"iss_sub","iss":"${origin}/","sub":"auth0|1"}`,
    );
  });
});

describe('a step that answered', () => {
  const at = (body: string, status: number) => ({
    exchange: {
      ...httpExchange(body, status, 'direct'),
      endpoint: { path: '/oauth/revoke' as const, source: 'request' as const },
    },
    pageOrigin: 'https://debugger.example',
    now: 0,
  });

  test('2xx without an error did its job', () => {
    expect(stepAnswered(at('', 200))?.[0]?.id).toBe('flow.step-ok');
  });

  test('a 200 carrying an OAuth error (the legacy /oauth/revoke) is diagnosed, not called done', () => {
    expect(stepAnswered(at('{"error":"invalid_request","error_description":"Refresh token revoked"}', 200))).toBe(
      undefined,
    );
    expect(stepAnswered(at('{"error":"invalid_request"}', 400))).toBe(undefined);
  });
});
