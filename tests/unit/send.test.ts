import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import type { Exchange } from '../../src/lib/exchange';
import type { HttpRequest } from '../../src/lib/request/build';
import { fetchJson } from '../../src/lib/transport/json';
import { failedSend, sendRequest } from '../../src/lib/transport/send';

const request: HttpRequest = {
  url: 'https://dev-x.us.auth0.com/oauth/token',
  method: 'POST',
  headers: [['content-type', 'application/json']],
  body: '{"grant_type":"password","client_secret":"s3cret","password":"hunter2"}',
};

type Behaviour = 'answer' | 'fail' | 'hang';
type Calls = [string, RequestInit?][];

/** A fetch whose answer depends on the URL: the token endpoint, discovery, and the bare origin. */
function fakeFetch(behaviour: Record<'token' | 'discovery' | 'root', Behaviour>, calls: Calls = []): typeof fetch {
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

/** A fetch that answers every call with the response `make` builds, and records the calls. */
function answering(make: (init?: RequestInit) => Response, calls: Calls = []): typeof fetch {
  return (input, init) => {
    calls.push([String(input), init]);
    return Promise.resolve(make(init));
  };
}

/** What a browser hands over under `redirect: 'manual'` for a 3xx: no status, no Location. */
function opaqueRedirect(url: string): Response {
  const response = new Response(null, { status: 200 });
  Object.defineProperties(response, {
    type: { value: 'opaqueredirect' },
    status: { value: 0 },
    statusText: { value: '' },
    url: { value: url },
  });
  return response;
}

/** A body that sends a few bytes and then breaks, as a dropped connection does after the headers. */
function cutBody(status = 200): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"access_tok'));
      controller.error(new TypeError('network error'));
    },
  });
  return new Response(body, { status, headers: { 'content-type': 'application/json' } });
}

/** A body that never ends until the request's signal aborts it. */
function endlessBody(init?: RequestInit): Response {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{'));
      init?.signal?.addEventListener('abort', () => controller.error(init.signal?.reason));
    },
  });
  return new Response(body, { status: 200 });
}

const diagnosed = (exchange: Exchange) =>
  diagnose({ exchange, pageOrigin: 'https://debugger.example', now: Date.UTC(2025, 0, 1) });

