import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';

const app = ['Applications', 'Applications', 'your app'];
const grantTypesPath = [...app, 'Settings', 'Advanced Settings', 'Grant Types'];

/** The grant's name as the Dashboard's Grant Types checkboxes show it. */
export function grantCheckbox(grant = ''): string {
  if (grant === 'password' || grant.endsWith('/password-realm')) return 'Password';
  if (grant === 'client_credentials') return 'Client Credentials';
  if (grant === 'authorization_code') return 'Authorization Code';
  if (grant === 'refresh_token') return 'Refresh Token';
  if (grant.endsWith(':device_code')) return 'Device Code';
  if (grant.includes('/passwordless/')) return 'Passwordless OTP';
  if (grant.includes('/mfa-')) return 'MFA';
  if (grant.endsWith(':token-exchange')) return 'Token Exchange';
  return grant || 'the grant you use';
}

/** Texts of every catalogue entry, by id: what happened, why, and the switch that fixes it. */
export const catalogueTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.grant-not-allowed': (f) => ({
    title: `${grantCheckbox(f.grant)} grant not enabled for this application`,
    cause: `The application ${f.clientId ? `${f.clientId} ` : ''}is not allowed to use the ${f.grant ?? ''} grant. New applications have only the grants of their type; Password is off by default since 2017.`,
    fix: [
      'Open the application in the Dashboard: Applications > Applications > your app.',
      `Settings > Advanced Settings > Grant Types: tick “${grantCheckbox(f.grant)}”.`,
      'Save Changes, then send again.',
    ],
    breadcrumb: [...grantTypesPath, grantCheckbox(f.grant)],
    docs: 'https://auth0.com/docs/get-started/applications/update-grant-types',
  }),
  'auth0.no-default-connection': () => ({
    title: 'No default connection for the password grant',
    cause:
      'The password grant does not say which user database to check, and the tenant has no Default Directory to fall back on.',
    fix: [
      'Find your database connection’s name under Authentication > Database (usually Username-Password-Authentication).',
      'Settings (tenant) > General > API Authorization Settings > Default Directory: enter that name and Save.',
      'Or send the password-realm grant with Realm set to that name instead.',
    ],
    breadcrumb: ['Settings', 'General', 'API Authorization Settings', 'Default Directory'],
    docs: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/resource-owner-password-flow/call-your-api-using-resource-owner-password-flow',
  }),
  'auth0.wrong-credentials': (f) => ({
    title: 'Wrong username or password',
    cause: `The connection ${f.connection ? `${f.connection} ` : ''}did not accept these credentials: a wrong password, a user that does not exist in this connection, or a user in another connection than the one checked.`,
    fix: [
      'Check the user exists: User Management > Users, and note its Connection.',
      'Send that connection as Realm (password-realm grant) or make it the Default Directory.',
      'Reset the password if unsure; repeated failures lead to brute-force protection blocking the user.',
    ],
    breadcrumb: ['User Management', 'Users'],
    docs: 'https://auth0.com/docs/secure/attack-protection/brute-force-protection',
  }),
  'auth0.client-authentication-failed': (f) => ({
    title: 'The application could not be authenticated',
    cause: `Auth0 answers a bare “Unauthorized” when the client id is unknown, the secret is wrong, or the Authentication Method does not match how the secret was sent. From a browser it also means a confidential client was called where only a public one (Authentication Method None) may be.`,
    fix: [
      `Copy Client ID and Client Secret again from Applications > Applications > your app > Settings${f.clientId ? ` (client ${f.clientId})` : ''}.`,
      'Match Client authentication to the app’s Credentials > Authentication Method (Client Secret (Post), Client Secret (Basic) or None).',
      'For a browser or PKCE flow: Application Type Single Page Application or Native, Authentication Method None.',
    ],
    breadcrumb: [...app, 'Credentials', 'Authentication Method'],
    docs: 'https://auth0.com/docs/get-started/applications/confidential-and-public-applications',
  }),
  'auth0.service-not-found': (f) => ({
    title: `No API with identifier ${f.audience || 'as sent'}`,
    cause: `The audience ${f.audience || ''} is not the identifier of any API of this tenant. It must match the API’s Identifier exactly, trailing slash included.`,
    fix: [
      'Applications > APIs: copy the Identifier of the API you want (not its name, not its id).',
      'Paste it into Audience and send again.',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings', 'Identifier'],
    docs: 'https://auth0.com/docs/get-started/apis',
  }),
  'auth0.client-not-authorized-for-api': (f) => ({
    title: `This application is not authorized for ${f.audience || 'the API'}`,
    cause: `A machine-to-machine token needs a client grant: the API must list this application as authorized, with the scopes it may get.`,
    fix: [
      `Applications > APIs > ${f.audience || 'the API'} > Machine To Machine Applications (or Application Access).`,
      'Authorize this application, tick the permissions it needs, and Update.',
      'Send again.',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Machine To Machine Applications'],
    docs: 'https://auth0.com/docs/get-started/applications/application-access-to-apis-client-credentials',
  }),
  'auth0.no-audience': () => ({
    title: 'No audience, and no default audience',
    cause: 'A client credentials request must name the API it wants a token for.',
    fix: [
      'Set Audience to the API’s Identifier (Applications > APIs).',
      'Or set a Default Audience: Settings > General > API Authorization Settings.',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Identifier'],
    docs: 'https://auth0.com/docs/get-started/applications/application-access-to-apis-client-credentials',
  }),
};
