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
  /** The endpoint that answered and where the page read it. */
  endpoint?: [string, string];
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
    if (fixture.endpoint) expect(exchange.endpoint).toEqual({ path: fixture.endpoint[0], source: fixture.endpoint[1] });
    if (fixture.state !== 'http') expect(exchange.evidence.length).toBe(1);
  });

  test('the endpoint chosen next to the paste box counts only when the paste does not say', () => {
    const bare = parsePastedResponse('Unauthorized', '/userinfo');
    expect(bare.ok && bare.value.endpoint).toEqual({ path: '/userinfo', source: 'chosen' });
    const verbose = parsePastedResponse('> POST /oauth/token HTTP/2\n< HTTP/2 401 \n<\nUnauthorized', '/userinfo');
    expect(verbose.ok && verbose.value.endpoint).toEqual({ path: '/oauth/token', source: 'verbose' });
    // A docs link or an audience inside the answer names no endpoint.
    const inside = parsePastedResponse(
      '{"error":"access_denied","error_description":"Client is not authorized to access \\"https://x.auth0.com/api/v2/\\". See: https://auth0.com/docs/api/v2#!/Client_Grants"}',
    );
    expect(inside.ok && inside.value.endpoint).toEqual({ path: '/oauth/token', source: 'default' });
  });

  test('a command with nothing after it is read as pasted, and kept for the report when it has output', () => {
    const alone = parsePastedResponse('curl -s https://x.auth0.com/userinfo');
    expect(alone.ok && alone.value.command).toBeUndefined();
    const aloneAfterPrompt = parsePastedResponse('$ curl -s https://x.auth0.com/userinfo');
    expect(aloneAfterPrompt.ok && aloneAfterPrompt.value.command).toBeUndefined();
    const withOutput = parsePastedResponse('$ curl -s https://x.auth0.com/userinfo\nUnauthorized');
    expect(withOutput.ok && withOutput.value.command).toBe('curl -s https://x.auth0.com/userinfo');
    expect(withOutput.ok && withOutput.value.body).toBe('Unauthorized');
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