describe('sendRequest classifies every outcome', () => {
  test('an HTTP answer, read whole, with credentials left out and no redirect followed', async () => {
    const calls: Calls = [];
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
      redirect: 'manual',
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
      name: 'nothing answers: network',
      behaviour: { token: 'fail', discovery: 'fail', root: 'answer' },
      state: 'network-error',
      evidence: /Nothing at https:\/\/dev-x\.us\.auth0\.com answered/,
    },
  ] as const)('$name; the probe follows no redirect either', async ({ behaviour, state, evidence }) => {
    const calls: Calls = [];
    const exchange = await sendRequest(request, { fetch: fakeFetch(behaviour, calls) });
    expect(exchange.state).toBe(state);
    expect(exchange.evidence.join(' ')).toMatch(evidence);
    expect(calls.map(([url]) => url)).toEqual([
      request.url,
      'https://dev-x.us.auth0.com/.well-known/openid-configuration',
    ]);
    expect(calls[1]?.[1]).toMatchObject({ redirect: 'manual', credentials: 'omit' });
    expect(calls[1]?.[1]).not.toHaveProperty('body');
  });

  test('a discovery probe answered by a redirect still proves the host is there', async () => {
    const fetchImpl: typeof fetch = (input) =>
      String(input).endsWith('/oauth/token')
        ? Promise.reject(new TypeError('Failed to fetch'))
        : Promise.resolve(opaqueRedirect(String(input)));
    expect((await sendRequest(request, { fetch: fetchImpl })).state).toBe('cors-blocked');
  });

  test('a tenant that never answers times out', async () => {
    const exchange = await sendRequest(request, {
      fetch: fakeFetch({ token: 'hang', discovery: 'fail', root: 'fail' }),
      timeoutMs: 30,
    });
    expect(exchange.state).toBe('timeout');
    expect(exchange.evidence).toEqual(['No answer within 0.03 s; the request was cancelled.']);
  });

  test('cancelling gives a cancelled exchange, and nothing is probed', async () => {
    const controller = new AbortController();
    const calls: Calls = [];
    const pending = sendRequest(request, {
      fetch: fakeFetch({ token: 'hang', discovery: 'answer', root: 'answer' }, calls),
      signal: controller.signal,
    });
    controller.abort();
    const exchange = await pending;
    expect(exchange).toMatchObject({
      state: 'cancelled',
      evidence: ['You cancelled the request before its answer was read.'],
    });
    expect(calls).toHaveLength(1);
    expect(diagnosed(exchange)[0]).toMatchObject({ id: 'network.cancelled', severity: 'info' });
  });

  test('plain http from an https page is mixed content, and nothing is sent', async () => {
    const calls: Calls = [];
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

describe('a redirect is an outcome of its own, never followed', () => {
  test.each([
    {
      name: 'a 307 to another origin (an injected fetch shows it)',
      response: () => new Response(null, { status: 307, headers: { location: 'https://collector.example/steal?x=1' } }),
      status: 307,
      location: 'https://collector.example/steal?x=1',
      evidence:
        'The tenant answered with a redirect (HTTP 307) to https://collector.example/steal?x=1; not followed, so nothing was sent there.',
    },
    {
      name: 'a relative Location, resolved against the tenant',
      response: () => new Response(null, { status: 308, headers: { location: '/v2/oauth/token' } }),
      status: 308,
      location: 'https://dev-x.us.auth0.com/v2/oauth/token',
      evidence: /redirect \(HTTP 308\) to https:\/\/dev-x\.us\.auth0\.com\/v2\/oauth\/token; not followed/,
    },
    {
      name: 'what a browser gives under redirect: manual (opaqueredirect, status 0, no Location)',
      response: () => opaqueRedirect(request.url),
      status: undefined,
      location: undefined,
      evidence:
        'The tenant answered with a redirect to an address the browser does not show to pages; not followed, so nothing was sent there.',
    },
  ])('$name', async ({ response, status, location, evidence }) => {
    const calls: Calls = [];
    const exchange = await sendRequest(request, { fetch: answering(response, calls) });
    expect(exchange).toMatchObject({ state: 'redirect', body: '' });
    expect(exchange.json).toBeUndefined();
    expect(exchange.status).toBe(status);
    expect(exchange.location).toBe(location);
    expect(exchange.evidence[0]).toMatch(evidence);
    // One request, to the tenant: no second POST anywhere, no probe.
    expect(calls.map(([url]) => url)).toEqual([request.url]);
    const [first] = diagnosed(exchange);
    expect(first).toMatchObject({ id: 'network.redirect', severity: 'error' });
    expect(first?.cause).toContain(location ?? 'an address the browser does not reveal to pages');
    expect(first?.cause).toContain('never redirects');
  });

  test('an answer that came through a redirect anyway is not used, whatever it holds', async () => {
    const followed = () => {
      const response = new Response('{"access_token":"eyJ.from.elsewhere","token_type":"Bearer"}', { status: 200 });
      Object.defineProperties(response, {
        redirected: { value: true },
        url: { value: 'https://collector.example/token' },
      });
      return response;
    };
    const exchange = await sendRequest(request, { fetch: answering(followed) });
    expect(exchange).toMatchObject({ state: 'redirect', location: 'https://collector.example/token', body: '' });
    expect(exchange.evidence[0]).toMatch(/came from https:\/\/collector\.example\/token.*not used/);
    expect(diagnosed(exchange).map((d) => d.id)).toEqual(['network.redirect']);
  });

  test('a Location of a megabyte is cut for the screen', async () => {
    const long = `https://collector.example/${'a'.repeat(1_000_000)}`;
    const exchange = await sendRequest(request, {
      fetch: answering(() => new Response(null, { status: 302, headers: { location: long } })),
    });
    expect(exchange.location?.length).toBe(501);
  });
});

describe('a body cut off after the headers', () => {
  test('is interrupted, with the status that arrived: not CORS, and nothing is probed', async () => {
    const calls: Calls = [];
    const exchange = await sendRequest(request, { fetch: answering(() => cutBody(200), calls) });
    expect(exchange).toMatchObject({ state: 'interrupted', status: 200, body: '' });
    expect(exchange.evidence).toEqual([
      'The tenant’s answer was cut off after the headers: HTTP 200, and the body never arrived whole.',
    ]);
    expect(calls).toHaveLength(1);
    const [first] = diagnosed(exchange);
    expect(first).toMatchObject({ id: 'network.interrupted', title: 'The answer was cut off (HTTP 200)' });
    expect(first?.cause).toContain('not CORS');
  });

  test('a body still arriving when the timeout ends is a timeout', async () => {
    const exchange = await sendRequest(request, { fetch: answering(endlessBody), timeoutMs: 30 });
    expect(exchange.state).toBe('timeout');
  });

  test('a body still arriving when the person cancels is cancelled', async () => {
    const controller = new AbortController();
    const pending = sendRequest(request, { fetch: answering(endlessBody), signal: controller.signal });
    setTimeout(() => controller.abort(), 10);
    expect((await pending).state).toBe('cancelled');
  });
});

describe('the page never stays on “Sending…”', () => {
  test.each([-5000, 0, 1.5, Number.NaN, 3_000_000_000])('a timeout of %s ms sends nothing', async (timeoutMs) => {
    const calls: Calls = [];
    const exchange = await sendRequest(request, {
      fetch: fakeFetch({ token: 'answer', discovery: 'answer', root: 'answer' }, calls),
      timeoutMs,
    });
    expect(exchange.state).toBe('page-error');
    expect(exchange.evidence[0]).toMatch(/is not usable; nothing was sent/);
    expect(calls).toEqual([]);
  });

  test('an exception anywhere becomes a page-error exchange, never a rejection', async () => {
    const broken = () => {
      const response = new Response('{}');
      Object.defineProperty(response, 'headers', {
        get() {
          throw new RangeError('headers exploded');
        },
      });
      return response;
    };
    const exchange = await sendRequest(request, { fetch: answering(broken) });
    expect(exchange).toMatchObject({
      state: 'page-error',
      evidence: ['The page failed while sending: RangeError: headers exploded'],
    });
    expect(diagnosed(exchange)[0]?.id).toBe('network.page-error');
  });

  test('failedSend words any thrown value', () => {
    expect(failedSend('chunk did not load').evidence).toEqual(['The page failed while sending: chunk did not load']);
  });
});

describe('fetchJson: discovery and keys, read only from the address asked', () => {
  const url = 'https://dev-x.us.auth0.com/.well-known/jwks.json';

  test.each([
    {
      name: 'a 302 with its Location',
      response: () => new Response(null, { status: 302, headers: { location: 'https://keys.example/jwks' } }),
      error: { code: 'redirect', location: 'https://keys.example/jwks' },
    },
    { name: 'an opaque redirect', response: () => opaqueRedirect(url), error: { code: 'redirect' } },
    {
      name: 'an answer from another URL',
      response: () => {
        const response = new Response('{"keys":[]}', { status: 200 });
        Object.defineProperties(response, { redirected: { value: true }, url: { value: 'https://keys.example/jwks' } });
        return response;
      },
      error: { code: 'redirect', location: 'https://keys.example/jwks' },
    },
    { name: 'a body cut off', response: () => cutBody(200), error: { code: 'interrupted', status: 200 } },
    { name: 'a 404', response: () => new Response('nope', { status: 404 }), error: { code: 'status', status: 404 } },
    { name: 'HTML', response: () => new Response('<html>', { status: 200 }), error: { code: 'not-json' } },
  ])('$name is refused', async ({ response, error }) => {
    const calls: Calls = [];
    expect(await fetchJson(url, { fetch: answering(response, calls) })).toEqual({ ok: false, error });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.[1]).toMatchObject({ redirect: 'manual', credentials: 'omit', referrerPolicy: 'no-referrer' });
  });

  test('the same URL answering JSON is read', async () => {
    const same = () => {
      const response = new Response('{"keys":[]}', { status: 200 });
      Object.defineProperty(response, 'url', { value: `${url}#fragment-ignored` });
      return response;
    };
    expect(await fetchJson(url, { fetch: answering(same) })).toEqual({ ok: true, value: { keys: [] } });
  });
});
