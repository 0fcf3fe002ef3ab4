import type { FindingText } from './authorize-paths';

/** Validation messages of the API form. */
export const useMessages = {
  urlRequired: () => 'API URL is required: the address of an endpoint of your API.',
  urlInvalid: () => 'API URL must be an absolute URL such as https://api.example.com/messages.',
  urlCredentials: () => 'API URL must not carry a user name or password.',
  urlInsecure: (origin: string) =>
    `${origin} is plain http on another computer: the token would cross the network readable. Use https (http only for localhost or 127.0.0.1).`,
  headerLine: (line: number) => `Headers, line ${line}: write Name: value.`,
  headerReserved: (line: number, name: string) =>
    `Headers, line ${line}: ${name} is set by the browser or by this page (the token goes in Authorization).`,
  noToken: () => 'There is no token to send yet: get one above, or paste one into the decoder.',
  noTenant: () => 'Type the tenant domain first: /userinfo is called on the tenant you typed, and nowhere else.',
};

/** Labels and texts of the “use the token” panel. */
export const useUi = {
  heading: 'Use the token',
  intro: 'Call /userinfo, or your own API, with the token as “Authorization: Bearer …”, and have the answer read.',
  token: 'Token to send',
  tokenNames: {
    access_token: 'Access token (from the last answer)',
    id_token: 'ID token (from the last answer)',
    pasted: 'Token pasted in the decoder',
  } as Record<string, string>,
  userinfo: 'Call /userinfo',
  userinfoTo: (url: string) => `GET ${url}`,
  apiHeading: 'Your API',
  apiUrl: 'API URL',
  apiUrlHelp: 'Only the host you type here is called, and only when you press Call API.',
  sendsTo: 'Calls',
  method: 'Method',
  headers: 'Headers',
  headersHelp: 'Extra headers, one Name: value per line. Authorization is added with the token.',
  body: 'Body',
  callApi: 'Call API',
  calling: 'Calling…',
  curl: 'curl of the last call',
  copyCurl: 'Copy call as curl',
  showToken: 'Show token',
  hideToken: 'Hide token',
  pasteLabel: 'Paste the answer of the call',
  pasteHelp: 'When the browser could not read it (CORS): run the curl with -i and paste everything it printed.',
  pasteButton: 'Read the answer',
  label: (method: string, url: string) => `${method} ${url}`,
};

/** What the texts of a /userinfo or API finding quote. */
export interface UseFacts {
  target: 'userinfo' | 'api';
  status?: number;
  error?: string;
  description?: string;
  tenantOrigin?: string;
  apiOrigin?: string;
  pageOrigin: string;
  audiences: string[];
  scopes: string[];
  missing: string[];
  required: string[];
  /** Whether a WWW-Authenticate challenge was read. */
  headerSeen: boolean;
  /** Sent from this page (so CORS decides which headers it may read), not pasted. */
  direct: boolean;
  /** How many claims the token has. */
  claims: number;
  body?: unknown;
}

const where = (f: UseFacts) => (f.target === 'userinfo' ? '/userinfo' : 'your API');
const saidBy = (f: UseFacts) => (f.description ? ` It said: “${f.description}”.` : '');
const hidden = (f: UseFacts) =>
  !f.headerSeen && f.direct
    ? ' No WWW-Authenticate header was readable: a browser reads it only when the answer lists it in Access-Control-Expose-Headers. Run the curl below with -i to see it.'
    : '';
const apiSettings = ['Applications', 'APIs', 'your API', 'Settings'];
const docs = {
  tokens: 'https://auth0.com/docs/secure/tokens',
  idVsAccess: 'https://auth0.com/docs/secure/tokens/id-tokens',
  accessTokens: 'https://auth0.com/docs/secure/tokens/access-tokens/get-access-tokens',
  validate: 'https://auth0.com/docs/secure/tokens/access-tokens/validate-access-tokens',
  rbac: 'https://auth0.com/docs/manage-users/access-control/enable-role-based-access-control-for-apis',
  userinfo: 'https://auth0.com/docs/api/authentication/user-profile/get-user-info',
  bearer: 'https://www.rfc-editor.org/rfc/rfc6750#section-3.1',
  cors: 'https://developer.mozilla.org/en-US/docs/Web/HTTP/CORS',
};
const count = (n: number) => (n === 1 ? '1 claim' : `${n} claims`);

