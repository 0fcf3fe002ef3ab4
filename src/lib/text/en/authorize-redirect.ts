import type { AuthorizeFacts as F } from '../../authorize/facts';
import {
  actionsPath,
  appUris,
  authorizeDocs as docs,
  callbackUrls,
  grantTypesPath,
  logoutUrls,
  logsPath,
  rulesPath,
  said,
  webOrigins,
  type FindingText,
} from './authorize-paths';

const app = ['Applications', 'Applications', 'your app'];
const quoted = (f: F) => (f.description ? `“${f.description}”` : 'no reason given');
const urlToAdd = (f: F) =>
  typeof f.url === 'string' ? f.url : (f.redirectUri ?? 'the redirect_uri your application sends');

/** Texts of the /authorize conditions, by id: what happened, why, and where to fix it. */
export const redirectTexts: Record<string, (facts: F) => FindingText> = {
  'authorize.callback-url-mismatch': (f) => ({
    title: 'Callback URL mismatch: the redirect_uri is not allowed',
    cause: `Auth0 sends the answer only to a URL listed in the application’s Allowed Callback URLs, compared character for character (scheme, host, port, path, trailing slash, case, query). ${urlToAdd(f)} is not in the list, so Auth0 stopped on its own error page instead of redirecting.${said(f.description)}`,
    fix: [
      `Add exactly ${urlToAdd(f)} to Allowed Callback URLs (comma-separated with the others), then Save Changes.`,
      f.redirectUri && f.url && f.url !== f.redirectUri
        ? `This page sent ${f.redirectUri}: check which of the two your application really uses.`
        : 'Log in again.',
    ],
    breadcrumb: callbackUrls,
    docs: docs.appSettings,
  }),
  'authorize.web-origin-not-allowed': (f) => ({
    title: 'This origin is not in Allowed Web Origins',
    cause: `With response_mode=web_message (popups of the SPA SDK, silent authentication) Auth0 posts the answer only to an origin listed in Allowed Web Origins. Paths are not taken into account there, only scheme, host and port.${said(f.description)}`,
    fix: [
      `Add ${typeof f.url === 'string' ? f.url.replace(/^([a-z]+:\/\/[^/?#]+).*$/i, '$1') : f.pageOrigin} to Allowed Web Origins, then Save Changes.`,
    ],
    breadcrumb: webOrigins,
    docs: docs.silentAuth,
  }),
  'authorize.logout-url-not-allowed': (f) => ({
    title: 'The logout return URL is not in Allowed Logout URLs',
    cause: `After a logout (/v2/logout with returnTo, /oidc/logout with post_logout_redirect_uri) Auth0 redirects only to a URL listed in Allowed Logout URLs: the application’s list when the logout URL carries client_id, the tenant’s otherwise. ${typeof f.url === 'string' ? f.url : 'The URL'} is not in the list, so Auth0 stopped on its own error page.${said(f.description)}`,
    fix: [
      `Add exactly ${typeof f.url === 'string' ? f.url : 'the returnTo URL'} to the application’s Allowed Logout URLs, then Save Changes; send client_id with the logout so that list is the one used.`,
      'A logout URL without client_id is checked against Settings > Advanced > Allowed Logout URLs (the tenant’s list) instead.',
    ],
    breadcrumb: logoutUrls,
    docs: docs.logout,
  }),
  'authorize.extensibility-timeout': (f) => ({
    title: 'An Action or Rule took too long',
    cause: `The login pipeline gives Actions and Rules a few seconds each; one waited longer (usually on an outside HTTP call) and the login failed.${said(f.description)}`,
    fix: [
      'Find the execution in Monitoring > Logs (a failed login with this description) to see which Action or Rule ran.',
      'Give outside calls a short timeout and cache what they fetch; move slow work out of the login.',
    ],
    breadcrumb: actionsPath,
    docs: docs.actions,
  }),
  'authorize.action-failed': (f) => ({
    title: 'An Action, Rule or script threw an error during login',
    cause: `The login did not fail on a setting: code of yours that runs during login failed (an exception, a failed HTTP call, a module that does not load), and Auth0 passed its message back as the error.${said(f.description)}`,
    fix: [
      'Open Actions > Triggers > post-login (or Auth Pipeline > Rules on older tenants) and find the code that produces this message.',
      'Run it with Test in the Actions editor, or read the execution in Monitoring > Logs; fix it, Deploy, and log in again.',
    ],
    breadcrumb: actionsPath,
    docs: docs.actions,
  }),
  'authorize.user-cancelled': (f) => ({
    title: 'The login was cancelled',
    cause: `The person closed or cancelled the login (or an identity provider’s page) before it finished.${said(f.description)}`,
    fix: ['Log in again and finish the login.'],
    docs: docs.authorize,
  }),
  'authorize.consent-declined': (f) => ({
    title: 'Access was declined on a consent screen',
    cause: `The person (or a social identity provider such as Google or GitHub, on the person’s behalf) declined the access your application asked for.${said(f.description)}`,
    fix: [
      'Log in again and accept; ask only for the scopes you need.',
      'For a first-party application, consent can be skipped: Applications > APIs > your API > Settings > Allow Skipping User Consent (never on localhost).',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings', 'Allow Skipping User Consent'],
    docs: docs.consent,
  }),
  'authorize.mfa-required': (f) => ({
    title: 'Multi-factor authentication needs the person',
    cause: `Silent authentication (prompt=none) cannot show an MFA challenge, so it fails whenever MFA is due for this login.${said(f.description)}`,
    fix: ['Log in interactively (no prompt=none), with the acr_values your MFA policy requires.'],
    docs: docs.silentAuth,
  }),
  'authorize.login-required': (f) => ({
    title: f.loggedInBefore
      ? 'Login required although you logged in: the session cookie did not reach Auth0'
      : 'Login required: there is no session at the tenant',
    cause: f.loggedInBefore
      ? `You logged in through this page a moment ago, yet the ${f.silent ? 'hidden frame' : 'request'} with prompt=none found no session. The tenant’s session cookie is a third-party cookie here (the tenant ${f.tenantOrigin ?? ''} is another site than ${f.pageOrigin}), and this browser does not send it (Safari, Brave and Firefox by default; Chrome with third-party cookies off).`
      : `prompt=none asks Auth0 to answer without showing anything; there is no Auth0 session in this browser (never logged in, logged out, or expired), so it answered login_required.${said(f.description)}`,
    fix: f.loggedInBefore
      ? [
          'Use a custom domain on the same site as the application (login.example.com for app.example.com), so the cookie is first-party.',
          'Or keep sessions in the application: refresh tokens with rotation (useRefreshTokens in the SPA SDK) instead of silent authentication.',
        ]
      : ['Log in interactively first (without prompt=none), then try silent authentication again.'],
    docs: f.loggedInBefore ? docs.thirdPartyCookies : docs.silentAuth,
  }),
  'authorize.consent-required': (f) => ({
    title: f.loopback ? 'Consent required: Auth0 never skips consent on localhost' : 'Consent required',
    cause: f.loopback
      ? `The redirect_uri ${f.redirectUri ?? ''} is on localhost (or 127.0.0.1). Auth0 cannot verify an application that runs there, so it asks for consent even for a first-party application, and with prompt=none it cannot ask, hence consent_required.${said(f.description)}`
      : `The person has not consented to what the application asks for (a third-party application, or an API that does not allow skipping consent), and with prompt=none Auth0 cannot ask.${said(f.description)}`,
    fix: f.loopback
      ? [
          'Log in once interactively (without prompt=none) and accept the consent screen; it is remembered for the person.',
          'Or develop under a host name that is not localhost (for example app.local mapped to 127.0.0.1 in your hosts file) with a first-party application and Allow Skipping User Consent on the API.',
        ]
      : [
          'Log in interactively once and accept.',
          'For a first-party application: Applications > APIs > your API > Settings > Allow Skipping User Consent.',
        ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings', 'Allow Skipping User Consent'],
    docs: docs.consent,
  }),
  'authorize.interaction-required': (f) => ({
    title: 'The login needs the person: interaction required',
    cause: `The person is logged in, but something in the login must be shown to them (a redirect Action, a form, an enrollment), which prompt=none does not allow.${said(f.description)}`,
    fix: ['Send the person through an interactive login (without prompt=none) when this comes back.'],
    breadcrumb: actionsPath,
    docs: docs.silentAuth,
  }),
  'authorize.session-expired': (f) => ({
    title: 'The login transaction was lost or expired',
    cause: `Auth0 could not find the login in progress: the login page was left open too long, the back button or a refresh replayed an old step, several login windows were open, or the browser dropped Auth0’s cookies.${said(f.description)}`,
    fix: [
      'Start the login again from the application (here: the Log in button), in one window.',
      'If it happens at once every time, check that the browser accepts cookies from the tenant’s domain.',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Login Session Management'],
    docs: docs.sessions,
  }),
  'authorize.signup-disabled': (f) => ({
    title: 'Sign-ups are disabled for this connection',
    cause: `The login asked for the sign-up screen (screen_hint=signup), or the person tried to sign up, but the connection does not allow new users.${said(f.description)}`,
    fix: [
      'Authentication > Database > your connection > Settings: turn Disable Sign Ups off, or leave out screen_hint=signup.',
    ],
    breadcrumb: ['Authentication', 'Database', 'your connection', 'Settings', 'Disable Sign Ups'],
    docs: docs.signup,
  }),
  'authorize.organization-membership': (f) => ({
    title: `The user is not a member of the organization${typeof f.organization === 'string' ? ` ${f.organization}` : ''}`,
    cause: `The login named an organization and the user who logged in${typeof f.user === 'string' ? ` (${f.user})` : ''} is not one of its members, so Auth0 refused it.${said(f.description)}`,
    fix: [
      'Add the user under Organizations > your organization > Members, or invite them (Invitations).',
      'Or turn on auto-membership for the connection under Organizations > your organization > Connections.',
    ],
    breadcrumb: ['Organizations', 'your organization', 'Members'],
    docs: docs.organizations,
  }),
  'authorize.organization-connection': (f) => ({
    title: 'This connection is not enabled for the organization',
    cause: `The user logged in with a connection${typeof f.connection === 'string' ? ` (${f.connection})` : ''} that the organization does not allow.${said(f.description)}`,
    fix: ['Enable the connection under Organizations > your organization > Connections, or log in with one that is.'],
    breadcrumb: ['Organizations', 'your organization', 'Connections'],
    docs: docs.organizations,
  }),
  'authorize.organization-required': (f) => ({
    title: 'This application requires an organization',
    cause: `The application is set up for business users only, so every login must name an organization.${said(f.description)}`,
    fix: [
      'Send organization=org_… (the Organization ID) with the login, or set Login Flow to “Prompt for Organization”.',
      'Or allow individual users too: Applications > Applications > your app > Organizations > Types of Users.',
    ],
    breadcrumb: [...app, 'Organizations', 'Types of Users'],
    docs: docs.organizations,
  }),
  'authorize.organization-name': (f) => ({
    title: 'The organization parameter is not accepted',
    cause: `The organization sent${typeof f.organization === 'string' ? ` (${f.organization})` : ''} is not a known organization ID, or it is an organization name while this tenant accepts only IDs, or the name is not in the allowed form (lowercase letters, digits, - and _).${said(f.description)}`,
    fix: [
      'Send the Organization ID (org_…) from Organizations > your organization.',
      'To send names, turn on Settings > Organizations > Use organization names in Authentication API.',
    ],
    breadcrumb: ['Organizations', 'your organization', 'Settings'],
    docs: docs.organizations,
  }),
  'authorize.organization-invitation': (f) => ({
    title: 'The organization invitation is not valid',
    cause: `The invitation ticket has expired, was already used, belongs to another organization, or names roles that no longer exist.${said(f.description)}`,
    fix: ['Send a new invitation from Organizations > your organization > Invitations, and use its link once.'],
    breadcrumb: ['Organizations', 'your organization', 'Invitations'],
    docs: docs.organizations,
  }),
  'authorize.organization-feature': (f) => ({
    title: 'Organizations are not available for this login',
    cause: `The login named an organization, but the feature is not enabled for the tenant or the application, or this kind of application or user cannot use it.${said(f.description)}`,
    fix: [
      'Enable Organizations for the application: Applications > Applications > your app > Organizations.',
      'Third-party applications need organization access enabled for them too.',
    ],
    breadcrumb: [...app, 'Organizations'],
    docs: docs.organizations,
  }),
  'authorize.organization-quota': (f) => ({
    title: 'The organization has reached its member limit',
    cause: `The user would join the organization on this login (auto-membership or an invitation), but it already has as many members as the plan allows.${said(f.description)}`,
    fix: [
      'Remove members who no longer need access under Organizations > your organization > Members, or raise the limit with your plan.',
    ],
    breadcrumb: ['Organizations', 'your organization', 'Members'],
    docs: docs.organizations,
  }),
  'authorize.no-connection': (f) => ({
    title: 'No connection is enabled for this application',
    cause: `Universal Login has nothing to offer: the application has no database, social or enterprise connection turned on.${said(f.description)}`,
    fix: ['Applications > Applications > your app > Connections: turn on at least one connection, then log in again.'],
    breadcrumb: [...app, 'Connections'],
    docs: docs.connections,
  }),
  'authorize.grant-not-allowed': (f) => ({
    title:
      f.grant === 'implicit'
        ? 'Implicit grant not allowed for this application'
        : `Grant type ${typeof f.grant === 'string' ? f.grant : ''} not allowed for this application`.replace(
            '  ',
            ' ',
          ),
    cause:
      f.grant === 'implicit'
        ? `response_type ${f.responseType ?? 'with id_token or token'} returns tokens from /authorize itself, which is the Implicit grant, and it is not ticked for the application.${said(f.description)}`
        : `The application may not use the grant this login needs.${said(f.description)}`,
    fix: [
      f.grant === 'implicit'
        ? 'Prefer response_type=code with PKCE. To debug ID tokens through the fragment, tick Implicit under Advanced Settings > Grant Types.'
        : 'Tick the grant under Applications > Applications > your app > Settings > Advanced Settings > Grant Types.',
      'Save Changes, then log in again.',
    ],
    breadcrumb: [...grantTypesPath, f.grant === 'implicit' ? 'Implicit' : 'Authorization Code'],
    docs: docs.grantTypes,
  }),
  'authorize.par-required': (f) => ({
    title: 'This application requires Pushed Authorization Requests (PAR)',
    cause: `The application only accepts logins whose parameters were pushed to /oauth/par first (a request_uri), not parameters in the /authorize URL.${said(f.description)}`,
    fix: [
      'Push the parameters to /oauth/par from your server and send /authorize only client_id and request_uri.',
      'Or, if PAR is not meant to be required: Applications > Applications > your app > Settings > Authorization Requests > turn off Require Pushed Authorization Requests.',
    ],
    breadcrumb: [...app, 'Settings', 'Authorization Requests', 'Require Pushed Authorization Requests (PAR)'],
    docs: docs.par,
  }),
  'authorize.unknown-client': (f) => ({
    title: 'No application with this client id',
    cause: `The client_id${f.clientId ? ` ${f.clientId}` : ''} does not belong to the tenant ${f.tenantOrigin ?? ''}: a typo, a deleted application, or another tenant’s application.${said(f.description)}`,
    fix: ['Copy the Client ID from Applications > Applications > your app > Settings of this very tenant.'],
    breadcrumb: [...app, 'Settings', 'Basic Information', 'Client ID'],
  }),
  'authorize.service-not-found': (f) => ({
    title: 'No API with this audience',
    cause: `The audience${typeof f.audience === 'string' ? ` ${f.audience}` : ''} is not the Identifier of any API of this tenant (a placeholder, a trailing slash too many or missing, another tenant’s API).${said(f.description)}`,
    fix: ['Copy the Identifier from Applications > APIs > your API > Settings, exactly.'],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  'authorize.unsupported-response-type': (f) => ({
    title: 'This response type is not supported for the application',
    cause: `Auth0 does not accept response_type ${f.responseType ?? ''} here: an unknown value, or tokens from /authorize (Implicit) for an application that may not get them.${said(f.description)}`,
    fix: [
      'Use response_type=code (with PKCE) unless you debug ID tokens.',
      'For id_token or token: tick Implicit under Advanced Settings > Grant Types.',
    ],
    breadcrumb: [...grantTypesPath, 'Implicit'],
    docs: docs.grantTypes,
  }),
  'authorize.missing-parameter': (f) => ({
    title: `A required parameter is missing${typeof f.parameter === 'string' ? `: ${f.parameter}` : ''}`,
    cause: `The /authorize request lacked a parameter Auth0 needs.${said(f.description)}`,
    fix: [
      'Add the parameter to the /authorize request (client_id, redirect_uri and response_type are always required).',
    ],
    docs: docs.authorize,
  }),
  'authorize.invalid-scope': (f) => ({
    title: 'The requested scopes are not accepted',
    cause: `The scope parameter asks for something Auth0 refuses.${said(f.description)}`,
    fix: ['Remove the conflicting scope (for example keep offline_access or online_access, not both).'],
    docs: docs.authorize,
  }),
  'authorize.error-page': (f) => ({
    title: 'Auth0 showed its generic error page',
    cause: `The login stopped on Auth0’s error page without a specific reason for the application.${f.trackingId ? ` Its tracking id is ${f.trackingId}.` : ''}${said(f.description)}`,
    fix: [
      'Open Monitoring > Logs at the time of the login: the failed event names the reason.',
      'Most often: a redirect_uri not in Allowed Callback URLs, or an unknown client_id.',
    ],
    breadcrumb: logsPath,
    docs: docs.errorPages,
  }),
  'authorize.rule-denied': (f) => ({
    title: 'A Rule denied the login',
    cause: `error=unauthorized at /authorize is how a Rule that returns new UnauthorizedError(…) refuses a login; the reason is its own words: ${quoted(f)}.`,
    fix: [
      'Find the Rule that produces this message under Auth Pipeline > Rules (or the Action under Actions > Triggers > post-login on newer tenants).',
      'Change the user or the Rule’s condition, then log in again; the failed login is in Monitoring > Logs.',
    ],
    breadcrumb: rulesPath,
    docs: docs.rules,
  }),
  'authorize.access-denied': (f) => ({
    title: 'An Action denied the login',
    cause: `access_denied with a reason of the tenant’s own words is how a post-login Action refuses a login (api.access.deny(reason)), or a Rule that calls back with an error: ${quoted(f)}.`,
    fix: [
      'Open Actions > Triggers > post-login and find the Action whose api.access.deny(…) gives this reason (on older tenants: Auth Pipeline > Rules).',
      'Meet its condition (for example verify the email) or change the Action, Deploy, and log in again. The failed login is in Monitoring > Logs.',
    ],
    breadcrumb: actionsPath,
    docs: docs.actions,
  }),
  'authorize.server-error': (f) => ({
    title: 'Auth0 could not finish the login (server_error)',
    cause: `Something failed inside the tenant during the login, often an Action or Rule that threw, or a temporary outage.${said(f.description)}`,
    fix: ['Look up the failed login in Monitoring > Logs for the reason, then try again.'],
    breadcrumb: logsPath,
    docs: docs.actions,
  }),
  'authorize.invalid-request': (f) => ({
    title: `The /authorize request was refused (${f.error ?? 'invalid_request'})`,
    cause: `Auth0 refused a parameter of the login request.${said(f.description)}`,
    fix: ['Read the description for the parameter it names, correct it in the form above, and log in again.'],
    breadcrumb: [...appUris],
    docs: docs.authorize,
  }),
};
