/**
 * How an exchange with the tenant ended, as far as this page could tell: an answer read whole (`http`), or why
 * not. `redirect`: the tenant answered 3xx and the page did not follow it; `interrupted`: the headers arrived
 * and the body was cut off; `cancelled`: the person stopped it; `page-error`: the page itself failed.
 */
export type ExchangeState =
  | 'http'
  | 'cors-blocked'
  | 'network-error'
  | 'timeout'
  | 'mixed-content'
  | 'redirect'
  | 'interrupted'
  | 'cancelled'
  | 'page-error';

/** What came back from the tenant, whatever the route: sent from the page, or pasted back from curl. */
export interface Exchange {
  transport: 'direct' | 'pasted';
  state: ExchangeState;
  status?: number;
  statusText?: string;
  /** Response headers, lower-case names; from a browser only those CORS exposes. */
  headers: [string, string][];
  /** The body as text ('' when none could be read). */
  body: string;
  /** The body parsed, when it is JSON. */
  json?: unknown;
  /** How long the exchange took, in milliseconds, when the page timed it. */
  elapsedMs?: number;
  /** What the page learned about a failure, in words (probe results, the browser's message). */
  evidence: string[];
  /** The URL that was called, when known. */
  url?: string;
  /**
   * The endpoint that answered (`/authorize`, `/userinfo`, `api` for the person's own API), when the page knows it,
   * and how: the request it sent, or the box the answer was pasted into.
   */
  endpoint?: { path: string; source: 'request' | 'chosen' };
  /** Where a redirect pointed (its Location, resolved), when the browser let the page see it. */
  location?: string;
}

/** Parse a body as JSON when it is JSON; undefined otherwise. */
export function parseJsonBody(body: string): unknown {
  const trimmed = body.trim();
  if (!/^[{[]/.test(trimmed)) return undefined;
  try {
    return JSON.parse(trimmed);
  } catch {
    return undefined;
  }
}

/** An exchange that read an HTTP answer: the body as text, parsed too when it is JSON. */
export function httpExchange(body: string, status?: number, transport: Exchange['transport'] = 'pasted'): Exchange {
  return { transport, state: 'http', status, headers: [], body, json: parseJsonBody(body), evidence: [] };
}
