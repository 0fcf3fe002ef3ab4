import { callbackTrouble, embeddedLock, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { appUris, docs, logs, said } from './paths';

/** The /authorize side: redirect errors, the hosted error page, and silent authentication. */
export const authorizeTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.callback-url-mismatch': (f) => ({
    title: 'The redirect_uri is not an Allowed Callback URL',
    cause: `Auth0 only redirects to a callback listed for the application, compared exactly: scheme, host, port, path and case (a trailing slash or an http/https difference is enough to fail).${f.redirect ? ` The application sent ${f.redirect}.` : ''}`,
    fix: [
      ...{
        'loopback-port': [
          'The callback is a loopback address with a port: Auth0 compares the port too, so a CLI or desktop app that listens on a port the system picks at random never matches. Listen on a fixed port and register exactly that URL (or the few ports it may use).',
        ],
        'http-behind-proxy': [
          'The callback is plain http on a public host: the app likely runs behind a proxy or load balancer that ends TLS and builds its URL from the inner request. Make it use the public https URL (trust the proxy’s X-Forwarded-Proto, or set the base URL explicitly) rather than listing the http one.',
        ],
        unset: [
          'The callback holds “undefined”, “null” or a template: the setting the app builds it from is unset where it runs. Set the base URL or callback variable in that environment.',
        ],
        none: [],
      }[callbackTrouble(f) ?? 'none'],
      'Copy the redirect_uri your application sends (it is in the /authorize URL).',
      'Applications > Applications > your app > Settings > Allowed Callback URLs: add it exactly (comma-separated), and Save.',
      'If the URL is listed already, check the client_id sent is this application’s: another application (a Machine to Machine one, a test app) has other callback URLs.',
    ],
    breadcrumb: [...appUris, 'Allowed Callback URLs'],
    docs: docs.callbacks,
  }),
  'auth0.web-origin-not-allowed': () => ({
    title: 'The page’s origin is not an Allowed Web Origin',
    cause:
      'Silent authentication and popups (response_mode=web_message) post the answer to the page’s origin, which must be listed for the application.',
    fix: [
      'Applications > Applications > your app > Settings > Allowed Web Origins: add the origin (scheme, host and port, no path), and Save.',
    ],
    breadcrumb: [...appUris, 'Allowed Web Origins'],
    docs: docs.cors,
  }),
  'auth0.logout-url-not-allowed': () => ({
    title: 'The returnTo URL is not an Allowed Logout URL',
    cause: 'Logout redirects only to a URL listed for the application (or for the tenant when no client_id is sent).',
    fix: [
      'Applications > Applications > your app > Settings > Allowed Logout URLs: add the returnTo URL exactly.',
      'Send client_id with the logout request, or list the URL in the tenant’s Allowed Logout URLs (Settings > Advanced).',
    ],
    breadcrumb: [...appUris, 'Allowed Logout URLs'],
    docs: docs.logout,
  }),
  'auth0.login-transaction-expired': () => ({
    title: 'The login transaction was lost',
    cause:
      'Auth0 could not find the login in progress: the back button, a refresh, several login tabs, a bookmarked login page, or cookies blocked between the application’s domain and Auth0’s.',
    fix: [
      'Start the login again from the application (never from a bookmarked login page).',
      'Set Application Login URI (Applications > your app > Settings) so Auth0 can send users back to a fresh login.',
      'Use a custom domain on the same site as the application if cookies are blocked.',
    ],
    breadcrumb: [...appUris, 'Application Login URI'],
    docs: docs.errorPages,
  }),
  'auth0.sso-session-stale': (f) => ({
    title: 'The browser’s Auth0 session belongs to a user who is gone',
    cause: `The request reused the tenant’s SSO session (silent authentication, checkSession, prompt=none), but its user was deleted or changed since, so Auth0 could not rebuild it and showed an error page instead of answering the app.${said(f)}`,
    fix: [
      'End the stale session: send the browser to https://YOUR_DOMAIN/v2/logout (or clear the tenant’s cookies), then log in again.',
      'When you delete a user, also log them out (revoke their sessions) so no browser keeps a session of a deleted user.',
    ],
    docs: docs.silentAuth,
  }),
  'auth0.classic-login-endpoint': (f) => ({
    title: 'The Classic login page called Auth0 without its configuration',
    cause: `A customised Classic Universal Login page (Lock or auth0.js in the page template) sent its login to Auth0 without the configuration the tenant gives the page: typically after switching to a custom domain, or when the login endpoint is called directly instead of through the page.${said(f)}`,
    fix: [
      ...(embeddedLock(f)
        ? [
            'This is Lock embedded in an app (Lock.swift, Lock.Android), not the hosted page: with a custom domain it must load its client configuration from Auth0’s CDN. Upgrade Lock and set its configurationBase option to https://cdn.auth0.com (or cdn.eu.auth0.com, cdn.au.auth0.com for your region), keeping the custom domain as the domain.',
          ]
        : []),
      'Branding > Universal Login > Login: in the page template, build Lock / auth0.js from the @@config@@ the tenant injects, with configurationBaseUrl: config.clientConfigurationBaseUrl and overrides { __tenant: config.auth0Tenant, __token_issuer: config.authorizationServer.issuer }.',
      'Or switch the login page to New Universal Login (Branding > Universal Login > Advanced Options), which needs no template code.',
    ],
    breadcrumb: ['Branding', 'Universal Login'],
    docs: docs.customDomains,
  }),
  'auth0.hosted-error-page': (f) => ({
    title: 'Auth0’s error page, without details',
    cause: `Auth0 showed its generic error page: something in the request or the tenant’s setup failed, and the page only gives a tracking id${f.trackingId ? ` (${f.trackingId})` : ''}.`,
    fix: [
      'Open the page’s Technical Details (or the error and error_description in the URL): they name the condition; paste them here.',
      'Monitoring > Logs: search the time of the failure (or the tracking id) for the failed entry.',
    ],
    breadcrumb: logs,
    docs: docs.errorPages,
  }),
  'auth0.user-declined': () => ({
    title: 'The user declined or cancelled',
    cause:
      'The user pressed Decline on the consent screen, or cancelled the login: this is the user’s choice, not a setting.',
    fix: [
      'Show the user a way to try again.',
      'For your own first-party application, Applications > APIs > your API > Settings > Allow Skipping User Consent avoids the screen.',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings'],
    docs: docs.consent,
  }),
  'auth0.idp-denied': (f) => ({
    title: 'The user declined at the identity provider',
    cause: `The social or enterprise provider (Google, GitHub, the company IdP) reported that the user refused to share the account with your Auth0 application.${said(f)}`,
    fix: [
      'Let the user try again and accept the provider’s consent screen.',
      'Check the scopes the connection asks the provider for (Authentication > Social > your connection): ask only for what you need.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection'],
  }),
  'auth0.idp-scope-refused': (f) => ({
    title: 'The identity provider refused a scope the connection asks for',
    cause: `The social or enterprise provider (LinkedIn, Facebook, Google, the company IdP), not Auth0 and not your rules, refused a permission Auth0 requested for the connection: the provider app is not approved for it, or the scope no longer exists there.${said(f)}`,
    fix: [
      'Authentication > Social (or Enterprise) > your connection > Permissions / Attributes: untick the scopes the provider refuses, and remove them from connection_scope if your application sends it.',
      'Or enable them in the provider’s own app settings (its products, app review or API permissions), then log in again.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection', 'Permissions'],
    docs: docs.socialConnections,
  }),
  'auth0.unsupported-response-type': (f) => ({
    title: 'This response_type is not allowed',
    cause: `The response_type is misspelt, or not available to this application: implicit and hybrid flows (token, id_token) need the Implicit grant, and third-party applications may not use them.${said(f)}`,
    fix: [
      'Use response_type=code (Authorization Code with PKCE).',
      'For token or id_token: tick Implicit under Settings > Advanced Settings > Grant Types (first-party applications only).',
    ],
    breadcrumb: ['Applications', 'Applications', 'your app', 'Settings', 'Advanced Settings', 'Grant Types'],
    docs: docs.codeFlow,
  }),
  'auth0.login-required': (f) => ({
    title: /multifactor/i.test(f.description ?? '') ? 'Silent login needs MFA' : 'Silent login found no session',
    cause:
      'A prompt=none request (getTokenSilently, checkSession) needs a live Auth0 session readable by the browser; third-party cookie blocking or an expired session prevents that.',
    fix: [
      'Use refresh tokens (useRefreshTokens) instead of silent iframes, or a custom domain on the same site.',
      'Fall back to an interactive login when this error comes back.',
    ],
    docs: docs.silentAuth,
  }),
  'auth0.consent-required': () => ({
    title: 'User consent required',
    cause:
      'The application is third-party, or the API does not allow skipping consent, and the user has not consented.',
    fix: [
      'Log in interactively once so the user can consent.',
      'For a first-party app: Applications > APIs > your API > Settings > Allow Skipping User Consent.',
      'On localhost (or 127.0.0.1) consent is never skipped, whatever that setting says: Auth0 cannot tell a local app is first-party. There, catch consent_required and fall back to an interactive login (getAccessTokenWithPopup or loginWithRedirect), or develop on another host name.',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Settings'],
    docs: docs.silentAuth,
  }),
  'auth0.interaction-required': () => ({
    title: 'User interaction required',
    cause: 'Silent login cannot finish: the user must do something (consent, MFA, a redirect in an Action).',
    fix: ['Fall back to an interactive login.'],
    docs: docs.silentAuth,
  }),
  'auth0.callback-not-captured': (f) => ({
    title: 'Auth0 sent the login back, but the app did not catch its callback',
    cause: `The login itself worked: Auth0 redirected to the callback URL. Nothing on the device claimed that URL, so the browser tried to open it and failed (an unknown scheme, an invalid address, or a page that does not exist on the tenant). A custom scheme is not registered in the app, or not as sent (Android matches schemes in lower case; iOS needs it in Info.plist), or an https callback is not a verified App Link / Universal Link, so the browser opens it as a web page.${said(f)}`,
    fix: [
      'Android: register the callback’s scheme in lower case (manifestPlaceholders auth0Scheme, or the intent-filter’s android:scheme) and pass the same scheme to the login (withScheme / scheme option).',
      'iOS: list the scheme (usually the bundle identifier) under CFBundleURLSchemes in Info.plist, or use Universal Links with an associated domain.',
      'With an https callback (App Links / Universal Links): verify the domain link for the app, or use a custom scheme instead, which works in every browser.',
      'Keep the same URL in Applications > Applications > your app > Settings > Allowed Callback URLs (and Allowed Logout URLs): {scheme}://{your domain}/android/{package}/callback or /ios/{bundle id}/callback.',
      'Inside a container app (Ionic DevApp, Expo Go) your app’s scheme is not registered: build and install the app itself. A WebView’s own origin (https://localhost, capacitor://localhost) is no callback either: nothing listens there once the browser has the login.',
      'Electron: open-url is sent on macOS only; on Windows and Linux register the scheme (app.setAsDefaultProtocolClient, and a .desktop file’s x-scheme-handler) and read the callback from process.argv and the second-instance event.',
    ],
    breadcrumb: appUris,
    docs: docs.callbacks,
  }),
  'auth0.login-page-framed': (f) => ({
    title: 'The login page may not be shown inside a frame',
    cause: `The page tried to show Auth0’s login page in an iframe (or a frame of a portal or an embedding product). Universal Login forbids being framed, with frame-ancestors 'none' and X-Frame-Options: deny, so that no other page can overlay it (clickjacking): the browser refused to display it.${said(f)}`,
    fix: [
      'Do not frame the login: send the browser to it (loginWithRedirect, a link to /authorize) or open it in a popup (loginWithPopup).',
      'For a silent check in the background, use the SDK’s silent authentication (prompt=none, response_mode=web_message), which Auth0 answers in a frame on purpose, or refresh tokens.',
      'Only the Classic login page lets a tenant turn framing protection off (Tenant Settings > Advanced), at the cost of that protection.',
    ],
    docs: docs.silentAuth,
  }),
  'auth0.redirect-loop': (f) => ({
    title: 'The login goes round in a loop between your app and Auth0',
    cause: `Auth0 sends the browser back to the app, and the app sends it to log in again at once: the login came back with an error (error= in the callback URL: a denial by an Action or Rule, an unverified email, login_required from a silent check) and the app’s guard logs in again instead of showing it; the callback route, or the page an error leads to, is itself behind the login check; the session cookie is dropped (too large, SameSite=None without Secure over http, set on another host than the callback’s); or an Action or Rule redirects on every login, the resumed one included.${said(f)}`,
    fix: [
      'Open the browser’s network tab with Preserve log and log in: the repeated requests show which URL sends the browser back to /authorize, and whether the callback URL carries error= and error_description=.',
      'When the callback carries an error, show it (or paste it here) instead of logging in again: it names the real condition.',
      'Leave the callback route (/callback, /api/auth/callback) out of the app’s login check, and let it finish before any redirect.',
      'Keep the session cookie: served over https (or SameSite=Lax on http://localhost), on the domain of the callback, and small (keep tokens on the server, not in the cookie).',
      'An Action that calls api.redirect.sendUserTo must let the resumed login through (onContinuePostLogin, or a flag in app_metadata); a legacy Rule must skip context.protocol "redirect-callback".',
      'Monitoring > Logs: successful logins (type s) of the same user seconds apart confirm that Auth0 logs in and the app does not keep it.',
    ],
    docs: docs.callbacks,
  }),
};
