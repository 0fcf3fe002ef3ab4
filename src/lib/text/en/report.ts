/** Words of the Markdown report people paste into a forum post or a support ticket. */
export const reportTexts = {
  heading: 'Auth0 token request: debug report',
  note: 'Made with auth0-token-debugger. Secrets (client secret, password, tokens, codes, verifiers, OTPs, and the credentials of pasted headers, bodies and command lines) are replaced by [redacted]; what the answer said is quoted as code.',
  request: 'Request',
  response: 'Response',
  diagnosis: 'Diagnosis',
  fix: 'Fix',
  path: 'Dashboard path',
  noRequest: 'Not known: the response was pasted without a request in the form.',
  clientAuth: 'Client authentication',
  body: 'Body format',
  parameter: 'Parameter',
  value: 'Value',
  claims: (name: string) => `${name} (decoded, not verified; identifying claims left out)`,
  transport: { direct: 'sent from the browser', pasted: 'pasted' },
  state: (state: string) => `No HTTP answer was read: ${state}.`,
  redacted: '[redacted]',
};
