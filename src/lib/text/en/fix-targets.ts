import { fieldLabels } from './request';

const demoGrantNames: Record<string, string> = {
  password: 'Password',
  client_credentials: 'Client Credentials',
  refresh_token: 'Refresh Token',
  authorization_code: 'Authorization Code',
};

const otherFields: Record<string, string> = {
  domain: 'Tenant domain',
  grant_type: 'Grant type',
  client_auth: 'Client authentication',
  extras: 'Extra parameters',
};

/** The words of a link from a fix to what it names on the page: a field of the form, a switch of the demo tenant. */
export const fixTargetLabels = {
  field: (field: string) => `Go to ${otherFields[field] ?? fieldLabels[field as keyof typeof fieldLabels] ?? field}`,
  grant: (grant: string) => `Tick “${demoGrantNames[grant] ?? grant}” in the demo tenant`,
  directory: 'Set Default Directory in the demo tenant',
  origins: 'Allow this page’s origin in the demo tenant',
  m2m: 'Authorize Demo App for the demo API',
};
