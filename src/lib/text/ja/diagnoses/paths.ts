import type { Facts } from '../../../diagnose/facts';
import type * as en from '../../en/diagnoses/paths';

/** Auth0 Dashboard のパス（Dashboard の表記のまま）と、診断テキストが共有するヘルパー。 */
export const app = ['Applications', 'Applications', '対象のアプリ'] satisfies typeof en.app;
export const appSettings = [...app, 'Settings'] satisfies typeof en.appSettings;
export const grantTypes = [...appSettings, 'Advanced Settings', 'Grant Types'] satisfies typeof en.grantTypes;
export const apiAuthorizationSettings = [
  'Settings',
  'General',
  'API Authorization Settings',
] satisfies typeof en.apiAuthorizationSettings;
export const apis = ['Applications', 'APIs', '対象の API'] satisfies typeof en.apis;
export const logs = ['Monitoring', 'Logs'] satisfies typeof en.logs;
export const attackProtection = ['Security', 'Attack Protection'] satisfies typeof en.attackProtection;
export const mfa = ['Security', 'Multi-factor Auth'] satisfies typeof en.mfa;
export const actions = ['Actions', 'Triggers'] satisfies typeof en.actions;
export const actionsLibrary = ['Actions', 'Library'] satisfies typeof en.actionsLibrary;
export const rules = ['Auth Pipeline', 'Rules'] satisfies typeof en.rules;
export const hooks = ['Auth Pipeline', 'Hooks'] satisfies typeof en.hooks;
export const database = ['Authentication', 'Database', '対象の接続'] satisfies typeof en.database;
export const customDatabase = [...database, 'Custom Database'] satisfies typeof en.customDatabase;
export const passwordlessPath = ['Authentication', 'Passwordless'] satisfies typeof en.passwordlessPath;
export const organizationsPath = ['Organizations', '対象の Organization'] satisfies typeof en.organizationsPath;
export const appConnections = [...app, 'Connections'] satisfies typeof en.appConnections;
export const appUris = [...appSettings, 'Application URIs'] satisfies typeof en.appUris;
export const credentials = [...app, 'Credentials'] satisfies typeof en.credentials;
export const users = ['User Management', 'Users', '対象のユーザー'] satisfies typeof en.users;
export const m2mApps = [
  'Applications',
  'APIs',
  'Auth0 Management API',
  'Machine To Machine Applications',
] satisfies typeof en.m2mApps;

/** レスポンス自身の文言を、テキスト本文のあとに引用する。根拠であって診断ではない（ドキュメントのプレースホルダー「…」は引用しない）。 */
export const said = ((f: Facts): string =>
  f.description && /\w/.test(f.description)
    ? `レスポンスには「${f.description}」とあります。`
    : '') satisfies typeof en.said;

/** このレスポンスで動いたテナント側のコードがどこにあるか（応答したグラントまたはエンドポイントから判断）。 */
export const codeHome = ((f: Facts): { where: string; breadcrumb: string[] } => {
  if (f.grant === 'client_credentials')
    return {
      where: 'Machine to Machine（credentials-exchange）の Action、または旧来の Client Credentials Exchange Hook',
      breadcrumb: [...actions, 'credentials-exchange'],
    };
  if (f.endpoint === '/dbconnections/signup' || f.endpoint === '/api/v2')
    return {
      where: 'Pre User Registration の Action、または旧来の Pre User Registration Hook',
      breadcrumb: [...actions, 'pre-user-registration'],
    };
  if (f.grant?.endsWith(':token-exchange'))
    return {
      where: 'プロファイルの Custom Token Exchange Action',
      breadcrumb: [...actions, 'custom-token-exchange'],
    };
  return {
    where: 'Post Login Action、または旧来の Rule',
    breadcrumb: [...actions, 'post-login'],
  };
}) satisfies typeof en.codeHome;

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
  managementToken: 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens',
  managementErrors: 'https://auth0.com/docs/api/management/v2',
  validateTokens: 'https://auth0.com/docs/secure/tokens/access-tokens/validate-access-tokens',
  jwks: 'https://auth0.com/docs/secure/tokens/json-web-tokens/json-web-key-sets',
  idTokens: 'https://auth0.com/docs/secure/tokens/id-tokens/validate-id-tokens',
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
} satisfies typeof en.docs;

/** Dashboard の Grant Types チェックボックスに表示されるグラント名。 */
export const grantCheckbox = ((grant = ''): string => {
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
  return grant || '使用しているグラント';
}) satisfies typeof en.grantCheckbox;
