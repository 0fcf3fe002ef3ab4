import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { apiAuthorizationSettings, apis, app, appSettings, docs, grantCheckbox, grantTypes, logs } from './paths';

const said = (f: Facts) => (f.description ? ` Auth0 says: “${f.description}”.` : '');

/** Grants, clients, client authentication, APIs, audiences, client grants and scopes. */
export const clientTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.grant-not-allowed': (f) => ({
    title: `${grantCheckbox(f.grant)} grant not enabled for this application`,
    cause: `The application${f.clientId ? ` ${f.clientId}` : ''} may not use the ${f.grant ?? 'requested'} grant. An application starts with the grants of its type only; Password has been off by default since 2017, and single-page apps cannot have Client Credentials or Password at all.`,
    fix: [
      'Open the application: Applications > Applications > your app.',
      `Settings > Advanced Settings > Grant Types: tick “${grantCheckbox(f.grant)}”.`,
      'Save Changes, then send again.',
    ],
    breadcrumb: [...grantTypes, grantCheckbox(f.grant)],
    docs: docs.grantTypes,
  }),
  'auth0.unsupported-grant-type': (f) => ({
    title: 'Unknown or unsupported grant type',
    cause: `The tenant does not support grant_type ${f.grant ? `“${f.grant}”` : 'as sent'}: a typo (Auth0’s grants are case-sensitive URIs such as http://auth0.com/oauth/grant-type/password-realm), or a grant this tenant does not offer (CIBA, Token Exchange and Token Vault need their features enabled).${said(f)}`,
    fix: [
      'Pick the grant from the Grant type list instead of typing it.',
      'For a feature grant, enable the feature on the tenant first.',
    ],
    docs: docs.grantTypes,
  }),
  'auth0.client-authentication-failed': (f) => ({
    title: 'The application could not be authenticated',
    cause: `Auth0 answers a bare “Unauthorized” when the client id is unknown, the secret is wrong, or the way the secret is sent does not match the application’s Authentication Method. From a browser, it also means a confidential application was used where only a public one (Single Page Application or Native, Authentication Method None) may be.`,
    fix: [
      `Copy Client ID and Client Secret again from Applications > Applications > your app > Settings${f.clientId ? ` (you sent ${f.clientId})` : ''}; a rotated secret invalidates the old one.`,
      'Set Client authentication to match the app’s Credentials > Authentication Method: Client Secret (Post), Client Secret (Basic) or None.',
      'For a browser or PKCE flow: Application Type Single Page Application (or Native) with Authentication Method None, and no secret sent.',
    ],
    breadcrumb: [...app, 'Credentials', 'Authentication Method'],
    docs: docs.publicClients,
  }),
  'auth0.invalid-client': (f) => ({
    title: 'Client authentication failed (invalid_client)',
    cause: `The tenant could not authenticate the application: unknown client id, wrong secret, a public client sending a secret, or a private-key JWT it could not verify.${said(f)}`,
    fix: [
      'Copy Client ID and the credential again from Applications > Applications > your app.',
      'Match Client authentication to Credentials > Authentication Method.',
    ],
    breadcrumb: [...app, 'Credentials'],
    docs: docs.publicClients,
  }),
  'auth0.client-assertion': (f) => ({
    title: 'The client assertion (private key JWT) was refused',
    cause: `With Private Key JWT, the application signs a short-lived JWT (client_assertion) with its private key; Auth0 checks it against the public key registered on the application.${said(f)}`,
    fix: [
      'Check the assertion: iss and sub are the client id, aud is https://YOUR_DOMAIN/oauth/token, exp is within a few minutes, jti is unique.',
      'Check the signing key is registered under Applications > Applications > your app > Credentials, with the same kid.',
      'Send client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer.',
    ],
    breadcrumb: [...app, 'Credentials', 'Private Key JWT'],
    docs: docs.publicClients,
  }),
  'auth0.unknown-client': (f) => ({
    title: 'No application with this client id',
    cause: `The client id${f.clientId ? ` ${f.clientId}` : ''} does not belong to this tenant: a typo, an application deleted, or the client id of another tenant (each tenant has its own applications).`,
    fix: ['Copy the Client ID from Applications > Applications > your app > Settings of this very tenant.'],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
  }),
  'auth0.missing-client-id': () => ({
    title: 'No client_id was sent',
    cause: 'Every token request names its application, in client_id or in an HTTP Basic header.',
    fix: ['Fill Client ID (Applications > Applications > your app > Settings).'],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
  }),
  'auth0.unauthorized-client': (f) => ({
    title: 'This application may not do this',
    cause: `The tenant refused the application itself. Typical causes: a third-party application without a client grant for the API, an application type that cannot use this flow, or a disabled application.${said(f)}`,
    fix: [
      'Check the application’s type and grants: Applications > Applications > your app > Settings > Advanced Settings > Grant Types.',
      'For a third-party application, authorize it for the API (Applications > APIs > your API > Application Access).',
    ],
    breadcrumb: grantTypes,
    docs: docs.grantTypes,
  }),
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
  'auth0.legacy-endpoint-oidc': (f) => ({
    title: `The legacy /oauth/${f.endpoint ?? 'ro'} endpoint is closed to this application`,
    cause:
      'OIDC-conformant applications (all new ones) must use /oauth/token; /oauth/ro and /oauth/access_token are deprecated.',
    fix: ['Send the same credentials to /oauth/token with grant_type=password or password-realm, as this page does.'],
    docs: docs.ropg,
  }),
  'auth0.endpoint-disabled': () => ({
    title: 'Deprecated endpoint disabled',
    cause: 'This tenant has turned off a legacy endpoint (Tenant Settings > Advanced > Migrations).',
    fix: ['Move the call to /oauth/token with the matching grant.'],
    breadcrumb: ['Settings', 'Advanced', 'Migrations'],
  }),
  'auth0.service-not-found': (f) => ({
    title: `No API with identifier ${f.audience || 'as sent'}`,
    cause: `The audience${f.audience ? ` “${f.audience}”` : ''} is not the Identifier of any API of this tenant. It must match exactly: scheme, trailing slash and case included; the API’s name or id will not do.`,
    fix: ['Applications > APIs: copy the Identifier of the API you want.', 'Paste it into Audience and send again.'],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  'auth0.no-audience': () => ({
    title: 'No audience, and no default audience',
    cause: 'A client credentials request must name the API it wants a token for, in audience.',
    fix: [
      'Set Audience to the API’s Identifier (Applications > APIs).',
      'Or set a tenant-wide Default Audience: Settings > General > API Authorization Settings.',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Audience'],
    docs: docs.m2m,
  }),
  'auth0.client-not-authorized-for-api': (f) => ({
    title: `This application is not authorized for ${f.audience || 'the API'}`,
    cause:
      'A machine-to-machine token needs a client grant: the API must list this application as authorized, with the permissions it may get.',
    fix: [
      `Applications > APIs > ${f.audience || 'the API'} > Machine To Machine Applications.`,
      'Authorize this application, tick the permissions it needs, and Update.',
      'Send again.',
    ],
    breadcrumb: [...apis, 'Machine To Machine Applications'],
    docs: docs.m2m,
  }),
  'auth0.client-not-authorized-user-flow': (f) => ({
    title: `This application may not get user tokens for ${f.audience || 'the API'}`,
    cause:
      'The API restricts which applications may obtain tokens on behalf of users, and this application is not among them (or is a third-party application without consent).',
    fix: [
      `Applications > APIs > ${f.audience || 'your API'} > Application Access: allow this application for user access.`,
      'For a third-party application, check the user granted consent.',
    ],
    breadcrumb: [...apis, 'Application Access'],
    docs: docs.apis,
  }),
  'auth0.scopes-not-granted': (f) => ({
    title: `Scopes not granted: ${f.scope || 'some of those requested'}`,
    cause: 'The request asked for permissions the application’s client grant for this API does not include.',
    fix: [
      'Applications > APIs > your API > Machine To Machine Applications: expand this application and tick the missing permissions. Update.',
      'Or request only the scopes already granted.',
    ],
    breadcrumb: [...apis, 'Machine To Machine Applications', 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.invalid-scope': (f) => ({
    title: 'The scope is malformed or unknown',
    cause: `Scopes are one string separated by spaces (not commas), each defined for the API or one of openid, profile, email, address, phone, offline_access.${said(f)}`,
    fix: [
      'Write Scope as e.g. “openid profile read:messages”.',
      'Define custom scopes under Applications > APIs > your API > Permissions.',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.organization': (f) => ({
    title: 'Organization problem',
    cause: `The request names an organization the user, the application or the API is not set up for.${said(f)}`,
    fix: [
      'Organizations > your organization: check the connection is enabled and the user is a member.',
      'Applications > Applications > your app > Organizations: check the application may use organizations.',
    ],
    breadcrumb: ['Organizations', 'your organization'],
    docs: docs.organizations,
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
  'auth0.management-api-rate-limit': () => ({
    title: 'Management API rate limit, not a token error',
    cause:
      'This 429 has the Management API’s shape (statusCode, message, errorCode): a call made with the token hit the tenant’s Management API limit.',
    fix: ['Slow the calls down and honour the x-ratelimit-reset header; cache Management API results.'],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
};
