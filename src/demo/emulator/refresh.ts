import { auth0Errors } from './auth0-errors';
import { memorySlot, randomHandle, type TenantMemory } from './memory';
import { userTokens, type Answer, type GrantRequest, type Issue } from './token';

interface RefreshGrant {
  family: string;
  clientId: string;
  userId: string;
  audience?: string;
  scope?: string;
  /** Rotation: a refresh token works once; a second use is a reuse. */
  used: boolean;
}

const refreshTokens = memorySlot(() => new Map<string, RefreshGrant>());

/**
 * The tokens of a user login, with a refresh token when the login asked for offline_access and the application
 * may use the Refresh Token grant (Auth0 leaves it out otherwise, silently).
 */
export async function loginTokens(
  userId: string,
  audience: string | undefined,
  issue: Issue,
  memory: TenantMemory,
  family = randomHandle(12),
): Promise<Answer> {
  const answer = await userTokens(userId, audience, issue);
  const [status, body] = answer;
  const offline = issue.scope?.split(' ').includes('offline_access');
  if (status !== 200 || !offline || !issue.client.grantTypes.includes('refresh_token')) return answer;
  const token = randomHandle(32);
  refreshTokens(memory).set(token, {
    family,
    clientId: issue.client.clientId,
    userId,
    ...(audience ? { audience } : {}),
    ...(issue.scope ? { scope: issue.scope } : {}),
    used: false,
  });
  return [status, { ...(body as object), refresh_token: token }];
}

/**
 * grant_type=refresh_token: a new access token for the refresh token's user. With rotation the refresh token is
 * spent and a new one comes back; using a spent one again revokes the whole family (reuse detection), and Auth0
 * answers a reuse as it answers any unknown token.
 */
export async function refreshGrant({ params, client, context }: GrantRequest): Promise<Answer> {
  const tokens = refreshTokens(context.memory);
  const token = params.get('refresh_token') ?? '';
  const grant = tokens.get(token);
  if (!grant || grant.clientId !== client.clientId) return auth0Errors.invalidRefreshToken;
  if (grant.used) {
    revokeFamily(context.memory, grant.family);
    return auth0Errors.invalidRefreshToken;
  }
  const scope = params.get('scope') ?? grant.scope;
  const issue: Issue = {
    tenant: context.tenant,
    key: context.key,
    now: context.now,
    client,
    ...(scope ? { scope } : {}),
  };
  if (!client.refreshTokenRotation) return userTokens(grant.userId, grant.audience, issue);
  grant.used = true;
  return loginTokens(grant.userId, grant.audience, issue, context.memory, grant.family);
}

/** End a refresh token and every token of its family (RFC 7009; what Auth0's /oauth/revoke does). */
export function revokeRefreshToken(memory: TenantMemory, token: string, clientId: string): void {
  const grant = refreshTokens(memory).get(token);
  if (grant && grant.clientId === clientId) revokeFamily(memory, grant.family);
}

function revokeFamily(memory: TenantMemory, family: string): void {
  const tokens = refreshTokens(memory);
  for (const [token, grant] of tokens) if (grant.family === family) tokens.delete(token);
}
