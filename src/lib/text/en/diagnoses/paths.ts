import type { Facts } from '../../../diagnose/facts';

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
export const actionsLibrary = ['Actions', 'Library'];
export const rules = ['Auth Pipeline', 'Rules'];
export const hooks = ['Auth Pipeline', 'Hooks'];
export const database = ['Authentication', 'Database', 'your connection'];
export const customDatabase = [...database, 'Custom Database'];
export const passwordlessPath = ['Authentication', 'Passwordless'];
export const organizationsPath = ['Organizations', 'your organization'];
export const appConnections = [...app, 'Connections'];
export const appUris = [...appSettings, 'Application URIs'];
export const credentials = [...app, 'Credentials'];
export const users = ['User Management', 'Users', 'the user'];
export const m2mApps = ['Applications', 'APIs', 'Auth0 Management API', 'Machine To Machine Applications'];

/** The answer's own words, quoted after a text's own: evidence, never the diagnosis (a docs placeholder "…" is none). */
export const said = (f: Facts): string =>
  f.description && /\w/.test(f.description) ? ` The answer says: “${f.description}”.` : '';

/** A Management API call a tool made (Terraform, the Deploy CLI, Pulumi): the tool's own part in the fix. */
export const toolSteps = (f: Facts): string[] => {
  if (!f.tool) return [];
  const tool = f.tool === 'Deploy CLI' ? 'the Deploy CLI' : f.tool;
  const Tool = tool.charAt(0).toUpperCase() + tool.slice(1);
  return [
    `${Tool} made this call: if it began after upgrading ${tool}${f.tool === 'Deploy CLI' ? '' : ' or its Auth0 provider'}, look the message up in its changelog and issues, and pin the previous version until a fixed release.`,
    `If ${tool} calls a feature this tenant does not have (a paid one, Hooks or custom domains on some plans and private instances), leave that resource out of what it manages${f.tool === 'Deploy CLI' ? ' (AUTH0_EXCLUDED in its config)' : f.tool === 'Terraform' ? ' (remove it from the configuration and terraform state rm it)' : ''}.`,
  ];
};

/** Where the tenant's own code that ran for this answer lives, by the grant or endpoint it answered. */
export function codeHome(f: Facts): { where: string; breadcrumb: string[] } {
  if (f.grant === 'client_credentials')
    return {
      where: 'the Machine to Machine (credentials-exchange) Action, or a legacy Client Credentials Exchange Hook',
      breadcrumb: [...actions, 'credentials-exchange'],
    };
  if (f.endpoint === '/dbconnections/signup' || f.endpoint === '/api/v2')
    return {
      where: 'the Pre User Registration Action, or a legacy Pre User Registration Hook',
      breadcrumb: [...actions, 'pre-user-registration'],
    };
  if (f.grant?.endsWith(':token-exchange'))
    return {
      where: 'the Custom Token Exchange Action of the profile',
      breadcrumb: [...actions, 'custom-token-exchange'],
    };
  return {
    where: 'a Post Login Action, or a legacy Rule',
    breadcrumb: [...actions, 'post-login'],
  };
}

