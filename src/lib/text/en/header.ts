/** What each JOSE header parameter means (RFC 7515 §4.1, RFC 7516 §4.1), and what common values mean. */
export const headerParameters: Record<string, string> = {
  alg: 'Algorithm used to sign (JWS) or to encrypt the key (JWE). The verifier must only accept the algorithms it expects.',
  typ: 'Media type of the whole token: "JWT" for most tokens, "at+jwt" for RFC 9068 access tokens.',
  kid: 'Key ID: which key of the issuer’s JWKS (/.well-known/jwks.json) signed this token. Verifiers pick the key by it.',
  cty: 'Content type of the payload; "JWT" means a nested token inside.',
  enc: 'Content encryption algorithm of a JWE.',
  zip: 'Compression applied before encryption.',
  jku: 'URL of a JWKS named by the token itself. Never fetch keys from it: anyone can make a token that points at their own keys.',
  jwk: 'A public key embedded in the token. Never trust it for verification: the signer chose it.',
  x5u: 'URL of an X.509 certificate chain named by the token itself; never fetched by this page.',
  x5c: 'X.509 certificate chain embedded in the token.',
  x5t: 'SHA-1 thumbprint of the signing certificate.',
  'x5t#S256': 'SHA-256 thumbprint of the signing certificate.',
  crit: 'Extensions the verifier must understand, or reject the token.',
  b64: 'RFC 7797: whether the payload is base64url-encoded.',
  iss: 'Issuer, repeated in the header of Auth0’s encrypted access tokens.',
  epk: 'Ephemeral public key for ECDH key agreement.',
  iv: 'Initialization vector for key wrapping.',
  tag: 'Authentication tag for key wrapping.',
};

export const algorithms: Record<string, string> = {
  RS256: 'RSA signature with SHA-256: Auth0’s default. Verified with the tenant’s public key.',
  RS384: 'RSA signature with SHA-384.',
  RS512: 'RSA signature with SHA-512.',
  PS256: 'RSA-PSS signature with SHA-256.',
  PS384: 'RSA-PSS signature with SHA-384.',
  PS512: 'RSA-PSS signature with SHA-512.',
  ES256: 'ECDSA signature on P-256 with SHA-256.',
  ES384: 'ECDSA signature on P-384 with SHA-384.',
  ES512: 'ECDSA signature on P-521 with SHA-512.',
  EdDSA: 'Edwards-curve signature (Ed25519).',
  Ed25519: 'Edwards-curve signature (Ed25519).',
  HS256:
    'HMAC with SHA-256: a shared secret (in Auth0, the client secret or the API’s signing secret). Anyone who can verify can also forge.',
  HS384: 'HMAC with SHA-384: a shared secret.',
  HS512: 'HMAC with SHA-512: a shared secret.',
  none: 'NO SIGNATURE. Anyone can write this token; an API that accepts it accepts anything.',
  dir: 'Direct encryption with a shared key: Auth0 uses it for access tokens meant only for itself (no audience sent).',
  'RSA-OAEP': 'Content key encrypted with RSA-OAEP.',
  'RSA-OAEP-256': 'Content key encrypted with RSA-OAEP-256: Auth0’s JWE access tokens for APIs with encryption on.',
  'ECDH-ES': 'Content key agreed with ECDH-ES.',
  A128KW: 'Content key wrapped with AES-128.',
  A256KW: 'Content key wrapped with AES-256.',
  A128GCM: 'Content encrypted with AES-128-GCM.',
  A256GCM: 'Content encrypted with AES-256-GCM.',
  'A128CBC-HS256': 'Content encrypted with AES-128-CBC and HMAC-SHA-256.',
  'A256CBC-HS512': 'Content encrypted with AES-256-CBC and HMAC-SHA-512.',
};

export const types: Record<string, string> = {
  JWT: 'A JSON Web Token.',
  'at+jwt':
    'An OAuth 2.0 access token in the RFC 9068 profile (Auth0 issues these when the API’s token profile is "RFC 9068").',
  'application/at+jwt': 'An OAuth 2.0 access token in the RFC 9068 profile.',
  'dpop+jwt': 'A DPoP proof (RFC 9449), not a token.',
  'logout+jwt': 'An OpenID back-channel logout token.',
};
