import { isSecretName } from '../secrets/names';

export interface ScrubbedQuery {
  /** Secret-bearing keys found, in order, without repeats. */
  removed: string[];
  /** The query to leave in the address bar: what was there, minus those keys ('' or '?…'). */
  search: string;
}

/**
 * A query string is sent to the page's host with the request for the page itself, before any script runs, so a
 * secret in it has already left the browser: remove it from the address bar and say so, never read it.
 */
export function scrubQuery(search: string): ScrubbedQuery {
  const params = new URLSearchParams(search.replace(/^\?/, ''));
  const removed = [...new Set([...params.keys()].filter(isSecretName))];
  if (removed.length === 0) return { removed, search };
  removed.forEach((key) => params.delete(key));
  const rest = params.toString();
  return { removed, search: rest ? `?${rest}` : '' };
}
