import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { actions, app, appSettings, docs, grantTypes, logs } from './paths';

const said = (f: Facts) => (f.description ? ` Auth0 says: “${f.description}”.` : '');

/** Codes and PKCE, refresh tokens, polling grants, token exchange, rate limits, extensibility and sessions. */
export const flowTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.invalid-authorization-code': () => ({
    title: 'The authorization code is invalid',
    cause:
      'A code works once, for about a minute, for the application and redirect_uri it was issued to. Reusing it (a double exchange, a page reload) or sending it late fails.',
    fix: [
      'Log in again to get a fresh code and exchange it right away, once.',
      'Send the same client id and redirect_uri as in the /authorize request.',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.pkce-verifier': (f) => ({
    title: 'PKCE code verifier missing or wrong',
    cause: `The code was requested with a code_challenge; the token request must send the code_verifier whose SHA-256 it is.${said(f)}`,
    fix: [
      'Send the verifier you generated before /authorize (not the challenge), unchanged.',
      'Keep the verifier per login attempt; a new attempt needs its own pair.',
    ],
    docs: docs.pkce,
  }),
  'auth0.invalid-redirect-uri': (f) => ({
    title: 'redirect_uri missing or different',
    cause: `When /authorize got a redirect_uri, the token request must send exactly the same one, and it must be in Allowed Callback URLs.${said(f)}`,
    fix: [
      'Fill Redirect URI with the exact value sent to /authorize.',
      'Check Applications > Applications > your app > Settings > Allowed Callback URLs.',
    ],
    breadcrumb: [...appSettings, 'Application URIs', 'Allowed Callback URLs'],
    docs: docs.codeFlow,
  }),
  'auth0.missing-parameter': (f) => ({
    title: `Missing parameter: ${f.parameter ?? 'see description'}`,
    cause: `The tenant needs ${f.parameter ?? 'a parameter'} for this grant and did not get it${f.parameter === 'grant_type' ? ': check the body is JSON with content-type application/json, or form-encoded' : ''}.`,
    fix: [`Fill ${f.parameter ?? 'the named parameter'} and send again.`],
  }),
  'auth0.invalid-refresh-token': () => ({
    title: 'The refresh token is unknown, expired or revoked',
    cause:
      'Refresh tokens are revoked when the user’s grant is removed or a password changes, expire by the API’s lifetimes, and with rotation a used token is void (and reusing it revokes the whole family).',
    fix: [
      'Log the user in again for a new refresh token.',
      'With rotation on, always store the refresh token of the latest response.',
      'Check lifetimes under Applications > Applications > your app > Settings > Refresh Token Rotation / Expiration.',
    ],
    breadcrumb: [...appSettings, 'Refresh Token Rotation'],
    docs: docs.rotation,
  }),
  'auth0.missing-refresh-token': () => ({
    title: 'No refresh token to use',
    cause:
      'The SDK had no refresh token: the login did not ask for offline_access, the API does not allow offline access, or the application lacks the Refresh Token grant.',
    fix: [
      'Request scope offline_access at login.',
      'Applications > APIs > your API > Settings > Allow Offline Access: on.',
      'Applications > Applications > your app > Settings > Advanced Settings > Grant Types > Refresh Token: on.',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
  'auth0.authorization-pending': (f) => ({
    title: 'Still waiting for the user',
    cause: `${f.grant?.endsWith('device_code') ? 'The user has not entered the code on the activation page yet.' : f.grant?.includes('mfa-oob') ? 'The user has not approved the push notification or entered the code yet.' : 'The user has not approved the request yet.'} This is the normal answer while polling.`,
    fix: [
      'Keep polling at the interval the first response gave (5 seconds by default), until success, expired_token or access_denied.',
    ],
    docs: f.grant?.endsWith('device_code') ? docs.deviceFlow : docs.ciba,
  }),
  'auth0.slow-down': () => ({
    title: 'Polling too fast',
    cause: 'The requests came faster than the allowed interval.',
    fix: ['Add 5 seconds to the polling interval and keep it for the rest of this flow.'],
    docs: docs.deviceFlow,
  }),
  'auth0.expired-token': () => ({
    title: 'The device code expired',
    cause: 'The user did not approve before the device code’s expires_in ran out (15 minutes by default).',
    fix: ['Start over with POST /oauth/device/code and show the new user code.'],
    docs: docs.deviceFlow,
  }),
  'auth0.device-denied': () => ({
    title: 'The user declined on the activation page',
    cause: 'The device request was cancelled or denied by the user.',
    fix: ['Stop polling; start a new device authorization if the user wants to try again.'],
    docs: docs.deviceFlow,
  }),
  'auth0.device-code-invalid': (f) => ({
    title: 'The device code is invalid or used up',
    cause: `The device code expired, was already exchanged, or belongs to another application.${said(f)}`,
    fix: [
      'Start over with POST /oauth/device/code; poll with the device_code it returns.',
      'The application needs the Device Code grant (Settings > Advanced Settings > Grant Types).',
    ],
    breadcrumb: [...grantTypes, 'Device Code'],
    docs: docs.deviceFlow,
  }),
  'auth0.ciba-denied': () => ({
    title: 'The user denied the request, or it expired',
    cause: 'The backchannel (CIBA) request was declined on the user’s device or timed out.',
    fix: ['Stop polling; start a new backchannel authorization if needed.'],
    docs: docs.ciba,
  }),
  'auth0.delegation-depth': () => ({
    title: 'Delegation chain too deep',
    cause: 'Each on-behalf-of exchange nests an act claim; Auth0 allows at most four levels.',
    fix: ['Exchange the original subject token rather than a token that was itself exchanged.'],
    docs: docs.tokenExchange,
  }),
  'auth0.invalid-assertion': () => ({
    title: 'The assertion is invalid or expired',
    cause:
      'The JWT assertion (e.g. an identity assertion for cross-app access) failed validation: signature, audience or expiry.',
    fix: ['Obtain a fresh assertion from its issuer and send it at once; check its aud is this tenant.'],
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange': (f) => ({
    title: 'Token exchange refused',
    cause: `A custom token exchange needs a profile whose subject_token_type matches the one sent, and an Action that accepts the subject token.${said(f)}`,
    fix: [
      'Check the profile’s Subject Token Type equals Subject token type exactly (Token Exchange profiles, via the Management API).',
      'Check the Custom Token Exchange Action’s logs under Monitoring > Logs.',
      'The application needs the Token Exchange grant.',
    ],
    breadcrumb: logs,
    docs: docs.tokenExchange,
  }),
  'auth0.federated-refresh-token-missing': () => ({
    title: 'No stored refresh token for the federated connection',
    cause:
      'Token Vault has no refresh token for this user’s connection: the user logged in before Token Vault was enabled, or the connection did not return one.',
    fix: [
      'Enable Token Vault (Connected Accounts) on the connection, request offline access from the provider, and have the user log in again.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection'],
    docs: docs.tokenVault,
  }),
  'auth0.dpop-nonce': () => ({
    title: 'DPoP nonce required (send again)',
    cause:
      'The tenant wants a server-provided nonce in the DPoP proof. The answer carries it in the DPoP-Nonce header.',
    fix: ['Build a new DPoP proof including the nonce from the DPoP-Nonce header, and send again.'],
    docs: docs.dpop,
  }),
  'auth0.invalid-dpop-proof': () => ({
    title: 'The DPoP proof was refused',
    cause: 'The DPoP header’s JWT is malformed, signed with another key, or its htm/htu/iat do not fit this request.',
    fix: ['Sign a fresh proof for POST and this exact token URL, with the current time.'],
    docs: docs.dpop,
  }),
  'auth0.m2m-quota': (f) => ({
    title: 'Machine-to-machine token quota reached',
    cause: `The tenant issued as many client-credentials tokens as its plan allows this month.${said(f)}`,
    fix: [
      'Cache tokens until they expire instead of requesting one per call.',
      'Check Monitoring > Stats, and the plan’s quota.',
    ],
    breadcrumb: ['Monitoring', 'Stats'],
    docs: docs.rateLimits,
  }),
  'auth0.rate-limited': () => ({
    title: 'Rate limit exceeded',
    cause: 'Too many token requests for this tenant, client or IP in a short time.',
    fix: ['Wait until x-ratelimit-reset and send again; cache tokens instead of requesting new ones per call.'],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
  'auth0.extensibility-error': (f) => ({
    title: 'An Action, Rule or Hook failed',
    cause: `The tenant’s own code threw or timed out while issuing the token${f.grant === 'client_credentials' ? ' (credentials-exchange trigger, or a legacy client-credentials Hook)' : ''}.${said(f)}`,
    fix: [
      'Monitoring > Logs: open the failed exchange entry for the stack trace.',
      'Actions > Triggers: fix or detach the failing Action; test it with the Actions editor.',
    ],
    breadcrumb: actions,
    docs: docs.actions,
  }),
  'auth0.access-denied': (f) => ({
    title: 'Access denied',
    cause: `The tenant refused without a standard reason. Most often this is an Action calling api.access.deny() with this message, or an API or organization policy.${said(f)}`,
    fix: [
      'Monitoring > Logs: find this request’s entry; it names the Action or policy.',
      'Actions > Triggers (post-login, credentials-exchange): look for api.access.deny.',
    ],
    breadcrumb: logs,
    docs: docs.actions,
  }),
  'auth0.login-required': (f) => ({
    title: /multifactor/i.test(f.description ?? '') ? 'Silent login needs MFA' : 'Silent login found no session',
    cause:
      'A prompt=none request (getTokenSilently, checkSession) needs a live Auth0 session readable by the browser; third-party cookie blocking or an expired session prevents that.',
    fix: [
      'Use refresh tokens (useRefreshTokens) instead of silent iframes, or a custom domain on the same site.',
      'Fall back to an interactive login when this error comes back.',
    ],
    docs: docs.silentAuth,
  }),
  'auth0.consent-required': () => ({
    title: 'User consent required',
    cause:
      'The application is third-party, or the API does not allow skipping consent, and the user has not consented.',
    fix: [
      'Log in interactively once so the user can consent.',
      'For a first-party app: Applications > APIs > your API > Settings > Allow Skipping User Consent.',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings'],
    docs: docs.silentAuth,
  }),
  'auth0.interaction-required': () => ({
    title: 'User interaction required',
    cause: 'Silent login cannot finish: the user must do something (consent, MFA, a redirect in an Action).',
    fix: ['Fall back to an interactive login.'],
    docs: docs.silentAuth,
  }),
  'auth0.embedded-login-request': (f) => ({
    title: 'Malformed embedded-login request',
    cause: `The /co/authenticate call (auth0.js or Lock) is missing or mixing fields.${said(f)}`,
    fix: ['Update auth0.js or Lock, and pass realm, username and password as the SDK documents.'],
    docs: docs.crossOrigin,
  }),
  'auth0.unsupported-credential-type': () => ({
    title: 'Unknown credential type',
    cause: 'The embedded-login request named a credential_type the tenant does not know.',
    fix: ['Update auth0.js or Lock.'],
    docs: docs.crossOrigin,
  }),
  'auth0.embedded-authentication-error': () => ({
    title: 'Embedded login failed',
    cause:
      'The cross-origin authentication failed without details: often third-party cookies blocked, or the origin missing from Allowed Origins (CORS).',
    fix: ['Prefer Universal Login; otherwise use a custom domain on the same site and check Allowed Origins (CORS).'],
    breadcrumb: [...app, 'Settings', 'Cross-Origin Authentication'],
    docs: docs.crossOrigin,
  }),
};
