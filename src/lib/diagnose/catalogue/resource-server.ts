import type { CatalogueEntry } from './entry';

const api = ['api'] as const;

/**
 * The person's own API, which checks Auth0 access tokens (express-oauth2-jwt-bearer and the like) and answers in
 * `WWW-Authenticate`: not Auth0's answer, but where an Auth0 token is refused.
 */
export const resourceServer: CatalogueEntry[] = [
  {
    id: 'auth0.api-token-missing',
    endpoints: api,
    onlyAt: true,
    challenges: [/^\s*(?:bearer|dpop)\s*(?:realm="[^"]*")?\s*$/i],
    descriptions: [
      /no authorization token/i,
      /authorization token (?:is )?(?:missing|required|not (?:found|provided))/i,
      /authorization header (?:is )?(?:missing|required)/i,
      /bearer token is missing/i,
      /no access token found in (?:the )?request/i,
      /format is authorization: bearer/i,
      /missing bearer token/i,
    ],
    bodies: [/^\s*$/],
    status: [401],
    // A challenge with an error says what is wrong with the token that was sent.
    unless: [/\berror="/i],
  },
  {
    id: 'auth0.api-insufficient-scope',
    endpoints: [...api, '/userinfo'],
    codes: ['insufficient_scope'],
    descriptions: [/insufficient scope/i],
  },
  {
    id: 'auth0.api-audience-mismatch',
    descriptions: [
      /unexpected ['"]?aud['"]? (?:claim )?value/i,
      /\baud claim value is not allowed/i,
      /jwt audience invalid/i,
      /\baud(?:ience)? (?:claim )?(?:mismatch|invalid)/i,
      /\binvalid audience\b/i,
      /expected claims not validated.{0,120}\baud/i,
      // Microsoft.IdentityModel (IDX10214) and ASP.NET's challenge: "The audience 'empty' is invalid".
      /audience validation failed/i,
      /the audience '[^'\n]{0,300}' is invalid/i,
    ],
    unless: [/in the id token/i],
  },
  {
    // A token for an API asked for with openid has two audiences, [API, /userinfo]: some libraries take one string only.
    id: 'auth0.api-aud-array',
    descriptions: [
      /\baud'? claim is not a string/i,
      // Go's encoding/json into a struct whose Audience is a string (jwt-go v3's StandardClaims).
      /cannot unmarshal array into .{0,80}\baud\b/i,
      /claim 'aud' is not a string/i,
      /\baud(?:ience)? (?:claim )?must be a string/i,
    ],
    weight: 2,
  },
  {
    // The token's alg is not the one the library was set up for (HS256 with a secret against RS256 and the JWKS).
    id: 'auth0.token-alg-mismatch',
    descriptions: [
      /unexpected (?:jwt )?alg(?:orithm)? received/i,
      /specified alg value is not allowed/i,
      /^(?:\w{0,40}Error: )?invalid algorithm\.?$/im,
      /unsupported algorithm "?(?<alg>\w{2,10})"? for (?:jwks|secret)/i,
      /token does not have a kid/i,
      /alg(?:orithm)? (?:mismatch|not allowed|not supported)/i,
      /expected (?:token signed with )?"?(?<alg>[RHEP]S\d{3}|EdDSA)"? (?:algorithm)?,? but (?:the )?token (?:uses|used|is signed with)/i,
      /found "?[RHEP]S\d{3}"? but expected "?[RHEP]S\d{3}/i,
      /unexpected sign(?:ing|ature) (?:method|algorithm)/i,
      // jsonwebtoken handed a shared secret to check an RS256 token.
      /secretOrPublicKey must be an asymmetric key/i,
    ],
    weight: 3,
  },
  {
    id: 'auth0.api-issuer-mismatch',
    descriptions: [
      /unexpected ['"]?iss['"]? (?:claim )?value/i,
      /\biss claim value is not allowed/i,
      /expected iss claim to be/i,
      // go-oidc (oauth2-proxy, Dex, Grafana): the issuer configured against the discovery document's.
      /issuer did not match the issuer returned by provider/i,
      /\bissuer\b.{0,80}\b(?:without|no|missing|drop(?:s|ped)?|strip(?:s|ped)?) (?:a |the |its )?trailing slash/i,
      /token issuer is not allowed/i,
      /jwt issuer invalid/i,
      /\biss(?:uer)? (?:claim )?(?:mismatch|invalid)/i,
      /\binvalid issuer\b/i,
      /(?:issuer|\biss\b).{0,40}(?:not in the list of allowed|untrusted|not trusted)/i,
      /untrusted issuer/i,
      /issuer .{0,200}does not match (?:any )?(?:the )?expected issuers?/i,
    ],
    unless: [/in the id token/i],
  },
  {
    id: 'auth0.api-token-invalid',
    endpoints: api,
    codesAt: { endpoints: api, codes: ['invalid_token'] },
    descriptions: [
      /id token .{0,40}(?:as|instead of) an access token/i,
      /^invalid token\.?$/i,
      /"?exp"? claim timestamp check failed/i,
      /^(?:unauthorizederror: )?jwt (?:expired|malformed)/i,
      /\b(?:access )?token (?:is |has )?expired\b/i,
      /invalid compact jws/i,
      /^invalid (?:signature|algorithm)\.?$/i,
      /jwsinvalidsignature/i,
      /signature verification failed/i,
      /jwt validation failed/i,
      /failed to validate (?:the )?jwt/i,
      /token header missing or invalid "?alg/i,
      /^missing '\w{2,20}' claim/i,
      /\bmalformed token\b/i,
      /\bjwt expired\b/i,
      // Rust's jsonwebtoken: the key given does not verify the signature.
      /\bError\(InvalidSignature\)/,
    ],
  },
  {
    id: 'auth0.api-token-sent-twice',
    descriptions: [/more than one method used for authentication/i],
  },
  {
    id: 'auth0.api-dpop-scheme',
    errors: ['invalid_request', 'invalid_token'],
    descriptions: [/requires the dpop authentication scheme/i, /dpop-bound token/i],
    weight: 1,
  },
];
