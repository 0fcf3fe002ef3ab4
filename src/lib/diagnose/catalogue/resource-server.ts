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
    ],
    unless: [/in the id token/i],
  },
  {
    id: 'auth0.api-issuer-mismatch',
    descriptions: [
      /unexpected ['"]?iss['"]? (?:claim )?value/i,
      /\biss claim value is not allowed/i,
      /token issuer is not allowed/i,
      /jwt issuer invalid/i,
      /\biss(?:uer)? (?:claim )?(?:mismatch|invalid)/i,
    ],
    unless: [/in the id token/i],
  },
  {
    id: 'auth0.api-token-invalid',
    endpoints: api,
    codesAt: { endpoints: api, codes: ['invalid_token'] },
    descriptions: [
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
      /unsupported algorithm "?\w{2,10}"? for (?:jwks|secret)/i,
      /token header missing or invalid "?alg/i,
      /^missing '\w{2,20}' claim/i,
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
