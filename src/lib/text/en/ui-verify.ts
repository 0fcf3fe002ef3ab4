/** Labels of the signature panel (loaded with the token views). */
export const verifyUi = {
  heading: 'Signature',
  status: {
    unverified: 'Not verified: decoding shows what a token says, not who wrote it.',
    verifying: 'Verifying…',
  } as Record<string, string>,
  keys: 'Keys',
  tenant: (origin: string) => `The tenant’s keys (${origin}/.well-known/openid-configuration)`,
  noTenant: 'The tenant’s keys: fill in the request form’s domain first',
  issuer: (url: string) => `The token’s issuer: fetch ${url}`,
  pasted: 'Paste a key',
  keyLabel: 'Key (JWKS, JWK, PEM or shared secret)',
  encoding: 'Secret encoding',
  utf8: 'UTF-8 text',
  base64url: 'base64url',
  settings: 'Validation',
  audience: 'Expected aud',
  tolerance: 'Clock tolerance (seconds)',
  nonce: 'Nonce',
  button: 'Verify signature',
  checks: 'Claim checks',
  checkStatus: { passed: 'passed', failed: 'failed', 'not-checked': 'not checked' } as Record<string, string>,
  nothingFetched:
    'Nothing is fetched until you press the button, and never from URLs named inside the token (jku, x5u).',
};