/** Texts of what an answer of /userinfo or of the person's API says about the token sent. */
export const useTexts: Record<string, (f: UseFacts) => FindingText> = {
  userinfoOk: (f) => ({
    title: '/userinfo accepted the token',
    cause: `The tenant returned the user’s profile${f.body && typeof f.body === 'object' ? ` (${count(Object.keys(f.body).length)}, shown under Raw response)` : ''}: the access token is valid for /userinfo and its scopes decide which claims come back (openid profile email).`,
    fix: [],
    docs: docs.userinfo,
  }),
  apiOk: (f) => ({
    title: 'Your API accepted the token',
    cause: `${f.apiOrigin ?? 'The API'} answered HTTP ${f.status ?? ''} to the request with this token.`,
    fix: [],
  }),
  idTokenSent: (f) => ({
    title: `An ID token was sent where an access token belongs`,
    cause: `This is an ID token: it tells the application who logged in (its aud is the application’s client id), and ${where(f)} expects an access token issued for it. ${f.target === 'userinfo' ? 'Auth0’s /userinfo accepts only access tokens.' : 'An API that validates tokens rejects it, and one that accepts it is not checking aud.'}`,
    fix: [
      'Send the access token instead (pick “Access token” above).',
      f.target === 'api'
        ? 'Get one for your API: request the login with audience=YOUR_API_IDENTIFIER.'
        : 'Request the login with scope openid (and an audience, if you call an API too).',
    ],
    docs: docs.idVsAccess,
  }),
  idTokenAccepted: (f) => ({
    title: 'Your API accepted an ID token',
    cause: `${f.apiOrigin ?? 'The API'} answered with success to an ID token. An API must accept only access tokens whose aud is its own identifier; one that accepts ID tokens does not check aud (or the token type), and would accept any application’s ID token.`,
    fix: [
      'Configure the API’s token validation with audience = the API’s Identifier, and call it with an access token.',
    ],
    breadcrumb: [...apiSettings, 'Identifier'],
    docs: docs.validate,
  }),
  expiredAccepted: () => ({
    title: 'The token was accepted although it has expired',
    cause:
      'The token’s exp was in the past when the answer came, by this computer’s clock, and the call still succeeded: either this clock is off, or the receiver does not check expiry.',
    fix: ['Check this computer’s clock; make sure the API checks exp.'],
    docs: docs.validate,
  }),
  opaqueToApi: (f) => ({
    title: 'An opaque token was sent to your API',
    cause: `This access token is not a JWT your API can read: without an audience Auth0 issues a token only for its own /userinfo (encrypted for itself). ${f.apiOrigin ?? 'Your API'} cannot validate it, so it refuses it.${saidBy(f)}`,
    fix: [
      'Request the login (or the token) with audience=YOUR_API_IDENTIFIER, the Identifier under Applications > APIs.',
      'Or set a Default Audience under Settings > General > API Authorization Settings.',
    ],
    breadcrumb: [...apiSettings, 'Identifier'],
    docs: docs.accessTokens,
  }),
  expired: (f) => ({
    title: 'The token has expired',
    cause: `${where(f)} refused the token because its exp is past.${saidBy(f)} The token, not the application, is at fault: nothing about the client id or secret is involved here.`,
    fix: [
      'Get a new token (log in again, or use a refresh token) and call again.',
      'If it expires too soon: Applications > APIs > your API > Settings > Token Expiration.',
    ],
    breadcrumb: [...apiSettings, 'Token Expiration'],
    docs: docs.tokens,
  }),
  insufficientScope: (f) => ({
    title: f.missing.length
      ? `The token lacks the scope ${f.missing.join(', ')}`
      : 'The token lacks a scope the API requires',
    cause: `${where(f)} answered insufficient_scope${f.required.length ? `, asking for ${f.required.join(' ')}` : ''}; the token carries ${f.scopes.length ? f.scopes.join(' ') : 'no scopes or permissions'}.${saidBy(f)}`,
    fix: [
      `Request the missing scope${f.missing.length > 1 ? 's' : ''} in the login’s scope parameter${f.missing.length ? ` (${f.missing.join(' ')})` : ''}, and make sure the API defines it (Applications > APIs > your API > Permissions).`,
      'For a machine-to-machine application, grant it under Applications > APIs > your API > Machine to Machine Applications; for users, assign it through a role (RBAC).',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Permissions'],
    docs: docs.rbac,
  }),
  forbidden: (f) => ({
    title: 'Your API refused the token’s rights (403)',
    cause: `The token was accepted as a token, but it does not carry what the endpoint requires (a scope or a permission); the token carries ${f.scopes.length ? f.scopes.join(' ') : 'no scopes or permissions'}.${saidBy(f)}${hidden(f)}`,
    fix: ['Find which scope or permission the endpoint checks, and request or assign it.'],
    docs: docs.rbac,
  }),
  noPermissionsClaim: () => ({
    title: 'The token has no permissions claim',
    cause:
      'If your API checks permissions (RBAC), Auth0 puts them in a permissions claim only when the API has Enable RBAC and Add Permissions in the Access Token turned on; this token has none, so every permission check fails.',
    fix: [
      'Applications > APIs > your API > Settings > RBAC Settings: turn on Enable RBAC and Add Permissions in the Access Token, Save.',
      'Assign the user a role with the permission (User Management > Roles), then get a new token.',
    ],
    breadcrumb: [...apiSettings, 'RBAC Settings', 'Add Permissions in the Access Token'],
    docs: docs.rbac,
  }),
  userinfoAudience: (f) => ({
    title: 'The token is not valid for /userinfo',
    cause: `/userinfo accepts an access token whose aud includes ${f.tenantOrigin ?? 'https://YOUR_TENANT'}/userinfo; this token’s aud is ${f.audiences.join(', ') || 'missing'}. Auth0 adds the /userinfo audience only when the scope includes openid.${saidBy(f)}`,
    fix: ['Request the token with scope openid (plus profile email for those claims), then call /userinfo again.'],
    docs: docs.userinfo,
  }),
  audience: (f) => ({
    title: 'Your API does not accept the token’s audience',
    cause: `The API refused the token over its aud: the token is for ${f.audiences.join(', ') || 'no audience'}, and the API checks for its own identifier.${saidBy(f)}`,
    fix: [
      'Request the token with audience exactly equal to the API’s Identifier (trailing slash included).',
      'Configure the API’s validation with that same Identifier as its audience.',
    ],
    breadcrumb: [...apiSettings, 'Identifier'],
    docs: docs.validate,
  }),
  invalidToken: (f) => ({
    title: `${where(f) === '/userinfo' ? '/userinfo' : 'Your API'} rejected the token itself (invalid_token)`,
    cause: `The answer blames the token, not the application: it is malformed, signed by another tenant or key, expired, or for another audience.${saidBy(f)} The client id and secret play no part in this call.`,
    fix: [
      'Decode the token below and check iss (this tenant), aud, and exp; Verify signature checks it against the tenant’s keys.',
      'Get a fresh access token for this tenant and call again.',
    ],
    docs: docs.bearer,
  }),
  invalidRequest: (f) => ({
    title: 'The call was malformed (invalid_request)',
    cause: `The receiver could not read the credential as sent: for example the token in two places, or a DPoP-bound token sent with the Bearer scheme.${saidBy(f)}`,
    fix: ['Send the token once, as Authorization: Bearer (or DPoP with its proof for a DPoP-bound token).'],
    docs: docs.bearer,
  }),
  unauthorized: (f) => ({
    title: `${f.target === 'userinfo' ? '/userinfo' : 'Your API'} refused the token (HTTP ${f.status ?? 401})`,
    cause: `The token was not accepted, without a reason in the answer.${saidBy(f)}${hidden(f)} The token is what was judged: a wrong token type, audience, tenant or expiry.`,
    fix: [
      'Decode the token below: check that it is an access token, that aud is the receiver, and that exp is in the future.',
    ],
    docs: docs.validate,
  }),
  httpStatus: (f) => ({
    title: `${f.target === 'userinfo' ? '/userinfo' : 'Your API'} answered HTTP ${f.status ?? ''}`,
    cause: `The answer is neither a success nor about the token (not 401 or 403).${saidBy(f)}`,
    fix: ['Check the URL and method, and the Raw response.'],
  }),
  corsBlocked: (f) => ({
    title: `The browser was not allowed to read the answer of ${f.target === 'userinfo' ? '/userinfo' : (f.apiOrigin ?? 'your API')} (CORS)`,
    cause:
      f.target === 'userinfo'
        ? 'The tenant did not allow this page’s origin to read the answer.'
        : `${f.apiOrigin ?? 'Your API'} did not answer with Access-Control-Allow-Origin for ${f.pageOrigin} (and, for a request with Authorization, did not accept the preflight). This is a setting of your API, not of Auth0.`,
    fix: [
      'Copy the call as curl, run it with -i, and paste its output into “Paste the answer of the call”.',
      f.target === 'api'
        ? `Or allow ${f.pageOrigin} in your API’s CORS settings, with the Authorization header allowed.`
        : `Or add ${f.pageOrigin} to Allowed Web Origins of the application.`,
    ],
    docs: docs.cors,
  }),
  noAnswer: (f) => ({
    title: `No answer from ${f.target === 'userinfo' ? '/userinfo' : (f.apiOrigin ?? 'your API')}`,
    cause:
      'The call did not end in an answer this page could read: the host did not answer, it timed out, it redirected (never followed), or it was cancelled. See Seen below.',
    fix: ['Check the URL, that the server runs, and try again; or run the curl and paste its output.'],
  }),
};
