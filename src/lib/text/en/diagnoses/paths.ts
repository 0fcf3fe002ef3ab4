/** Auth0 Dashboard paths the diagnoses point to, and helpers their texts share. */
export const app = ['Applications', 'Applications', 'your app'];
export const appSettings = [...app, 'Settings'];
export const grantTypes = [...appSettings, 'Advanced Settings', 'Grant Types'];
export const apiAuthorizationSettings = ['Settings', 'General', 'API Authorization Settings'];
export const apis = ['Applications', 'APIs', 'your API'];
export const logs = ['Monitoring', 'Logs'];
export const attackProtection = ['Security', 'Attack Protection'];
export const mfa = ['Security', 'Multi-factor Auth'];
export const actions = ['Actions', 'Triggers'];

export const docs = {
  grantTypes: 'https://auth0.com/docs/get-started/applications/update-grant-types',
  ropg: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/resource-owner-password-flow/call-your-api-using-resource-owner-password-flow',
  publicClients: 'https://auth0.com/docs/get-started/applications/confidential-and-public-applications',
  apis: 'https://auth0.com/docs/get-started/apis',
  m2m: 'https://auth0.com/docs/get-started/applications/application-access-to-apis-client-credentials',
  databaseConnections: 'https://auth0.com/docs/authenticate/database-connections',
  bruteForce: 'https://auth0.com/docs/secure/attack-protection/brute-force-protection',
  breachedPasswords: 'https://auth0.com/docs/secure/attack-protection/breached-password-detection',
  suspiciousIp: 'https://auth0.com/docs/secure/attack-protection/suspicious-ip-throttling',
  botDetection: 'https://auth0.com/docs/secure/attack-protection/bot-detection',
  rateLimits: 'https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy',
  mfa: 'https://auth0.com/docs/secure/multi-factor-authentication',
  mfaRopg: 'https://auth0.com/docs/secure/multi-factor-authentication/authenticate-using-ropg-flow-with-mfa',
  passwordless: 'https://auth0.com/docs/authenticate/passwordless',
  pkce: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce',
  codeFlow: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow',
  refreshTokens: 'https://auth0.com/docs/secure/tokens/refresh-tokens',
  rotation: 'https://auth0.com/docs/secure/tokens/refresh-tokens/refresh-token-rotation',
  deviceFlow: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/device-authorization-flow',
  ciba: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/client-initiated-backchannel-authentication-flow',
  tokenExchange: 'https://auth0.com/docs/authenticate/custom-token-exchange',
  dpop: 'https://auth0.com/docs/secure/sender-constraining/demonstrating-proof-of-possession-dpop',
  actions: 'https://auth0.com/docs/customize/actions',
  organizations: 'https://auth0.com/docs/manage-users/organizations',
  crossOrigin: 'https://auth0.com/docs/authenticate/login/cross-origin-authentication',
  silentAuth: 'https://auth0.com/docs/authenticate/login/configure-silent-authentication',
  cors: 'https://auth0.com/docs/get-started/applications/set-up-cors',
  scopes: 'https://auth0.com/docs/get-started/apis/scopes',
  tokenVault: 'https://auth0.com/docs/secure/tokens/token-vault',
};

/** The grant's name as the Dashboard's Grant Types checkboxes show it. */
export function grantCheckbox(grant = ''): string {
  if (grant === 'password' || grant.endsWith('/password-realm')) return 'Password';
  if (grant === 'client_credentials') return 'Client Credentials';
  if (grant === 'authorization_code') return 'Authorization Code';
  if (grant === 'refresh_token') return 'Refresh Token';
  if (grant === 'implicit') return 'Implicit';
  if (grant.endsWith(':device_code')) return 'Device Code';
  if (grant.includes('/passwordless/')) return 'Passwordless OTP';
  if (grant.includes('/mfa-')) return 'MFA';
  if (grant.endsWith(':token-exchange')) return 'Token Exchange';
  if (grant.includes('ciba')) return 'Client Initiated Backchannel Authentication (CIBA)';
  return grant || 'the grant you use';
}
