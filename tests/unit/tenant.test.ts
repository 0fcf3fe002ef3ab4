import { describe, expect, test } from 'vitest';
import { parseTenant } from '../../src/lib/tenant/domain';
import cases from '../fixtures/tenant-domains.json';

interface DomainCase {
  input: string;
  origin?: string;
  local?: boolean;
  note?: string;
  code?: string;
  message?: string;
  auth0?: boolean;
  warning?: boolean;
}

describe('parseTenant', () => {
  test.each(cases as DomainCase[])('$input', (fixture) => {
    const result = parseTenant(fixture.input);
    if (fixture.code) {
      expect(result.ok ? 'accepted' : result.error.code).toBe(fixture.code);
      if (!result.ok && fixture.message) expect(result.error.message).toBe(fixture.message);
      if (!result.ok) expect(result.error.message.length).toBeGreaterThan(20);
      return;
    }
    expect(result.ok && result.value.origin).toBe(fixture.origin);
    expect(result.ok && result.value.local).toBe(fixture.local ?? false);
    expect(result.ok && result.value.note).toBe(fixture.note);
    expect(result.ok && result.value.auth0).toBe(fixture.auth0);
    // A name that is not what it looks like says so, naming its real (punycode) host.
    expect(result.ok && result.value.warning !== undefined).toBe(fixture.warning ?? false);
    if (result.ok && fixture.warning) expect(result.value.warning).toContain(result.value.host);
  });
});
