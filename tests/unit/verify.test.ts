import { readFileSync } from 'node:fs';
import { exportJWK, exportSPKI, generateKeyPair, importPKCS8, SignJWT, type CryptoKey, type JWK } from 'jose';
import { beforeAll, describe, expect, test } from 'vitest';
import { parseKeyMaterial, type KeyMaterial } from '../../src/lib/verify/keys';
import { verifySignature } from '../../src/lib/verify/verify';
import { validateClaims, withheldChecks } from '../../src/lib/verify/claims';
import { loadTenantKeys } from '../../src/lib/verify/tenant-keys';
import { diagnoseVerification } from '../../src/lib/diagnose/verification';

const now = Math.floor(Date.now() / 1000);
const claims = {
  iss: 'https://dev-x.us.auth0.com/',
  aud: 'https://api.example.com',
  sub: 'auth0|1',
  iat: now,
  exp: now + 3600,
  azp: 'cid',
};

interface Signer {
  alg: string;
  privateKey: CryptoKey;
  jwk: JWK;
  spki: string;
}

const signers: Record<string, Signer> = {};
let other: Signer;

async function signer(alg: string, kid: string): Promise<Signer> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  return { alg, privateKey, jwk: { ...(await exportJWK(publicKey)), kid, alg }, spki: await exportSPKI(publicKey) };
}

const sign = (s: Signer, body: Record<string, unknown> = claims, kid = s.jwk.kid) =>
  new SignJWT(body).setProtectedHeader({ alg: s.alg, ...(kid ? { kid } : {}) }).sign(s.privateKey);
const jwks = (...keys: JWK[]): KeyMaterial => ({
  kind: 'jwks',
  jwks: { keys: keys.map((key) => ({ kty: 'RSA', ...key })) },
});

beforeAll(async () => {
  for (const alg of ['RS256', 'PS256', 'ES256', 'EdDSA']) signers[alg] = await signer(alg, `kid-${alg}`);
  other = await signer('RS256', 'kid-RS256');
});

