import { grantsOf, type CatalogueEntry } from './entry';

/** APIs and what a token may be for: audiences, client grants, scopes, permissions and the Default Audience. */
export const apis: CatalogueEntry[] = [
  {
    id: 'auth0.service-not-found',
    // Where `audience` is a parameter of the request; a SAML assertion's Audience is another thing.
    endpoints: [
      '/oauth/token',
      '/authorize',
      '/oauth/device/code',
      '/bc-authorize',
      '/oauth/par',
      '/oauth/ro',
      '/delegation',
      '/co/authenticate',
      '/usernamepassword/login',
    ],
    errors: ['access_denied', 'invalid_request', 'invalid_target'],
    // An audience of the wrong type is a malformed request, not an unknown API.
    // The API's own check of a token's aud (express-jwt's "jwt audience invalid") is the API's entry.
    unless: [
      /invalid audience\. expected type/i,
      /\bjwt audience invalid/i,
      /\b(?:JWTClaimsError|InvalidAudienceError)\b/,
    ],
    descriptions: [
      // The identifier without the quote or full stop a sentence closes it with (`…: 'YOUR_API_IDENTIFIER'.`).
      /service not (?:found|enabled within domain):? ?['"“‘`]?(?<audience>[^\s'"”’`]{0,300}[^\s'"”’`.,;)])?/i,
      /audience (?:is )?(?:invalid|not found|does not exist)/i,
      /invalid audience(?: specified)?\b/i,
    ],
  },
  {
    id: 'auth0.no-audience',
    errors: ['access_denied', 'invalid_request'],
    descriptions: [
      /no audience parameter was provided/i,
      /audience (?:parameter )?is required/i,
      // No audience and no Default Audience: the token would be for the retired API v1.
      /not allowed access to apiv1/i,
    ],
  },
  {
    // A third-party application (DCR-registered MCP clients among them) asked for no API: /userinfo alone is refused.
    id: 'auth0.third-party-audience',
    descriptions: [
      /audience is not allowed for third[- ]party (?:clients|applications)/i,
      /third[- ]party (?:clients|applications) .{0,60}(?:valid api audience|must (?:specify|request) an? (?:api|audience))/i,
    ],
    weight: 2,
  },
  {
    id: 'auth0.client-not-authorized-for-api',
    errors: ['access_denied', 'unauthorized_client'],
    descriptions: [
      /client (?:"[^"]*" )?is not authorized to access "?(?<audience>[^"\s]+?)"?\.?(?: you (?:need|might)|$)/i,
      /create a "?client-grant"?/i,
    ],
  },
  {
    id: 'auth0.client-not-authorized-user-flow',
    errors: ['invalid_request', 'access_denied', 'unauthorized_client'],
    notGrants: grantsOf.clientCredentials,
    descriptions: [/is not authorized to access resource server(?: "?(?<audience>[^"\s]*)"?)?/i],
  },
  {
    id: 'auth0.scopes-not-granted',
    errors: ['access_denied', 'invalid_scope'],
    descriptions: [/(?:client )?has not been granted (?:the )?(?:requested )?scopes?:? ?(?<scope>.*?)\.?$/im],
  },
  {
    id: 'auth0.offline-access-client-credentials',
    errors: ['access_denied', 'invalid_scope'],
    // Only when the answer names offline_access: a bare access_denied to a client credentials request is not this.
    requires: [/offline_access/i],
    descriptions: [/not been granted scopes?:? ?offline_access\.?$/i],
    grants: grantsOf.clientCredentials,
    weight: 1,
  },
  {
    id: 'auth0.user-scope-not-allowed',
    errors: ['invalid_scope', 'access_denied'],
    // A machine-to-machine request has no user to give permissions to.
    notGrants: grantsOf.clientCredentials,
    descriptions: [
      /user is not authorized to the audience/i,
      /user (?:is not|isn't) (?:authorized|allowed) .{0,60}scopes?/i,
      /not authorized for (?:this|those|the requested) scopes?/i,
    ],
  },
  {
    id: 'auth0.target-not-allowed',
    codes: ['invalid_target'],
    descriptions: [/target (?:api|resource|audience) (?:is )?not allowed/i],
  },
  {
    id: 'auth0.invalid-scope',
    codes: ['invalid_scope'],
    descriptions: [
      /scope (?:parameter )?must be an? (?:array|string)/i,
      /invalid scope/i,
      // A flow that needs openid (CIBA, /userinfo, an ID token) asked without it.
      /\bopenid\b.{0,40}\b(?:scope )?(?:is )?(?:required|must be (?:requested|included|present)|missing)/i,
    ],
  },
  {
    id: 'auth0.scope-conflict',
    errors: ['invalid_request', 'invalid_scope'],
    descriptions: [/both online_access and offline_access/i],
  },
];
