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
  fetchTimeout: (url: string) => `No answer from ${url} in time.`,
  fetchBlocked: (url: string) =>
    `Could not read ${url}: the browser blocked it (CORS) or nothing answered. Paste the JWKS instead (open the URL in a tab and copy it).`,
  fetchStatus: (url: string, status: number) => `${url} answered HTTP ${status}.`,
  fetchNotJson: (url: string) => `${url} did not answer with JSON.`,
  discoveryInvalid: (detail: string) => `The discovery document is not valid: ${detail}`,
  jwksInvalid: (detail: string) => `The JWKS is not valid: ${detail}`,
  foreignJwksUri: (uri: string, origin: string) =>
    `The discovery document points to keys on another host (${uri}); this page only fetches from ${origin}. Paste the JWKS instead.`,
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
  notChecked: {
    iss: 'No tenant to compare with.',
    aud: 'No expected audience given.',
    azp: 'No client id to compare with.',
    nonce: 'No nonce given.',
  },
};
