import { grantsOf, type CatalogueEntry } from './entry';

/** Refresh tokens: rotation, reuse, revocation, expiry, and the offline access that yields them. */
export const refresh: CatalogueEntry[] = [
  {
    id: 'auth0.refresh-token-revoked-by-action',
    errors: ['access_denied'],
    descriptions: [/refresh token revoked due to/i],
    grants: grantsOf.refresh,
    weight: 1,
  },
  {
    id: 'auth0.invalid-refresh-token',
    endpoints: ['/oauth/token', '/oauth/revoke', '/oauth/ro', '/delegation'],
    errors: ['invalid_grant', 'access_denied', 'invalid_token'],
    codes: ['failed_to_refresh_token', 'renew_failed', 'err_failed_refresh_grant'],
    descriptions: [
      // Rotation's reuse detection first: it has its own cause and its own setting.
      /(?<reuse>reuse)[ds]?\b.{0,60}refresh[ _]token/i,
      /refresh[ _]token.{0,60}\b(?<reuse>reuse)/i,
      /(?:unknown|invalid|expired|revoked).{0,200}refresh[ _]token/i,
      /refresh[ _]token.{0,200}(?:invalid|expired|revoked)/i,
      /error while trying to refresh/i,
      // The tenant log's words for a refresh token it cannot read or no longer has.
      /could not be decoded or is missing/i,
      /^the token has been revoked\.?$/i,
      // A credentials manager's or SDK's wrapper of a refused refresh: Auth0's answer is its cause.
      /use the refresh token to renew the credentials/i,
      /\bcredentials renewal failed/i,
      /request to refresh the access token failed/i,
    ],
  },
  {
    id: 'auth0.refresh-token-user-deleted',
    errors: ['invalid_grant'],
    descriptions: [/generated for a user who doesn'?t exist anymore/i],
    weight: 1,
  },
  {
    id: 'auth0.missing-refresh-token',
    codes: ['missing_refresh_token', 'no_refresh_token', 'err_expired_access_token'],
    descriptions: [
      /missing refresh token/i,
      /refresh token was not provided/i,
      /^no refresh token(?: available)?\.?$/i,
      /refresh token was not present/i,
      /requires a refresh token/i,
      // The mobile credentials managers, nextjs-auth0 and auth0-PHP when the stored login holds none.
      /no refresh token is available to renew/i,
      /(?:does not|doesn't) contain a refresh token/i,
      /a refresh token is not available/i,
    ],
    // "The access token has expired and a refresh token was not provided": none was ever issued, however expired
    // the access token is: these sentences outrank the expired-refresh-token patterns they also meet.
    weight: 4,
  },
  {
    // A refresh token sent for an application not allowed the Refresh Token grant.
    id: 'auth0.refresh-grant-not-enabled',
    descriptions: [/grant not found,? cannot refresh/i],
    weight: 2,
  },
];
