import {
  calledThisMachine,
  gluedPath,
  inAuth0Answer,
  crashedOn,
  isolatedPage,
  methodField,
  providerProfile,
  needsSecret,
  secretEncoding,
  sessionEnded,
  stateLoss,
  type Facts,
} from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { actions, apis, appSettings, appUris, docs, logs, said } from './paths';

/** What an SDK says after Auth0 answered: ID token checks, state, sessions. */
export const sdkTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.network-unreachable': (f) => ({
    title: `Your server could not reach ${f.host ?? 'the tenant'}${f.network ? ` (${f.network})` : ''}`,
    cause: `The call from your own code to Auth0 (the token endpoint, the JWKS, discovery) failed on the network before any answer: a domain that does not resolve (a typo, an unset variable such as “undefined”), an outbound firewall or egress rule, a proxy the library does not use, or a connection reset midway.${said(f)}`,
    fix: [
      ...(gluedPath(f)
        ? [
            `${f.host} is the domain with the path glued on: the base URL lacks its trailing slash and the code appends “oauth/token” to it. Give the base URL as https://YOUR_DOMAIN/ (with the slash), or join the parts with a URL builder.`,
          ]
        : []),
      ...(calledThisMachine(f)
        ? [
            `The call went to this very machine (${f.host}): a URL given without https:// is read as a path on the local host, and an unset domain variable leaves only the path. Give the setting its full https:// URL (the JWKS URI, the issuer) where the library expects a URL.`,
          ]
        : []),
      'Check the domain the code uses: the tenant’s, e.g. dev-abc.us.auth0.com, with https:// where a URL is wanted, and the environment variable actually set.',
      'From the same machine or container, try: curl -v https://{your tenant}/.well-known/openid-configuration. If that fails too, open outbound HTTPS to *.auth0.com (and your custom domain) or set the proxy for the library (HTTPS_PROXY, or an agent for jwks-rsa and passport).',
      'For resets and timeouts now and then: retry, and cache what you fetch (jwks-rsa cache: true) so fewer calls go out.',
    ],
  }),
  'auth0.app-crash': (f) => {
    const on = crashedOn(f);
    const field = f.field ? ` (${f.field})` : '';
    const first = {
      'id-token':
        'No ID token came back: add openid (with profile and email) to the scope of the login or of the library’s settings, then log in again.',
      'refresh-token':
        'No refresh token came back: ask for offline_access in the scope, and turn on Allow Offline Access on the API (Applications > APIs > your API > Settings > Access Settings).',
      'access-token':
        'The code read a token from an answer that held none: Auth0 answered with an error ({"error": …}) or the library called another URL. Log or paste that answer here first; its error is the real cause.',
      profile: `The field${field} is not in what Auth0 returned: OIDC-conformant ID tokens, access tokens and /userinfo carry only standard claims. Add it in a post-login Action as a namespaced custom claim (api.idToken.setCustomClaim('https://your-app.example/${f.field ?? 'field'}', …)), and read it under that name.`,
    }[on ?? 'profile'];
    return {
      title: `Your application crashed on Auth0’s answer${field}: not the tenant`,
      cause: `This is an exception in your application or a library in it (the trace names your files or its packages${f.crash ? `, and ${f.crash} is not from Auth0’s Node.js sandbox` : ''}): the code read a value Auth0’s answer did not have. The tenant’s own code (Actions, Rules) reports its errors inside an Auth0 answer instead (error=server_error or access_denied).${said(f)}`,
      fix: [
        ...(f.sdkFrame
          ? [
              `The crash is inside ${f.sdkFrame}: older releases fail this way on an error answer instead of reporting it. Open the browser’s network tab, find the request to the tenant (/oauth/token, /authorize) and paste its answer here; then upgrade ${f.sdkFrame}.`,
            ]
          : []),
        ...(on ? [first] : []),
        'Find the first frame of your own code in the trace: it names the line reading the missing value (undefined, nil, None, null). Check for the value there instead of assuming it.',
        ...(on || methodField(f) ? [] : [first]),
        'When the frame is inside a library (node_modules, site-packages, a gem): look up its version’s issues and changelog, upgrade it, and pass the options it expects.',
      ],
      breadcrumb: on === 'profile' || !on ? [...actions, 'post-login'] : undefined,
      docs: on === 'refresh-token' ? docs.refreshTokens : on === 'id-token' ? docs.idTokens : docs.customClaims,
    };
  },
  'auth0.tls-trust': (f) => ({
    title: inAuth0Answer(f)
      ? 'Your tenant’s code does not trust the certificate of the server it calls'
      : 'This machine does not trust the certificate it was shown for Auth0',
    cause: inAuth0Answer(f)
      ? `Auth0 answered, and the words are a TLS failure: a custom database script or an Action of this tenant called your server (database, API), which shows a self-signed or privately signed certificate the Auth0 sandbox does not trust.${said(f)}`
      : `The HTTPS connection to the tenant failed before Auth0 answered: your runtime (Node, Java, .NET, the phone) does not trust the certificate chain it received. Most often a corporate proxy, VPN or antivirus inspects TLS and re-signs it with its own certificate authority; on old devices the root certificates are out of date.${said(f)}`,
    fix: [
      ...(inAuth0Answer(f)
        ? [
            'Give that server a certificate from a public certificate authority, or pin its certificate in the script (compare the fingerprint in checkServerIdentity, or the database client’s TLS options) instead of turning verification off (Authentication > Database > your connection > Custom Database, or Actions > Library).',
          ]
        : []),
      'Give the runtime the proxy’s root certificate: NODE_EXTRA_CA_CERTS=/path/to/ca.pem for Node (the Auth0 CLI, deploy CLI, SDKs), the JVM truststore (keytool -importcert) for Java, the system store for .NET.',
      'Or exempt *.auth0.com (and your custom domain) from TLS inspection on the proxy.',
      'On old devices, update the system or the HTTP stack’s root certificates. Do not turn certificate checks off.',
    ],
    docs: docs.nodeCaCerts,
  }),
  'auth0.opaque-access-token': (f) => ({
    title: 'The access token is not a JWT: no audience was asked for',
    cause: `Code tried to decode an access token as a JWT (three parts separated by dots) and found fewer. Auth0 issues an opaque access token, good only for /userinfo, when the login or token request names no API: no audience parameter, and no tenant Default Audience.${said(f)}`,
    fix: [
      'Send audience = your API’s Identifier (Applications > APIs) with the login (/authorize, or the SDK’s authorizationParams) or the token request; the access token is then a JWT for that API.',
      'Or set a Default Audience: Settings > General > API Authorization Settings.',
      'To read who the user is, use the ID token (or /userinfo) rather than decoding the access token.',
      'If the token is a JWT where it was issued but not where it arrives: the code changed it on the way (encoded it again with btoa or base64, quoted it, cut it, or sent “Bearer Bearer …”). Paste what the API received into the token box here: a JWT has three parts separated by dots.',
    ],
    breadcrumb: ['Applications', 'APIs'],
    docs: docs.opaqueTokens,
  }),
  'auth0.id-token-issuer': (f) => ({
    title: 'The ID token’s issuer is not the one configured',
    cause: `The SDK expects iss to be the domain it was configured with; a custom domain and the canonical tenant domain give different issuers.${said(f)}`,
    fix: ['Configure the SDK with the domain users log in through (the custom domain if you use one), consistently.'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-audience': (f) => ({
    title: 'The ID token is for another application',
    cause: `An ID token’s aud is the client id of the application that logged in; the SDK was configured with another client id.${said(f)}`,
    fix: [
      'Use the same Client ID in the SDK as in the login request (Applications > Applications > your app > Settings).',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Client ID'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-nonce': () => ({
    title: 'The ID token’s nonce does not match',
    cause:
      'The nonce stored when the login started is not the one in the token: two logins at once, storage cleared, or a callback replayed.',
    fix: ['Start the login again from the application, in one tab, and let the SDK handle the callback once.'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-time': () => ({
    title: 'The ID token’s times do not fit this clock',
    cause:
      'exp, iat or nbf is off against the clock of the machine that checks the token (the device, or your server): that clock is wrong, or the token really expired.',
    fix: [
      'Set the device’s clock to automatic; on a server, keep the clock synchronised (NTP). The SDK’s leeway option allows a small skew.',
      'If a second or two is enough to fail, the SDK allows no leeway (auth0.js 9.12.0 did): upgrade it, or set its leeway option (60 s).',
    ],
    docs: docs.idTokens,
  }),
  'auth0.id-token-max-age': () => ({
    title: 'The login is older than max_age allows',
    cause: 'The request asked for max_age, and the user’s last authentication (auth_time) is older.',
    fix: ['Ask the user to log in again (prompt=login), or loosen max_age.'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-organization': () => ({
    title: 'The ID token lacks the expected organization',
    cause: 'The SDK was told to expect an organization, and the token carries none or another (org_id, org_name).',
    fix: [
      'Log in with the organization parameter, and allow organizations for the application (Applications > your app > Organizations).',
    ],
    breadcrumb: ['Applications', 'Applications', 'your app', 'Organizations'],
    docs: docs.orgLogin,
  }),
  'auth0.id-token-hs256': (f) => ({
    title: 'The ID token is signed with HS256',
    cause: `An HS256 signature is checked with the application’s client secret: a browser or mobile app has none, and a server SDK needs it in its configuration, so the SDK refuses the token.${said(f)}`,
    fix: [
      ...(needsSecret(f)
        ? ['On a server: give the SDK the application’s Client Secret (its clientSecret setting), which checks HS256.']
        : []),
      ...(secretEncoding(f)
        ? [
            'The secret is used as written: Auth0’s client secrets are not base64-encoded, so turn off the SDK’s or plugin’s “client secret is base64 encoded” setting (WordPress: Auth0 > Settings > Basic).',
          ]
        : []),
      `${needsSecret(f) ? 'Or sign' : 'Sign'} with RS256, which needs no secret to check: Applications > Applications > your app > Settings > Advanced Settings > OAuth > JSON Web Token Signature Algorithm: RS256, then log in again.`,
    ],
    breadcrumb: [...appSettings, 'Advanced Settings', 'OAuth', 'JSON Web Token Signature Algorithm'],
    docs: docs.idTokens,
  }),
  'auth0.id-token-claim': (f) => ({
    title: 'The SDK refused the ID token',
    cause: `The ID token Auth0 returned failed one of the SDK’s checks.${said(f)}`,
    fix: [
      'Paste the ID token into Paste a token to compare its claims with the SDK’s configuration (domain, client id).',
    ],
    docs: docs.idTokens,
  }),
  'auth0.sdk-state': (f) => {
    const loss = stateLoss(f);
    return {
      title: 'The login came back without its state: what the app stored at the start was lost',
      cause: `When the login starts, the SDK stores a state (and a nonce) in a cookie or in storage, and checks it when Auth0 sends the browser back to the callback. At the callback it was missing, or was another login’s.${said(f)}`,
      fix: [
        ...(loss === 'correlation'
          ? [
              'ASP.NET Core: its correlation and nonce cookies are SameSite=None, which browsers keep only with Secure: serve the app over https (locally too; behind a proxy, forward the scheme with UseForwardedHeaders), and start the login on the host the callback uses.',
            ]
          : loss === 'transaction-cookie'
            ? [
                'The transaction cookie (auth_verification, or the SDK’s state cookie) did not come back: over http or in older browsers SameSite=None is refused (use https, keep the SDK’s legacy SameSite fallback on), and two apps on one domain overwrite each other’s cookie (give each its own transaction and session cookie name).',
              ]
            : loss === 'parsed-twice'
              ? [
                  'Lock parses the callback itself (autoParseHash is on by default), so calling resumeAuth or parseHash as well reads a state already used: set autoParseHash: false when you call resumeAuth yourself.',
                ]
              : loss === 'no-session'
                ? [
                    'This library keeps the state (and the nonce openid needs) in the server’s session: add the session middleware before it (express-session before passport.initialize(); behind a proxy, app.set(“trust proxy”, 1) so secure cookies are set), and keep state on.',
                  ]
                : []),
        'Start the login through the SDK’s own login route or method, not a hand-made /authorize link, a bookmark, the back button or a login started at the identity provider: only the SDK’s start stores the state.',
        'Keep the start and the callback on one site: the host and port of the callback URL (localhost and 127.0.0.1 are different sites), https on both, www or not on both. Make Allowed Callback URLs and the SDK’s base URL agree.',
        'A production build (next start, NODE_ENV=production) marks the state cookie Secure, and over plain http the browser drops it: serve it over https (a local TLS proxy), run the dev server locally, or use an SDK version whose cookie follows the base URL’s scheme.',
        'Make sure the cookie survives the round trip: a cache, CDN or managed host that strips or renames cookies, a server library without its session (express-session set up before passport), several server instances without a shared session store, or two logins at once in one browser (parallel tabs or silent-authentication iframes; a known bug of some SDK versions, fixed by upgrading) all lose it.',
        'A cookie over the browser’s limit of about 4 KB is dropped without a word: when the session cookie has grown near it (large tokens, many custom claims, the tokens kept in the cookie), the state cookie set beside it can be lost. Keep fewer claims in the session, store tokens server side, or upgrade to an SDK version that splits its cookies.',
      ],
      breadcrumb: [...appUris, 'Allowed Callback URLs'],
      docs: docs.spa,
    };
  },
  'auth0.sdk-secure-origin': () => ({
    title: 'The SDK needs a secure origin',
    cause: 'auth0-spa-js uses Web Crypto, which browsers give only to https pages and to http://localhost.',
    fix: ['Serve the application over https, or on http://localhost (not an IP address or a local host name).'],
    docs: docs.spa,
  }),
  'auth0.sdk-no-session': () => ({
    title: 'The application’s own session is gone',
    cause:
      'The server SDK keeps its own session (a cookie) after login; it expired (rolling or absolute duration) or was never set, so there is no token to hand out.',
    fix: [
      'Send the user through login again.',
      'Check the SDK’s session durations and that its cookie is set for this host (same domain, secure on https).',
    ],
    docs: docs.spa,
  }),
  'auth0.sdk-session-secret': () => ({
    title: 'The session cookie was sealed with another secret',
    cause:
      'The server SDK encrypts its session cookie with AUTH0_SECRET (or the session secret); it changed since the cookie was set, or instances use different secrets.',
    fix: ['Use one stable secret for every instance; clear the site’s cookies once after changing it.'],
    docs: docs.spa,
  }),
  'auth0.sdk-timeout': () => ({
    title: 'The SDK waited for Auth0 in vain',
    cause:
      'Silent authentication (an iframe) or a popup got no answer in time: third-party cookies blocked, the page’s origin missing from Allowed Web Origins, or a slow network.',
    fix: [
      'Applications > Applications > your app > Settings > Allowed Web Origins: add the page’s origin.',
      'Use refresh tokens (useRefreshTokens: true) instead of the iframe, or a custom domain on the same site.',
    ],
    breadcrumb: [...appUris, 'Allowed Web Origins'],
    docs: docs.silentAuth,
  }),
  'auth0.sdk-popup-blocked': () => ({
    title: 'The browser blocked the login popup',
    cause: 'window.open returned nothing: browsers allow a popup only in direct answer to a click.',
    fix: ['Call loginWithPopup from the click handler itself, before any await; or use loginWithRedirect.'],
    docs: docs.spa,
  }),
  'auth0.sdk-missing-scopes': (f) => ({
    title: 'The refresh token does not carry the scopes asked for',
    cause: `A refresh keeps the scopes of the login: scopes (or another API) asked for later are not granted by refreshing.${said(f)}`,
    fix: [
      'With a refresh token used for several APIs (Multi-Resource Refresh Token, the SDK’s useMrrt): the application’s refresh token policies must list that API and its scopes (Applications > Applications > your app > Settings, refresh token policies, or the Management API), or let the SDK fall back to a login (useRefreshTokensFallback).',
      'Otherwise log in again asking for the new scopes (or request only those of the login).',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.session-expiry-claim': (f) =>
    sessionEnded(f)
      ? {
          title: 'The session reached the end the identity provider set: log in again',
          cause: `The enterprise connection passes the identity provider’s session limit on (the session_expiry claim), and that time has come: the SDK will not renew the tokens past it. Nothing is misconfigured.${said(f)}`,
          fix: [
            'Catch this error where the app renews tokens (express-openid-connect’s SessionExpiredError, Auth0.swift’s .sessionExpired, and the like) and send the user through login again.',
            'For longer sessions, raise the session lifetime at the identity provider; Auth0 follows it.',
          ],
          breadcrumb: ['Authentication', 'Enterprise', 'your connection', 'Settings'],
          docs: docs.actions,
        }
      : {
          title: 'A session_expiry claim missing or in the wrong unit',
          cause:
            'Either the enterprise connection takes the session’s lifetime from the identity provider’s session_expiry claim and the provider sent none, or an Action sets session_expiry (or a similar claim) in milliseconds where seconds since the epoch are read.',
          fix: [
            'Authentication > Enterprise > the connection: make the identity provider send session_expiry, or turn off taking the session expiry from its ID token.',
            'In an Action, set it as Math.floor(Date.now() / 1000) + seconds (Actions > Triggers > post-login).',
          ],
          breadcrumb: ['Authentication', 'Enterprise', 'your connection', 'Settings'],
          docs: docs.actions,
        },
  'auth0.not-the-tenant': (f) => ({
    title: 'Your own server answered, not Auth0',
    cause: `“Cannot ${f.method ?? 'GET'} ${f.path ?? '/…'}” is what an Express (Node.js) server says for a path it does not serve; no Auth0 tenant answers that way. The request went to your own app, a local server or a proxy instead of the tenant: the domain or issuer setting is empty, a placeholder, localhost, or rewritten by a corporate proxy.${said(f)}`,
    fix: [
      'Print the URL the library calls: its host must be YOUR_DOMAIN (your-tenant.region.auth0.com or your custom domain).',
      'Set the domain / issuer setting (often an environment variable such as AUTH0_DOMAIN or AUTH0_ISSUER_BASE_URL) and restart; behind a proxy, let requests to the tenant through unchanged.',
    ],
    docs: docs.jwks,
  }),
  'auth0.csp-blocked': (f) => ({
    title: 'Your page’s Content-Security-Policy blocked the call to Auth0',
    cause: `The browser never sent the request: the Content-Security-Policy your own server sends with the page${f.directive ? ` (its ${f.directive} directive)` : ''} does not list ${f.host ?? 'the tenant’s domain'}. Auth0 had no part in it.${said(f)}`,
    fix: [
      'Add the tenant’s domain (https://{your tenant}, and your custom domain if you use one) to connect-src, for the SDK’s calls to /oauth/token and /userinfo; to frame-src for silent authentication in an iframe; and to form-action if the login form posts there.',
      'Change it where the header is really set (helmet or other middleware, nginx, the hosting platform’s headers file, a <meta http-equiv> tag): every layer that sends a Content-Security-Policy must allow it, since the browser applies all of them.',
    ],
    docs: docs.spa,
  }),
  'auth0.coop-popup': (f) => ({
    title: isolatedPage(f)
      ? 'A cross-origin isolated page cannot renew tokens in a hidden iframe'
      : 'Cross-Origin-Opener-Policy cuts the login popup off from your page',
    cause: `Your page is served with a Cross-Origin-Opener-Policy (same-origin, often together with COEP for cross-origin isolation), so the window it opens for Auth0 is put in another browsing context group: the SDK cannot see it close or receive its answer.${said(f)}`,
    fix: [
      ...(isolatedPage(f)
        ? [
            'Renew with refresh tokens instead of the hidden iframe: useRefreshTokens: true in the SDK (with offline_access and Refresh Token Rotation on the application), or serve the page without COOP and COEP.',
          ]
        : []),
      'Serve the page that opens the popup with Cross-Origin-Opener-Policy: same-origin-allow-popups (or none), if it does not need cross-origin isolation.',
      'Or log in with a redirect (loginWithRedirect) instead of a popup; for tokens afterwards, use refresh tokens (useRefreshTokens) rather than the hidden iframe.',
    ],
    docs: docs.spa,
  }),
  'auth0.session-cookie-size': (f) => ({
    title: 'The session cookie is too large',
    cause: `The app keeps its session (ID token, access tokens, refresh token, user profile) in cookies, and they grew past what browsers keep (about 4 KB a cookie) or servers accept in headers (8–16 KB): large custom claims, tokens for several audiences, or many group or permission claims.${said(f)}`,
    fix: [
      'Store less in the session: drop claims the app does not use (nextjs-auth0: beforeSessionSaved; express-openid-connect: afterCallback), and keep long group or permission lists out of the ID token.',
      'Or keep the session on the server (a session store: a database or Redis) so the cookie only carries its id.',
      'If a proxy answers 431 or 494, raising its header limit (nginx large_client_header_buffers) only hides the growth.',
    ],
    docs: docs.customClaims,
  }),
  'auth0.sdk-dpop-not-configured': (f) => ({
    title: 'The stored credentials are DPoP-bound, but this client has no DPoP',
    cause: `The login asked for DPoP, so the tokens are bound to a key on the device; the client that now reads or renews them (the credentials manager, the API client) was built without DPoP, so it cannot prove the key.${said(f)}`,
    fix: [
      'Build every client that uses these credentials with DPoP, as at login: Auth0.swift Auth0.authentication().useDPoP() for CredentialsManager; Auth0.Android AuthenticationAPIClient(account).useDPoP(context).',
      'Or clear the stored credentials and log in again without DPoP, if the API does not require it.',
    ],
    docs: docs.dpop,
  }),
  'auth0.sdk-no-stored-credentials': (f) => ({
    title: 'The credentials manager holds no credentials',
    cause: `The app asked the SDK's credentials manager for credentials and it had none stored: no login has completed on this device since install or logout, the last login failed or was cancelled (so nothing was saved), or the store was cleared. Nothing was sent to Auth0.${said(f)}`,
    fix: [
      'Check before reading: hasValidCredentials() (or the hook’s user) first, and start a login with authorize() when it is false.',
      'After authorize(), check its error (with the React hooks, the hook’s error) before calling getCredentials(): a denied or cancelled login stores nothing.',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-no-browser': (f) => ({
    title: 'No browser to open the login in',
    cause: `The SDK opens Universal Login in a browser (Custom Tabs) and found none it may use: from Android 11, package visibility hides browsers from apps that do not declare them, and some devices or profiles have no browser.${said(f)}`,
    fix: [
      'Upgrade Auth0.Android (1.26 or later declares the browser queries), or add a <queries> intent for https VIEW to the app’s manifest.',
      'Handle the error in the app: ask the user to install or enable a browser.',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-user-cancelled': (f) => ({
    title: 'The login was cancelled by the user',
    cause: `The person closed the login sheet, popup or browser tab, or answered Cancel to the system’s “wants to use … to sign in” prompt: nothing failed.${said(f)}`,
    fix: [
      'Treat it as a normal outcome in the app: stay signed out and let the person try again, without an error message.',
      'On iOS, the prompt that invites a Cancel goes away with an ephemeral session (useEphemeralSession() in Auth0.swift, at the cost of single sign-on).',
    ],
    docs: docs.pkce,
  }),
  'auth0.no-id-token': (f) => ({
    title: 'No ID token came back: the login asked for no openid scope',
    cause: `Auth0 returns an ID token only when the login’s scope includes openid; without it the code exchange answers with an access token alone, and a library that expects an ID token fails.${said(f)}`,
    fix: [
      'Add openid (with profile and email for the user’s name and email) to the scope of the /authorize request, or to the library’s scope setting.',
      'Then log in again: the code of the old login cannot give an ID token.',
    ],
    docs: docs.idTokens,
  }),
  'auth0.sdk-authorize-param-not-allowed': (f) => ({
    title: `The SDK dropped ${f.params ? `“${f.params}”` : 'options'} from the login URL`,
    cause: `auth0.js (and Lock, which uses it) sends /authorize only the parameters that endpoint takes, and warns about the rest instead of sending them: an option given to authorize(), to the WebAuth constructor or to Lock’s auth.params that /authorize does not know. The login goes on without it, so whatever relied on it never sees it.${said(f)}`,
    fix: [
      'Remove the option from authorize() / auth.params, or use the name /authorize takes (response_type, scope, audience, connection, prompt, login_hint, organization, invitation, ui_locales, max_age…).',
      'To carry your own data through the login, put it in state (or appState), or in an ext- prefixed parameter, which Universal Login and Actions can read (event.request.query).',
      'To read an error Auth0 sent back (error, error_description), read it from the callback URL with parseHash() rather than passing it to authorize().',
    ],
    docs: docs.authorizeParams,
  }),
  'auth0.sdk-min-ttl': (f) => ({
    title: 'minTTL is longer than the access token lives',
    cause: `The credentials manager was asked for a token valid for at least minTTL seconds, but the API issues access tokens that live less than that, so every renewal is already too short.${said(f)}`,
    fix: [
      'Ask for a smaller minTTL (well under the token’s lifetime).',
      'Or raise the API’s Token Expiration: Applications > APIs > your API > Settings > Token Expiration (Seconds).',
    ],
    breadcrumb: [...apis, 'Settings', 'Token Expiration'],
    docs: docs.refreshTokens,
  }),
  'auth0.sdk-access-token-missing': (f) => ({
    title: 'The SDK was given no access token',
    cause: `client.userInfo() (or a similar call) got undefined instead of an access token: the login asked for no access token (responseType without token), or the code passed something else than authResult.accessToken.${said(f)}`,
    fix: [
      'Ask for one: responseType "token id_token" (or use the authorization code flow and read the token from its answer).',
      'Pass authResult.accessToken from the parsed login answer to userInfo().',
    ],
    docs: docs.userinfo,
  }),
  'auth0.sdk-callback-without-code': (f) => ({
    title: 'The callback had no authorization code to exchange',
    cause: `The SDK’s callback handling ran on a URL that carries neither a code nor an error: the handler runs on every page load (or was opened directly, or from a bookmark), a router stripped the query before it ran, the logout’s return URL is the same as the login’s callback, or the authorize request was changed by hand (response_type or response_mode overridden), so Auth0 answered in another form.${said(f)}`,
    fix: [
      'Handle the callback only when the URL has code= (or error=) and state=, on the route named as redirect_uri, before any router rewrites the URL.',
      'Leave response_type and response_mode to the SDK; remove them from the extra authorize parameters.',
      'Give logout its own return URL (Allowed Logout URLs), different from the login callback.',
      'If the URL carried error= instead, read error and error_description from it: that is Auth0’s real answer.',
    ],
    breadcrumb: appUris,
    docs: docs.pkce,
  }),
  'auth0.sdk-keystore-invalidated': (f) => ({
    title: 'The stored credentials can no longer be decrypted',
    cause: `SecureCredentialsManager encrypts the credentials with a key in the Android KeyStore. Changing or removing the screen lock, enrolling biometrics, or restoring an app backup onto another device invalidates that key, so what was stored is lost.${said(f)}`,
    fix: [
      'Treat it as signed out: catch the error, call clearCredentials() and start a login again.',
      'Exclude the credentials’ SharedPreferences from Auto Backup (fullBackupContent / dataExtractionRules), so a restore never brings back data the new key cannot read.',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.sdk-biometric-not-enrolled': (f) => ({
    title: 'No biometric or screen lock is set up on this device',
    cause: `The credentials manager was created with local authentication (biometrics) required, and the device has no fingerprint, face, PIN, pattern or password enrolled, so it cannot ask the user to unlock the credentials.${said(f)}`,
    fix: [
      'Check whether local authentication is available before requiring it, and fall back to the device credential where allowed (setDeviceCredentialFallback / the policy option).',
      'When nothing is enrolled: ask the user to set a screen lock, or keep the credentials without biometric protection.',
    ],
    docs: docs.refreshTokens,
  }),
  'auth0.sdk-transaction-active': (f) => ({
    title: 'A login was started while another was still open',
    cause: `The SDK runs one web login (or logout) at a time, and a new one began before the last finished: a double tap on the button, an effect that runs twice (React StrictMode), or a login left open after the app went to the background.${said(f)}`,
    fix: [
      'Start the login once: disable the button while it runs, and guard effects against running twice.',
      'To give up on a login left open, cancel it first (WebAuthentication.cancel(), cancelWebAuth in react-native-auth0), then start again.',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-native-config-missing': (f) => ({
    title: `The app was built without the tenant’s domain and client id${f.placeholder ? ` (${f.placeholder})` : ''}`,
    cause: `A native SDK reads the domain and client id from the app’s build: Auth0.plist on iOS, the manifest placeholders auth0Domain and auth0Scheme on Android (also for react-native-auth0 and auth0_flutter), the config plugin’s options with Expo. This build had none.${said(f)}`,
    fix: [
      'Android: in android/app/build.gradle, defaultConfig, set manifestPlaceholders = [auth0Domain: "YOUR_DOMAIN", auth0Scheme: "${applicationId}.auth0"] (or "https" for App Links).',
      'iOS: add Auth0.plist with ClientId and Domain to the app target (Target Membership), or pass clientId and domain in code.',
      'Expo: add ["react-native-auth0", {"domain": "YOUR_DOMAIN"}] to plugins in app.json, then run npx expo prebuild again.',
      'Register the callback these make in Applications > Applications > your app > Settings > Allowed Callback URLs.',
    ],
    breadcrumb: appUris,
    docs: docs.callbacks,
  }),
  'auth0.sdk-browser-terminated': (f) => ({
    title: 'The login browser was closed when the app was opened again',
    cause: `On Android the app’s activity received a new start while the login was in the browser, and the SDK ended the login: the main activity is not launchMode singleTask, so coming back to the app (from the launcher or a notification) makes a new instance.${said(f)}`,
    fix: [
      'Set android:launchMode="singleTask" on MainActivity in android/app/src/main/AndroidManifest.xml.',
      'Do not relaunch the app while the login is in the browser; let the callback bring it back.',
    ],
    docs: docs.callbacks,
  }),
  'auth0.sdk-native-module-missing': (f) => ({
    title: 'react-native-auth0’s native code is not in this build',
    cause: `The JavaScript of react-native-auth0 runs in an app binary that does not contain its native module: Expo Go (which cannot load it), or a build made before the package was installed.${said(f)}`,
    fix: [
      'With Expo: use a development build (npx expo prebuild, then npx expo run:android or run:ios, or an EAS build) with the react-native-auth0 config plugin, not Expo Go.',
      'Without Expo: run pod install in ios/ and rebuild the app (not only reload the JavaScript).',
    ],
    docs: docs.pkce,
  }),
  'auth0.sdk-provider-missing': (f) => ({
    title: 'The Auth0 SDK was used before it was set up in the app',
    cause: `A component, service or guard asked the SDK for the login state before its provider was in place: useAuth0() outside <Auth0Provider> (React), AuthService without AuthModule.forRoot / provideAuth0 (Angular), useAuth0() before app.use(createAuth0(…)) (Vue). Two copies of the SDK in the bundle have the same effect.${said(f)}`,
    fix: [
      'React: wrap the app’s root, above the router, in <Auth0Provider domain=… clientId=… authorizationParams={{ redirect_uri: window.location.origin }}>; render tests inside it too.',
      'Angular: AuthModule.forRoot({ domain, clientId, authorizationParams }) in the root module, or provideAuth0({…}) in app.config.ts.',
      'Vue: app.use(createAuth0({ domain, clientId, authorizationParams })) before mount and before the router’s guards run.',
      'Check the bundle holds one copy of the SDK (npm ls @auth0/auth0-react, or the Angular / Vue package).',
    ],
    docs: docs.spa,
  }),
  'auth0.sdk-config-missing': (f) => ({
    title: `The SDK started without a setting it needs${f.option ? `: ${f.option}` : ''}`,
    cause: `The server SDK checks its configuration when it starts, and a value was missing or not a URL. Most often the environment variable is not set where the app runs, .env is loaded too late (after the SDK is created), or the value is a bare host where a URL is wanted.${said(f)}`,
    fix: [
      'Set the values the SDK names, from Applications > Applications > your app > Settings: domain (the tenant host, e.g. dev-abc.us.auth0.com), client id, client secret.',
      'Issuer and base URLs are full URLs: ISSUER_BASE_URL=https://YOUR_DOMAIN, BASE_URL=http://localhost:3000 (the app’s own address).',
      'The session secret (SECRET, AUTH0_SECRET, cookieSecret) is your own long random value (openssl rand -hex 32), never the client secret.',
      'Load .env before the SDK is created (require("dotenv").config() first; in Next.js, .env.local), and restart after changing it.',
    ],
    breadcrumb: appSettings,
    docs: docs.codeFlow,
  }),
  'auth0.sdk-middleware-twice': (f) => ({
    title: 'The login middleware runs twice on one request',
    cause: `express-openid-connect’s auth() was mounted twice on the same path (app.use(auth()) and again on a router), or another middleware already set req.appSession.${said(f)}`,
    fix: [
      'Mount auth(config) once, at the app level before the routes; protect single routes with requiresAuth().',
      'If another library uses req.appSession, give this one another name (session.name).',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.sdk-insufficient-scope': (f) => ({
    title: 'The session’s access token lacks the scopes asked for',
    cause: `getAccessToken() was asked for scopes that the session’s access token does not hold: they were not requested at login, or the API did not grant them (not defined on the API, or RBAC gave the user no such permission). Refreshing keeps the login’s scopes.${said(f)}`,
    fix: [
      'Request the scopes at login, with the API’s identifier as audience (authorizationParams.scope and audience, or AUTH0_SCOPE and AUTH0_AUDIENCE), then log in again.',
      'Define them under Applications > APIs > your API > Permissions; with RBAC, give the user a role holding them.',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.sdk-code-exchange-failed': (f) => ({
    title: 'Auth0 refused the code exchange (auth0-PHP words it as a network error)',
    cause: `auth0-PHP throws this whenever /oauth/token does not answer with tokens, not only when the network fails: a wrong client secret, a redirect URI other than the login’s, a code already used or expired, or an application not allowed the Authorization Code grant.${said(f)}`,
    fix: [
      'Read the real answer: Monitoring > Logs shows a “Failed Exchange” event with its description at that time (or log the SDK HTTP client’s last response).',
      'Check the client secret and that redirectUri is exactly the one the login used (and listed in Allowed Callback URLs).',
      'Exchange each code once: a reload of the callback page sends a used code again.',
    ],
    breadcrumb: logs,
    docs: docs.codeFlow,
  }),
  'auth0.sdk-http-client-missing': (f) => ({
    title: 'auth0-PHP has no HTTP client to call Auth0 with',
    cause: `The SDK sends its requests through a PSR-18 HTTP client and PSR-17 factories, and none is installed or configured.${said(f)}`,
    fix: [
      'Install one: composer require guzzlehttp/guzzle guzzlehttp/psr7 http-interop/http-factory-guzzle (or another PSR-18 client and PSR-17 factories).',
      'Or pass httpClient and the request, response and stream factories in SdkConfiguration.',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.sdk-profile-fetch-failed': (f) => ({
    title: 'The login worked, then reading the user’s profile (/userinfo) failed',
    cause: providerProfile(f)
      ? `Auth0’s own social connection exchanged the provider’s code, then the provider (Google, GitHub…) refused Auth0’s call for the user’s profile, and Auth0 ended the login with error=invalid_request. Nothing in your app or tenant settings caused it when it happens now and then.${said(f)}`
      : `After the code exchange, passport-auth0 calls /userinfo with the access token, and that call failed; the library drops Auth0’s answer. The usual reasons, in order: a rule or Action, or the user’s blocked state, refuses the user (“user is blocked”); the access token is for an API only, without the openid scope; /userinfo’s rate limit for the user.${said(f)}`,
    fix: [
      ...(providerProfile(f)
        ? [
            'Handle it at the callback as a failure to retry: show a short message and send the user to log in again; log it as a warning. If every login fails so, check the connection’s own provider app (its client id, secret and scopes) under Authentication > Social > the connection.',
          ]
        : []),
      'Monitoring > Logs at that time: a failed login or a blocked user there names the reason; unblock the user (User Management > Users) or change the rule that blocks new sign-ups.',
      'Keep openid in the scope (with state: true), so the access token may call /userinfo.',
      'Log the error’s cause (newer passport-auth0 passes it through) and read the profile from the ID token instead of calling /userinfo on every login.',
    ],
    breadcrumb: logs,
    docs: docs.userinfo,
  }),
  'auth0.sdk-web-message-origin': (f) => ({
    title: 'checkSession was given a redirectUri on another origin than the page',
    cause: `checkSession (and renewAuth) log in silently in a hidden iframe and get the answer posted back to the page (response_mode=web_message). That only works when redirectUri has the page’s own origin.${said(f)}`,
    fix: [
      'Pass a redirectUri on the page’s origin (window.location.origin) to checkSession, or leave it to the WebAuth default.',
      'List that origin in Applications > Applications > your app > Settings > Allowed Web Origins.',
    ],
    breadcrumb: [...appUris, 'Allowed Web Origins'],
    docs: docs.silentAuth,
  }),
  'auth0.sdk-parse-hash-arguments': (f) => ({
    title: 'parseHash was called with the hash string',
    cause: `auth0.js 9.7 and later take parseHash(options, callback) or parseHash(callback); given window.location.hash as its first argument, it tries to set an option on that string and throws.${said(f)}`,
    fix: [
      'Call webAuth.parseHash(callback): it reads window.location.hash itself.',
      'Or pass an options object: webAuth.parseHash({ hash: window.location.hash }, callback).',
    ],
    docs: docs.spa,
  }),
  'auth0.chrome-identity-permission': (f) => ({
    title: 'The Chrome extension has no access to chrome.identity',
    cause: `auth0-chrome logs in through chrome.identity (getRedirectURL, launchWebAuthFlow), which is undefined when the extension’s manifest does not ask for the “identity” permission. Nothing reached Auth0.${said(f)}`,
    fix: [
      'Add "identity" to "permissions" in manifest.json, then reload (or publish again) the extension.',
      'Keep https://{extension id}.chromiumapp.org/auth0 in Allowed Callback URLs and chrome-extension://{extension id} in Allowed Origins (CORS), with the published extension’s id.',
    ],
    breadcrumb: appUris,
    docs: docs.callbacks,
  }),
  'auth0.sdk-ios-presentation-context': (f) => ({
    title: 'The iOS login sheet has no window to show on (Auth0.swift before 1.17)',
    cause: `From iOS 13, ASWebAuthenticationSession needs a presentation context (the window it is shown over). SDK versions built before iOS 13 never set one, so the login does not open (Auth0.swift, and Auth0.OidcClient.iOS before its fix, which reports UnknownError).${said(f)}`,
    fix: [
      'Upgrade the SDK: Auth0.swift 1.17.0 or later (or the current 2.x), Auth0.OidcClient.iOS with its presentation-anchor fix, react-native-auth0 and Lock.swift releases built on them.',
      'Rebuild with the current Xcode; nothing in the Dashboard changes.',
    ],
    docs: docs.pkce,
  }),
  'auth0.omniauth-csrf': (f) => ({
    title: 'Rails refused the login request’s CSRF token',
    cause: `omniauth-auth0 starts the login with a POST to /auth/auth0, which omniauth-rails_csrf_protection checks like any Rails form. The token did not validate: the login link is a GET link, the form posts to a relative path (auth/auth0 without its leading slash), or the page was served without csrf_meta_tags. Nothing reached Auth0.${said(f)}`,
    fix: [
      'Start the login with a form that posts to the absolute path: button_to "Login", "/auth/auth0", method: :post, data: { turbo: false }.',
      'Keep the omniauth-rails_csrf_protection gem, csrf_meta_tags in the layout, and do not use a plain link (GET) to /auth/auth0.',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.pyjwt-crypto-missing': (f) => ({
    title: 'PyJWT is installed without RSA support',
    cause: `Auth0 signs tokens with RS256, and PyJWT only knows RSA algorithms when its optional cryptography package is installed. Without it, building a key from the tenant’s JWKS fails before any token is checked.${said(f)}`,
    fix: [
      'Install the extra in the API’s environment: pip install "pyjwt[crypto]" (or pip install cryptography), and list it in requirements.',
      'Restart the process, so the algorithms register.',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.flutter-web-api': (f) => ({
    title: 'auth0_flutter’s mobile API was called in a web build',
    cause: `On the web, auth0_flutter has no Auth0(...).webAuthentication() (that is the iOS and Android channel): a web build uses the Auth0Web class, which wraps auth0-spa-js.${said(f)}`,
    fix: [
      'On the web, create Auth0Web(domain, clientId), call onLoad() at start-up and loginWithRedirect(redirectUrl: …) to log in (kIsWeb picks the class per platform).',
      'Register the app as a Single Page Application with its URL under Allowed Callback URLs, Allowed Logout URLs and Allowed Web Origins.',
    ],
    breadcrumb: appUris,
    docs: docs.spa,
  }),
  'auth0.updated-at-string': (f) => ({
    title: 'Your OpenID library refuses Auth0’s updated_at, a date string',
    cause: `Auth0 writes the updated_at claim (ID tokens with scope profile, and /userinfo) as an ISO 8601 date string such as "2025-12-23T10:59:07.841Z", where OpenID Connect defines a number of seconds. A strictly typed library refuses the whole token or profile over it, though the login itself succeeded.${said(f)}`,
    fix: [
      'Turn on the library’s tolerance for string timestamps (Rust’s openidconnect: the accept-rfc3339-timestamps feature), or use one that accepts them.',
      'Or read /userinfo through your own HTTP call and convert updated_at to a number before the library parses it.',
      'Nothing in the Dashboard changes the claim’s format.',
    ],
    docs: docs.idTokens,
  }),
  'auth0.sub-pipe': (f) => ({
    title: 'Auth0’s user id has a | that your app does not accept',
    cause: `The app makes a username or user id of the sub claim, and Auth0’s sub is always connection|id (auth0|64f…, google-oauth2|1162…): the pipe is part of it, and many user stores refuse it.${said(f)}`,
    fix: [
      'Map the username from another claim the users have (email, nickname, preferred_username when your Action adds it), or derive an id that has no pipe (a hash of sub), and keep sub itself as the link to Auth0.',
      "An Action can add a claim of your own for the app to use: api.idToken.setCustomClaim('https://your-app/username', …).",
      'The sub format cannot be changed in the Dashboard.',
    ],
    docs: docs.idTokens,
  }),
  'auth0.html-not-json': (f) => ({
    title: 'A web page came back where JSON was expected',
    cause: `The code asked a URL for JSON (the discovery document, the JWKS, /oauth/token, /userinfo) and got an HTML page: the URL is not the endpoint (the tenant’s root or a path without /.well-known/…, a missing https://, a typo in the path), or something in between answered (a proxy, a captive portal, the app’s own server answering index.html for a path it does not know).${said(f)}`,
    fix: [
      'Open the URL the code calls with curl -i: its Content-Type must be application/json, and its body no page.',
      'Use the exact endpoints: https://YOUR_DOMAIN/.well-known/openid-configuration, https://YOUR_DOMAIN/.well-known/jwks.json, https://YOUR_DOMAIN/oauth/token. A library’s issuer or authority setting is https://YOUR_DOMAIN/, and it adds the rest itself.',
      'From a single-page app, call the tenant’s full URL: a relative path (/oauth/token) goes to the app’s own dev server, which answers its index.html.',
    ],
    docs: docs.validateTokens,
  }),
  'auth0.authjs-base-url': (f) => ({
    title: 'Auth.js cannot find its own routes: AUTH_URL is not its base',
    cause: `Auth.js (NextAuth) reads each request’s path under its base URL (/api/auth by default) to know which of its routes it is (signin, callback, session). AUTH_URL (or NEXTAUTH_URL) set to something else, such as the Auth0 provider’s callback path, leaves it unable to parse /api/auth/session, and the login fails before Auth0 is asked anything.${said(f)}`,
    fix: [
      'Set AUTH_URL (NEXTAUTH_URL) to the app’s own origin, or to its Auth.js base (https://your-app.example/api/auth), or remove it where the host is detected; then restart.',
      'The callback path (https://your-app.example/api/auth/callback/auth0) belongs in the Auth0 application’s Allowed Callback URLs, not in AUTH_URL.',
    ],
    breadcrumb: [...appUris, 'Allowed Callback URLs'],
  }),
};
