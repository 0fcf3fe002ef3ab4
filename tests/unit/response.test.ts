import { describe, expect, test } from 'vitest';
import { parsePastedResponse } from '../../src/lib/response/parse';
import cases from '../fixtures/pasted-responses.json';

interface PasteCase {
  name: string;
  text: string;
  state: string;
  status?: number;
  statusText?: string;
  header?: [string, string];
  json?: Record<string, unknown>;
  body?: string;
  url?: string;
}

describe('parsePastedResponse', () => {
  test.each(cases as PasteCase[])('$name', (fixture) => {
    const result = parsePastedResponse(fixture.text);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const exchange = result.value;
    expect(exchange.transport).toBe('pasted');
    expect(exchange.state).toBe(fixture.state);
    expect(exchange.status).toBe(fixture.status);
    if (fixture.statusText) expect(exchange.statusText).toBe(fixture.statusText);
    if (fixture.header) expect(exchange.headers).toContainEqual(fixture.header);
    if (fixture.json) expect(exchange.json).toMatchObject(fixture.json);
    else expect(exchange.json).toBeUndefined();
    if (fixture.body) expect(exchange.body).toBe(fixture.body);
    if (fixture.url) expect(exchange.url).toBe(fixture.url);
    if (fixture.state !== 'http') expect(exchange.evidence.length).toBe(1);
  });

  test('an empty paste asks for curl’s output', () => {
    expect(parsePastedResponse('  \n')).toEqual({
      ok: false,
      error: {
        code: 'empty',
        message: 'Paste what curl printed: the JSON body, or the whole output of curl -i or curl -v.',
      },
    });
  });
});
