import type { CatalogueEntry } from './entry';

/**
 * The /authorize side: what comes back to the callback as `?error=…&error_description=…`, and the texts of Auth0's
 * hosted error page. Silent authentication (prompt=none) answers here too.
 */
export const authorize: CatalogueEntry[] = [
  {
    id: 'auth0.callback-url-mismatch',
    errors: ['unauthorized_client', 'invalid_request', 'access_denied'],
    descriptions: [
      // The URL the application sent, when the sentence quotes it: its shape often says why it is not listed.
      /(?<redirect>[a-z][\w+.-]{0,20}:\/\/[^\s,;"'<>]{1,300}?)\.? is not in the list of allowed callback urls/i,
      /callback url mismatch/i,
      /not in the list of allowed callback urls/i,
      /unable to issue redirect for oauth 2\.0 transaction/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.web-origin-not-allowed',
    errors: ['invalid_request', 'access_denied', 'unauthorized_client'],
    descriptions: [/does not have a registered origin/i, /origin .{0,200}not (?:in the list of )?allowed web origins/i],
    weight: 1,
  },
  {
    id: 'auth0.logout-url-not-allowed',
    endpoints: ['/v2/logout'],
    onlyAt: true,
    descriptions: [/returnto/i, /logout url/i, /allowed logout urls/i],
    bodies: [/^\s*$/],
    status: [400],
  },
  {
    id: 'auth0.login-transaction-expired',
    errors: ['invalid_request', 'access_denied'],
    descriptions: [
      /couldn'?t find your session/i,
      /pressed the back button/i,
      /login transaction .{0,40}(?:expired|not found)/i,
      /transaction (?:has )?expired .{0,40}log ?in again/i,
      /(?:log ?in|login) could have been initiated from the wrong place/i,
    ],
    weight: 1,
  },
  {
    // checkSession / prompt=none on an SSO session whose user was deleted (or blocked) since: a 500 page in the frame.
    id: 'auth0.sso-session-stale',
    endpoints: ['/authorize'],
    descriptions: [
      /unable to construct sso user/i,
      /sso session .{0,40}(?:user .{0,20})?(?:not found|deleted|invalid)/i,
    ],
    weight: 1,
  },
  {
    // The Classic login page's own calls refused: the page's script was not given the tenant's configuration.
    id: 'auth0.classic-login-endpoint',
    descriptions: [
      /should not be hitting this endpoint/i,
      // The page's own login call, sent to a host that does not serve it (a custom domain the template ignores).
      /\/usernamepassword\/login\b[\s\S]{0,120}\b404\b|\b404\b[\s\S]{0,120}\/usernamepassword\/login\b/,
    ],
    weight: 2,
  },
  {
    id: 'auth0.hosted-error-page',
    descriptions: [
      /misconfiguration in the system or a service outage/i,
      /^oops!?,? something went wrong/im,
      /looks like something went wrong/i,
    ],
    // A page that shows its details (`unauthorized_client: Client is not authorized…`, `?error=…`) is their entry's.
    unless: [/\b[a-z]{2,20}(?:_[a-z]{2,20}){1,3}: \S/, /[?&]error=\w/],
    weight: -1,
  },
  {
    id: 'auth0.user-declined',
    endpoints: ['/authorize', '/oauth/token'],
    errors: ['access_denied'],
    descriptions: [
      /(?<!end-)user denied (?:the )?(?:authorization )?request/i,
      /user (?:has )?(?:cancell?ed|declined) the (?:interaction|consent|login)/i,
      /user did not (?:authorize|consent)/i,
      /popup (?:window )?(?:was )?closed/i,
    ],
    codesAt: { endpoints: ['/authorize'], codes: ['access_denied'], bare: true },
  },
  {
    id: 'auth0.idp-denied',
    endpoints: ['/authorize'],
    errors: ['access_denied', 'unauthorized'],
    descriptions: [
      /denied your application access/i,
      /^access_denied$/i,
      /user (?:denied|cancell?ed) .{0,40}(?:at|on) the (?:identity )?provider/i,
    ],
  },
  {
    // The social or enterprise provider refused a scope or permission the connection asked it for.
    id: 'auth0.idp-scope-refused',
    endpoints: ['/authorize'],
    errors: ['access_denied', 'invalid_scope', 'unauthorized_scope_error', 'unauthorized_client'],
    codes: ['unauthorized_scope_error'],
    descriptions: [
      /(?:application|app|client) (?:has not been|is not|isn't) (?:authorized|approved) for (?:the )?scopes?/i,
      /scopes? .{0,120}(?:is|are) not (?:authorized|approved|valid) for (?:your|this) (?:application|app|client)/i,
      /(?:invalid|unknown|unsupported) scopes?:? .{0,120}(?:provider|connection|facebook|google|github|linkedin|microsoft|apple)/i,
      /permissions? .{0,80}(?:has not been|have not been|not) (?:granted|approved|reviewed) .{0,80}(?:app review|provider|facebook|application)/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.unsupported-response-type',
    codes: ['unsupported_response_type'],
    descriptions: [
      /unsupported response[ _]type/i,
      /invalid response[ _]type/i,
      /response[ _]type .{0,60}not (?:supported|allowed)/i,
      /(?:not (?:allowed|authorized) to use|cannot use) (?:the )?response[ _]type/i,
    ],
  },
  {
    id: 'auth0.login-required',
    codes: ['login_required'],
    descriptions: [/^login required\.?$/i, /^the user is not logged in\.?$/i, /multifactor authentication required/i],
  },
  { id: 'auth0.consent-required', codes: ['consent_required'], descriptions: [/\bconsent required\b/i] },
  { id: 'auth0.interaction-required', codes: ['interaction_required', 'account_selection_required'] },
  {
    // Auth0 redirected to the app's callback, but nothing on the device took it: the scheme is not registered (or
    // not as sent), or an https callback is not a verified App Link / Universal Link, so a browser opens it.
    id: 'auth0.callback-not-captured',
    descriptions: [
      /\bERR_UNKNOWN_URL_SCHEME\b/,
      /cannot open the page because the address is invalid/i,
      /\bscheme does not have a registered handler\b/i,
      /no activity found to handle intent.{0,200}\/(?:android|ios)\/[\w.]{1,200}\/callback/i,
      /cannot GET ?\/ ?(?:android|ios)\b/i,
      // Linux handed the app's callback to another program: the scheme is not registered to the app.
      /\b(?:gvfs-open|xdg-open): [a-z][\w.+-]{1,60}:\/\/[^\s]{0,300}[?&]code=/i,
      // A native app whose redirect_uri is its WebView's own origin: nothing listens on https://localhost on a device.
      /\b(?:android|ios|capacitor|cordova)\b.{0,120}\bERR_CONNECTION_REFUSED\b.{0,120}\blocalhost\b/i,
    ],
    // The person pressed Cancel on the system's sign-in sheet: that is what failed (auth0.sdk-user-cancelled).
    unless: [/\buser_cancell?ed\b|\buser cancell?ed the auth/i],
    weight: 3,
  },
  {
    // The login page shown inside a frame: Universal Login forbids framing (clickjacking protection), whatever the app.
    id: 'auth0.login-page-framed',
    descriptions: [
      /refused to display .{0,300} in a frame because/i,
      /violates the following content security policy directive:? ["“]?frame-ancestors/i,
      /X-Frame-Options.{0,40}\b(?:deny|sameorigin)\b/i,
    ],
    weight: 3,
  },
  {
    // The login goes round: Auth0 logs the user in and sends them back, and the app sends them to log in again.
    id: 'auth0.redirect-loop',
    descriptions: [
      /ERR_TOO_MANY_REDIRECTS/,
      /\btoo many redirects\b/i,
      /redirected you too many times/i,
      // Firefox's words: "The page isn’t redirecting properly".
      /page isn['’]t redirecting properly/i,
      /\b(?:infinite|endless) (?:redirect(?:ion)?|login) loop/i,
      /\bredirect(?:ion)? loop\b/i,
    ],
    // Read in the whole paste too: a redirect back with ?error= pasted in it is read as the answer, not its prose.
    bodies: [/ERR_TOO_MANY_REDIRECTS|redirected you too many times|page isn['’]t redirecting properly/i],
    // The loop is what the person meets; an error the callback carried (login_required) is what started it, and the
    // loop's texts send them to it.
    weight: 9,
  },
];
