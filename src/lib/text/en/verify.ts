/** Names of key formats the page recognises but does not read, for the unsupported-format message. */
export const keyFormats = {
  pem: (labels: string[]) =>
    `a PEM block “${labels[0] ?? ''}”${labels.length > 1 ? ` (and ${labels.length - 1} more)` : ''}`,
  ssh2: 'an SSH2 public key (RFC 4716); convert it with ssh-keygen -e -m PKCS8 -f key.pub',
  openssh: 'an OpenSSH public key; convert it with ssh-keygen -e -m PKCS8 -f key.pub',
  jwk: (types: string[]) => `a JWK of kty ${types.map((type) => `“${type}”`).join(', ')}`,
  emptySet: 'a JWK Set with no keys',
};

/** Messages of signature verification and claim validation. */
export const verifyMessages = {
  keyEmpty: () => 'Paste a JWKS, a single JWK, a PEM public key or certificate, or the shared secret.',
  keyNotJson: (detail: string) => `This looks like JSON but does not parse: ${detail}`,
  keyNotJwk: () => 'This JSON is neither a JWKS ({"keys": […]}) nor a JWK (it has no "kty").',
  privateKey: () =>
    'This is a private key. Never paste one anywhere: verification needs only the public key (or, for HS256, the shared secret).',
  privateJwk: () => 'The JWK holds private parts; only its public members are used.',
  badSecret: () => 'This is not base64url: switch the secret encoding to UTF-8, or paste the secret as it is.',
  notSigned: () => 'Only signed tokens (JWS) can be verified.',
  algNone: () => 'alg is "none": there is no signature to verify, and no API may accept this token.',
  verified: (key: string) => `Signature verified with ${key}.`,
  mismatch: (key: string) =>
    `The signature does not match ${key}: the token was changed after signing, or signed by another key.`,
  noKid: (kid: string | undefined) =>
    kid
      ? `No key with kid “${kid}” in these keys: the token was signed by another tenant or a rotated key.`
      : 'No key in these keys fits this token’s alg.',
  multiple: () => 'Several keys fit and the token names no kid: paste just the one key.',
  algNotAllowed: (alg: string) =>
    `The key does not allow ${alg}: a token may not choose its own algorithm against this key.`,
  keyUnusable: (detail: string) => `This key cannot verify the token: ${detail}`,
  describeKey: (kid: string | undefined, type: string) => (kid ? `the key kid ${kid} (${type})` : `the ${type} key`),
  fetchReason: (error: { code: string; status?: number; location?: string }) => {
    switch (error.code) {
      case 'timeout':
        return 'no answer in time';
      case 'blocked':
        return 'the browser blocked it (CORS), nothing answered, or this computer is offline';
      case 'status':
        return error.status ? `it answered HTTP ${error.status}` : 'it answered with an error';
      case 'redirect':
        return `it answered with a redirect to ${error.location ?? 'an address the browser does not reveal to pages'}`;
      case 'interrupted':
        return `its answer was cut off after the headers${error.status ? ` (HTTP ${error.status})` : ''}`;
      default:
        return 'its answer is not JSON';
    }
  },
  jwksUnreadable: (jwksUrl: string, reason: string) =>
    `Could not read the keys at ${jwksUrl}: ${reason}. Open ${jwksUrl} in a new tab and paste its JSON into “Paste keys”.`,
  discoveryUnreadable: (discoveryUrl: string, reason: string, jwksUrl: string) =>
    `Could not read the discovery document ${discoveryUrl}: ${reason}. Auth0 serves the keys at ${jwksUrl}: open that in a new tab and paste its JSON into “Paste keys”.`,
  fetchRedirected: (url: string, reason: string) =>
    `Refused ${url}: ${reason}. Keys and discovery are read only from the address itself, never through a redirect, or another host’s keys would vouch for this token. Check the domain (a custom domain or a proxy in front of the tenant may redirect); paste the keys into “Paste keys” only from a source you trust.`,
  discoveryInvalid: (detail: string) => `The discovery document is not valid: ${detail}`,
  jwksInvalid: (url: string, detail: string) => `The keys at ${url} are not usable: ${detail}`,
  foreignJwksUri: (uri: string, origin: string) =>
    `The discovery document points to keys on another host (${uri}); this page only fetches from ${origin}. Paste the JWKS instead.`,
  foreignIssuer: (issuer: string, origin: string) =>
    `Refused: the discovery document at ${origin} names another issuer (${issuer}). An Auth0 tenant is its own issuer (${origin}/), so these keys are not used and no token is checked against ${issuer}.`,
  unsupported: (format: string) =>
    `Unsupported key format: ${format}. This page reads a JWKS or JWK (RSA, EC, OKP, oct), a PEM public key (BEGIN PUBLIC KEY or BEGIN RSA PUBLIC KEY), an X.509 certificate, or a shared secret.`,
  badPkcs1: () => 'This BEGIN RSA PUBLIC KEY block does not hold a PKCS#1 RSA public key (a modulus and an exponent).',
  pemCut: (label: string) => `The ${label} block has no END line: paste the whole block.`,
  pkcs1Converted: () => '(The PKCS#1 RSA key was read as a public key.)',
  skippedKeys: (types: string[]) => `Keys of a type this page cannot use were skipped (kty ${types.join(', ')}).`,
  mismatchAny: () =>
    'The signature matches none of the shared secrets that fit this token: the token was changed after signing, or signed with another secret.',
};

export const checkTexts = {
  iss: {
    passed: (iss: string) => `iss is ${iss}.`,
    failed: (iss: string, expected: string) => `iss is ${iss}, expected ${expected}.`,
  },
  aud: {
    passed: (aud: string) => `aud contains ${aud}.`,
    failed: (aud: string, expected: string) => `aud is ${aud}, which does not contain ${expected}.`,
  },
  exp: {
    passed: () => 'Not expired.',
    failed: () => 'Expired (beyond the clock tolerance).',
    missing: () => 'No exp claim.',
  },
  nbf: {
    passed: () => 'Already valid (nbf).',
    failed: () => 'Not valid yet (nbf is in the future beyond the tolerance).',
  },
  azp: {
    passed: (azp: string) => `azp is ${azp}.`,
    failed: (azp: string, expected: string) => `azp is ${azp}, expected ${expected}.`,
  },
  nonce: { passed: () => 'nonce matches.', failed: () => 'nonce does not match the one sent to /authorize.' },
  unverified: () => 'Not checked: the signature was not verified, so nothing the token says can be trusted.',
  issuerFromToken: () =>
    'Not checked: the keys came from the issuer this token names, so comparing iss with it proves nothing. Fill in Tenant domain to check iss.',
  notChecked: {
    iss: 'No tenant to compare with.',
    aud: 'No expected audience given.',
    azp: 'No client id to compare with.',
    nonce: 'No nonce given.',
  },
};
