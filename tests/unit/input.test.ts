import { describe, expect, test } from 'vitest';
import { readTokenInput } from '../../src/lib/token/input';
import seedResponse from '../../src/lib/examples/seed-token-response.json';
import cases from '../fixtures/token-inputs.json';

const seed = seedResponse.access_token;
const fill = (text: string) => text.replaceAll('{{seed}}', seed);

interface InputCase {
  name: string;
  input: string;
  tokens?: { source: string; raw: string }[];
  code?: string;
  message?: string;
  noteStart?: string;
}

describe('readTokenInput', () => {
  test.each(cases as InputCase[])('$name', (fixture) => {
    const result = readTokenInput(fill(fixture.input));
    if (fixture.code) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe(fixture.code);
      if (fixture.message) expect(result.error.message).toBe(fixture.message);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.tokens).toEqual(fixture.tokens?.map((t) => ({ ...t, raw: fill(t.raw) })));
    if (fixture.noteStart) expect(result.value.note?.startsWith(fixture.noteStart)).toBe(true);
  });

  test('a whole token response keeps every field it held', () => {
    const result = readTokenInput(JSON.stringify(seedResponse));
    expect(result.ok && result.value.response).toEqual(seedResponse);
  });
});
