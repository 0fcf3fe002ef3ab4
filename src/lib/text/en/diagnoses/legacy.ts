import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { app, appSettings, docs, logs, said } from './paths';

/** Embedded login and legacy endpoints. */
export const legacyTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.cross-origin-login-disabled': () => ({
    title: 'Cross-origin login is off for this application',
    cause: 'Embedded login (auth0.js login() or Lock on your own domain) needs Cross-Origin Authentication.',
    fix: [
      'Applications > Applications > your app > Settings > Cross-Origin Authentication: turn on Allow Cross-Origin Authentication.',
      'Add your site to Allowed Origins (CORS); prefer Universal Login where you can.',
    ],
    breadcrumb: [...appSettings, 'Cross-Origin Authentication'],
    docs: docs.crossOrigin,
  }),
  'auth0.origin-not-allowed': (f) => ({
    title: `Origin ${f.origin ?? f.pageOrigin} is not allowed`,
    cause:
      'The tenant refused a cross-origin call from this origin: it is not in the application’s Allowed Origins (CORS).',
    fix: [
      `Add ${f.origin ?? f.pageOrigin} to Applications > Applications > your app > Settings > Allowed Origins (CORS) and Allowed Web Origins. Save.`,
    ],
    breadcrumb: [...appSettings, 'Application URIs', 'Allowed Origins (CORS)'],
    docs: docs.cors,
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
  'auth0.empty-preflight': (f) => ({
    title: 'An empty answer: a preflight the tenant did not allow',
    cause: `This is what a CORS preflight (OPTIONS) looks like when the origin is not allowed: 2xx, no body, no Access-Control-Allow-Origin. The browser then never sends the real request.`,
    fix: [
      `For a public client, add ${f.pageOrigin} to Allowed Web Origins and Allowed Origins (CORS).`,
      'Otherwise run the request with curl and paste its output.',
    ],
    breadcrumb: [...appSettings, 'Application URIs', 'Allowed Web Origins'],
    docs: docs.cors,
  }),
  'auth0.legacy-endpoint-oidc': (f) => ({
    title: `The legacy /oauth/${f.legacy ?? 'ro'} endpoint is closed to this application`,
    cause:
      'OIDC-conformant applications (all new ones) must use /oauth/token; /oauth/ro and /oauth/access_token are deprecated.',
    fix: ['Send the same credentials to /oauth/token with grant_type=password or password-realm, as this page does.'],
    docs: docs.legacy,
  }),
  'auth0.endpoint-disabled': () => ({
    title: 'Deprecated endpoint disabled',
    cause: 'This tenant has turned off a legacy endpoint (Tenant Settings > Advanced > Migrations).',
    fix: ['Move the call to /oauth/token with the matching grant.'],
    breadcrumb: ['Settings', 'Advanced', 'Migrations'],
    docs: docs.legacy,
  }),
  'auth0.method-not-allowed': (f) => ({
    title: `Wrong HTTP method for ${f.endpoint ?? 'this endpoint'}`,
    cause:
      'The endpoint exists but not for this method: token and revoke endpoints take POST, /userinfo and the discovery documents GET.',
    fix: [
      'Send with the endpoint’s method (check a hand-written curl for -X, or a redirect that turned POST into GET).',
    ],
  }),
  'auth0.legacy-id-token': (f) => ({
    title: 'The id_token sent to a legacy endpoint was refused',
    cause: `${f.endpoint ?? 'The endpoint'} reads an ID token: it must be unexpired, signed by this tenant, and issued to this application.${said(f)}`,
    fix: [
      'Send a fresh id_token from a new login of this application.',
      '/tokeninfo and /delegation are deprecated: read the profile at /userinfo with an access token instead.',
    ],
    docs: docs.legacy,
  }),
  'auth0.revoke-token-type': () => ({
    title: '/oauth/revoke revokes refresh tokens only',
    cause:
      'Auth0 revokes refresh tokens at /oauth/revoke; access tokens are not revocable there (they expire), and other token types are refused.',
    fix: [
      'Send the refresh_token as token (with the application’s credentials).',
      'For access tokens, keep lifetimes short, or revoke the user’s sessions and grants in the Dashboard.',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.legacy-idp-token': (f) => ({
    title: 'The identity provider’s access token was refused',
    cause: `/oauth/access_token logs a user in with a social provider’s own access token (Facebook, Google…); the provider said this one is invalid or expired, or it was issued to another app than the connection’s.${said(f)}`,
    fix: [
      'Get a fresh token from the provider’s SDK, for the app whose keys the connection uses (Authentication > Social > your connection).',
      'Prefer Native Social Login (token exchange at /oauth/token) on new code.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection'],
    docs: docs.legacy,
  }),
  'auth0.cross-origin-verification': (f) => ({
    title: 'Embedded login could not finish: third-party cookies',
    cause: `Embedded login (Lock or auth0.js on your own domain) logs in with /co/authenticate and then finishes in /authorize with a cookie Auth0 set in the first step. The browser kept no such cookie, because it blocks third-party cookies (Safari, Brave, Chrome in incognito or with the new cookie rules), or the login ticket was used, expired or from another session.${said(f)}`,
    fix: [
      'Best: use Universal Login (a redirect to /authorize) instead of embedded login, or a custom domain on your site’s own domain (Branding > Custom Domains) so Auth0’s cookies are first-party.',
      'Otherwise host a cross-origin verification page (a page calling webAuth.crossOriginVerification()) and set its URL in Applications > your app > Settings > Cross-Origin Authentication > Cross-Origin Verification Fallback.',
      'Check your site is in Allowed Web Origins and Allowed Origins (CORS), and that Allow Cross-Origin Authentication is on.',
    ],
    breadcrumb: [...appSettings, 'Cross-Origin Authentication'],
    docs: docs.crossOrigin,
  }),
  'auth0.legacy-endpoint-gone': (f) => ({
    title: `${f.endpoint ?? 'This legacy endpoint'} does not exist on this tenant`,
    cause:
      'Tenants created after the legacy endpoints were deprecated do not have them at all (/delegation, /tokeninfo, /oauth/ro, /user/ssodata answer 404), and older tenants turn them off under Migrations. An old SDK or Lock version still calls them.',
    fix: [
      'Upgrade the SDK (Lock 11+, auth0.js 9+, current mobile SDKs), which no longer calls legacy endpoints.',
      'Replace the call: /tokeninfo with /userinfo (or validate the ID token locally), /delegation with a refresh token or silent authentication, /oauth/ro with /oauth/token and the password-realm grant (for passwordless codes, the Passwordless OTP grant: http://auth0.com/oauth/grant-type/passwordless/otp), /user/ssodata with checkSession.',
    ],
    docs: docs.legacy,
  }),
  'auth0.lock-generic-error': () => ({
    title: 'Lock’s message for an answer it does not name',
    cause:
      'Lock shows “We’re sorry, something went wrong…” for any answer it has no message of its own for: an MFA challenge an older Lock cannot show (mfa_required), a rule or Action that failed, a server error or an Auth0 incident, or a request that never got an answer. The real answer is in the request Lock made.',
    fix: [
      'Open the browser’s developer tools > Network, repeat the login or signup, and open the failed request to your tenant (/co/authenticate, /usernamepassword/login, /oauth/token or /dbconnections/signup): paste its response here.',
      'Monitoring > Logs: the failed login or signup at that time names the error.',
      'If every login fails at once, including on a fresh test application, check status.auth0.com for an incident.',
    ],
    breadcrumb: logs,
    docs: docs.crossOrigin,
  }),
  'auth0.oidc-conformant-embedded': (f) => ({
    title: 'Embedded password login is closed to OIDC Conformant applications',
    cause: `The application is OIDC Conformant, and for those Auth0 refuses the legacy embedded password login that a login form on your own site (an old Lock, auth0.js before 9, a CMS plugin) sends.${said(f)}`,
    fix: [
      'Log in through Universal Login (a redirect to /authorize), or upgrade to Lock 11 / auth0.js 9, which log in with cross-origin authentication.',
      'Only for an old integration you cannot change: Applications > your app > Settings > Advanced Settings > OAuth > OIDC Conformant: off.',
    ],
    breadcrumb: [...appSettings, 'Advanced Settings', 'OAuth', 'OIDC Conformant'],
    docs: docs.crossOrigin,
  }),
};
