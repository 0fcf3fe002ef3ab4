import { networkFailure, type CatalogueEntry } from './entry';

/** What an Auth0 SDK says in the application, after Auth0 answered: ID token checks, state, sessions. */
export const sdk: CatalogueEntry[] = [
  {
    // Your server's own call to the tenant (or to a URL) found no host or no answer. Inside an Auth0 answer the same
    // words are the tenant's code failing (auth0.extensibility-error), which its error code ranks higher.
    id: 'auth0.network-unreachable',
    descriptions: [
      networkFailure,
      /\b(?<network>SocketTimeoutException|UnknownHostException|ConnectException)\b/,
      /\bsocket hang up\b/i,
      // Python's and others' words for a host that does not resolve.
      /failed to resolve ['"](?<host>[\w.-]{1,200})['"]/i,
      /\bName or service not known\b|\bnodename nor servname provided\b|\bTemporary failure in name resolution\b|\bgetaddrinfo failed\b/i,
      // Elixir's OAuth2 client: no answer at all (`%OAuth2.Error{reason: :timeout}`).
      /\breason: :(?<network>timeout|econnrefused|nxdomain|closed)\b/,
      // curl inside a library (PHP's Guzzle, libcurl): no host, no connection, no answer in time.
      /could not resolve host:? (?<host>[\w.-]{1,200})/i,
      /\bcURL error (?:6|7|28)\b/i,
    ],
    unless: [/\b(?:sandbox|extensibility|rules?|actions?|hooks?|scripts?|webtask)\b/i],
    weight: 1,
  },
  {
    // "Cannot GET /path": Express's page for a path it does not serve. No Auth0 host says it: the call reached your
    // own server or a proxy instead of the tenant.
    id: 'auth0.not-the-tenant',
    bodies: [/^\s*Cannot (?<method>GET|POST|PUT|PATCH|DELETE) (?<path>\/\S{0,200})\s*$/],
    descriptions: [/^Cannot (?<method>GET|POST|PUT|PATCH|DELETE) (?<path>\/\S{0,200})$/],
    weight: 2,
  },
  {
    // The browser refused the call or frame before it left: the page's own Content-Security-Policy lacks the tenant.
    id: 'auth0.csp-blocked',
    descriptions: [
      /violates the following content security policy directive:? ["“]?(?<directive>(?!frame-ancestors)[\w-]{1,40})/i,
      /refused to (?:connect|frame|load|send form data) to ['"‘]?(?<host>https?:\/\/[^\s'"’]{1,200}).{0,100}content security policy/i,
    ],
    weight: 2,
  },
  {
    // A Cross-Origin-Opener-Policy on the app's page cuts the login popup off from it (loginWithPopup).
    id: 'auth0.coop-popup',
    descriptions: [
      /cross-origin-opener-policy .{0,80}(?:block|would block)/i,
      /coop .{0,40}block(?:s|ed)? .{0,40}popup/i,
      /cross-origin isolated (?:context|page)/i,
    ],
    weight: 2,
  },
  {
    // A session kept in a cookie grew over what browsers and servers take (4 KB a cookie, 8–16 KB of headers).
    id: 'auth0.session-cookie-size',
    descriptions: [
      /cookie .{0,60}(?:size )?exceeds? (?:the )?(?:maximum )?(?:\d{3,5} ?bytes|size limit)/i,
      /cookie (?:is )?too (?:large|big)/i,
      /request header(?: fields?)? too large|header too long|\b431\b.{0,40}header/i,
    ],
    weight: 1,
  },
  {
    // The credentials were stored DPoP-bound, and the SDK reading them now has no DPoP key set up.
    id: 'auth0.sdk-dpop-not-configured',
    codes: ['dpop_not_configured'],
    descriptions: [/dpop[- ]bound but/i, /dpop ?not ?configured/i],
    weight: 2,
  },
  {
    // Auth0.Android found no browser to open the login in (Android 11 package visibility, or none installed).
    id: 'auth0.sdk-no-browser',
    codes: ['a0.browser_not_available'],
    descriptions: [
      /no browser (?:application|app) (?:is )?installed/i,
      /browser[_ ]not[_ ]available/i,
      /(?:could ?n[o']t|cannot|can't|unable to) find (?:an? )?(?:installed )?browser/i,
    ],
  },
  {
    // The person closed the login sheet or popup, or answered Cancel to the system's sign-in alert.
    id: 'auth0.sdk-user-cancelled',
    severity: 'warning',
    codes: ['a0.authentication_canceled', 'cancelled', 'user_cancelled', 'a0.session.user_cancelled'],
    descriptions: [
      /\buser ?cancell?ed\b/i,
      /\buser cancell?ed the auth/i,
      /user closed the (?:popup|browser|window)|popup (?:window )?(?:was )?closed/i,
    ],
  },
  {
    // An exception of the application or a library in it, not of the tenant's code: Actions and Rules run on Node
    // in Auth0's sandbox and reach you inside an Auth0 answer (error=server_error…). So a Ruby, Python, Java, .NET,
    // PHP, Go or Swift crash is always the app's; a JavaScript one is when its stack names the app's own files.
    id: 'auth0.app-crash',
    // The generic crashes only: a library's own TypeError ("checks.state argument is missing") is its own entry's.
    descriptions: [
      /(?:KeyError: ['"]?|has no attribute ['"`‘]|undefined method [`'‘]|\(reading ['"`‘])(?<field>[\w.$-]{1,60})/,
      /Cannot read propert(?:y|ies) ['"](?<field>[\w.$-]{1,60})['"] of (?:undefined|null)/,
      /Cannot (?:read|set) propert(?:y|ies)|Cannot destructure|\bis not a function\b|\b(?:undefined|null) is not an object\b|\bis not iterable\b|\b[\w$.]{1,60} is not defined\b/,
      /\b(?<crash>NoMethodError|AttributeError|KeyError|NameError|NullPointerException|NullReferenceException|UnboundLocalError|IndexError)\b/,
      /(?<crash>Object reference not set to an instance|Call to a member function|nil pointer dereference|Unexpectedly found nil|lateinit property|'NoneType' object)/,
    ],
    // A runtime Auth0's sandbox does not run; else a JavaScript crash by name, with a stack through the app's own
    // files, a browser's uncaught error or a framework's error overlay. (An SDK's `Error: Cannot read property…`
    // passes the tenant code's words on: no crash of the app.)
    requires: [
      /Traceback \(most recent call last\)|\b(?:NoMethodError|AttributeError|KeyError|NameError|UnboundLocalError|NullPointerException|NullReferenceException)\b|undefined method [`'‘]|Object reference not set to an instance|Call to a member function|nil pointer dereference|Unexpectedly found nil|lateinit property|'NoneType' object|\b(?:TypeError|ReferenceError|RangeError)\b/,
      /Traceback \(most recent call last\)|\b(?:NoMethodError|AttributeError|KeyError|NameError|UnboundLocalError|NullPointerException|NullReferenceException)\b|undefined method [`'‘]|Object reference not set to an instance|Call to a member function|nil pointer dereference|Unexpectedly found nil|lateinit property|'NoneType' object|\bat .{0,200}?(?:node_modules[\\/]|webpack(?:-internal)?:\/\/|file:\/\/\/|https?:\/\/(?:localhost|127\.0\.0\.1)[:/]|\.(?:tsx?|jsx|vue|svelte|mjs)(?::\d+){1,2}\b)|\bUncaught (?:\(in promise\) )?(?:TypeError|ReferenceError|RangeError)\b|^ERROR (?:TypeError|ReferenceError)\b|Unhandled Runtime Error/m,
    ],
    // Inside an Auth0 answer, or a trace through Auth0's sandbox, it is the tenant's code (auth0.extensibility-error).
    unless: [
      /\b(?:server_error|extensibility_error|access_denied|invalid_request|unauthorized)\b|error_description|_verquire|webtask|auth0[- ]sandbox/i,
      // A network failure a browser or fetch reports as a TypeError.
      /failed to fetch(?! user)|fetch failed|networkerror|load failed|\bcors\b|net::ERR_|\bE(?:CONNREFUSED|NOTFOUND|CONNRESET|TIMEDOUT)\b|\breason: :(?:timeout|econnrefused|nxdomain|closed)\b/i,
    ],
    weight: 3,
  },
  {
    // The runtime does not trust the certificate it was shown for the tenant: a TLS-inspecting proxy, or old roots.
    id: 'auth0.tls-trust',
    descriptions: [
      /unable to get local issuer certificate/i,
      /self[- ]signed certificate/i,
      /certificate[_ ]verify[_ ]failed|certificate (?:has expired|is not trusted)/i,
      /\b(?:UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|CERT_HAS_EXPIRED|UNABLE_TO_GET_ISSUER_CERT_LOCALLY)\b/,
      /PKIX path building failed|unable to find valid certification path/i,
      /SSL connection could not be established/i,
    ],
    weight: 1,
  },
  {
    // An access token read as a JWT that is not one: without an audience, Auth0 issues an opaque token.
    id: 'auth0.opaque-access-token',
    descriptions: [
      /missing dot delimiter/i,
      /invalid jwt serialization/i,
      /(?:not enough|too many) segments/i,
      /jwt must have (?:3|three) parts/i,
      /unable to decode (?:the )?jwt/i,
      /opaque (?:access )?token detected/i,
      /must contain (?:two|2) dots/i,
      // jwt-decode handed a token with no payload part.
      /invalid token specified:? (?:missing part #2|invalid json for part #2|invalid base64 for part #2)/i,
      /\b(?:access )?token without (?:a )?payload/i,
      /\btoken parsing failed\b/i,
    ],
    // A request's own header, pasted: a bearer token with no dots (Auth0's opaque tokens are 16 to 64 characters).
    bodies: [/^authorization:[ \t]*bearer[ \t]+[A-Za-z0-9_-]{16,64}[ \t]*$/im],
    // The decoder's own words outrank the broad "invalid token" of /userinfo's entry.
    weight: 1,
  },
  { id: 'auth0.id-token-issuer', descriptions: [/issuer \(iss\) claim/i] },
  { id: 'auth0.id-token-audience', descriptions: [/audience \(aud\) claim/i, /authorized party \(azp\) claim/i] },
  {
    id: 'auth0.id-token-nonce',
    descriptions: [
      /nonce \(nonce\) claim/i,
      /nonce .{0,40}mismatch/i,
      /nonce (?:does not|doesn't|did not) match/i,
      /nonce (?:value )?(?:was )?not found/i,
    ],
    unless: [/dpop/i],
  },
  {
    id: 'auth0.id-token-time',
    descriptions: [
      /(?:expiration time \(exp\)|issued at \(iat\)|not before time \(nbf\)|not before \(nbf\)) claim/i,
      /(?:token|jwt) (?:was )?issued in the future/i,
      /\bused too early\b/i,
      // PHP's firebase/php-jwt: iat or nbf ahead of the server's clock.
      /cannot handle token prior to\b/i,
      /\bBeforeValidException\b/,
      // jsonwebtoken and PyJWT: nbf still ahead of this machine's clock.
      /\bjwt not active\b/i,
      /\bImmatureSignatureError\b/,
    ],
  },
  {
    // No ID token in the code exchange's answer: the login asked for no openid scope.
    id: 'auth0.no-id-token',
    descriptions: [
      /missing id_?token\b/i,
      /no id_?token (?:in|was|returned|found|present)/i,
      /id_?token (?:is )?(?:missing|not (?:present|returned|found|included))/i,
      /ensure .{0,30}\bopenid\b.{0,20}scope/i,
      /\bopenid\b.{0,20}scope (?:is|was) (?:not )?(?:requested|included)/i,
      /\bid token is missing from the response/i,
      // jwt-decode handed the ID token that never came (undefined).
      /invalid token specified:? (?:must be a string|cannot read propert)/i,
    ],
    codes: ['a0.missing_id_token'],
    // A callback that lost its transaction (no state found) has no tokens either: the lost state is the cause.
    unless: [/initial state could not be found/i],
    weight: 2,
  },
  {
    // A credentials manager asked for credentials it does not hold (Auth0.Android, Auth0.swift, react-native-auth0).
    id: 'auth0.sdk-no-stored-credentials',
    codes: ['a0.credential_manager.invalid', 'no_credentials', 'a0.credential_manager.no_credentials'],
    descriptions: [
      /no credentials were found in the store/i,
      /no credentials (?:are )?stored/i,
      /no credentials were previously set/i,
    ],
    weight: 2,
  },
  {
    // auth0.js (and Lock) warn and drop any option of authorize() that /authorize does not take.
    id: 'auth0.sdk-authorize-param-not-allowed',
    severity: 'warning',
    descriptions: [
      /following parameters? (?:are|is) not allowed on the [`'"]?\/authorize[`'"]? endpoint(?:: ?\[(?<params>[^\]\n]{1,200})\])?/i,
    ],
    weight: 1,
  },
  {
    // Auth0.Android / Auth0.swift credentials managers: a minTTL longer than the API's access token lifetime.
    id: 'auth0.sdk-min-ttl',
    codes: ['large_min_ttl'],
    descriptions: [/min ?ttl requested is greater than the lifetime/i, /less than the min ?ttl/i],
    weight: 1,
  },
  {
    // auth0.js client.userInfo() or parseHash given no access token (the login asked for none).
    id: 'auth0.sdk-access-token-missing',
    descriptions: [/accesstoken parameter is not valid/i, /access_?token parameter is (?:not valid|required|missing)/i],
    weight: 1,
  },
  { id: 'auth0.id-token-max-age', descriptions: [/authentication time \(auth_time\) claim/i] },
  {
    id: 'auth0.id-token-organization',
    descriptions: [
      /organization (?:id|name) \(org_(?:id|name)\) claim/i,
      /organization claim \(`?org_id`? or `?org_name`?\)/i,
    ],
  },
  {
    id: 'auth0.id-token-hs256',
    descriptions: [
      /signed with the hs256 algorithm/i,
      /signature algorithm of "?hs256"? is not supported/i,
      /\bhs256 is not supported/i,
      /expected algs?:? ?\[?"?rs256/i,
      // .NET: no key of the tenant's key set verifies the token (an HS256 token against RS256 keys).
      /IDX10503\b/,
      /client secret must be configured/i,
      // WordPress and older SDKs: the secret read as base64 (or not) when checking HS256.
      /client secret (?:is )?base64[ -]encoded/i,
      /unsupported algorithm.{0,60}\bHS256\b/i,
    ],
  },
  {
    id: 'auth0.id-token-claim',
    descriptions: [
      /\(\w{1,40}\) claim .{0,200}in the id token/i,
      /id token .{0,60}(?:could not be validated|validation failed|could not be decoded|is required but missing)/i,
    ],
    weight: -1,
  },
  {
    id: 'auth0.sdk-state',
    codes: [
      'a0.invalid_state',
      'state_mismatch',
      'invalid_state',
      'mismatching_state',
      'csrf_detected',
      'invalid_callback_url',
    ],
    descriptions: [
      /invalid state\b/i,
      /state (?:is )?not equal in request and response/i,
      /state["'`]? mismatch/i,
      /initial state could not be found/i,
      /\bchecks\.state\b/,
      /\bstate`? (?:does not|doesn't|did not) match/i,
      /checks\.state argument is missing/i,
      /missing state cookie/i,
      /state parameter is (?:missing|invalid)/i,
      /the transaction is missing/i,
      /correlation failed/i,
      /\bcsrf[_ ]detected\b/i,
      /"?auth_verification"? cookie not found/i,
      /unable to verify authorization request state/i,
      /unable to unprotect the message\.state/i,
      // Auth0.Android, Auth0.swift and nextjs-auth0: a callback that is not the answer to this app's own login.
      /received state is invalid/i,
      /^(?:[\w.]{0,60}: )?invalid callback url: /im,
      /missing state parameter in authorization response/i,
      /requires you set state to false/i,
      /without \w{0,40}Strategy state true/i,
      /an initial state could not be found/i,
    ],
  },
  {
    id: 'auth0.sdk-secure-origin',
    descriptions: [/must run on a secure origin/i, /`?window\.crypto`? is required to run/i],
  },
  {
    id: 'auth0.sdk-timeout',
    codes: ['timeout'],
    descriptions: [/^timeout\.?$/i, /timeout when executing 'fetch'/i, /authorize_timeout/i],
  },
  { id: 'auth0.sdk-popup-blocked', codes: ['popup_open'], descriptions: [/unable to open a popup/i] },
  { id: 'auth0.sdk-missing-scopes', codes: ['missing_scopes'], descriptions: [/missing requested scopes/i] },
  {
    id: 'auth0.sdk-no-session',
    codes: ['missing_session', 'session_expired', 'err_missing_session'],
    descriptions: [
      /does not have a valid session/i,
      /session has expired and the user must re-authenticate/i,
      /does not have an active session/i,
      /without a logged in user/i,
    ],
  },
  { id: 'auth0.sdk-session-secret', descriptions: [/jwedecryptionfailed/i, /decryption operation failed/i] },
  {
    id: 'auth0.session-expiry-claim',
    descriptions: [/session_expiry/i, /upstream (?:idp|identity provider) session (?:has )?expired/i],
  },
  {
    // The callback reached the SDK with neither a code nor an error (Auth0.Android, Auth0.swift, auth0-spa-js,
    // auth0-PHP): a handler run on a page that is not the answer to a login, or response_type changed by hand.
    id: 'auth0.sdk-callback-without-code',
    codes: ['no_authorization_code'],
    descriptions: [
      /no authorization code was received in the callback/i,
      /callback url is missing the authorization code/i,
      /there are no query params available for parsing/i,
      /^(?:[\w\\.]{0,80}: )?missing code\.?$/im,
    ],
    weight: 2,
  },
  {
    // Auth0.Android's SecureCredentialsManager: the keystore key was invalidated (lock screen changed, backup restored).
    id: 'auth0.sdk-keystore-invalidated',
    codes: ['crypto_exception'],
    descriptions: [/lock screen security settings have deemed the encryption keys invalid/i],
    weight: 2,
  },
  {
    // Credentials protected by biometrics on a device with no biometric or screen lock enrolled.
    id: 'auth0.sdk-biometric-not-enrolled',
    codes: ['biometric_error_none_enrolled'],
    descriptions: [/no biometric or device credential is enrolled/i, /biometric_error_none_enrolled/i],
    weight: 2,
  },
  {
    // Auth0.swift (and react-native-auth0, auth0_flutter on iOS): a login started while another is still open.
    id: 'auth0.sdk-transaction-active',
    codes: ['transaction_active_already'],
    descriptions: [/there is an active transaction at the moment/i, /\btransaction_active_already\b/i],
    weight: 2,
  },
  {
    // The native app was built without the tenant's domain and client id where the SDK reads them.
    id: 'auth0.sdk-native-config-missing',
    descriptions: [
      /missing auth0\.plist/i,
      /no value for <(?<placeholder>auth0(?:Scheme|Domain))> is provided/i,
      /no auth0 domain specified in expo config/i,
    ],
    weight: 2,
  },
  {
    // react-native-auth0 on Android: the activity was started again while the login's browser was open.
    id: 'auth0.sdk-browser-terminated',
    codes: ['a0.session.browser_terminated'],
    descriptions: [/browser window was closed by a new instance of the application/i],
    weight: 2,
  },
  {
    // react-native-auth0's JavaScript without its native module: Expo Go, or a build made before it was installed.
    id: 'auth0.sdk-native-module-missing',
    descriptions: [
      /'A0Auth0' could not be found/i,
      /native module .{0,40}\bA0Auth0\b/i,
      /\bA0Auth0\b.{0,40}\bis null\b/i,
    ],
    weight: 2,
  },
  {
    // The React, Angular and Vue SDKs used before their provider, module or plugin was set up.
    id: 'auth0.sdk-provider-missing',
    descriptions: [
      /forgot to wrap your component in <Auth0Provider>/i,
      /configuration must be specified either through AuthModule\.forRoot/i,
      /ensure auth0's vue plugin is correctly installed/i,
    ],
    weight: 2,
  },
  {
    // A server SDK started without a setting it needs (an unset environment variable, most often).
    id: 'auth0.sdk-config-missing',
    descriptions: [
      /not all required options were provided when creating an instance of Auth0Client/i,
      /"(?<option>secret|issuerBaseURL|baseURL|clientID|domain|audience)" (?:is required|must be a valid uri)/,
      /must provide (?:either )?an? (?<option>domain)\b/i,
      /\bauth0 (?<option>account|domain|client[ _]?id) is not (?:specified|set|configured)\b/i,
      /you must provide the (?<option>\w{1,40}) configuration value/i,
      /[?&]message=(?<option>missing_(?:client_id|client_secret|domain))\b/,
      /`?(?<option>cookieSecret)`? must be configured/,
      // An unset domain leaves the URL without a host.
      /https?:\/\/\/(?:api\/v2|oauth\/|authorize|userinfo|\.well-known)/,
    ],
    weight: 2,
  },
  {
    // express-openid-connect (and nextjs-auth0 v3 beneath it): its middleware mounted twice on one request.
    id: 'auth0.sdk-middleware-twice',
    descriptions: [/req\[appSession\] is already set/i],
    weight: 2,
  },
  {
    // nextjs-auth0: getAccessToken asked for scopes the session's access token was not granted.
    id: 'auth0.sdk-insufficient-scope',
    codes: ['err_insufficient_scope'],
    descriptions: [/access token with the requested scopes could not be provided/i],
    weight: 2,
  },
  {
    // auth0-PHP's exchange(): thrown for any refused /oauth/token answer, though it speaks of the network.
    id: 'auth0.sdk-code-exchange-failed',
    descriptions: [/code exchange was unsuccessful/i],
    weight: 2,
  },
  {
    // auth0-PHP needs a PSR-18 HTTP client installed.
    id: 'auth0.sdk-http-client-missing',
    descriptions: [/no compatible PSR-1[78] (?:library|implementation)/i],
    weight: 2,
  },
  {
    // passport-auth0: the /userinfo call after the login failed, and the library drops Auth0's answer.
    id: 'auth0.sdk-profile-fetch-failed',
    descriptions: [/failed to fetch user profile/i],
    weight: 2,
  },
  {
    // auth0.js checkSession / renewAuth (web_message): a redirectUri on another origin than the page.
    id: 'auth0.sdk-web-message-origin',
    codes: ['origin_mismatch'],
    descriptions: [/redirectUri's origin .{0,200}should match the window's origin/i],
    weight: 2,
  },
  {
    // auth0.js 9.7+: parseHash given the hash string where it takes an options object.
    id: 'auth0.sdk-parse-hash-arguments',
    descriptions: [/__enableIdPInitiatedLogin/],
    weight: 2,
  },
  {
    // auth0-chrome: chrome.identity is undefined, as it is without the "identity" permission in the manifest.
    id: 'auth0.chrome-identity-permission',
    descriptions: [
      /'?getRedirectURL'? of undefined/i,
      /reading 'getRedirectURL'/i,
      /'?launchWebAuthFlow'? of undefined/i,
      /chrome\.identity (?:is )?undefined/i,
    ],
    weight: 4,
  },
  {
    // Auth0.swift before 1.17 on iOS 13: ASWebAuthenticationSession needs a presentation context it never set.
    id: 'auth0.sdk-ios-presentation-context',
    descriptions: [/without providing presentation context/i, /presentationContextProvider before calling/i],
    weight: 2,
  },
  {
    // Rails: the POST to /auth/auth0 failed the CSRF check (omniauth-rails_csrf_protection), before any request to Auth0.
    id: 'auth0.omniauth-csrf',
    descriptions: [/\bInvalidAuthenticityToken\b/],
    weight: 2,
  },
  {
    // PyJWT without its `cryptography` extra has no RSA: it cannot use Auth0's RS256 keys.
    id: 'auth0.pyjwt-crypto-missing',
    descriptions: [
      /unable to find an? algorithm for key/i,
      /do you have cryptography installed/i,
      /requires the ['"]?cryptography['"]? (?:module|package)/i,
    ],
    weight: 2,
  },
  {
    // auth0_flutter's mobile API called in a Flutter web build, where only Auth0Web exists.
    id: 'auth0.flutter-web-api',
    descriptions: [/MissingPluginException\(No implementation found for method (?:webAuth|auth|credentialsManager)#/],
    weight: 2,
  },
  {
    // Auth0 writes updated_at as an ISO 8601 string in ID tokens and /userinfo, where OIDC says a number: strict
    // OpenID libraries (Rust's openidconnect among them) refuse the whole token or profile.
    id: 'auth0.updated-at-string',
    descriptions: [
      /untagged enum Timestamp/i,
      /\bupdated_at\b.{0,120}(?:invalid type|expected (?:a |an )?(?:number|integer|i64|u64|numeric)|did not match|not a (?:number|valid timestamp))/i,
      /(?:invalid type|expected (?:a |an )?(?:number|integer|numeric)).{0,120}\bupdated_at\b/i,
      /stringified (?:epoch )?timestamp/i,
    ],
    weight: 2,
  },
  {
    // Auth0's user ids are `connection|id` (auth0|…, google-oauth2|…): an app that makes a username of sub meets the pipe.
    id: 'auth0.sub-pipe',
    descriptions: [
      /\bpipe (?:character|symbol|sign)?.{0,120}\b(?:sub|subject|user ?id|uid|username)\b/i,
      /\b(?:sub|subject|user ?id|uid|username)\b.{0,120}\bpipe\b/i,
      /["'`(]\|["'`)]? (?:character|separator|symbol)/i,
      /(?:with|the|a) \| (?:character|separator|symbol)\b/i,
    ],
    weight: 1,
  },
  {
    // An HTML page came back where the code expected JSON: the URL is a page, not the endpoint, or something between answered.
    id: 'auth0.html-not-json',
    descriptions: [
      /invalid character '<' looking for beginning of value/i,
      /unexpected token '?<'?,? (?:in json|"<!doctype|"<html)/i,
      /"<!doctype .{0,40}is not valid json/i,
      /unexpected character \('<' \(code 60\)\)/i,
      /expecting value: line 1 column 1 \(char 0\)/i,
    ],
  },
  {
    // Auth.js (NextAuth v5) could not tell which of its routes a request is for: its base URL setting is wrong.
    id: 'auth0.authjs-base-url',
    descriptions: [/\bUnknownAction:? cannot parse action at\b/i, /errors\.authjs\.dev#unknownaction/i],
    weight: 3,
  },
];
