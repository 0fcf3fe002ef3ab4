import { auth0Errors } from './auth0-errors';
import { loginMemory } from './authorize';
import { grantedScopes, loginAccessToken, loginIdToken, type LoginIssue } from './login-tokens';
import type { GrantRequest, Answer } from './token';

const verifierFailed = [403, { error: 'invalid_grant', error_description: 'Failed to verify code verifier' }] as const;

/**
 * grant_type=authorization_code: the code /authorize issued, once, to the same client, with the same
 * redirect_uri, and with the PKCE verifier of its challenge (RFC 7636 §4.6); then the login's tokens.
 */
export async function authorizationCodeGrant({ params, client, context }: GrantRequest): Promise<Answer> {
  const codes = loginMemory(context.memory).codes;
  const code = params.get('code') ?? '';
  const issued = codes.get(code);
  // A code is spent by any attempt to redeem it, as Auth0 does: a second try fails even after a first failure.
  codes.delete(code);
  if (!issued || issued.expiresAt <= context.now || issued.clientId !== client.clientId) return auth0Errors.invalidCode;
  if (params.get('redirect_uri') !== issued.redirectUri) return auth0Errors.invalidCode;
  if (issued.challenge !== undefined) {
    const verifier = params.get('code_verifier');
    if (!verifier) return verifierFailed;
    const method = issued.challengeMethod ?? 'plain';
    const computed = method === 'S256' ? await s256(verifier) : verifier;
    if (computed !== issued.challenge) return verifierFailed;
  }
  const user = context.tenant.users.find((candidate) => candidate.userId === issued.userId);
  if (!user) return auth0Errors.invalidCode;
  const scope = grantedScopes(issued.scope, issued.audience, context.tenant);
  const issue: LoginIssue = {
    tenant: context.tenant,
    key: context.key,
    now: context.now,
    memory: context.memory,
    client,
    user,
    scope,
    ...(issued.audience ? { audience: issued.audience } : {}),
    ...(issued.nonce !== undefined ? { nonce: issued.nonce } : {}),
    sid: issued.sid,
  };
  const accessToken = await loginAccessToken(issue);
  const idToken = scope.includes('openid') ? await loginIdToken(issue) : undefined;
  return [
    200,
    {
      access_token: accessToken,
      ...(idToken ? { id_token: idToken } : {}),
      scope: scope.join(' '),
      expires_in: 86400,
      token_type: 'Bearer',
    },
  ];
}

/** RFC 7636 §4.2 S256, the tenant's side. */
async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest))
    .replaceAll('+', '-')
    .replaceAll('/', '_')
    .replaceAll('=', '');
}
