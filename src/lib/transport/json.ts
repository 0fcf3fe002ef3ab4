import { parseJsonBody } from '../exchange';
import { redirectOf, requestInit } from './policy';
import type { SendOptions } from './send';

export type FetchJsonError = {
  code: 'timeout' | 'blocked' | 'status' | 'not-json' | 'redirect' | 'interrupted';
  status?: number;
  /** Where a redirect pointed, when the browser let the page see it. */
  location?: string;
};

/**
 * GET a JSON document (discovery, JWKS) with the same care as the token request: a timeout, no credentials,
 * no referrer, no redirect followed. Used only when the person asked for it, and only for URLs they picked.
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
    response = await fetchImpl(url, { signal, ...requestInit });
  } catch {
    return { ok: false, error: { code: timeout.aborted ? 'timeout' : 'blocked' } };
  }
  const redirect = redirectOf(response, url);
  if (redirect)
    return { ok: false, error: { code: 'redirect', ...(redirect.location ? { location: redirect.location } : {}) } };
  if (!response.ok) return { ok: false, error: { code: 'status', status: response.status } };
  let text: string;
  try {
    text = await response.text();
  } catch {
    return { ok: false, error: { code: timeout.aborted ? 'timeout' : 'interrupted', status: response.status } };
  }
  const json = parseJsonBody(text);
  return json === undefined ? { ok: false, error: { code: 'not-json' } } : { ok: true, value: json };
}
