import type { DiagnosisText } from './generic';
import { apiAuthorizationSettings, apis, appSettings, docs, grantTypes } from './paths';

/** Texts of what the page notices about a request before it is sent. */
export const lintTexts = {
  passwordWithoutRealm: (): DiagnosisText => ({
    title: 'The password grant checks the Default Directory',
    cause:
      'grant_type=password names no connection, so Auth0 checks the tenant’s Default Directory. Without one it answers “Authorization server not configured with default connection”.',
    fix: [
      'Set Settings > General > API Authorization Settings > Default Directory to your database (usually Username-Password-Authentication),',
      'or choose the password-realm grant and put the database name in Realm.',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Directory'],
    docs: docs.ropg,
  }),
  clientCredentialsWithoutAudience: (): DiagnosisText => ({
    title: 'No audience for client credentials',
    cause:
      'A machine-to-machine token is always for one API; without audience Auth0 uses the Default Audience, or refuses.',
    fix: ['Set Audience to the API’s Identifier (Applications > APIs).'],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.m2m,
  }),
  secretFromBrowser: (): DiagnosisText => ({
    title: 'A client secret, sent from a browser',
    cause:
      'Auth0 answers browsers only for public clients (no secret), so expect a CORS block; and a real secret does not belong in a browser. Fine for a test tenant: the curl fallback takes over.',
    fix: [
      'Keep going: when the browser is blocked, copy the curl, run it, and paste its output.',
      'Rotate any production secret you typed here when you are done.',
    ],
    docs: docs.publicClients,
  }),
  scopeCommas: (): DiagnosisText => ({
    title: 'Scope has commas',
    cause: 'Scopes are separated by spaces (RFC 6749 §3.3); “openid,profile” is one unknown scope.',
    fix: ['Replace the commas with spaces.'],
    docs: docs.scopes,
  }),
  offlineAccess: (): DiagnosisText => ({
    title: 'offline_access asks for a refresh token',
    cause:
      'Auth0 issues one only when the API allows offline access and the application has the Refresh Token grant; otherwise the answer simply has no refresh_token.',
    fix: [
      'Applications > APIs > your API > Settings > Allow Offline Access: on.',
      'Applications > Applications > your app > Settings > Advanced Settings > Grant Types > Refresh Token: on.',
    ],
    breadcrumb: [...grantTypes, 'Refresh Token'],
    docs: docs.refreshTokens,
  }),
  dashboardDomain: (suggestion?: string): DiagnosisText => ({
    title: 'That is the Dashboard’s address, not your tenant’s',
    cause: `Token requests go to your tenant’s own domain${suggestion ? `, here probably ${suggestion}` : ''}, never to manage.auth0.com.`,
    fix: ['Copy the Domain from Applications > Applications > your app > Settings > Basic Information.'],
    breadcrumb: [...appSettings, 'Basic Information', 'Domain'],
  }),
  noAudienceUserGrant: (): DiagnosisText => ({
    title: 'No audience: the access token will be opaque',
    cause:
      'Without audience (and with no Default Audience), Auth0 returns an access token only for /userinfo, encrypted so that only Auth0 can read it.',
    fix: ['To call your API, set Audience to its Identifier (Applications > APIs).'],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  managementApiUserToken: (): DiagnosisText => ({
    title: 'A user token for the Management API is limited',
    cause:
      'With a user grant, the Management API (/api/v2/) audience yields only the *:current_user* scopes: the user may read and edit only their own profile. Admin scopes such as read:users need client credentials.',
    fix: [
      'For your own API, use its audience instead.',
      'For admin calls, use a machine-to-machine application with client credentials.',
    ],
    docs: docs.m2m,
  }),
  publicCodeWithoutVerifier: (): DiagnosisText => ({
    title: 'A public client exchanging a code sends its PKCE verifier',
    cause: 'Without a client secret, Auth0 requires the code_verifier matching the code_challenge sent to /authorize.',
    fix: ['Fill Code verifier.'],
    docs: docs.pkce,
  }),
};
