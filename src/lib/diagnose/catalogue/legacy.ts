import type { CatalogueEntry } from './entry';

/** Embedded login (/co/authenticate, /usernamepassword/login) and legacy endpoints (/oauth/ro, /oauth/access_token…). */
export const legacy: CatalogueEntry[] = [
  {
    id: 'auth0.cross-origin-login-disabled',
    errors: ['unauthorized_client', 'access_denied'],
    descriptions: [/cross[- ]origin login not allowed/i],
  },
  {
    // Embedded login's second step: the browser kept no cookie of the first (third-party cookies blocked).
    id: 'auth0.cross-origin-verification',
    descriptions: [
      /unable to configure verification page/i,
      /no verifier returned/i,
      /(?:unknown|invalid|expired) login[_ ]ticket/i,
      /login[_ ]ticket .{0,40}(?:invalid|expired|not found|unknown)/i,
      /cross[- ]origin verification/i,
    ],
    weight: 1,
  },
  {
    // Embedded password login (/usernamepassword/login, Lock on your own page) for an OIDC Conformant application.
    id: 'auth0.oidc-conformant-embedded',
    descriptions: [
      /password login is disabled for clients using externally hosted login pages/i,
      /oidc[_ ]conformant flag/i,
    ],
    weight: 1,
  },
  {
    // Lock's own words for any answer it has no message for: the answer itself is in the browser's network panel.
    id: 'auth0.lock-generic-error',
    descriptions: [/we'?re sorry, something went wrong when attempting to (?:log ?in|sign ?up)/i],
  },
  { id: 'auth0.origin-not-allowed', bodies: [/^\s*Origin (?<origin>\S+) is not allowed\.?\s*$/i], status: [403] },
  {
    id: 'auth0.embedded-login-request',
    errors: ['invalid_request'],
    descriptions: [/all and only of client_id, credential_type/i, /^invalid request body\.? all and only/i],
  },
  { id: 'auth0.unsupported-credential-type', codes: ['unsupported_credential_type'] },
  {
    id: 'auth0.embedded-authentication-error',
    errors: ['access_denied'],
    descriptions: [/^authentication error\.?$/i],
  },
  { id: 'auth0.empty-preflight', bodies: [/^\s*$/], status: [200, 204] },
  {
    id: 'auth0.legacy-endpoint-oidc',
    errors: ['invalid_request', 'unauthorized_client'],
    descriptions: [/OIDC conformant clients cannot use \/oauth\/(?<legacy>ro|access_token)/i],
  },
  {
    id: 'auth0.endpoint-disabled',
    codes: ['endpoint_disabled'],
    descriptions: [
      /endpoint (?:is )?disabled/i,
      /legacy lock api/i,
      /(?:feature|endpoint|api) is (?:being )?deprecated/i,
    ],
  },
  {
    // A legacy endpoint that tenants created after its deprecation do not have at all.
    id: 'auth0.legacy-endpoint-gone',
    endpoints: ['/delegation', '/tokeninfo', '/oauth/ro', '/oauth/access_token', '/user/ssodata'],
    status: [404],
    byStatus: true,
    // A person's words: a 404 from one of these paths.
    descriptions: [
      /\b404\b.{0,120}\/(?:oauth\/ro|delegation|tokeninfo|user\/ssodata)\b|\/(?:oauth\/ro|delegation|tokeninfo|user\/ssodata)\b.{0,120}\b404\b/,
    ],
  },
  { id: 'auth0.method-not-allowed', codes: ['method_not_allowed'] },
  {
    id: 'auth0.legacy-id-token',
    endpoints: ['/tokeninfo', '/delegation'],
    onlyAt: true,
    codes: ['invalid_token'],
    errors: ['invalid_grant', 'invalid_request'],
    descriptions: [/(?:invalid|expired|malformed) id_token/i, /id_token .{0,40}(?:invalid|expired)/i],
  },
  {
    id: 'auth0.revoke-token-type',
    codes: ['unsupported_token_type'],
    descriptions: [/only refresh tokens/i],
  },
  {
    id: 'auth0.legacy-idp-token',
    endpoints: ['/oauth/access_token'],
    errors: ['invalid_request', 'invalid_token'],
    descriptions: [/invalid access_token/i],
  },
];
