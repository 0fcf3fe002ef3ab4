import type { Exchange } from '../exchange';
import { parseJsonBody } from '../exchange';
import type { HttpRequest } from '../request/build';
import { transportEvidence } from '../text/en/transport';

/** What the network module needs from the outside world; tests pass their own. */
export interface SendOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Aborted when the person sends again: the older exchange is dropped. */
  signal?: AbortSignal;
  /** The page's origin, to recognise mixed content. */
  pageOrigin?: string;
  online?: boolean;
  /** A clock in milliseconds, for timing the exchange. */
  now?: () => number;
}

const probeTimeoutMs = 5000;

/**
 * Send a token request from the browser and classify what happened. This module is the only one that calls
 * fetch. A browser reports a CORS block and a refused connection alike (TypeError), so on failure it probes the
 * tenant with requests that need no CORS permission to tell the two apart.
 */
export async function sendRequest(request: HttpRequest, options: SendOptions = {}): Promise<Exchange> {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.timeoutMs ?? 20_000;
  const origin = new URL(request.url).origin;
  const base = { transport: 'direct' as const, headers: [], body: '', url: request.url };
  if (options.pageOrigin?.startsWith('https:') && request.url.startsWith('http:') && !isLoopback(request.url)) {
    return {
      ...base,
      state: 'mixed-content',
      evidence: [transportEvidence.mixedContent(options.pageOrigin, request.url)],
    };
  }
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const started = now();
  try {
    const response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    });
    const body = await response.text();
    return {
      ...base,
      state: 'http',
      status: response.status,
      statusText: response.statusText,
      headers: [...response.headers.entries()],
      body,
      json: parseJsonBody(body),
      elapsedMs: Math.round(now() - started),
      evidence: [],
    };
  } catch (error) {
    const elapsedMs = Math.round(now() - started);
    if (options.signal?.aborted) throw error;
    if (timeout.aborted)
      return { ...base, state: 'timeout', elapsedMs, evidence: [transportEvidence.timeout(timeoutMs / 1000)] };
    const reachable = await probe(origin, fetchImpl, options.signal);
    const evidence = options.online === false ? [transportEvidence.offline()] : [];
    return reachable
      ? { ...base, state: 'cors-blocked', elapsedMs, evidence: [...evidence, reachable] }
      : { ...base, state: 'network-error', elapsedMs, evidence: [...evidence, transportEvidence.unreachable(origin)] };
  }
}

/** Ask the tenant something any origin may ask; the answer says whether the host is there at all. */
async function probe(origin: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<string | undefined> {
  const probeSignal = signal
    ? AbortSignal.any([signal, AbortSignal.timeout(probeTimeoutMs)])
    : AbortSignal.timeout(probeTimeoutMs);
  const init = { signal: probeSignal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' } as const;
  try {
    await fetchImpl(`${origin}/.well-known/openid-configuration`, init);
    return transportEvidence.discoveryAnswered(origin);
  } catch {
    // Discovery not readable from here; an opaque no-cors answer still proves the host is up.
  }
  try {
    await fetchImpl(`${origin}/`, { ...init, mode: 'no-cors' });
    return transportEvidence.hostAnswered(origin);
  } catch {
    return undefined;
  }
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

export type FetchJsonError = { code: 'timeout' | 'blocked' | 'status' | 'not-json'; status?: number };

/**
 * GET a JSON document (discovery, JWKS) with the same care as the token request: a timeout, no credentials,
 * no referrer. Used only when the person asked for it, and only for URLs of the tenant they typed.
 */
export async function fetchJson(
  url: string,
  options: Pick<SendOptions, 'fetch' | 'timeoutMs' | 'signal'> = {},
): Promise<{ ok: true; value: unknown } | { ok: false; error: FetchJsonError }> {
  const fetchImpl = options.fetch ?? fetch;
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetchImpl(url, { signal, credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' });
  } catch {
    return { ok: false, error: { code: timeout.aborted ? 'timeout' : 'blocked' } };
  }
  if (!response.ok) return { ok: false, error: { code: 'status', status: response.status } };
  const json = parseJsonBody(await response.text());
  return json === undefined ? { ok: false, error: { code: 'not-json' } } : { ok: true, value: json };
}
