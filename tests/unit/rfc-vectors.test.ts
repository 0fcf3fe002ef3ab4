import { describe, expect, test } from 'vitest';
import { decodeToken } from '../../src/lib/token/decode';
import { decodeView } from '../../src/lib/token/inspect';
import { parseKeyMaterial, type KeyMaterial } from '../../src/lib/verify/keys';
import { verifySignature } from '../../src/lib/verify/verify';
import rfc from '../fixtures/rfc-jose.json';

interface Vector {
  about: string;
  token: string;
  header?: Record<string, unknown>;
  claims?: Record<string, unknown>;
  payload?: string;
  jwk?: Record<string, unknown>;
}

const vectors = Object.entries(rfc as Record<string, Partial<Vector>>)
  .filter((entry): entry is [string, Vector] => typeof entry[1].token === 'string' && entry[1].header !== undefined)
  .map(([name, vector]) => ({ name, ...vector }));
const signed = vectors.filter((vector) => vector.token.split('.').length === 3 && vector.header?.alg !== 'none');
const unsecured = vectors.filter((vector) => vector.header?.alg === 'none');
const encrypted = vectors.filter((vector) => vector.token.split('.').length === 5);

function material(jwk: Record<string, unknown> | undefined): KeyMaterial {
  const parsed = parseKeyMaterial(JSON.stringify(jwk));
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.value;
}

/** The token with one octet of its payload changed (its first letter's case), header and signature as signed. */
function tamper(token: string): string {
  const [header, payload = '', signature] = token.split('.');
  const bytes = Buffer.from(payload, 'base64url');
  const letter = bytes.findIndex((byte) => /[A-Za-z]/.test(String.fromCharCode(byte)));
  bytes[letter] = (bytes[letter] ?? 0) ^ 0x20;
  return `${header}.${bytes.toString('base64url')}.${signature}`;
}

test('the fixture holds every vector asked for', () => {
  expect(vectors.map((vector) => vector.name).sort()).toEqual(
    [
      'rfc7515-a3',
      'rfc7515-a4',
      'rfc7515-a5',
      'rfc7516-a1',
      'rfc7516-a2',
      'rfc7516-a3',
      'rfc7519-s3.1',
      'rfc7519-s6.1',
      'rfc7520-4.1',
      'rfc7520-4.2',
      'rfc7520-4.3',
      'rfc7520-4.4',
      'rfc8037-a4',
    ].sort(),
  );
});

describe('signed vectors (JWS)', () => {
  test.each(signed)('$name verifies with its key, and not once its payload changed', async (vector) => {
    expect(await verifySignature(vector.token, material(vector.jwk))).toMatchObject({
      status: 'verified',
      code: 'verified',
    });
    expect(await verifySignature(tamper(vector.token), material(vector.jwk))).toMatchObject({
      status: 'invalid',
      code: 'signature-mismatch',
    });
  });

  test.each(signed.filter((vector) => vector.claims))('$name decodes to its header and claims', (vector) => {
    expect(decodeToken(vector.token)).toEqual({
      kind: 'jws',
      header: vector.header,
      claims: vector.claims,
      signature: vector.token.split('.')[2],
    });
  });

  test.each(signed.filter((vector) => vector.payload !== undefined))(
    '$name: a payload that is not JSON is said so, and its header still shown',
    (vector) => {
      const decoded = decodeToken(vector.token);
      expect(decoded).toMatchObject({ kind: 'malformed', header: vector.header, error: { code: 'not-json', part: 1 } });
      if (decoded.kind !== 'malformed') return;
      expect(decoded.error.message).toMatch(/^Part 2 \(the payload\) is base64url, but what it holds is not JSON: /);
      const view = decodeView({ source: 'pasted', raw: vector.token });
      expect(view.header.map((row) => row.name)).toEqual(Object.keys(vector.header ?? {}));
      expect(view.claims).toEqual([]);
    },
  );
});

describe('unsecured vectors (alg none)', () => {
  test.each(unsecured)('$name decodes, and is never verified, whatever key is given', async (vector) => {
    expect(decodeToken(vector.token)).toMatchObject({ kind: 'jws', header: { alg: 'none' }, claims: vector.claims });
    const hmac = rfc['rfc7515-a1'].jwk;
    for (const key of [material(hmac), material(rfc['rfc7515-a2'].jwk)]) {
      const result = await verifySignature(vector.token, key);
      expect(result).toMatchObject({ status: 'invalid', code: 'alg-none' });
      expect(result.message).toBe('alg is "none": there is no signature to verify, and no API may accept this token.');
    }
  });
});

describe('encrypted vectors (JWE)', () => {
  test.each(encrypted)('$name decodes as a JWE, its header shown and no claims invented', async (vector) => {
    expect(decodeToken(vector.token)).toEqual({ kind: 'jwe', header: vector.header });
    const view = decodeView({ source: 'pasted', raw: vector.token });
    expect(view.header.map((row) => [row.name, row.text])).toEqual(Object.entries(vector.header ?? {}));
    expect(view.claims).toEqual([]);
    expect(view.claimsJson).toBe('');
    const result = await verifySignature(vector.token, material(rfc['rfc7515-a1'].jwk));
    expect(result).toEqual({
      status: 'error',
      code: 'not-signed',
      message: 'Only signed tokens (JWS) can be verified.',
    });
  });
});
