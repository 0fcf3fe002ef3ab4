import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { endpointOfUrl, type Endpoint, type EndpointFact } from '../src/lib/endpoint';
import { httpExchange, type Exchange } from '../src/lib/exchange';
import { findGrant, grants } from '../src/lib/request/grants';
import type { TokenRequest } from '../src/lib/request/form';
import { parsePastedResponse } from '../src/lib/response/parse';

/**
 * One real Auth0 answer of the corpus (tests/fixtures/corpus/README.md): what came back, from where, why, and the
 * catalogue entry it must reach.
 */
export interface CorpusCase {
  id: string;
  from: string;
  /** As the source names it: `POST /oauth/token`, `Management API /api/v2/*`, `none (auth0-spa-js …)`. */
  endpoint: string;
  grant?: string;
  status?: number | null;
  headers?: Record<string, string>;
  body: unknown;
  condition?: string;
  source: string[];
  expect: string;
}

export const corpusDir = join(import.meta.dirname, 'fixtures/corpus');

/** Every case of every corpus file, or of the files given (any JSONL of the same format, e.g. a held-out set). */
export function readCorpus(files = corpusFiles()): (CorpusCase & { file: string })[] {
  return files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => ({ ...(JSON.parse(line) as CorpusCase), file })),
  );
}

export function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((name) => name.endsWith('.jsonl'))
    .map((name) => join(corpusDir, name));
}

/**
 * The endpoint a case's label names, as a person would pick it next to the paste box: its path, the Management
 * API, the Guardian API, or the person's own API (a resource server). An SDK's own error names none.
 */
export function endpointOfLabel(label: string): Endpoint | undefined {
  if (/^management api/i.test(label)) return '/api/v2';
  if (/^guardian/i.test(label)) return 'guardian';
  if (/^resource server/i.test(label)) return 'api';
  const path = /(?:^|\s)(\/[^\s(),;]*)/.exec(label)?.[1];
  return path ? endpointOfUrl(path) : undefined;
}

/** The endpoint fact of a case: chosen by the person when its label names one; the page's default otherwise. */
export function endpointFactOf(label: string): EndpointFact {
  const path = endpointOfLabel(label);
  return path ? { path, source: 'chosen' } : { path: '/oauth/token', source: 'default' };
}

/** The exchange a case stands for: its body (JSON as sent, text as is), status and headers. */
export function exchangeOf(line: Pick<CorpusCase, 'endpoint' | 'status' | 'headers' | 'body'>): Exchange {
  const endpoint = endpointFactOf(line.endpoint);
  if (typeof line.body === 'string' && /blocked by CORS policy|"crossDomain"\s*:\s*true/.test(line.body)) {
    const pasted = parsePastedResponse(line.body);
    if (pasted.ok) return { ...pasted.value, endpoint };
  }
  const body = typeof line.body === 'string' ? line.body : JSON.stringify(line.body);
  const headers = Object.entries(line.headers ?? {}).map(([name, value]): [string, string] => [
    name.toLowerCase(),
    value,
  ]);
  return { ...httpExchange(body, line.status ?? undefined), headers, endpoint };
}

/** What a person pastes for a case: `curl -i` output when the status is known, the bare body otherwise. */
export function pastedOf(line: Pick<CorpusCase, 'status' | 'headers' | 'body'>): string {
  const body = typeof line.body === 'string' ? line.body : JSON.stringify(line.body);
  const headers = Object.entries(line.headers ?? {}).map(([name, value]) => `${name}: ${value}\n`);
  return line.status ? `HTTP/2 ${line.status} \ncontent-type: application/json\n${headers.join('')}\n${body}` : body;
}

/** A request of the given grant, as the form would have built it. */
export function requestFor(grantType?: string, params: [string, string][] = []): TokenRequest | undefined {
  const grant = grantType ? findGrant(grantType) : undefined;
  if (!grant) return undefined;
  return {
    tenant: { origin: 'https://dev-x.us.auth0.com', host: 'dev-x.us.auth0.com', local: false, auth0: true },
    grant,
    clientAuth: 'client_secret_post',
    encoding: 'json',
    params: [['client_id', 'Q4cCWeXX'], ...params] as TokenRequest['params'],
    extras: [],
  };
}

/** The first wire grant type named in a corpus line's free-text grant field. */
export const grantOf = (text = '') =>
  grants.map((g) => g.grantType).find((g) => text.split(/[\s|/()]+/).includes(g) || text.startsWith(g));
