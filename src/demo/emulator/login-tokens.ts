import { base64url } from 'jose';
import { currentUserScopes } from './auth0-errors';
import { memorySlot, randomHandle, type TenantMemory } from './memory';
import { signJwt, type SigningKey } from './keys';
import { findApi } from './token';
import type { EmulatedClient, EmulatedUser, TenantConfig } from './types';

/** Access tokens the tenant issued for its own /userinfo (opaque to anyone else), remembered to answer /userinfo. */
export interface OpaqueGrant {
  userId: string;
  scope: string[];
  expiresAt: number;
}
export const opaqueTokens = memorySlot(() => new Map<string, OpaqueGrant>());

export interface LoginIssue {
  tenant: TenantConfig;
  key: SigningKey;
  now: number;
  memory: TenantMemory;
  client: EmulatedClient;
  user: EmulatedUser;
  scope: string[];
  audience?: string;
  nonce?: string;
  sid?: string;
}

const profileClaims = (user: EmulatedUser, scope: string[], now: number) => ({
  ...(scope.includes('profile')
    ? {
        name: user.name ?? user.username,
        nickname: user.username.split('@')[0] ?? user.username,
        updated_at: new Date(now).toISOString(),
      }
    : {}),
  ...(scope.includes('email') ? { email: user.username, email_verified: user.emailVerified ?? true } : {}),
});

/** The claims /userinfo returns for a user and the scopes of the token (OIDC Core §5.3.2). */
export function userinfoClaims(user: EmulatedUser, scope: string[], now: number): Record<string, unknown> {
  return { sub: user.userId, ...profileClaims(user, scope, now) };
}

/** Scopes granted for an audience: OpenID scopes, and the API's own that were asked for. */
export function grantedScopes(requested: string[], audience: string | undefined, tenant: TenantConfig): string[] {
  const api = audience ? findApi(audience, tenant) : undefined;
  const apiScopes = api
    ? api.identifier === `${tenant.origin}/api/v2/`
      ? currentUserScopes
      : requested.filter((s) => api.scopes.includes(s))
    : [];
  return [...requested.filter((s) => ['openid', 'profile', 'email', 'offline_access'].includes(s)), ...apiScopes];
}

/**
 * The access token of a login: a JWT for the audience (with /userinfo as a second audience when openid was asked
 * for), or, without an audience, Auth0's token for /userinfo only, which looks like a JWE and means nothing to
 * anyone but the tenant.
 */
export async function loginAccessToken(issue: LoginIssue): Promise<string> {
  const { tenant, client, user, scope, audience, now } = issue;
  const iat = Math.floor(now / 1000);
  const issuer = `${tenant.origin}/`;
  if (audience) {
    return signJwt(issue.key, {
      iss: issuer,
      sub: user.userId,
      aud: scope.includes('openid') ? [audience, `${tenant.origin}/userinfo`] : audience,
      iat,
      exp: iat + 86400,
      azp: client.clientId,
      scope: scope.join(' '),
    });
  }
  const part = (value: string) => base64url.encode(value);
  const random = (n: number) => base64url.encode(crypto.getRandomValues(new Uint8Array(n)));
  const token = [
    part(JSON.stringify({ alg: 'dir', enc: 'A256GCM', iss: issuer })),
    '',
    random(12),
    random(48),
    random(16),
  ].join('.');
  opaqueTokens(issue.memory).set(token, { userId: user.userId, scope, expiresAt: now + 86400 * 1000 });
  return token;
}

/** The ID token of a login: the nonce it was asked with, and the hashes of what came with it from /authorize. */
export async function loginIdToken(
  issue: LoginIssue,
  hashes: { at_hash?: string; c_hash?: string } = {},
): Promise<string> {
  const iat = Math.floor(issue.now / 1000);
  return signJwt(issue.key, {
    iss: `${issue.tenant.origin}/`,
    sub: issue.user.userId,
    aud: issue.client.clientId,
    iat,
    exp: iat + 36000,
    ...profileClaims(issue.user, issue.scope, issue.now),
    ...(issue.sid ? { sid: issue.sid } : {}),
    ...(issue.nonce !== undefined ? { nonce: issue.nonce } : {}),
    ...hashes,
  });
}

/** The left half of SHA-256, base64url: at_hash and c_hash of RS256 tokens (OIDC Core §3.2.2.9). */
export async function leftHalfHash(value: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value)));
  return base64url.encode(digest.slice(0, 16));
}

export { randomHandle };
