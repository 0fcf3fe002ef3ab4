import type * as en from '../en/authorize-paths';

/** /authorize 側の Dashboard のパス（Dashboard の表記のまま）とドキュメント。 */
export const appUris = [
  'Applications',
  'Applications',
  'your app',
  'Settings',
  'Application URIs',
] satisfies typeof en.appUris;
export const callbackUrls = [...appUris, 'Allowed Callback URLs'] satisfies typeof en.callbackUrls;
export const webOrigins = [...appUris, 'Allowed Web Origins'] satisfies typeof en.webOrigins;
export const logoutUrls = [...appUris, 'Allowed Logout URLs'] satisfies typeof en.logoutUrls;
export const grantTypesPath = [
  'Applications',
  'Applications',
  'your app',
  'Settings',
  'Advanced Settings',
  'Grant Types',
] satisfies typeof en.grantTypesPath;
export const actionsPath = ['Actions', 'Triggers', 'post-login'] satisfies typeof en.actionsPath;
export const rulesPath = ['Auth Pipeline', 'Rules'] satisfies typeof en.rulesPath;
export const logsPath = ['Monitoring', 'Logs'] satisfies typeof en.logsPath;

export const authorizeDocs = {
  appSettings: 'https://auth0.com/docs/get-started/applications/application-settings',
  logout: 'https://auth0.com/docs/authenticate/login/logout/redirect-users-after-logout',
  silentAuth: 'https://auth0.com/docs/authenticate/login/configure-silent-authentication',
  actions: 'https://auth0.com/docs/customize/actions/explore-triggers/signup-and-login-triggers/login-trigger',
  rules: 'https://auth0.com/docs/customize/rules',
  consent:
    'https://auth0.com/docs/get-started/applications/confidential-and-public-applications/user-consent-and-third-party-applications',
  organizations: 'https://auth0.com/docs/manage-users/organizations/login-flows-for-organizations',
  par: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow/authorization-code-flow-with-par',
  thirdPartyCookies: 'https://auth0.com/docs/troubleshoot/authentication-issues/renew-tokens-when-using-safari',
  customDomains: 'https://auth0.com/docs/customize/custom-domains',
  authorize: 'https://auth0.com/docs/api/authentication/authorization-code-flow/authorize-application',
  state: 'https://auth0.com/docs/secure/attack-protection/state-parameters',
  idTokens: 'https://auth0.com/docs/secure/tokens/id-tokens/validate-id-tokens',
  implicit: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/implicit-flow-with-form-post',
  pkce: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authorization-code-flow-with-pkce',
  grantTypes: 'https://auth0.com/docs/get-started/applications/update-grant-types',
  connections: 'https://auth0.com/docs/authenticate/identity-providers',
  apis: 'https://auth0.com/docs/get-started/apis',
  sessions: 'https://auth0.com/docs/manage-users/sessions/configure-session-lifetime-settings',
  signup: 'https://auth0.com/docs/authenticate/database-connections',
  errorPages: 'https://auth0.com/docs/customize/login-pages/custom-error-pages',
  oidcCore: 'https://openid.net/specs/openid-connect-core-1_0.html#ImplicitIDTValidation',
} satisfies typeof en.authorizeDocs;

/** 「Auth0 のメッセージは…」。Auth0 が何も言わなかったときは空文字列。 */
export const said = ((description: string | undefined): string =>
  description ? `Auth0 のメッセージは「${description}」です。` : '') satisfies typeof en.said;
