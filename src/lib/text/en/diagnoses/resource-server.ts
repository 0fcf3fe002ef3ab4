import { tokenTrouble, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { apis, docs, said } from './paths';

/** The person's own API, checking Auth0 access tokens. */
export const resourceServerTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.api-token-missing': () => ({
    title: 'Your API got no access token',
    cause: 'The API answered with a bare Bearer challenge: the request carried no Authorization header it could read.',
    fix: [
      'Send Authorization: Bearer <access token>, with a token requested for this API’s audience.',
      'In a browser, check a proxy or CORS preflight does not drop the header.',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.api-insufficient-scope': (f) => ({
    title: `The token lacks ${f.requiredScope ? `a scope: ${f.requiredScope}` : 'a scope this call needs'}`,
    cause: 'The token is valid, but its scope (or permissions) does not include what this route requires.',
    fix: [
      `Request ${f.requiredScope ?? 'the scope'} when getting the token (Scope), and make sure it is defined under Applications > APIs > your API > Permissions.`,
      'With RBAC on, assign the permission to the user or the machine-to-machine application.',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.api-audience-mismatch': (f) => ({
    title: 'The token is for another audience',
    cause: `The API accepts tokens whose aud is its own Identifier; this token was requested for another (or for /userinfo only, when no audience was sent).${said(f)}`,
    fix: [
      'Request the token with audience=<the API’s Identifier> (Applications > APIs).',
      'Configure the API’s middleware with that same Identifier.',
      'If aud is the application’s client ID, an ID token was sent: send the access token (authResult.accessToken, requested with the API’s audience), never the ID token, to an API.',
    ],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.validateTokens,
  }),
  'auth0.api-issuer-mismatch': (f) => ({
    title: 'The token comes from another issuer',
    cause: `The code that checks the token (your API’s middleware, or your app’s OpenID client) expects iss to be the tenant’s URL with a trailing slash (https://YOUR_DOMAIN/, or your custom domain’s); a custom domain and the canonical domain issue different iss values.${said(f)}`,
    fix: [
      'Set the issuer that code expects (the API’s issuer setting, or the app’s issuerBaseURL / domain) to the iss of the tokens (Paste a token shows it), trailing slash included.',
      'Request tokens through the same domain the API expects.',
      'If it is set with the slash and still fails, the library drops it before comparing (okta-jwt-verifier before 0.5.14, some gateways’ wrappers): upgrade it, or use a JWT library that compares iss as the tokens carry it.',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.api-token-invalid': (f) => ({
    title: 'Your API refused the access token',
    cause: `The API’s middleware could not validate the token: expired, for another audience, from another issuer, signed with an unexpected key or algorithm, or an opaque token (no audience was requested).${said(f)}`,
    fix: [
      ...({
        expired: [
          'The token expired: get a new one before exp (a refresh token, silent authentication, or the client credentials request again) and drop cached tokens once they expire.',
        ],
        early: [
          'The token is not valid yet (nbf or iat in the future): this server’s clock is behind; synchronise it (NTP) or allow a minute of leeway in the verifier.',
        ],
        shape: [
          'The token is not a JWT for this API: an opaque token (requested without audience), an ID token sent instead of the access token, or a token encoded once more (base64, quotes) before sending.',
        ],
        other: [],
      }[tokenTrouble(f)] ?? []),
      'Paste the token into Paste a token and Verify signature: check aud, iss, exp and alg.',
      'Request it with audience=<the API’s Identifier> so it is a JWT for this API.',
      'For a signature or algorithm error: configure the verifier with the tenant’s jwks_uri (https://{your domain}/.well-known/jwks.json) and RS256, the API’s Signing Algorithm, not a client secret or HS256.',
    ],
    breadcrumb: [...apis, 'Settings'],
    docs: docs.validateTokens,
  }),
  'auth0.api-token-sent-twice': () => ({
    title: 'The token was sent in two places',
    cause: 'RFC 6750 allows one way of sending a bearer token per request: the header, the form body or the query.',
    fix: ['Send the token only in the Authorization header.'],
    docs: docs.validateTokens,
  }),
  'auth0.api-dpop-scheme': (f) => ({
    title: 'A DPoP-bound token must use the DPoP scheme',
    cause: `A token bound to a DPoP key is sent as Authorization: DPoP <token>, with a DPoP proof header; the Bearer scheme is refused.${said(f)}`,
    fix: ['Send Authorization: DPoP <token> and a fresh DPoP proof (with ath, the token’s hash) on every call.'],
    docs: docs.dpop,
  }),
  'auth0.api-aud-array': (f) => ({
    title: 'The token has two audiences, and the library takes one',
    cause: `An access token for an API that was asked for with the openid scope carries aud as a list: the API’s identifier and https://YOUR_DOMAIN/userinfo. This library (or its configuration) accepts aud only as a single string.${said(f)}`,
    fix: [
      'Configure the library to accept an aud list that includes your API’s identifier (most have an option; upgrade it if not).',
      'Or leave openid out of requests for this API’s tokens when the token is only for the API (a machine-to-machine token never has it).',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.token-alg-mismatch': (f) => ({
    title: 'The token is signed with another algorithm than the library expects',
    cause: `The token’s header names an alg the verifier was not set up for. Auth0 signs with RS256 by default, checked with the tenant’s public keys (JWKS); HS256 tokens are signed with a secret (the application’s client secret for ID tokens, the API’s signing secret for access tokens) and have no kid.${said(f)}`,
    fix: [
      'Decode the token here and read its alg, then configure the library with the same: RS256 with https://YOUR_DOMAIN/.well-known/jwks.json, or HS256 with the secret.',
      'Or change what Auth0 signs with: Applications > your app > Settings > Advanced Settings > OAuth > JSON Web Token Signature Algorithm (ID tokens), or Applications > APIs > your API > Settings > Signing Algorithm (access tokens); then get a new token.',
    ],
    breadcrumb: [...apis, 'Settings', 'Signing Algorithm'],
    docs: docs.validateTokens,
  }),
};
