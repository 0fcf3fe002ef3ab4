import type { CatalogueEntry } from './entry';

/** Signing keys and discovery: /.well-known/jwks.json and openid-configuration, as a JWT library reads them. */
export const keys: CatalogueEntry[] = [
  {
    id: 'auth0.jwks-kid-not-found',
    descriptions: [
      /unable to find a signing key that matches/i,
      /signingkeynotfound/i,
      /no (?:matching )?(?:signing )?key .{0,40}(?:kid|found)/i,
      /no applicable key found in the json web key set/i,
      /(?:could not|unable to|cannot) find (?:a |the )?(?:public |signing )?key for (?:the )?(?:key id|kid)/i,
      /IDX10501\b/,
      /unable to match key/i,
      /jwks did not contain the key/i,
      /public key with id .{0,80}was not found/i,
      /the signature key was not found/i,
    ],
  },
  {
    // The tenant's discovery document lacks an optional feature the library was set to use: it is off on the tenant.
    id: 'auth0.feature-not-offered',
    descriptions: [
      /(?:does not|doesn'?t) (?:have|support|advertise) (?:the )?["“]?(?<feature>pushed authorization requests?|backchannel authentication|rp-initiated logout|mtls_endpoint_aliases|end_session_endpoint|backchannel_authentication_endpoint|pushed_authorization_request_endpoint|registration_endpoint|dynamic client registration)/i,
      /\bno (?<feature>end_session_endpoint)\b/i,
      /(?<feature>rp-initiated logout|pushed authorization requests?|backchannel authentication|dynamic (?:client|application) registration) (?:is |are )?(?:not (?:supported|enabled|allowed)|disabled)/i,
    ],
    weight: 2,
  },
  {
    id: 'auth0.jwks-no-keys',
    descriptions: [
      /jwks endpoint did not contain any (?:signing )?keys/i,
      /invalid jwks uri/i,
      /did not contain any usable keys/i,
    ],
  },
  {
    id: 'auth0.jwks-fetch-failed',
    descriptions: [
      /jwks\w{0,20}error/i,
      /ssl error:? .{0,200}jwks/i,
      /jwks.{0,200}does not support ssl/i,
      /(?:failed|unable) to fetch (?:the )?(?:jwks|signing keys)/i,
      /failed to fetch .{0,200}jwks/i,
      /json web key set http response/i,
      /jwks ?timeout/i,
      /\bPyJWKClientConnectionError\b/,
      /fail(?:ed)? to fetch data from the url/i,
    ],
  },
  {
    // A 404 for a path every tenant serves: the URL was built wrong (a trailing slash in the domain), the host answered.
    id: 'auth0.tenant-path-not-found',
    endpoints: [
      '/.well-known/jwks.json',
      '/.well-known/openid-configuration',
      '/userinfo',
      '/oauth/token',
      '/oauth/revoke',
      '/oauth/device/code',
    ],
    status: [404],
    byStatus: true,
    unless: [/cannot (?:get|post) \//i],
  },
  {
    id: 'auth0.discovery-fetch-failed',
    codes: ['discovery_error'],
    descriptions: [
      /authorization server metadata/i,
      /invalid issuer url/i,
      /error loading discovery document/i,
      /issuer\.discover\b/i,
      /unable to obtain configuration from/i,
      /IDX20803\b/,
      /discovery failed for the openid connect configuration/i,
      /error occurred while trying to initiate the login request/i,
      /(?:failed|unable) to (?:fetch|load|discover) .{0,40}(?:openid-configuration|discovery)/i,
      // An issuer URL without https:// is read as a path, and discovery's path is glued to it.
      /invalid uri "?\/\.well-known\/(?:openid-configuration|oauth-authorization-server)\w/i,
    ],
  },
  {
    id: 'auth0.jwt-key-not-configured',
    descriptions: [
      /secret or public key must be provided/i,
      /no jwks uri, public key,? or secret/i,
      /missing "?jwks_uri"? in metadata/i,
    ],
  },
  {
    // A PEM key the code loads is no PEM key: a private key for private_key_jwt or mTLS, or a key to check tokens.
    id: 'auth0.key-format',
    descriptions: [
      /error:[0-9A-F]{8}:(?:PEM|DECODER|asn1 encoding) routines/i,
      /\bPEM routines\b/i,
      /\bno start line\b/i,
      /DECODER routines::unsupported/i,
      /invalid (?:key|pem) format/i,
      /secretOrPrivateKey must be an asymmetric key/i,
      /"(?:pkcs8|spki|x509)" must be (?:PKCS#8|SPKI|X\.509) formatted string/i,
      /(?:failed|unable) to parse (?:the )?(?:rsa |ec )?(?:private|public) key/i,
      /\bError\((?:InvalidRsaKey|InvalidKeyFormat|InvalidEcdsaKey)\b/,
    ],
    weight: 1,
  },
  {
    // An old tenant's signing key carries a legacy x5t (hex of the SHA-1, not its base64url): strict JOSE libraries
    // refuse that key, or the whole JWKS.
    id: 'auth0.jwks-legacy-x5t',
    descriptions: [
      /\bx5t\b.{0,80}(?:incorrect size|does not match|mismatch|invalid|wrong (?:size|length))/i,
      /invalid JWK.{0,40}\bx5t\b/i,
      /error parsing JWK from url/i,
    ],
    weight: 2,
  },
];
