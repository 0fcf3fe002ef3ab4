import { namesAudienceOrScope, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { actions, appSettings, docs, grantTypes, said } from './paths';

/** Refresh tokens. */
export const refreshTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.refresh-token-revoked-by-action': (f) => ({
    title: 'An Action refused (or revoked) this refresh token',
    cause: `The refresh grant runs the Post Login Actions too, and one of them denied it or revoked the token (api.refreshToken.revoke, api.access.deny) with its own reason.${said(f)}`,
    fix: [
      'Actions > Triggers > post-login: find the Action that checks refresh-token exchanges (event.transaction.protocol is oauth2-refresh-token), and its real-time logs.',
      'Log the user in again for a new refresh token if the revocation was meant.',
    ],
    breadcrumb: [...actions, 'post-login'],
    docs: docs.actions,
  }),
  'auth0.invalid-refresh-token': (f) =>
    f.reuse
      ? {
          title: 'A rotated refresh token was used a second time',
          cause:
            'With Refresh Token Rotation, each refresh token works once: the answer carries the next one. Sending a used one again is taken as theft, and the whole family of tokens is revoked. It happens when two tabs, requests or retries refresh at once, or when the app keeps the old token instead of the new one.',
          fix: [
            'Refresh one at a time (a lock or a single in-flight request) and always store the refresh token of the latest response.',
            'Applications > Applications > your app > Settings > Refresh Token Rotation: set a Reuse Interval (a few seconds) so a concurrent retry is not taken as reuse.',
            'Log the user in again: the revoked family cannot be refreshed.',
          ],
          breadcrumb: [...appSettings, 'Refresh Token Rotation', 'Reuse Interval'],
          docs: docs.rotation,
        }
      : {
          title: 'The refresh token is unknown, expired or revoked',
          cause:
            'Refresh tokens are revoked when the user’s grant is removed or a password changes, expire by the API’s lifetimes, and with rotation a used token is void (and reusing it revokes the whole family).',
          fix: [
            'With Refresh Token Rotation on (Applications > Applications > your app > Settings), each refresh token works once: store the refresh token of every response, and refresh one at a time. Two tabs, parallel requests, a retry, or an SDK told to skip its cache (cacheMode off) all send the same token twice; a Reuse Interval absorbs the overlap.',
            'If refreshes fail after a quiet spell: the Inactivity (idle) Lifetime under Refresh Token Expiration is shorter than the time between refreshes; make it longer. An absolute lifetime ends the token whatever you do.',
            'A logout, a password change or revoking the user’s grant (also from another device, or the SDK’s clear/revoke call) revokes every refresh token of that grant: stop refreshing after it.',
            'Send the token as it was issued, to the application it was issued to: the same client_id (and secret), not quoted, cut, or URL-encoded twice.',
            'Then log the user in again: a revoked or expired refresh token never works again.',
          ],
          breadcrumb: [...appSettings, 'Refresh Token Rotation'],
          docs: docs.rotation,
        },
  'auth0.refresh-token-user-deleted': () => ({
    title: 'The user of this refresh token was deleted',
    cause: 'The refresh token belongs to a user that no longer exists.',
    fix: ['Discard the token and log the user in again.'],
    docs: docs.refreshTokens,
  }),
  'auth0.missing-refresh-token': (f) => ({
    title: 'No refresh token to use',
    cause:
      'The SDK had no refresh token: the login did not ask for offline_access, the API does not allow offline access, or the application lacks the Refresh Token grant.',
    fix: [
      ...(namesAudienceOrScope(f)
        ? [
            'The SDK keeps refresh tokens per audience and scope: one login never asked for this audience with these scopes. Log in once asking for them (with offline_access), or ask getTokenSilently for scopes that API allows.',
          ]
        : []),
      'Request scope offline_access at login.',
      'Applications > APIs > your API > Settings > Allow Offline Access: on.',
      'Applications > Applications > your app > Settings > Advanced Settings > Grant Types > Refresh Token: on.',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
  'auth0.refresh-grant-not-enabled': (f) => ({
    title: 'This application may not use refresh tokens',
    cause: `A refresh token was sent to /oauth/token, and the application is not allowed the Refresh Token grant, so Auth0 found no grant to refresh under. Allow Offline Access on the API alone is not enough.${said(f)}`,
    fix: [
      'Applications > Applications > your app > Settings > Advanced Settings > Grant Types: tick Refresh Token, and save.',
      'Keep Allow Offline Access on the API (Applications > APIs > your API > Settings) and ask for the offline_access scope at login; then log in again to get a refresh token the application may use.',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
};
