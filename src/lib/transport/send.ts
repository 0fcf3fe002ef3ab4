import { endpointOfUrl } from '../endpoint';
import type { Exchange } from '../exchange';
import { parseJsonBody } from '../exchange';
import type { HttpRequest } from '../request/build';
import { transportEvidence } from '../text/transport';
import { redirectOf, requestInit } from './policy';

/** What the network module needs from the outside world; tests pass their own. */
export interface SendOptions {
  fetch?: typeof fetch;
  timeoutMs?: number;
  /** Aborted when the person cancels (or a pasted response replaces the exchange). */
  signal?: AbortSignal;
  /** The page's origin, to recognise mixed content. */
  pageOrigin?: string;
  online?: boolean;
  /** A clock in milliseconds, for timing the exchange. */
  now?: () => number;
}

const probeTimeoutMs = 5000;
/** The longest timeout AbortSignal.timeout takes (2^31 - 1 ms), and far beyond the form's 120 s. */
const maxTimeoutMs = 2_147_483_647;

/**
 * Send a token request from the browser and classify what happened; it never rejects, every failure is an
 * exchange the page can show. This module is the only one that calls fetch. A browser reports a CORS block
 * and a refused connection alike (TypeError), so on failure it probes the tenant to tell the two apart.
 */
export async function sendRequest(request: HttpRequest, options: SendOptions = {}): Promise<Exchange> {
  const endpoint = { path: endpointOfUrl(request.url) ?? '/oauth/token', source: 'request' as const };
  const base = { transport: 'direct' as const, headers: [], body: '', url: request.url, endpoint };
  try {
    return await exchange(request, options, base);
  } catch (error) {
    return failedSend(error, request.url);
  }
}

/** The exchange for a send that failed inside the page itself, before any answer: never left unreported. */
export function failedSend(error: unknown, url?: string): Exchange {
  return {
    transport: 'direct',
    state: 'page-error',
    headers: [],
    body: '',
    evidence: [transportEvidence.pageError(messageOf(error))],
    ...(url ? { url } : {}),
  };
}

type Base = Pick<Exchange, 'transport' | 'headers' | 'body' | 'url' | 'endpoint'>;

async function exchange(request: HttpRequest, options: SendOptions, base: Base): Promise<Exchange> {
  const fetchImpl = options.fetch ?? fetch;
  const now = options.now ?? (() => performance.now());
  const timeoutMs = options.timeoutMs ?? 20_000;
  if (options.pageOrigin?.startsWith('https:') && request.url.startsWith('http:') && !isLoopback(request.url)) {
    return {
      ...base,
      state: 'mixed-content',
      evidence: [transportEvidence.mixedContent(options.pageOrigin, request.url)],
    };
  }
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > maxTimeoutMs)
    return { ...base, state: 'page-error', evidence: [transportEvidence.badTimeout(timeoutMs / 1000)] };
  const timeout = AbortSignal.timeout(timeoutMs);
  const signal = options.signal ? AbortSignal.any([options.signal, timeout]) : timeout;
  const started = now();
  const elapsed = () => Math.round(now() - started);
  // Aborted by the person, or by the clock: either may end the wait for the headers or for the body.
  const aborted = (): Exchange | undefined => {
    if (options.signal?.aborted)
      return { ...base, state: 'cancelled', elapsedMs: elapsed(), evidence: [transportEvidence.cancelled()] };
    if (timeout.aborted)
      return {
        ...base,
        state: 'timeout',
        elapsedMs: elapsed(),
        evidence: [transportEvidence.timeout(timeoutMs / 1000)],
      };
    return undefined;
  };
  let response: Response;
  try {
    response = await fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal,
      ...requestInit,
    });
  } catch {
    const stopped = aborted();
    if (stopped) return stopped;
    const elapsedMs = elapsed();
    const origin = new URL(request.url).origin;
    const reachable = await probe(origin, fetchImpl, options.signal);
    const evidence = options.online === false ? [transportEvidence.offline()] : [];
    return reachable
      ? { ...base, state: 'cors-blocked', elapsedMs, evidence: [...evidence, reachable] }
      : { ...base, state: 'network-error', elapsedMs, evidence: [...evidence, transportEvidence.unreachable(origin)] };
  }
  const head = { status: response.status || undefined, statusText: response.statusText || undefined };
  const headers = [...response.headers.entries()];
  const redirect = redirectOf(response, request.url);
  if (redirect) {
    const evidence = redirect.followed
      ? transportEvidence.followed(redirect.location ?? '')
      : transportEvidence.redirect(head.status, redirect.location);
    return {
      ...base,
      ...head,
      headers,
      state: 'redirect',
      elapsedMs: elapsed(),
      evidence: [evidence],
      ...(redirect.location ? { location: redirect.location } : {}),
    };
  }
  let body: string;
  try {
    body = await response.text();
  } catch {
    return (
      aborted() ?? {
        ...base,
        ...head,
        headers,
        state: 'interrupted',
        elapsedMs: elapsed(),
        evidence: [transportEvidence.interrupted(response.status)],
      }
    );
  }
  return {
    ...base,
    ...head,
    state: 'http',
    headers,
    body,
    json: parseJsonBody(body),
    elapsedMs: elapsed(),
    evidence: [],
  };
}

/**
 * Ask the tenant for its discovery document, which Auth0 serves to any origin; any answer, a redirect
 * included, proves the host is there. A `no-cors` request would need no CORS at all, but the Fetch standard
 * lets a `no-cors` request only follow redirects, and this page follows none.
 */
async function probe(origin: string, fetchImpl: typeof fetch, signal?: AbortSignal): Promise<string | undefined> {
  const probeSignal = signal
    ? AbortSignal.any([signal, AbortSignal.timeout(probeTimeoutMs)])
    : AbortSignal.timeout(probeTimeoutMs);
  try {
    await fetchImpl(`${origin}/.well-known/openid-configuration`, { signal: probeSignal, ...requestInit });
    return transportEvidence.discoveryAnswered(origin);
  } catch {
    return undefined;
  }
}

function isLoopback(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
