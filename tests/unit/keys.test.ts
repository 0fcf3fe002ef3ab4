import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseKeyMaterial, type KeyMaterial } from '../../src/lib/verify/keys';
import { isPkcs1RsaPublicKey, pemBlock, pemBytes, pemLabels, pkcs1ToSpki, toPem } from '../../src/lib/verify/pem';
import { verifySignature } from '../../src/lib/verify/verify';
import rfc from '../fixtures/rfc-jose.json';

const a1 = rfc['rfc7515-a1'];
const a2 = rfc['rfc7515-a2'];
const a3 = rfc['rfc7517-a3'];
const pkcs1Pem = readFileSync('tests/fixtures/keys/rfc7515-a2-pkcs1.pem', 'utf8');

function material(text: string, encoding: 'utf8' | 'base64url' = 'utf8'): KeyMaterial {
  const parsed = parseKeyMaterial(text, encoding);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

describe('RFC test vectors verify', () => {
  test('RFC 7515 A.1 (HS256) with RFC 7517 A.3’s JWK Set: the A128KW key is passed over, the HMAC key used', async () => {
    const result = await verifySignature(a1.token, material(JSON.stringify(a3.jwks)));
    expect(result).toMatchObject({ status: 'verified', code: 'verified' });
    expect(result.message).toBe(
      'Signature verified with the key kid HMAC key used in JWS spec A.1 example (shared secret).',
    );
  });

  test('RFC 7515 A.1 with its single oct JWK', async () => {
    expect(await verifySignature(a1.token, material(JSON.stringify(a1.jwk)))).toMatchObject({ status: 'verified' });
  });

  test('RFC 7515 A.1 with the same secret pasted as base64url', async () => {
    expect(await verifySignature(a1.token, material(a1.jwk.k, 'base64url'))).toMatchObject({ status: 'verified' });
  });

  test('RFC 7515 A.1 with its payload changed is invalid against the oct key', async () => {
    const [header, , signature] = a1.token.split('.');
    const payload = Buffer.from('{"iss":"eve",\r\n "exp":1300819380,\r\n "http://example.com/is_root":true}');
    const tampered = `${header}.${payload.toString('base64url')}.${signature}`;
    expect(await verifySignature(tampered, material(JSON.stringify(a3.jwks)))).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    });
  });

  test('an oct key whose own alg is A128KW does not verify HS256: invalid, the alg is wrong for it', async () => {
    const [wrapKey] = a3.jwks.keys;
    expect(await verifySignature(a1.token, material(JSON.stringify({ keys: [wrapKey] })))).toMatchObject({
      status: 'invalid',
      code: 'alg-not-allowed',
    });
  });

  test('an oct key of another kid than the token names', async () => {
    const [, payload, signature] = a1.token.split('.');
    const token = `${Buffer.from('{"alg":"HS256","kid":"other"}').toString('base64url')}.${payload}.${signature}`;
    expect(await verifySignature(token, material(JSON.stringify(a3.jwks)))).toMatchObject({
      status: 'invalid',
      code: 'no-matching-key',
    });
  });

  test.each([
    ['its JWK', () => JSON.stringify(a2.jwk)],
    ['a PKCS#1 BEGIN RSA PUBLIC KEY PEM', () => pkcs1Pem],
    ['the PKCS#1 PEM inside other text', () => `Here is the key:\n${pkcs1Pem}\nthanks`],
    [
      'an SPKI PEM',
      () => createPublicKey({ key: a2.jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString(),
    ],
  ])('RFC 7515 A.2 (RS256) with %s', async (_, key) => {
    expect(await verifySignature(a2.token, material(key()))).toMatchObject({ status: 'verified' });
  });

  test('a PKCS#1 key says it was read as a public key', () => {
    expect(material(pkcs1Pem)).toMatchObject({ kind: 'spki', note: '(The PKCS#1 RSA key was read as a public key.)' });
  });
});

describe('PKCS#1 to SPKI', () => {
  test.each([
    ['the RFC 7515 A.2 key (2048 bits)', () => createPublicKey({ key: a2.jwk, format: 'jwk' })],
    ['a 4096-bit key (two-byte lengths)', () => generateKeyPairSync('rsa', { modulusLength: 4096 }).publicKey],
    [
      'a 1024-bit key, exponent 3',
      () => generateKeyPairSync('rsa', { modulusLength: 1024, publicExponent: 3 }).publicKey,
    ],
  ])('%s: the same bytes as Node’s SPKI export', (_, key) => {
    const publicKey = key();
    const pkcs1 = new Uint8Array(publicKey.export({ type: 'pkcs1', format: 'der' }));
    const spki = new Uint8Array(publicKey.export({ type: 'spki', format: 'der' }));
    expect(isPkcs1RsaPublicKey(pkcs1)).toBe(true);
    expect(pkcs1ToSpki(pkcs1)).toEqual(spki);
  });

  test('the fixture PEM decodes to the key Node reads', () => {
    const block = pemBlock(pkcs1Pem, 'RSA PUBLIC KEY') ?? '';
    const der = pemBytes(block, 'RSA PUBLIC KEY');
    expect(der && Buffer.from(der)).toEqual(
      createPublicKey({ key: a2.jwk, format: 'jwk' }).export({ type: 'pkcs1', format: 'der' }),
    );
    expect(toPem(der ?? new Uint8Array(), 'RSA PUBLIC KEY')).toBe(pkcs1Pem.trim());
  });

  test.each([
    ['empty', []],
    ['not a sequence', [0x02, 0x01, 0x01]],
    ['a sequence of one integer', [0x30, 0x03, 0x02, 0x01, 0x01]],
    ['trailing bytes', [0x30, 0x06, 0x02, 0x01, 0x01, 0x02, 0x01, 0x03, 0x00]],
    ['a length beyond the bytes', [0x30, 0x84, 0x7f, 0xff, 0xff, 0xff, 0x02]],
    ['an indefinite length', [0x30, 0x80, 0x02, 0x01, 0x01, 0x02, 0x01, 0x03, 0x00, 0x00]],
    [
      'an SPKI instead',
      [...(createPublicKey({ key: a2.jwk, format: 'jwk' }).export({ type: 'spki', format: 'der' }) as Buffer)],
    ],
  ])('%s is not PKCS#1', (_, bytes) => {
    expect(pkcs1ToSpki(Uint8Array.from(bytes))).toBeUndefined();
  });

  test('any bytes: never a throw', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const spki = pkcs1ToSpki(bytes);
        expect(spki === undefined || spki[0] === 0x30).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  test.each([
    ['a body that is not base64', '-----BEGIN RSA PUBLIC KEY-----\nnot*base64!\n-----END RSA PUBLIC KEY-----'],
    ['a body that is not PKCS#1', '-----BEGIN RSA PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----'],
    ['no END line', '-----BEGIN RSA PUBLIC KEY-----\nMIIBCgKCAQEAofgWCuLjybRlzo0t'],
  ])('%s is refused as a bad PEM, never taken for a secret', (_, text) => {
    const parsed = parseKeyMaterial(text);
    expect(parsed.ok ? parsed.value.kind : parsed.error.code).toBe('bad-pem');
  });
});

describe('formats the page does not read are refused as unsupported, whatever the secret encoding', () => {
  const cases = [
    [
      'EC parameters',
      '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----',
      /a PEM block “EC PARAMETERS”/,
    ],
    [
      'a PGP public key block',
      '-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmQENBF2\n-----END PGP PUBLIC KEY BLOCK-----',
      /a PEM block “PGP PUBLIC KEY BLOCK”/,
    ],
    [
      'an OpenSSH ssh-rsa key',
      'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 dev@laptop',
      /an OpenSSH public key; convert it with ssh-keygen -e -m PKCS8/,
    ],
    ['an OpenSSH ssh-ed25519 key', 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMq dev@laptop', /an OpenSSH public key/],
    ['an ecdsa key', 'ecdsa-sha2-nistp256 AAAAE2VjZHNhLXNoYTItbmlzdHAyNTY= x', /an OpenSSH public key/],
    ['a bare OpenSSH blob', 'AAAAB3NzaC1yc2EAAAADAQABAAABAQC7', /an OpenSSH public key/],
    ['an SSH2 key', '---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2E\n---- END SSH2 PUBLIC KEY ----', /RFC 4716/],
    ['a JWK of an unknown kty', '{"kty":"XYZ","x":"abc"}', /a JWK of kty “XYZ”/],
    ['a JWK Set of unknown kty only', '{"keys":[{"kty":"AKP","pub":"x"},{"kty":"XYZ"}]}', /kty “AKP”, “XYZ”/],
    ['an empty JWK Set', '{"keys":[]}', /a JWK Set with no keys/],
  ] as const;

  test.each(
    cases.flatMap(([name, text, format]) =>
      (['utf8', 'base64url'] as const).map((encoding) => [name, encoding, text, format] as const),
    ),
  )('%s (%s)', (_, encoding, text, format) => {
    const parsed = parseKeyMaterial(text, encoding);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('unsupported');
    expect(parsed.error.message).toMatch(/^Unsupported key format: /);
    expect(parsed.error.message).toMatch(format);
  });

  test('a JWK Set with one usable key among unknown ones keeps it and says what it skipped', () => {
    expect(material('{"keys":[{"kty":"XYZ"},{"kty":"oct","k":"c2VjcmV0"}]}')).toMatchObject({
      kind: 'jwks',
      jwks: { keys: [{ kty: 'oct', k: 'c2VjcmV0' }] },
      note: 'Keys of a type this page cannot use were skipped (kty XYZ).',
    });
  });

  test.each([
    '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXk\n-----END OPENSSH PRIVATE KEY-----',
    '-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nlQOYBF2\n-----END PGP PRIVATE KEY BLOCK-----',
    '-----BEGIN DSA PRIVATE KEY-----\nMIIBuw\n-----END DSA PRIVATE KEY-----',
    `-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----\n-----BEGIN EC PRIVATE KEY-----\nMHcC\n-----END EC PRIVATE KEY-----`,
  ])('a private key is refused as one: %#', (text) => {
    const parsed = parseKeyMaterial(text);
    expect(parsed.ok ? parsed.value.kind : parsed.error.code).toBe('private-key');
  });

  test('an SPKI PEM after an EC PARAMETERS block is read (openssl prints both)', () => {
    const spki = createPublicKey({ key: a2.jwk, format: 'jwk' }).export({ type: 'spki', format: 'pem' }).toString();
    expect(material(`-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----\n${spki}`)).toEqual({
      kind: 'spki',
      pem: spki.trim(),
    });
  });
});

describe('bounded work on hostile pastes', () => {
  const megabyte = 1_000_000;
  test.each([
    ['a BEGIN marker and a megabyte of label characters', `-----BEGIN ${'A'.repeat(megabyte)}`],
    ['a hundred thousand BEGIN markers', '-----BEGIN PUBLIC KEY-----'.repeat(100_000)],
    [
      'an RSA PUBLIC KEY block of a megabyte of base64',
      `-----BEGIN RSA PUBLIC KEY-----\n${'A'.repeat(megabyte)}\n-----END RSA PUBLIC KEY-----`,
    ],
    ['ssh-rsa and a megabyte of spaces', `ssh-rsa${' '.repeat(megabyte)}`],
    ['a megabyte of dashes', '-'.repeat(megabyte)],
  ])('%s is read in well under a second', (_, text) => {
    const started = performance.now();
    parseKeyMaterial(text);
    pemLabels(text);
    expect(performance.now() - started).toBeLessThan(500);
  });
});