export const docs = {
  opaqueTokens: 'https://auth0.com/docs/secure/tokens/access-tokens#opaque-access-tokens',
  nodeCaCerts: 'https://nodejs.org/api/cli.html#node_extra_ca_certsfile',
  nativeToWebSso: 'https://auth0.com/docs/authenticate/single-sign-on/native-to-web',
  samlIdpInitiated:
    'https://auth0.com/docs/authenticate/protocols/saml/saml-sso-integrations/identity-provider-initiated-single-sign-on',
  emailTemplates: 'https://auth0.com/docs/customize/email/email-templates',
  emailProviders: 'https://auth0.com/docs/customize/email/smtp-email-providers',
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
  tenantAdvanced: 'https://auth0.com/docs/get-started/tenant-settings#advanced',
  actions: 'https://auth0.com/docs/customize/actions',
  organizations: 'https://auth0.com/docs/manage-users/organizations',
  crossOrigin: 'https://auth0.com/docs/authenticate/login/cross-origin-authentication',
  silentAuth: 'https://auth0.com/docs/authenticate/login/configure-silent-authentication',
  cors: 'https://auth0.com/docs/get-started/applications/set-up-cors',
  scopes: 'https://auth0.com/docs/get-started/apis/scopes',
  tokenVault: 'https://auth0.com/docs/secure/tokens/token-vault',
  privateKeyJwt:
    'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authenticate-with-private-key-jwt',
  mtls: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authenticate-with-mtls',
  par: 'https://auth0.com/docs/get-started/applications/configure-par',
  fapi: 'https://auth0.com/docs/get-started/applications/configure-fapi-compliance',
  jar: 'https://auth0.com/docs/get-started/applications/configure-jar',
  callbacks: 'https://auth0.com/docs/get-started/applications/application-settings',
  logout: 'https://auth0.com/docs/authenticate/login/logout/redirect-users-after-logout',
  errorPages: 'https://auth0.com/docs/authenticate/login/auth0-universal-login/error-pages',
  consent:
    'https://auth0.com/docs/get-started/applications/confidential-and-public-applications/user-consent-and-third-party-applications',
  rbac: 'https://auth0.com/docs/manage-users/access-control/rbac',
  customDb: 'https://auth0.com/docs/authenticate/database-connections/custom-db',
  customDbErrors: 'https://auth0.com/docs/authenticate/database-connections/custom-db/error-handling',
  actionsLogs: 'https://auth0.com/docs/customize/actions/test-actions',
  rulesErrors: 'https://auth0.com/docs/customize/rules/raise-errors-from-rules',
  hooks: 'https://auth0.com/docs/customize/hooks',
  passwordPolicy: 'https://auth0.com/docs/authenticate/database-connections/password-strength',
  signup: 'https://auth0.com/docs/api/authentication#signup',
  mfaApi: 'https://auth0.com/docs/secure/multi-factor-authentication/manage-mfa-auth0-apis',
  guardian: 'https://auth0.com/docs/secure/multi-factor-authentication/auth0-guardian',
  smsProviders: 'https://auth0.com/docs/authenticate/passwordless/authentication-methods/use-sms-gateway-passwordless',
  passkeys: 'https://auth0.com/docs/authenticate/database-connections/passkeys',
  userinfo: 'https://auth0.com/docs/api/authentication#get-user-info',
  authenticationApi: 'https://auth0.com/docs/api/authentication',
  authorizeParams: 'https://auth0.com/docs/api/authentication#authorize-application',
  managementToken: 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens',
  managementErrors: 'https://auth0.com/docs/api/management/v2',
  validateTokens: 'https://auth0.com/docs/secure/tokens/access-tokens/validate-access-tokens',
  jwks: 'https://auth0.com/docs/secure/tokens/json-web-tokens/json-web-key-sets',
  idTokens: 'https://auth0.com/docs/secure/tokens/id-tokens/validate-id-tokens',
  signingKeys: 'https://auth0.com/docs/get-started/tenant-settings/signing-keys',
  customClaims: 'https://auth0.com/docs/secure/tokens/json-web-tokens/create-custom-claims',
  spa: 'https://auth0.com/docs/libraries/auth0-single-page-app-sdk',
  orgLogin: 'https://auth0.com/docs/manage-users/organizations/login-flows-for-organizations',
  orgInvitations: 'https://auth0.com/docs/manage-users/organizations/configure-organizations/invite-members',
  hrd: 'https://auth0.com/docs/authenticate/login/auth0-universal-login/identifier-first',
  enterpriseOidc: 'https://auth0.com/docs/authenticate/identity-providers/enterprise-identity-providers/oidc',
  legacy: 'https://auth0.com/docs/troubleshoot/product-lifecycle/past-migrations/migration-oauthro-oauthtoken',
  metadata: 'https://auth0.com/docs/manage-users/user-accounts/metadata/metadata-fields-data',
  sessionMetadata: 'https://auth0.com/docs/manage-users/sessions',
  credentialsExchange: 'https://auth0.com/docs/customize/actions/explore-triggers/credentials-exchange',
  socialConnections: 'https://auth0.com/docs/authenticate/identity-providers/social-identity-providers',
  samlSp:
    'https://auth0.com/docs/authenticate/protocols/saml/saml-sso-integrations/configure-auth0-saml-service-provider',
  samlTroubleshoot: 'https://auth0.com/docs/troubleshoot/authentication-issues/troubleshoot-saml-configurations',
  customDomains: 'https://auth0.com/docs/customize/custom-domains',
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
