import { decodeToken } from '../token/decode';
import type { TokenSource } from '../token/input';
import type { JsonObject } from '../token/schemas';
import { audiences } from '../token/scopes';

/** What kind of token is being sent, as far as the token itself and where it came from tell. */
export type SentKind = 'access-jwt' | 'id-token' | 'opaque-userinfo' | 'encrypted' | 'opaque' | 'malformed';

export interface SentToken {
  raw: string;
  source: TokenSource;
}

export interface TokenFacts {
  kind: SentKind;
  claims?: JsonObject;
  audiences: string[];
  /** The scopes and permissions it carries. */
  scopes: string[];
  permissions?: string[];
  /** Milliseconds since the epoch, when it has an exp. */
  expiresAt?: number;
}

const idTokenClaims = ['nonce', 'at_hash', 'c_hash', 'sid', 'auth_time', 'email', 'name', 'nickname', 'picture'];

/** Read a token that is about to be (or was) sent: its kind, audiences, scopes, permissions and expiry. */
export function readSentToken(token: SentToken): TokenFacts {
  const decoded = decodeToken(token.raw, token.source);
  if (decoded.kind === 'jwe')
    return { kind: decoded.header.alg === 'dir' ? 'opaque-userinfo' : 'encrypted', audiences: [], scopes: [] };
  if (decoded.kind === 'opaque') return { kind: 'opaque', audiences: [], scopes: [] };
  if (decoded.kind === 'malformed') return { kind: 'malformed', audiences: [], scopes: [] };
  const claims = decoded.claims;
  const scope = typeof claims.scope === 'string' ? claims.scope.split(/\s+/).filter(Boolean) : [];
  const scp = Array.isArray(claims.scp) ? claims.scp.filter((s): s is string => typeof s === 'string') : [];
  const permissions = Array.isArray(claims.permissions)
    ? claims.permissions.filter((p): p is string => typeof p === 'string')
    : undefined;
  const typ = typeof decoded.header.typ === 'string' ? decoded.header.typ.toLowerCase() : '';
  const looksLikeIdToken =
    token.source === 'id_token' ||
    (typ !== 'at+jwt' &&
      token.source !== 'access_token' &&
      !('scope' in claims) &&
      !('scp' in claims) &&
      !('permissions' in claims) &&
      idTokenClaims.some((name) => name in claims));
  return {
    kind: looksLikeIdToken ? 'id-token' : 'access-jwt',
    claims,
    audiences: audiences(claims),
    scopes: [...scope, ...scp],
    ...(permissions ? { permissions } : {}),
    ...(typeof claims.exp === 'number' ? { expiresAt: claims.exp * 1000 } : {}),
  };
}
