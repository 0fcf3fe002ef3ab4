import { describe, expect, test } from 'vitest';
import { decodeToken } from '../../src/lib/token/decode';
import type { TokenSource } from '../../src/lib/token/input';
import cases from '../fixtures/decode-cases.json';

interface DecodeCase {
  name: string;
  token: string;
  source?: TokenSource;
  kind: string;
  code?: string;
  part?: number;
  message?: string;
  messageStart?: string;
}

describe('decodeToken', () => {
  test.each(cases as DecodeCase[])('$name', (fixture) => {
    const decoded = decodeToken(fixture.token, fixture.source);
    expect(decoded.kind).toBe(fixture.kind);
    if (decoded.kind !== 'malformed') return;
    expect(decoded.error.code).toBe(fixture.code);
    expect(decoded.error.part).toBe(fixture.part);
    if (fixture.message) expect(decoded.error.message).toBe(fixture.message);
    if (fixture.messageStart) expect(decoded.error.message.startsWith(fixture.messageStart)).toBe(true);
  });

  test('the seed token decodes to its header and claims as sent', () => {
    const seed = (cases as DecodeCase[])[0]?.token ?? '';
    const decoded = decodeToken(seed);
    expect(decoded.kind).toBe('jws');
    if (decoded.kind !== 'jws') return;
    expect(decoded.header).toEqual({ alg: 'RS256', typ: 'JWT', kid: 'ALBbO8_5yluygvlHAK8Qn' });
    expect(decoded.claims.iss).toBe('https://dev-e3ybvpddsjl3sbd7.us.auth0.com/');
    expect(decoded.claims.gty).toBe('password');
    expect(decoded.claims.exp).toBe(1695257218);
  });

  test('keeps keys such as __proto__ as plain data, without touching prototypes', () => {
    const part = (json: string) => Buffer.from(json).toString('base64url');
    const token = `${part('{"alg":"RS256"}')}.${part('{"__proto__":{"polluted":true},"sub":"x"}')}.sig`;
    const decoded = decodeToken(token);
    expect(decoded.kind).toBe('jws');
    if (decoded.kind !== 'jws') return;
    expect(Object.keys(decoded.claims)).toEqual(['__proto__', 'sub']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  test('a 1 MB token decodes without trouble', () => {
    const part = (json: string) => Buffer.from(json).toString('base64url');
    const big = 'x'.repeat(750_000);
    const decoded = decodeToken(`${part('{"alg":"RS256"}')}.${part(JSON.stringify({ big }))}.sig`);
    expect(decoded.kind === 'jws' && decoded.claims.big === big).toBe(true);
  });
});
