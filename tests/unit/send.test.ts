import { describe, expect, test } from 'vitest';
import type { HttpRequest } from '../../src/lib/request/build';
import { sendRequest } from '../../src/lib/transport/send';

const request: HttpRequest = {
  url: 'https://dev-x.us.auth0.com/oauth/token',
  method: 'POST',
  headers: [['content-type', 'application/json']],
  body: '{"grant_type":"client_credentials"}',
};

type Behaviour = 'answer' | 'fail' | 'hang';

/** A fetch whose answer depends on the URL: the token endpoint, discovery, and the bare origin. */
function fakeFetch(
  behaviour: Record<'token' | 'discovery' | 'root', Behaviour>,
  calls: [string, RequestInit?][] = [],
): typeof fetch {
  return (input, init) => {
    const url = String(input);
    calls.push([url, init]);
    const which = url.endsWith('/oauth/token') ? 'token' : url.includes('openid-configuration') ? 'discovery' : 'root';
    const b = behaviour[which];
    if (b === 'answer') {
      return Promise.resolve(
        new Response('{"error":"access_denied","error_description":"Unauthorized"}', {
          status: 401,
          headers: { 'content-type': 'application/json' },
        }),
      );
    }
    if (b === 'fail') return Promise.reject(new TypeError('Failed to fetch'));
    return new Promise((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
  };
}

describe('sendRequest classifies every outcome', () => {
  test('an HTTP answer, read whole, with credentials left out', async () => {
    const calls: [string, RequestInit?][] = [];
    const exchange = await sendRequest(request, {
      fetch: fakeFetch({ token: 'answer', discovery: 'fail', root: 'fail' }, calls),
    });
    expect(exchange).toMatchObject({
      transport: 'direct',
      state: 'http',
      status: 401,
      json: { error: 'access_denied' },
    });
    expect(exchange.headers).toContainEqual(['content-type', 'application/json']);
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1]).toMatchObject({
      method: 'POST',
      body: request.body,
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
    });
  });

  test.each([
    {
      name: 'discovery answers: CORS',
      behaviour: { token: 'fail', discovery: 'answer', root: 'fail' },
      state: 'cors-blocked',
      evidence: /openid-configuration answered/,
    },
    {
      name: 'only a no-cors request answers: CORS',
      behaviour: { token: 'fail', discovery: 'fail', root: 'answer' },
      state: 'cors-blocked',
      evidence: /needs no CORS/,
    },
    {
      name: 'nothing answers: network',
      behaviour: { token: 'fail', discovery: 'fail', root: 'fail' },
      state: 'network-error',
      evidence: /Nothing answered/,
    },
  ] as const)('$name', async ({ behaviour, state, evidence }) => {
    const exchange = await sendRequest(request, { fetch: fakeFetch(behaviour) });
    expect(exchange.state).toBe(state);
    expect(exchange.evidence.join(' ')).toMatch(evidence);
  });

  test('a tenant that never answers times out', async () => {
    const exchange = await sendRequest(request, {
      fetch: fakeFetch({ token: 'hang', discovery: 'fail', root: 'fail' }),
      timeoutMs: 30,
    });
    expect(exchange.state).toBe('timeout');
    expect(exchange.evidence).toEqual(['No answer within 0.03 s; the request was cancelled.']);
  });

  test('sending again cancels: the older exchange rejects instead of reporting', async () => {
    const controller = new AbortController();
    const pending = sendRequest(request, {
      fetch: fakeFetch({ token: 'hang', discovery: 'fail', root: 'fail' }),
      signal: controller.signal,
    });
    controller.abort();
    await expect(pending).rejects.toBeDefined();
  });

  test('plain http from an https page is mixed content, and nothing is sent', async () => {
    const calls: [string, RequestInit?][] = [];
    const exchange = await sendRequest(
      { ...request, url: 'http://dev-x.us.auth0.com/oauth/token' },
      {
        fetch: fakeFetch({ token: 'answer', discovery: 'answer', root: 'answer' }, calls),
        pageOrigin: 'https://debugger.example',
      },
    );
    expect(exchange.state).toBe('mixed-content');
    expect(calls).toEqual([]);
  });
});
