import { doubleSlash, featureOf, refusedFetch, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { docs, said } from './paths';

/** Signing keys and discovery documents. */
export const keyTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.jwks-kid-not-found': () => ({
    title: 'No key in the JWKS matches the token’s kid',
    cause:
      'The token was signed by another tenant (the jwks_uri points elsewhere), by a key rotated in after the keys were cached, or with HS256 (no kid, signed by the secret).',
    fix: [
      'Point the library at https://YOUR_DOMAIN/.well-known/jwks.json of the tenant that issued the token (its iss).',
      'Let it refetch keys on an unknown kid; for HS256, switch the API’s signing algorithm to RS256 (Applications > APIs > your API > Settings).',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings', 'Signing Algorithm'],
    docs: docs.jwks,
  }),
  'auth0.feature-not-offered': (f) => {
    const feature = featureOf(f);
    const first = {
      par: 'Pushed Authorization Requests are off for this tenant or application (they come with the Highly Regulated Identity add-on): turn on Allow Pushed Authorization Requests (PAR) under Applications > Applications > your app > Advanced Settings, or remove the library’s PAR option.',
      ciba: 'Client-Initiated Backchannel Authentication is not available here: the tenant needs the CIBA feature (an Enterprise add-on), and the application the CIBA grant under Advanced Settings > Grant Types.',
      logout:
        'Settings > Advanced > Login and Logout: turn on RP-Initiated Logout End Session Endpoint Discovery (tenants created before late 2023 have it off), or set the library to Auth0’s own /v2/logout (nextjs-auth0: logoutStrategy “v2”; express-openid-connect: idpLogout with auth0Logout).',
      mtls: 'Settings > Advanced: turn on Allow mTLS Endpoint Aliases, and point the library at the custom domain set up for mTLS (mTLS needs a custom domain and the Highly Regulated Identity add-on).',
      dcr: 'Settings > Advanced: turn on Dynamic Client Registration (DCR); MCP and other registering clients also need a domain-level connection to log in with and access to the API for third-party applications.',
    }[feature ?? 'logout'];
    return {
      title: `The tenant does not offer ${f.feature ?? 'this feature'}: it is off in its settings`,
      cause: `The library read the tenant’s discovery document (/.well-known/openid-configuration) and found no endpoint for a feature it was set to use: the feature is turned off for this tenant, or not part of its plan.${said(f)}`,
      fix: [
        ...(feature ? [first] : []),
        'Check what the tenant offers: open https://{your tenant}/.well-known/openid-configuration and look for the endpoint (pushed_authorization_request_endpoint, backchannel_authentication_endpoint, end_session_endpoint, mtls_endpoint_aliases, registration_endpoint).',
        'Or turn the feature off in the library’s configuration if you do not need it.',
      ],
      breadcrumb: ['Settings', 'Advanced'],
      docs: docs.tenantAdvanced,
    };
  },
  'auth0.jwks-no-keys': (f) => ({
    title: 'The JWKS URL gave no signing keys',
    cause: `The configured jwks_uri is not the tenant’s: a relative or empty URL, the domain and audience swapped, or a page that is not a key set.${said(f)}`,
    fix: [
      'Use https://YOUR_DOMAIN/.well-known/jwks.json (the jwks_uri of the tenant’s discovery document).',
      'If the URL is right, the library may lack the code to read RSA keys: with PyJWT install pyjwt[crypto] (the cryptography package); other libraries name a similar extra.',
    ],
    docs: docs.jwks,
  }),
  'auth0.jwks-fetch-failed': (f) => ({
    title: 'The signing keys could not be fetched',
    cause: `The library’s request for the JWKS failed: a wrong domain (with a placeholder or a typo), http instead of https, a proxy or firewall, or no network.${said(f)}`,
    fix: [
      ...(refusedFetch(f)
        ? [
            'A 403 while fetching the keys: edge protection in front of the tenant refuses some clients’ default User-Agent (Python’s urllib, as PyJWKClient sends it). Send one of your own, e.g. PyJWKClient(url, headers={"User-Agent": "my-api/1.0"}).',
          ]
        : []),
      ...(doubleSlash(f)
        ? [
            'The URL has // before its path: the library glued /.well-known/… onto an issuer that ends in / (Auth0’s iss always does). Keep the issuer exactly as the tokens carry it, and give the library the key set’s URL explicitly (a jwksUri setting: https://YOUR_DOMAIN/.well-known/jwks.json), or upgrade it to a release that trims the slash.',
          ]
        : []),
      'Open https://YOUR_DOMAIN/.well-known/jwks.json in a browser: it must show a JSON key set.',
      'Configure the library with the bare https domain of the tenant.',
    ],
    docs: docs.jwks,
  }),
  'auth0.tenant-path-not-found': (f) => ({
    title: `${f.endpoint ?? 'This path'} was not found: the URL is built wrong`,
    cause: `Every tenant serves this path, so a 404 means the URL the library built is wrong: a domain setting with a trailing slash (https://YOUR_DOMAIN//userinfo, …//.well-known/jwks.json), a scheme or path inside the domain setting, a typo in the path, or another tenant’s (or region’s) domain.${said(f)}`,
    fix: [
      'Set the domain to the bare host (YOUR_DOMAIN, no https:// and no trailing /) or the issuer to https://YOUR_DOMAIN/ exactly as the library expects.',
      'Check that https://YOUR_DOMAIN/.well-known/jwks.json opens in a browser and shows a key set.',
    ],
    docs: docs.jwks,
  }),
  'auth0.discovery-fetch-failed': (f) => ({
    title: 'The discovery document could not be fetched',
    cause: `The library could not read https://YOUR_DOMAIN/.well-known/openid-configuration: a domain or issuer setting in the wrong shape, a wrong region or tenant name, or no network.${said(f)}`,
    fix: [
      'Give each setting the shape it wants: a Domain setting (ASP.NET Core’s Auth0:Domain, AUTH0_DOMAIN of the Next.js and Node SDKs, Auth0.swift, Auth0.Android, auth0-spa-js) takes the bare host, dev-abc.us.auth0.com, with no https:// and no slash; an issuer or authority URL takes https://dev-abc.us.auth0.com/ with the slash.',
      'Open https://YOUR_DOMAIN/.well-known/openid-configuration in a browser: if it opens, the library built another URL (log the one it uses); if it does not, the domain is wrong (the region part: .us, .eu, .au, .jp; or a custom domain not yet verified).',
      'From a server, check outbound HTTPS to the tenant (a firewall, or a proxy the library must be told about: HTTPS_PROXY).',
    ],
    docs: docs.jwks,
  }),
  'auth0.jwt-key-not-configured': () => ({
    title: 'The JWT middleware has no key to verify with',
    cause:
      'The middleware got neither a secret nor a key source: its JWKS (or secret) setting is empty, often an unset environment variable.',
    fix: [
      'Configure it with the tenant’s JWKS (jwksUri https://YOUR_DOMAIN/.well-known/jwks.json) and algorithms [RS256].',
      'A login library that finds the keys through discovery (Authlib’s server_metadata_url, an OIDC client’s issuer): give it https://YOUR_DOMAIN/.well-known/openid-configuration instead of hand-set authorize and token URLs.',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.key-format': (f) => ({
    title: 'The key is not in the format the code reads',
    cause: `The code loads a PEM key (a private key to sign client assertions for private_key_jwt or for mTLS, or a public key or certificate to check tokens), and the text it was given is not one: the -----BEGIN …----- and -----END …----- lines are missing, its line breaks were flattened (an environment variable holding \\n as two characters), it is a certificate where a key is wanted or the reverse, or it is PKCS#1 (BEGIN RSA PRIVATE KEY) where PKCS#8 (BEGIN PRIVATE KEY) is expected.${said(f)}`,
    fix: [
      'Print the first line of the key the code loads: it must be -----BEGIN PRIVATE KEY----- (or PUBLIC KEY, or CERTIFICATE, as the library asks), followed by real line breaks.',
      'From an environment variable, turn the two characters \\n back into line breaks before use, or load the key from a file.',
      'Convert PKCS#1 to PKCS#8 with openssl pkcs8 -topk8 -nocrypt -in key.pem -out key-pkcs8.pem. To check tokens, take the public key from the tenant’s JWKS (https://YOUR_DOMAIN/.well-known/jwks.json) instead of a hand-copied certificate.',
      'For private_key_jwt, the public key registered under Applications > Applications > your app > Credentials must be the pair of this private key.',
    ],
    docs: docs.privateKeyJwt,
  }),
  'auth0.jwks-legacy-x5t': (f) => ({
    title: 'Your JOSE library refuses the tenant’s older signing key (its x5t)',
    cause: `Tenants created years ago publish a signing key whose x5t is in a legacy form (the hex of the certificate’s SHA-1, where RFC 7517 wants its base64url). Strict libraries (go-jose 2.5+, jwkset, Hasura’s) refuse that key, or the whole key set, so no token can be checked.${said(f)}`,
    fix: [
      'Rotate the signing key: Settings > Signing Keys > Rotate Signing Key, then revoke the previous key once tokens signed with it have expired. New keys carry a conformant x5t.',
      'Or let the library skip the x5t check, or upgrade it to a release that accepts Auth0’s key set.',
    ],
    breadcrumb: ['Settings', 'Signing Keys'],
    docs: docs.signingKeys,
  }),
};
