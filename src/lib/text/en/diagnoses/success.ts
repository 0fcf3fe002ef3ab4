import type { DiagnosisText } from './generic';
import { apis, docs, grantTypes } from './paths';

/**
 * Texts of the checks on a successful token response. The checks judge times as of the moment the answer arrived
 * (a clock tick does not redo them), so the texts say so; the decoded tokens below keep their times current.
 */
export const successTexts = {
  opaqueNoAudience: (audienceSent: boolean): DiagnosisText => ({
    title: 'The access token is opaque: only good for /userinfo',
    cause: audienceSent
      ? 'An audience was sent, yet the token is not a JWT you can read: the API may have token encryption (JWE) on, or the audience was not applied.'
      : 'No audience was sent, so Auth0 issued an access token for its own /userinfo endpoint, encrypted for itself. Your API cannot validate it.',
    fix: [
      'Send audience=YOUR_API_IDENTIFIER (Applications > APIs), or set a Default Audience under Settings > General > API Authorization Settings.',
    ],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  audienceMismatch: (requested: string, got: string): DiagnosisText => ({
    title: 'The token is for another audience',
    cause: `You asked for ${requested}, and the token’s aud is ${got}. An API checking its own identifier will reject it.`,
    fix: ['Send exactly the API’s Identifier as Audience; check for a missing or extra trailing slash.'],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  issuerMismatch: (expected: string, got: string): DiagnosisText => ({
    title: 'The issuer is not the tenant you called',
    cause: `Expected iss ${expected}, got ${got}. With a custom domain, Auth0 issues tokens with the domain the request used; an API configured with the other domain rejects them.`,
    fix: [
      'Configure your API’s issuer as exactly the iss above, trailing slash included, or request tokens through the domain your API expects.',
    ],
  }),
  expired: (): DiagnosisText => ({
    title: 'The new token was already expired when it arrived',
    cause:
      'When the answer arrived, the token’s exp was already in the past by this computer’s clock: either its clock is far off, or the API’s token lifetime is tiny.',
    fix: ['Check this computer’s clock.', 'Check Applications > APIs > your API > Settings > Token Expiration.'],
    breadcrumb: [...apis, 'Settings', 'Token Expiration'],
  }),
  clockSkew: (claim: string): DiagnosisText => ({
    title: `Clock skew: ${claim} was in the future when the token arrived`,
    cause:
      'When the answer arrived, this computer’s clock was behind the tenant’s; an API on such a machine will reject the token as not yet valid.',
    fix: ['Sync the clock (NTP), or allow a little clock tolerance in the API’s validation.'],
  }),
  scopesMissing: (missing: string[]): DiagnosisText => ({
    title: `Scopes requested but not granted: ${missing.join(' ')}`,
    cause:
      'Auth0 grants only the scopes the API defines and the user or application is allowed (RBAC permissions, client grants, or an Action removing them).',
    fix: [
      'Define the scopes under Applications > APIs > your API > Permissions.',
      'For client credentials, tick them for this application under Machine To Machine Applications; with RBAC, assign them to the user’s roles.',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  noIdToken: (openidRequested: boolean): DiagnosisText => ({
    title: 'No ID token',
    cause: openidRequested
      ? 'openid was requested but no id_token came back: check the grant supports it and no Action removed it.'
      : 'An ID token is issued only when scope contains openid.',
    fix: ['Add openid (and profile email if you want them) to Scope.'],
    docs: docs.scopes,
  }),
  noRefreshToken: (requested: boolean): DiagnosisText => ({
    title: 'No refresh token',
    cause: requested
      ? 'offline_access was requested, but no refresh_token came back: the API does not allow offline access, or the application lacks the Refresh Token grant.'
      : 'A refresh token is issued only for scope offline_access, on an API that allows offline access, to an application with the Refresh Token grant.',
    fix: [
      ...(requested ? [] : ['Add offline_access to Scope.']),
      'Applications > APIs > your API > Settings > Allow Offline Access: on.',
      'Applications > Applications > your app > Settings > Advanced Settings > Grant Types > Refresh Token: on.',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
  managementApiUserToken: (scopes: string[]): DiagnosisText => ({
    title: 'A user token for the Auth0 Management API',
    cause: `The audience is the Management API (/api/v2/) and the token belongs to a user, so it carries only the *:current_user* scopes${scopes.length ? ` (${scopes.length} here)` : ''}: the user may read and change their own profile, metadata, devices and linked identities, and nothing else. Admin endpoints such as GET /api/v2/users need a machine-to-machine token.`,
    fix: [
      'To call your own API, create it under Applications > APIs and use its Identifier as Audience.',
      'For admin calls, use client credentials with a Machine to Machine application authorized for the Management API.',
    ],
    breadcrumb: ['Applications', 'APIs', 'Auth0 Management API', 'Machine To Machine Applications'],
    docs: docs.m2m,
  }),
  sharedSecretAlgorithm: (): DiagnosisText => ({
    title: 'Access token signed with HS256',
    cause:
      'The API signs with a shared secret: every party that verifies can also forge tokens. RS256 is Auth0’s default for good reason.',
    fix: [
      'Applications > APIs > your API > Settings > Signing Algorithm: RS256, then validate with the tenant’s JWKS.',
    ],
    breadcrumb: [...apis, 'Settings', 'Signing Algorithm'],
  }),
  tokenIssued: (grant?: string): DiagnosisText => ({
    title: 'Token issued',
    cause: `The tenant issued tokens${grant ? ` for the ${grant} grant` : ''}. The checks below compare them with what was asked, as of when they arrived; the decoded tokens follow, with their times kept current.`,
    fix: [],
  }),
};
