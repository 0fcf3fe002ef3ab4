/** Validation messages of the request form (loaded with the validation). */
export const requestMessages = {
  required: (label: string) => `${label} is required for this grant.`,
  clientIdRequired: () => 'Client ID is required: copy it from Applications > Applications > your app > Settings.',
  secretRequired: () =>
    'Client secret is required with this client authentication. Choose "none" for a public client (SPA or Native).',
  domainLabel: 'Tenant domain',
  placeholder: (label: string, placeholder: string) =>
    `${label} still holds ${placeholder}, a placeholder from the example: put your own value here. Nothing is sent while a placeholder is left.`,
  extraPlaceholder: (line: number, name: string, placeholder: string) =>
    `Extra parameters, line ${line}: ${name} still holds ${placeholder}, a placeholder from the example.`,
  placeholders: (names: string) => `Replace the placeholders before sending: ${names}.`,
  assertionRequired: () =>
    'Client assertion is required with private_key_jwt: paste the private key below to have it signed here, or paste a signed assertion.',
  absoluteUrl: (label: string) => `${label} must be an absolute URL such as https://app.example.com/callback.`,
  passwordlessRealm: () => 'Realm is "email" or "sms" for passwordless.',
  uri: (label: string) => `${label} must be a URI, such as urn:ietf:params:oauth:token-type:access_token.`,
  unknownGrant: (grant: string) => `Unknown grant type: ${grant}`,
  confidentialOnly: () =>
    'Client credentials needs client authentication: a machine-to-machine application always has a secret (or a private key).',
  extraLine: (line: number) => `Extra parameters, line ${line}: write name=value.`,
  extraReserved: (line: number, name: string) =>
    `Extra parameters, line ${line}: ${name} has its own field above; set it there.`,
  confirmDomain: (origin: string) =>
    `This domain came from a link and is not run by Auth0: nothing is sent to ${origin} until you confirm it below.`,
  timeout: (min: number, max: number) => `Timeout is a whole number of seconds from ${min} to ${max}.`,
};
