import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { apiAuthorizationSettings, appConnections, database, docs, said } from './paths';

/** Connections and realms. */
export const connectionTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.idp-user-not-assigned': (f) => ({
    title: 'The identity provider refused the user: not assigned to its application',
    cause: `The enterprise identity provider behind the connection (Okta, Microsoft Entra ID…) authenticated the user but refused to let them into the application Auth0 is registered as there, because the user (or a group of theirs) is not assigned to it. Auth0 passes that refusal on as access_denied; no rule, Action or Auth0 setting caused it.${said(f)}`,
    fix: [
      'In the provider’s admin console, assign the user or their group to the application used by this Auth0 connection (Okta: Applications > the app > Assignments; Entra ID: Enterprise applications > the app > Users and groups).',
      'Or, at the provider, stop requiring assignment for that application (Entra ID: Properties > Assignment required: No).',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'your connection'],
    docs: docs.socialConnections,
  }),
  'auth0.social-connection-error': (f) => ({
    title: `The identity provider${f.connection ? ` behind the ${f.connection} connection` : ''} refused Auth0`,
    cause: `Auth0 reached the social or enterprise provider and the provider answered with an error: the connection's credentials do not match what is registered at the provider (Client ID or Services ID, Client Secret, or for Apple the Team ID, Key ID and signing key), or the provider's app does not list Auth0's callback URL.${said(f)}`,
    fix: [
      'Authentication > Social (or Enterprise) > the connection > Settings: compare every credential with the provider’s console, and replace a secret or key that was rotated.',
      'In the provider’s console: add https://{your tenant domain}/login/callback (or your custom domain’s) as an allowed redirect URI.',
      'Monitoring > Logs: the failed login’s details carry the provider’s own error.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection', 'Settings'],
    docs: docs.socialConnections,
  }),
  'auth0.saml-idp-initiated': (f) => ({
    title: 'The SAML connection does not accept IdP-initiated logins',
    cause: `The identity provider posted a SAML response that Auth0 did not ask for (IdP-initiated SSO, e.g. a tile in Okta or Entra ID). Auth0 takes one only when the connection allows it and names the application to log the user in to.${said(f)}`,
    fix: [
      'Authentication > Enterprise > SAML > your connection > IdP-Initiated SSO: turn on Accept Requests.',
      'Choose the Default Application, its Response Protocol (OpenID Connect for most apps) and any Query String (e.g. redirect_uri=…).',
      'Or start logins at your application instead (SP-initiated), which needs none of this.',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', 'your connection', 'IdP-Initiated SSO'],
    docs: docs.samlIdpInitiated,
  }),
  'auth0.no-default-connection': () => ({
    title: 'No default connection for the password grant',
    cause:
      'The password grant does not say which user database to check, and the tenant has no Default Directory to fall back on.',
    fix: [
      'Find your database connection’s name under Authentication > Database (usually Username-Password-Authentication).',
      'Settings > General > API Authorization Settings > Default Directory: enter that name and Save.',
      'Or use the password-realm grant with Realm set to that name.',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Directory'],
    docs: docs.ropg,
  }),
  'auth0.connection-not-found': (f) => ({
    title: `Connection ${f.connection ? `“${f.connection}” ` : ''}not found`,
    cause:
      'The realm (or connection, or Default Directory) names a connection this tenant does not have: names are exact and case-sensitive.',
    fix: [
      'Authentication > Database (or Enterprise, Social): copy the connection’s Name exactly.',
      'Put it in Realm (password-realm) or in Settings > General > API Authorization Settings > Default Directory.',
    ],
    breadcrumb: ['Authentication', 'Database'],
    docs: docs.databaseConnections,
  }),
  'auth0.connection-disabled': (f) => ({
    title: `Connection ${f.connection ? `“${f.connection}” ` : ''}not enabled for this application`,
    cause: 'The connection exists but is switched off for this application, so its users cannot log in through it.',
    fix: [
      'Applications > Applications > your app > Connections: turn the connection on.',
      'Or Authentication > Database > the connection > Applications: enable your app.',
    ],
    breadcrumb: appConnections,
    docs: docs.databaseConnections,
  }),
  'auth0.no-connection-enabled': () => ({
    title: 'The application has no connection enabled',
    cause:
      'Universal Login has nowhere to log the user in: every connection is off for this application (new applications created through Dynamic Client Registration or the Management API start with none).',
    fix: [
      'Applications > Applications > your app > Connections: turn on the database, social or enterprise connection users should use.',
    ],
    breadcrumb: appConnections,
    docs: docs.databaseConnections,
  }),
  'auth0.strategy-not-supported': () => ({
    title: 'This connection cannot check passwords',
    cause:
      'The realm names a social or enterprise connection; only database (and some enterprise AD/LDAP) connections take a username and password.',
    fix: ['Use a database connection as Realm, or log these users in through /authorize (authorization code flow).'],
    breadcrumb: ['Authentication', 'Database'],
    docs: docs.ropg,
  }),
  'auth0.signup-disabled': (f) => ({
    title: 'Sign-ups are disabled on this connection',
    cause: 'The connection’s Disable Sign Ups switch is on, so new users can only be created by an administrator.',
    fix: [
      f.endpoint === '/passwordless/start'
        ? 'Authentication > Passwordless > Email (or SMS): turn Disable Sign Ups off, or create the user first; a code is then sent only to an address that already has a user.'
        : 'Authentication > Database > your connection > Settings: turn Disable Sign Ups off, or create the user under User Management > Users.',
      'Or send the user to the login screen, not the sign-up screen (screen_hint=signup).',
      'If the connection allows sign-ups, a Rule or Action refused with these words (a “disable social signups” rule): find it under Actions > Triggers or Auth Pipeline > Rules.',
    ],
    breadcrumb: [...database, 'Settings', 'Disable Sign Ups'],
    docs: docs.databaseConnections,
  }),
  'auth0.home-realm-mismatch': () => ({
    title: 'The email’s domain belongs to no enterprise connection',
    cause:
      'Home Realm Discovery sends a user to the enterprise connection whose domains include the email’s domain, and none does.',
    fix: [
      'Authentication > Enterprise > your connection > Settings: add the email’s domain to its domains (Home Realm Discovery).',
      'Or let the user log in with another connection.',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'your connection', 'Settings'],
    docs: docs.hrd,
  }),
  'auth0.saml-audience-invalid': (f) => ({
    title: 'The SAML assertion is for another service provider',
    cause: `Auth0 is the service provider of this SAML connection and accepts only assertions whose Audience is its own SP Entity ID, urn:auth0:{tenant}:{connection}${f.spEntityId ? ` (here ${f.spEntityId})` : ''}. The identity provider sent another Audience: its application was set up with another Entity ID, tenant or connection name.${said(f)}`,
    fix: [
      'In the identity provider’s application for Auth0: set the SP Entity ID / Audience (Identifier in Entra ID, Audience URI in Okta) to urn:auth0:{your tenant}:{connection name} exactly.',
      'Or, if the IdP cannot change it, Authentication > Enterprise > SAML > your connection: set the Entity ID it expects, then log in again.',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', 'your connection', 'Settings'],
    docs: docs.samlSp,
  }),
  'auth0.saml-signature-invalid': (f) => ({
    title: 'The SAML assertion is not signed with the certificate Auth0 expects',
    cause: `The identity provider signed the SAML response with a certificate whose thumbprint is not the one stored on the SAML connection (the IdP rotated its certificate, or the wrong one was uploaded), or the signature does not verify.${said(f)}`,
    fix: [
      'Download the IdP’s current signing certificate (from its SAML metadata).',
      'Authentication > Enterprise > SAML > your connection > Settings: upload it as the X.509 Signing Certificate (PEM or CER), save, and log in again.',
      'Check the IdP signs the response or the assertion with the algorithm the connection expects (Sign Request / Signature Algorithm).',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', 'your connection', 'Settings'],
    docs: docs.samlTroubleshoot,
  }),
  'auth0.enterprise-oidc-client-auth': (f) => ({
    title: 'The enterprise identity provider refused Auth0’s client credentials',
    cause: `When the OpenID Connect connection exchanged the code at the provider’s token endpoint, the provider asked for another client authentication (Basic instead of Post, or a different secret).${said(f)}`,
    fix: [
      'Authentication > Enterprise > OpenID Connect > your connection: check Client ID and Client Secret against the provider.',
      'Match the provider’s token endpoint authentication method (client_secret_basic or client_secret_post).',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'OpenID Connect', 'your connection'],
    docs: docs.enterpriseOidc,
  }),
  'auth0.enterprise-dpop': () => ({
    title: 'The identity provider asks for DPoP Auth0 cannot sign',
    cause:
      'The enterprise OpenID Connect provider requires DPoP-bound tokens with a signing algorithm the connection does not use.',
    fix: [
      'On the provider’s side, turn off the DPoP requirement for Auth0’s client, or allow the algorithm Auth0 signs with.',
      'Check the connection settings under Authentication > Enterprise > OpenID Connect.',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'OpenID Connect', 'your connection'],
    docs: docs.enterpriseOidc,
  }),
  'auth0.connection-not-domain': (f) => ({
    title: `${f.connection ?? 'This connection'} cannot be used by this application`,
    cause: `The request (connection=… on /authorize, or the login page) named a connection this application may not use: it is not enabled for the application, or the application is a third-party one (created by Dynamic Client Registration, e.g. an MCP client) and only domain-level connections are open to those.${said(f)}`,
    fix: [
      'Applications > your app > Connections: enable the connection for this application.',
      'For third-party (DCR) applications: make the connection domain-level (Management API PATCH /api/v2/connections/{id} with is_domain_connection: true, or the Auth0 CLI), then log in again.',
      'Or drop connection= from the request and let Universal Login offer the enabled connections.',
    ],
    breadcrumb: appConnections,
    docs: docs.databaseConnections,
  }),
  'auth0.entra-error': (f) => {
    const code = f.aadsts ?? '';
    const known: Record<string, string> = {
      '50020':
        'The account belongs to another directory (or a personal Microsoft account) that this app registration does not accept: in Microsoft Entra, set Supported account types to accounts in any organizational directory (multi-tenant) or invite the user as a guest; for multi-tenant logins turn on Use common endpoint in the Auth0 connection.',
      '50011':
        'The redirect URI is not registered: in Microsoft Entra > App registrations > your app > Authentication, add https://YOUR_DOMAIN/login/callback as a Web redirect URI.',
      '7000215':
        'The client secret is wrong: create a new one in Microsoft Entra (Certificates & secrets) and paste its Value (not its ID) into the Auth0 connection’s Client Secret.',
      '7000222':
        'The client secret expired: create a new one in Microsoft Entra (Certificates & secrets) and paste its Value into the Auth0 connection’s Client Secret.',
      '700016':
        'No such application in that directory: check the Client ID and the Microsoft Azure AD Domain in the Auth0 connection.',
      '65001':
        'Consent is missing: in Microsoft Entra > your app > API permissions, grant admin consent (or let an administrator log in first).',
      '50105':
        'The user is not assigned to the app: in Microsoft Entra > Enterprise applications > your app > Users and groups, assign them, or turn off Assignment required.',
      '53003':
        'A Conditional Access policy of the directory blocked the login: the directory’s administrator must allow it.',
    };
    return {
      title: `Microsoft Entra ID refused the login${code ? ` (AADSTS${code})` : ''}`,
      cause: `Auth0 handed the login to Microsoft Entra ID (Azure AD) through an enterprise or social connection, and Microsoft refused it with its own code; the fix is in the Entra app registration or in the Auth0 connection, not in your application.${said(f)}`,
      fix: [
        known[code] ??
          `Look up AADSTS${code || '…'} in Microsoft’s error reference; the fix is in Microsoft Entra (the app registration used by the connection) or in the Auth0 connection’s settings.`,
        'Authentication > Enterprise > Microsoft Azure AD > your connection: check its Domain, Client ID and Client Secret match the Entra app registration.',
      ],
      breadcrumb: ['Authentication', 'Enterprise', 'Microsoft Azure AD', 'your connection'],
      docs: docs.enterpriseOidc,
    };
  },
  'auth0.saml-decrypt-failed': (f) => ({
    title: 'Auth0 could not decrypt the SAML assertion',
    cause: `The identity provider encrypted the assertion, but not for the certificate of this tenant’s SAML connection (an old or another tenant’s certificate), or with an algorithm Auth0 does not accept.${said(f)}`,
    fix: [
      'Download the connection’s encryption certificate (https://YOUR_DOMAIN/pem, or the connection’s SAML metadata) and give it to the IdP as the certificate to encrypt for.',
      'Or turn assertion encryption off at the IdP; check the IdP uses RSA-OAEP key transport and AES-CBC/GCM as Auth0 documents.',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'SAML', 'your connection'],
    docs: docs.samlTroubleshoot,
  }),
  'auth0.idp-redirect-uri-not-registered': (f) => ({
    title: 'The identity provider does not know Auth0’s callback',
    cause: `The error comes from the social or enterprise provider (Google, Facebook, GitHub, LinkedIn, Apple, Microsoft), not from Auth0 or your app: Auth0 sent it back to the tenant’s own /login/callback, and that URL is not registered in the provider’s app. With a custom domain, logins started there come back to the custom domain’s /login/callback.${said(f)}`,
    fix: [
      'In the provider’s developer console (Google Cloud > Credentials, Facebook Login > Settings > Valid OAuth Redirect URIs, GitHub OAuth App > Authorization callback URL…), register https://YOUR_DOMAIN/login/callback, and https://your-custom-domain/login/callback too if you use one.',
      'Your app’s own callback (http://localhost:3000/callback…) belongs in Auth0’s Allowed Callback URLs, not in the provider’s app.',
      'Start logins on the domain you registered (the SDK’s domain setting), and check that the connection under Authentication > Social uses that provider app’s client id and secret.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection'],
    docs: docs.socialConnections,
  }),
  'auth0.idp-embedded-webview': (f) => ({
    title: 'The provider refuses logins shown inside an app’s web view',
    cause: `Google (and other providers) block sign-in in an embedded web view, which could read the password: the login page was opened in a WebView (an embedded Lock, a web view in a React Native, Cordova or Xamarin app) instead of the system browser.${said(f)}`,
    fix: [
      'Open the login in the system browser: Universal Login through the native SDK (ASWebAuthenticationSession on iOS, Custom Tabs on Android), or the SDK’s browser option instead of its web view.',
      'Add the callback the browser-based login uses to Allowed Callback URLs.',
    ],
    breadcrumb: appConnections,
    docs: docs.socialConnections,
  }),
};
