import { describe, expect, test } from 'vitest';
import { describeTime, tokenValidity, type Clock } from '../../src/lib/token/times';
import cases from '../fixtures/times.json';

interface TimeCase {
  name: string;
  claim: string;
  value: unknown;
  now: string;
  relative?: string;
  local?: string;
  iso?: string;
  hint?: string;
}

const clockAt = (iso: string): Clock => ({ now: Date.parse(iso), locale: 'en-GB', timeZone: 'UTC' });

describe('describeTime', () => {
  test.each(cases as TimeCase[])('$name', (fixture) => {
    const time = describeTime(fixture.claim, fixture.value, clockAt(fixture.now));
    if (fixture.relative) expect('relative' in time && time.relative).toBe(fixture.relative);
    if (fixture.local) expect('local' in time && time.local).toBe(fixture.local);
    if (fixture.iso) expect('iso' in time && time.iso).toBe(fixture.iso);
    expect(time.hint).toBe(fixture.hint);
  });
});

describe('tokenValidity', () => {
  const clock = clockAt('2026-11-26T09:00:00Z');
  const now = clock.now / 1000;

  test.each([
    { name: 'expired', claims: { exp: 1695257218 }, status: 'expired', text: 'Expired 3 years ago.' },
    { name: 'valid', claims: { exp: now + 3600 }, status: 'valid', text: 'Valid: expires in 1 hour.' },
    { name: 'expiring this very second', claims: { exp: now }, status: 'expired', text: 'Expired now.' },
    {
      name: 'not yet valid',
      claims: { exp: now + 7200, nbf: now + 3600 },
      status: 'not-yet-valid',
      text: 'Not valid yet: becomes valid in 1 hour.',
    },
    {
      name: 'without exp',
      claims: { sub: 'x' },
      status: 'no-expiry',
      text: 'No exp claim: this token never expires, and most APIs will reject it for that.',
    },
    {
      name: 'exp as a string',
      claims: { exp: 'tomorrow' },
      status: 'bad-expiry',
      text: 'The exp claim is not a number of seconds, so no API can tell when this token expires.',
    },
  ])('$name', ({ claims, status, text }) => {
    expect(tokenValidity(claims, clock)).toEqual({ status, text });
  });
});
