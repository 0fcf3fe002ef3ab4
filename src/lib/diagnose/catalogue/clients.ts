import { clientEndpoints, type CatalogueEntry } from './entry';

/** The application itself: its grants, its credentials (secret, private key JWT, mTLS) and its client id. */
export const clients: CatalogueEntry[] = [
  {
    // A login with PKCE (a mobile or desktop SDK) from an application that is not set up as a public client.
    id: 'auth0.pkce-not-allowed',
    codes: ['pkce_not_allowed', 'a0.pkce_not_allowed'],
    descriptions: [
      /unable to perform authentication with pkce/i,
      /enable pkce support/i,
      /unable to complete authentication with pkce/i,
      /pkce support can be enabled/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.grant-not-allowed',
    errors: ['unauthorized_client'],
    descriptions: [
      /grant[ _]type '?(?<grant>[^'\s]+?)'? (?:is )?not (?:allowed|enabled|authorized)(?: for (?:the|this) (?:client|application))?/i,
    ],
  },
  {
    id: 'auth0.unsupported-grant-type',
    codes: ['unsupported_grant_type'],
    descriptions: [/unsupported grant[ _]type/i, /grant[ _]type (?:is )?not supported/i, /invalid grant[ _]type/i],
  },
  {
    id: 'auth0.client-authentication-failed',
    endpoints: clientEndpoints,
    errors: ['access_denied', 'invalid_client', 'unauthorized'],
    descriptions: [
      /^unauthorized\.?$/i,
      /client authentication failed/i,
      /failed client authentication/i,
      /invalid client credentials/i,
      /^invalid credentials\.?$/i,
      /client[_ ]secret (?:is )?(?:invalid|wrong|incorrect)/i,
      // The tenant log's event for a refused code exchange, and a person's words for the token endpoint's 401.
      /failed exchange.{0,80}\bunauthorized\b/i,
      /\b401\b.{0,60}\baccess[ _]denied\b|\baccess[ _]denied\b.{0,60}\b401\b/i,
    ],
    // The bare word as the value of a PHP or Ruby dump (`'result' => 'Unauthorized'`): the body Auth0 sent.
    bodies: [/=>[ \t]{0,10}['"]?Unauthorized['"]?[ \t]{0,10}(?:[,)}\]\n]|$)/],
    status: [401],
    // A bearer challenge says the endpoint wanted an access token, not the application's secret.
    unless: [/www-authenticate: (?:bearer|dpop)/i],
  },
  {
    id: 'auth0.client-auth-required',
    endpoints: clientEndpoints,
    errors: ['unauthorized_client', 'invalid_client', 'invalid_request'],
    descriptions: [
      /client authentication is required/i,
      /client_secret (?:is )?required/i,
      /client secret or client assertion signing key must be provided/i,
      /client_secret or client_assertion is required/i,
      /both client secret and client assertion can ?not be null/i,
      /"?clientSecret"? is required for the "?clientAuthMethod/i,
    ],
    weight: 1,
  },
  { id: 'auth0.invalid-client', endpoints: clientEndpoints, codes: ['invalid_client'] },
  {
    id: 'auth0.client-assertion',
    errors: ['invalid_client', 'invalid_request', 'unauthorized_client'],
    descriptions: [
      /client_assertion/i,
      /client assertion/i,
      /private[_ ]key[_ ]jwt/i,
      /\bassertion\b.{0,100}\b(?:signature|kid|public key|iss|sub|jti|replay)/i,
      // An assertion's lifetime: exp at most a few minutes after iat.
      /'?exp'? claim must .{0,80}'?iat'?/i,
    ],
    // A special case of a failed client authentication (which also ranks for its endpoint): it says which part.
    // Neither a secret nor an assertion configured is the missing secret (auth0.client-auth-required).
    unless: [/both client secret and client assertion/i],
    weight: 3,
  },
  {
    id: 'auth0.client-assertion-key',
    errors: ['invalid_client', 'invalid_request'],
    descriptions: [
      /no (?:matching )?(?:credential|public key|key)s? (?:was |were )?(?:found|registered|configured)/i,
      /\bkid\b.{0,60}(?:not found|unknown|does not match|no match)/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.mtls-certificate',
    errors: ['invalid_client', 'unauthorized_client', 'invalid_request', 'invalid_token'],
    descriptions: [
      /client certificate/i,
      /\bmtls\b|mutual[ -]tls/i,
      /(?:self_signed_)?tls_client_auth/i,
      /certificate (?:thumbprint|mismatch|is (?:missing|invalid|expired|not))/i,
      /x5t#S256/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.unknown-client',
    errors: ['unauthorized_client', 'invalid_client', 'invalid_request'],
    descriptions: [
      /^invalid client\.?$/i,
      // The id the tenant did not know, when the sentence quotes it: its shape may say why.
      /unknown client:? ["']?(?<unknownClient>[^\s"',]{1,200})/i,
      /unknown client/i,
      /client (?:not found|does not exist)/i,
      /clientid and\/or domain (?:are|is) invalid/i,
    ],
    unless: [/"statusCode"\s*:\s*404/],
  },
  {
    id: 'auth0.missing-client-id',
    errors: ['invalid_request', 'bad.client_id'],
    descriptions: [
      /missing client_id/i,
      /client_id (?:parameter )?is required/i,
      /missing required (?:property|parameter):? ?client_id/i,
    ],
    // Outranks the passwordless family's "missing required property" for the one property it names.
    weight: 2,
  },
  { id: 'auth0.unauthorized-client', codes: ['unauthorized_client'] },
  {
    id: 'auth0.device-code-public-client',
    descriptions: [/authentication method set to \\?"?none\\?"? when .{0,80}device_code/i],
  },
];
