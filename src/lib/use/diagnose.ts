import { cut, descriptionChars } from '../bounds';
import type { Diagnosis, Severity } from '../diagnose/types';
import type { Exchange } from '../exchange';
import { bySeverity } from '../diagnose/severity';
import { useTexts, type UseFacts } from '../text/use';
import { bearerChallenge } from './challenge';
import { readSentToken, type SentToken } from './token';

/** Where the token was sent: the tenant's /userinfo, or the person's own API. */
export type UseTarget = 'userinfo' | 'api';

export interface UseContext {
  target: UseTarget;
  exchange: Exchange;
  token: SentToken;
  /** The tenant the token is from, when known: /userinfo is its endpoint. */
  tenantOrigin?: string;
  /** The API's origin, as the person typed it. */
  apiOrigin?: string;
  pageOrigin: string;
  /** Milliseconds since the epoch when the answer arrived: the token's expiry is judged as of then. */
  now: number;
}

const expiredWords = /expired|\bexp\b/i;
const audienceWords = /\baud\b|audience/i;

/**
 * What an answer of /userinfo or of the person's API says about the token that was sent: the `WWW-Authenticate`
 * challenge read (RFC 6750 §3), and what the token itself shows (an ID token where an access token belongs, an
 * opaque token at a custom API, an expired token, scopes and permissions missing). The token is blamed, never the
 * application's credentials: neither endpoint sees those.
 */
export function diagnoseUse(context: UseContext): Diagnosis[] {
  const { exchange, target } = context;
  const token = readSentToken(context.token);
  const challenge = bearerChallenge(exchange.headers);
  const body = errorBody(exchange.json);
  const error = challenge?.params.error ?? body.error;
  const description = cut(challenge?.params.error_description ?? body.description ?? '', descriptionChars) || undefined;
  const required = (challenge?.params.scope ?? '').split(/\s+/).filter(Boolean);
  const granted = [...token.scopes, ...(token.permissions ?? [])];
  const facts: UseFacts = {
    target,
    status: exchange.status,
    error,
    description,
    tenantOrigin: context.tenantOrigin,
    apiOrigin: context.apiOrigin,
    pageOrigin: context.pageOrigin,
    audiences: token.audiences,
    scopes: granted,
    missing: required.filter((scope) => !granted.includes(scope)),
    required,
    headerSeen: challenge !== undefined,
    direct: exchange.transport === 'direct',
    claims: token.claims ? Object.keys(token.claims).length : 0,
    body: exchange.json,
  };
  const found: Diagnosis[] = [];
  const seen = exchange.state === 'http' ? evidence(facts) : exchange.evidence.join(' ') || undefined;
  const add = (id: string, severity: Severity) => {
    const text = useTexts[id];
    if (text)
      found.push({
        id: `use.${id.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
        severity,
        ...text(facts),
        ...(seen ? { evidence: seen } : {}),
      });
  };
  const expired = token.expiresAt !== undefined && token.expiresAt <= context.now;
  const idToken = token.kind === 'id-token';
  const opaque = token.kind === 'opaque-userinfo' || token.kind === 'opaque' || token.kind === 'encrypted';

  if (exchange.state !== 'http') {
    add(
      exchange.state === 'cors-blocked' ? 'corsBlocked' : 'noAnswer',
      exchange.state === 'cancelled' ? 'info' : 'error',
    );
    if (idToken) add('idTokenSent', 'warning');
    return found.sort(bySeverity);
  }
  const status = exchange.status ?? 0;
  if (status >= 200 && status < 300) {
    add(target === 'userinfo' ? 'userinfoOk' : 'apiOk', 'success');
    if (idToken && target === 'api') add('idTokenAccepted', 'warning');
    if (expired) add('expiredAccepted', 'warning');
    return found;
  }
  if (status !== 401 && status !== 403 && !error) {
    add('httpStatus', 'error');
    return found;
  }
  if (idToken) add('idTokenSent', 'error');
  else if (opaque && target === 'api') add('opaqueToApi', 'error');
  else if (expired || (error === 'invalid_token' && description && expiredWords.test(description)))
    add('expired', 'error');
  else if (error === 'insufficient_scope' || (status === 403 && !challenge && target === 'api')) {
    add(error === 'insufficient_scope' ? 'insufficientScope' : 'forbidden', 'error');
    if (target === 'api' && token.kind === 'access-jwt' && token.permissions === undefined)
      add('noPermissionsClaim', 'warning');
  } else if (
    (description && audienceWords.test(description)) ||
    (target === 'userinfo' && token.kind === 'access-jwt' && !token.audiences.some((aud) => aud.endsWith('/userinfo')))
  )
    add(target === 'userinfo' ? 'userinfoAudience' : 'audience', 'error');
  else if (error === 'invalid_token') add('invalidToken', 'error');
  else if (error === 'invalid_request') add('invalidRequest', 'error');
  else add('unauthorized', 'error');
  return found.sort(bySeverity);
}

function errorBody(json: unknown): { error?: string; description?: string } {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return {};
  const record = json as Record<string, unknown>;
  const text = (name: string) => (typeof record[name] === 'string' ? (record[name] as string) : undefined);
  const error = text('error') ?? text('errorCode') ?? text('code');
  const description = text('error_description') ?? text('message') ?? text('description');
  return {
    ...(error !== undefined ? { error: cut(error, 200) } : {}),
    ...(description !== undefined ? { description } : {}),
  };
}

function evidence(facts: UseFacts): string | undefined {
  const head = facts.status ? `HTTP ${facts.status}` : '';
  const said = facts.error ? `${facts.error}${facts.description ? `: ${facts.description}` : ''}` : '';
  return [head, said].filter(Boolean).join(' ') || undefined;
}
