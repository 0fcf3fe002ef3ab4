/** Labels of the signature panel (loaded with the token views). */
export const verifyUi = {
  heading: 'Signature',
  status: {
    unverified: 'Not verified: decoding shows what a token says, not who wrote it.',
    verifying: 'Verifying…',
  } as Record<string, string>,
  keys: 'Keys',
  tenant: (url: string) => `The tenant’s keys at ${url}`,
  noTenant: 'The tenant’s keys: fill in Tenant domain in the request form first',
  tenantPending: 'The tenant’s keys (reading the request form…)',
  issuer: (url: string) => `The issuer’s keys at ${url} (the host this token names)`,
  pasted: 'Paste keys',
  pickSource: (url: string) =>
    `Nothing was fetched. Pick where the keys come from: the issuer’s keys at ${url}, or “Paste keys”.`,
  pickSourceNoIssuer:
    'Nothing was fetched. Pick “Paste keys” and paste the JWKS, or fill in Tenant domain in the request form.',
  keyLabel: 'Key (JWKS, JWK, PEM or shared secret)',
  encoding: 'Secret encoding',
  utf8: 'UTF-8 text',
  base64url: 'base64url',
  settings: 'Validation',
  audience: 'Expected aud',
  tolerance: 'Clock tolerance (seconds)',
  nonce: 'Nonce',
  nonceSent: 'the nonce this page sent with the login',
  button: 'Verify signature',
  checks: 'Claim checks',
  checkStatus: { passed: 'passed', failed: 'failed', 'not-checked': 'not checked' } as Record<string, string>,
  nothingFetched:
    'Nothing is fetched until you press the button, only from the source picked above, never through a redirect, and never from URLs named inside the token (jku, x5u).',
};
