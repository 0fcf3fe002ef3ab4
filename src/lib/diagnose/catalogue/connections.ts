import type { CatalogueEntry } from './entry';

/** Connections and realms: which user store a login goes to, and whether the application may use it. */
export const connections: CatalogueEntry[] = [
  {
    id: 'auth0.no-default-connection',
    errors: ['server_error', 'invalid_request'],
    descriptions: [
      /not configured with (?:a )?default (?:connection|directory)/i,
      /default (?:connection|directory) (?:is )?not (?:configured|set)/i,
    ],
  },
  {
    id: 'auth0.connection-not-found',
    endpoints: [
      '/oauth/token',
      '/authorize',
      '/co/authenticate',
      '/usernamepassword/login',
      '/oauth/ro',
      '/oauth/access_token',
      '/dbconnections/signup',
      '/dbconnections/change_password',
    ],
    errors: ['invalid_request', 'access_denied'],
    descriptions: [
      /connection (?:was )?not found/i,
      /connection (?:'[^'\n]{1,100}'|"[^"\n]{1,100}") (?:was )?not found/i,
      /connection'? (?:parameter )?is (?:invalid|unknown)/i,
      /connection .{0,200}does not exist/i,
      /unknown (?:realm|connection)/i,
      /realm .{0,60}(?:not found|does not exist|unknown)/i,
    ],
  },
  {
    id: 'auth0.connection-disabled',
    errors: ['invalid_request', 'access_denied', 'unauthorized_client'],
    // The Management API's word for a connection no application has on (a users import into it).
    codes: ['connection_is_disabled'],
    descriptions: [
      /connection (?:was|is) (?:disabled|not enabled)/i,
      /connection is not enabled for (?:this|the|any) (?:client|application)/i,
    ],
  },
  {
    id: 'auth0.no-connection-enabled',
    errors: ['invalid_request', 'access_denied'],
    descriptions: [
      /no (?:enabled )?connections? (?:are |is )?enabled for (?:the|this) (?:client|application)/i,
      /no authentication methods found for this client/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.strategy-not-supported',
    errors: ['invalid_request'],
    descriptions: [/strategy does not support/i, /invalid connection .{0,40}password grant/i],
  },
  {
    id: 'auth0.signup-disabled',
    errors: ['invalid_request', 'access_denied', 'invalid_signup', 'signup_disabled'],
    descriptions: [/sign[ -]?ups? (?:is |are )?(?:disabled|not allowed)/i],
  },
  {
    id: 'auth0.home-realm-mismatch',
    codes: ['hrd.not_matching_email'],
    descriptions: [/home realm discovery/i, /(?:does not|doesn't) match any (?:enterprise )?(?:directory|connection)/i],
  },
  {
    // The social or enterprise provider refused Auth0 itself: the connection's credentials on either side.
    id: 'auth0.social-connection-error',
    descriptions: [
      /error from (?:the )?(?<connection>[\w.-]{1,40}(?: [\w.-]{1,40}){0,2}) connection/i,
      /(?:invalid|unexpected|bad|error) response from (?:the )?(?:identity provider|idp|social provider)/i,
      // The provider's own app refused Auth0's /login/callback (Twitter's "Callback URL not approved…").
      /callback url .{0,40}not approved/i,
      /provided client secret is invalid/i,
    ],
  },
  {
    // The enterprise identity provider (Okta, Entra ID) refused the user: not assigned to its application there.
    id: 'auth0.idp-user-not-assigned',
    errors: ['access_denied'],
    descriptions: [
      /user is not assigned to the client application/i,
      /AADSTS50105/i,
      /not assigned to a role for the application/i,
    ],
    weight: 2,
  },
  {
    // A connection named in the request that this application may not use by name (a third-party or DCR client).
    id: 'auth0.connection-not-domain',
    descriptions: [
      /(?<connection>[\w.-]{1,60}) does not exist or is not a domain connection/i,
      /not a domain (?:level )?connection/i,
    ],
    weight: 1,
  },
  {
    // Microsoft Entra ID (Azure AD) refused the login, with its own AADSTS code.
    id: 'auth0.entra-error',
    descriptions: [/\bAADSTS(?<aadsts>\d{4,8})\b/],
    weight: 1,
  },
  {
    // An encrypted SAML assertion Auth0 cannot decrypt: the IdP encrypted it for another certificate or algorithm.
    id: 'auth0.saml-decrypt-failed',
    endpoints: ['/authorize'],
    descriptions: [
      /oaep decoding error/i,
      /(?:failed to|unable to|could not|cannot) decrypt .{0,40}(?:saml|assertion|response)/i,
      /encrypted ?assertion .{0,40}(?:invalid|failed|error)/i,
    ],
    weight: 2,
  },
  {
    // A SAML response the identity provider sent unasked (IdP-initiated): the connection must accept and route it.
    id: 'auth0.saml-idp-initiated',
    descriptions: [/idp[- ]initiated/i, /unsolicited (?:saml )?response/i],
    weight: 1,
  },
  {
    // Auth0 as a SAML service provider (/login/callback): the assertion is for another SP Entity ID.
    id: 'auth0.saml-audience-invalid',
    endpoints: ['/authorize'],
    descriptions: [
      /audience is invalid\.? ?(?:configured:? ?(?<spEntityId>[^\s,;)]{1,300}))?/i,
      /(?:saml )?audience ?restriction .{0,80}(?:invalid|mismatch|does not match)/i,
      /spnamequalifier attribute .{0,60}does not match/i,
    ],
    weight: 2,
  },
  {
    // The assertion's signature or signing certificate is not the one configured for the SAML connection.
    id: 'auth0.saml-signature-invalid',
    endpoints: ['/authorize'],
    descriptions: [
      /invalid thumbprint/i,
      /signature check errors/i,
      /signing certificate is (?:invalid|not currently valid)/i,
      /signature (?:is missing|was found more than one time) \(xpath/i,
      /invalid (?:document |assertion |saml )?signature .{0,40}saml/i,
      /saml (?:response|assertion) .{0,40}signature/i,
      /^unable to verify (?:the )?signature\.?$/im,
    ],
    weight: 2,
  },
  {
    id: 'auth0.enterprise-oidc-client-auth',
    descriptions: [/server responded with a challenge in the www-authenticate/i],
    bodies: [/"oauthError"\s*:\s*"(?:unauthorized|invalid_client)"/],
    // A tenant log of a login a rule or Action denied carries the same oauthError with its reason.
    unless: [/"(?:message|description)"\s*:\s*"access denied\.?"/i],
  },
  {
    id: 'auth0.enterprise-dpop',
    codes: ['dpop_signing_alg'],
    bodies: [/"error"\s*:\s*"dpop_signing_alg"/],
  },
  {
    // The social or enterprise provider refused Auth0's own redirect back (its /login/callback), not your app's.
    id: 'auth0.idp-redirect-uri-not-registered',
    descriptions: [
      /\bredirect_uri_mismatch\b/i,
      /URL Blocked: This redirect failed because the redirect URI is not (?:whitelisted|allowed)/i,
      /redirect_uri MUST match the registered callback URL for this application/i,
      /redirect_uri does not match the registered value/i,
      /invalid web redirect url/i,
    ],
    weight: 3,
  },
  {
    // Google (and others) refuse a login shown inside an app's web view: an embedded user agent.
    id: 'auth0.idp-embedded-webview',
    descriptions: [/\bdisallowed_useragent\b/i, /classified as an embedded user-?agent/i],
    weight: 3,
  },
];