describe('verifySignature', () => {
  test.each(['RS256', 'PS256', 'ES256', 'EdDSA'])('%s verifies against the JWKS and names the key', async (alg) => {
    const s = signers[alg] as Signer;
    const decoy = Object.values(signers).find((candidate) => candidate !== s) as Signer;
    const result = await verifySignature(await sign(s), jwks(s.jwk, decoy.jwk));
    expect(result).toMatchObject({ status: 'verified', code: 'verified' });
    expect(result.message).toContain(`kid-${alg}`);
  });

  test.each(['RS256', 'ES256'])('%s verifies against a PEM public key', async (alg) => {
    const s = signers[alg] as Signer;
    const material = parseKeyMaterial(s.spki);
    if (!material.ok) throw new Error(material.error.message);
    expect((await verifySignature(await sign(s), material.value)).status).toBe('verified');
  });

  test('RS256 verifies against an X.509 certificate', async () => {
    const key = await importPKCS8(readFileSync('tests/fixtures/keys/test-only-private.pem', 'utf8'), 'RS256');
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(key);
    const material = parseKeyMaterial(readFileSync('tests/fixtures/keys/certificate.pem', 'utf8'));
    expect(material.ok && material.value.kind).toBe('x509');
    if (material.ok) expect((await verifySignature(token, material.value)).status).toBe('verified');
  });

  test.each([
    ['utf8', 'a-client-secret-of-32-characters!', new TextEncoder().encode('a-client-secret-of-32-characters!')],
    [
      'base64url',
      'c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA',
      new Uint8Array(Buffer.from('c2VjcmV0LXNlY3JldC1zZWNyZXQtc2VjcmV0LXNlY3JldA', 'base64url')),
    ],
  ] as const)('HS256 verifies with a %s secret', async (encoding, text, bytes) => {
    const token = await new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(bytes);
    const material = parseKeyMaterial(text, encoding);
    if (!material.ok) throw new Error(material.error.message);
    expect(await verifySignature(token, material.value)).toMatchObject({ status: 'verified' });
    const wrong = parseKeyMaterial(`${text}x`, 'utf8');
    if (wrong.ok)
      expect(await verifySignature(token, wrong.value)).toMatchObject({
        status: 'invalid',
        code: 'signature-mismatch',
      });
  });

  test('a tampered payload is invalid, and says why', async () => {
    const s = signers.RS256 as Signer;
    const [header, , signature] = (await sign(s)).split('.');
    const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: 'auth0|admin' })).toString('base64url')}.${signature}`;
    const result = await verifySignature(tampered, jwks(s.jwk));
    expect(result).toMatchObject({ status: 'invalid', code: 'signature-mismatch' });
    expect(result.message).toMatch(/^The signature does not match the key kid kid-RS256 \(RSA\)/);
  });

  test('a token signed by another key with the same kid is invalid', async () => {
    expect(await verifySignature(await sign(other), jwks((signers.RS256 as Signer).jwk))).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    });
  });

  test('an unknown kid is named', async () => {
    const result = await verifySignature(
      await sign(signers.RS256 as Signer, claims, 'rotated-away'),
      jwks((signers.RS256 as Signer).jwk),
    );
    expect(result).toEqual({
      status: 'invalid',
      code: 'no-matching-key',
      message: 'No key with kid “rotated-away” in these keys: the token was signed by another tenant or a rotated key.',
    });
  });

  test('alg none is never verified', async () => {
    const none = `${Buffer.from('{"alg":"none"}').toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.`;
    expect(await verifySignature(none, jwks((signers.RS256 as Signer).jwk))).toMatchObject({
      status: 'invalid',
      code: 'alg-none',
    });
  });

  test('an HS256 token cannot use an RSA public key as its secret (algorithm confusion)', async () => {
    const s = signers.RS256 as Signer;
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'HS256', kid: 'kid-RS256' })
      .sign(new TextEncoder().encode(s.spki));
    const pem = parseKeyMaterial(s.spki);
    if (!pem.ok) throw new Error('pem');
    expect(await verifySignature(forged, pem.value)).toMatchObject({ status: 'invalid', code: 'alg-not-allowed' });
    expect(await verifySignature(forged, jwks(s.jwk))).toMatchObject({ status: 'invalid', code: 'alg-not-allowed' });
  });

  test('an expired token still has a valid signature; the exp check fails', async () => {
    const s = signers.ES256 as Signer;
    const expired = await sign(s, { ...claims, exp: now - 7200 });
    expect((await verifySignature(expired, jwks(s.jwk))).status).toBe('verified');
    const checks = validateClaims({ ...claims, exp: now - 7200 }, { toleranceSeconds: 60, now: Date.now() });
    expect(checks.find((check) => check.claim === 'exp')?.status).toBe('failed');
  });
});

describe('parseKeyMaterial', () => {
  test.each([
    ['', 'empty'],
    ['-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----', 'private-key'],
    ['{"keys": ', 'not-json'],
    ['{"hello": 1}', 'not-jwk'],
    ['not base64url!', 'bad-secret'],
  ])('%j is refused with %s', (text, code) => {
    const result = parseKeyMaterial(text, 'base64url');
    expect(result.ok ? 'accepted' : result.error.code).toBe(code);
  });

  test('a private JWK is reduced to its public members', () => {
    const result = parseKeyMaterial('{"kty":"EC","crv":"P-256","x":"a","y":"b","d":"secret","kid":"k"}');
    expect(result.ok && result.value.kind === 'jwks' && result.value.jwks.keys[0]).toEqual({
      kty: 'EC',
      crv: 'P-256',
      x: 'a',
      y: 'b',
      kid: 'k',
    });
    expect(result.ok && result.value.kind === 'jwks' && result.value.note).toMatch(/private parts/);
  });
});

describe('validateClaims', () => {
  test('the iss check never compares the token’s issuer with itself', () => {
    const [iss] = validateClaims(claims, { issuerChosenByToken: true, toleranceSeconds: 0, now: now * 1000 });
    expect(iss).toEqual({
      claim: 'iss',
      status: 'not-checked',
      detail:
        'Not checked: the keys came from the issuer this token names, so comparing iss with it proves nothing. Fill in Tenant domain to check iss.',
    });
  });

  test('without a verified signature every check is withheld', () => {
    const checks = withheldChecks(
      validateClaims({ ...claims, exp: now - 7200 }, { toleranceSeconds: 0, now: now * 1000 }),
    );
    expect(checks.map((check) => check.status)).toEqual(['not-checked', 'not-checked', 'not-checked', 'not-checked']);
    expect(new Set(checks.map((check) => check.detail))).toEqual(
      new Set(['Not checked: the signature was not verified, so nothing the token says can be trusted.']),
    );
  });

  const expect0 = {
    issuer: 'https://dev-x.us.auth0.com/',
    audience: 'https://api.example.com',
    clientId: 'cid',
    toleranceSeconds: 60,
    now: now * 1000,
  };
  test.each([
    ['everything as expected', claims, expect0, { iss: 'passed', aud: 'passed', exp: 'passed', azp: 'passed' }],
    [
      'another issuer and audience',
      { ...claims, iss: 'https://evil/', aud: ['x'] },
      expect0,
      { iss: 'failed', aud: 'failed' },
    ],
    ['expired within the tolerance', { ...claims, exp: now - 30 }, expect0, { exp: 'passed' }],
    ['expired beyond the tolerance', { ...claims, exp: now - 90 }, expect0, { exp: 'failed' }],
    ['not yet valid', { ...claims, nbf: now + 600 }, expect0, { nbf: 'failed' }],
    [
      'nothing to compare with',
      claims,
      { toleranceSeconds: 0, now: now * 1000 },
      { iss: 'not-checked', aud: 'not-checked', azp: 'not-checked' },
    ],
    ['an ID token nonce', { ...claims, nonce: 'n-1' }, { ...expect0, nonce: 'n-2' }, { nonce: 'failed' }],
    [
      'keys from the issuer the token names, no tenant: iss is not compared with itself',
      claims,
      { ...expect0, issuer: undefined, issuerChosenByToken: true },
      { iss: 'not-checked', aud: 'passed' },
    ],
  ] as const)('%s', (_, body, expectations, statuses) => {
    const checks = validateClaims({ ...body }, expectations);
    for (const [claim, status] of Object.entries(statuses))
      expect(checks.find((check) => check.claim === claim)?.status).toBe(status);
  });
});

describe('loadTenantKeys', () => {
  const origin = 'https://dev-x.us.auth0.com';
  const discoveryUrl = `${origin}/.well-known/openid-configuration`;
  const jwksUrl = `${origin}/.well-known/jwks.json`;
  const keys = { keys: [{ kty: 'RSA', kid: 'k1', n: 'x', e: 'AQAB' }] };
  type Answer = Awaited<ReturnType<Parameters<typeof loadTenantKeys>[1]>>;
  /** Answers by URL (404 for the rest), recording what was asked. */
  const responder =
    (answers: Record<string, Answer>, asked: string[] = []) =>
    async (url: string) => {
      asked.push(url);
      return answers[url] ?? { ok: false as const, error: { code: 'status' as const, status: 404 } };
    };
  const found = (value: unknown): Answer => ({ ok: true, value });

  test('follows discovery to its jwks_uri', async () => {
    const get = responder({
      [discoveryUrl]: found({ issuer: `${origin}/`, jwks_uri: `${origin}/keys` }),
      [`${origin}/keys`]: found(keys),
    });
    expect(await loadTenantKeys(origin, get)).toEqual({
      ok: true,
      value: { kind: 'jwks', jwks: keys, issuer: `${origin}/` },
    });
  });

  test('an issuer written without the trailing slash is the same host', async () => {
    const get = responder({ [discoveryUrl]: found({ issuer: origin, jwks_uri: jwksUrl }), [jwksUrl]: found(keys) });
    expect(await loadTenantKeys(origin, get)).toMatchObject({ ok: true, value: { issuer: origin } });
  });

  test('falls back to /.well-known/jwks.json without discovery', async () => {
    const get = responder({ [jwksUrl]: found(keys) });
    expect((await loadTenantKeys(origin, get)).ok).toBe(true);
  });

  test.each([
    ['another host', 'https://attacker.example/'],
    ['a path on the same host', `${origin}/other-tenant/`],
    ['http instead of https', 'http://dev-x.us.auth0.com/'],
  ])('a discovery document naming %s as issuer is refused, and no key is fetched', async (_, issuer) => {
    const asked: string[] = [];
    const get = responder({ [discoveryUrl]: found({ issuer, jwks_uri: jwksUrl }), [jwksUrl]: found(keys) }, asked);
    const result = await loadTenantKeys(origin, get);
    expect(result.ok ? 'fetched' : result.error).toEqual({
      code: 'foreign-issuer',
      message: `Refused: the discovery document at ${origin} names another issuer (${issuer}). An Auth0 tenant is its own issuer (${origin}/), so these keys are not used and no token is checked against ${issuer}.`,
    });
    expect(asked).toEqual([discoveryUrl]);
  });

  test('a discovery document without issuer is not valid', async () => {
    const get = responder({ [discoveryUrl]: found({ jwks_uri: jwksUrl }), [jwksUrl]: found(keys) });
    const result = await loadTenantKeys(origin, get);
    expect(result.ok ? 'fetched' : result.error.code).toBe('invalid');
  });

  test('never follows a jwks_uri to another host', async () => {
    const get = responder({
      [discoveryUrl]: found({ issuer: `${origin}/`, jwks_uri: 'https://attacker.example/jwks' }),
    });
    const result = await loadTenantKeys(origin, get);
    expect(result.ok ? 'fetched' : result.error.code).toBe('foreign-jwks-uri');
  });

  test('a jwks_uri that redirects is refused with its own message', async () => {
    const get = responder({
      [discoveryUrl]: found({ issuer: `${origin}/`, jwks_uri: jwksUrl }),
      [jwksUrl]: { ok: false, error: { code: 'redirect', location: 'https://attacker.example/jwks' } },
    });
    const result = await loadTenantKeys(origin, get);
    expect(result.ok ? 'fetched' : result.error.code).toBe('redirect');
    expect(result.ok ? '' : result.error.message).toBe(
      `Refused ${jwksUrl}: it answered with a redirect to https://attacker.example/jwks. Keys and discovery are read only from the address itself, never through a redirect, or another host’s keys would vouch for this token. Check the domain (a custom domain or a proxy in front of the tenant may redirect); paste the keys into “Paste keys” only from a source you trust.`,
    );
  });

  test('a discovery document that redirects is refused, and no key is fetched', async () => {
    const asked: string[] = [];
    const get = responder({ [discoveryUrl]: { ok: false, error: { code: 'redirect' } } }, asked);
    const result = await loadTenantKeys(origin, get);
    expect(result.ok ? 'fetched' : result.error.code).toBe('redirect');
    expect(asked).toEqual([discoveryUrl]);
  });

  test.each([
    ['blocked', { code: 'blocked' }, 'the browser blocked it (CORS), nothing answered, or this computer is offline'],
    ['timed out', { code: 'timeout' }, 'no answer in time'],
    ['cut off', { code: 'interrupted', status: 200 }, 'its answer was cut off after the headers (HTTP 200)'],
  ] as const)('discovery %s: names it, and the JWKS URL to open and paste', async (_, error, reason) => {
    const result = await loadTenantKeys(origin, responder({ [discoveryUrl]: { ok: false, error } }));
    expect(result.ok ? '' : result.error.message).toBe(
      `Could not read the discovery document ${discoveryUrl}: ${reason}. Auth0 serves the keys at ${jwksUrl}: open that in a new tab and paste its JSON into “Paste keys”.`,
    );
  });

  test.each([
    ['blocked', { code: 'blocked' }, 'the browser blocked it (CORS), nothing answered, or this computer is offline'],
    ['an error status', { code: 'status', status: 503 }, 'it answered HTTP 503'],
    ['not JSON', { code: 'not-json' }, 'its answer is not JSON'],
  ] as const)('keys %s: names the exact JWKS URL to open and paste', async (_, error, reason) => {
    const keysAt = `${origin}/keys/v2`;
    const get = responder({
      [discoveryUrl]: found({ issuer: `${origin}/`, jwks_uri: keysAt }),
      [keysAt]: { ok: false, error },
    });
    const result = await loadTenantKeys(origin, get);
    expect(result.ok ? '' : result.error.message).toBe(
      `Could not read the keys at ${keysAt}: ${reason}. Open ${keysAt} in a new tab and paste its JSON into “Paste keys”.`,
    );
  });

  test('a JWKS of unknown key types only is unsupported, not a key that fails', async () => {
    const get = responder({ [jwksUrl]: found({ keys: [{ kty: 'XYZ' }] }) });
    const result = await loadTenantKeys(origin, get);
    expect(result.ok ? 'fetched' : result.error.code).toBe('unsupported');
    expect(result.ok ? '' : result.error.message).toMatch(/Unsupported key format: a JWK of kty “XYZ”/);
  });
});

test('a verification feeds diagnosis cards: a broken signature and each failed check', () => {
  const found = diagnoseVerification(
    'access token',
    { status: 'invalid', code: 'signature-mismatch', message: 'The signature does not match the key kid k1 (RSA).' },
    [
      { claim: 'aud', status: 'failed', detail: 'aud is x, which does not contain y.' },
      { claim: 'exp', status: 'passed', detail: 'Not expired.' },
    ],
  );
  expect(found.map((d) => [d.id, d.title])).toEqual([
    ['verify.signature', 'The access token’s signature does not hold'],
    ['verify.aud', 'The access token would be rejected: aud'],
  ]);
});
