/**
 * Which endpoint answered. The same words mean different things from different endpoints (`Unauthorized` from
 * /userinfo is about the access token, from /oauth/token about the client's credentials), so a diagnosis is
 * scoped by the endpoint, and says where it learnt which one it was.
 */
export const endpoints = [
  '/oauth/token',
  '/authorize',
  '/userinfo',
  '/passwordless/start',
  '/mfa/associate',
  '/mfa/challenge',
  '/mfa/authenticators',
  '/otp/challenge',
  '/oauth/revoke',
  '/oauth/device/code',
  '/bc-authorize',
  '/oauth/par',
  '/.well-known/jwks.json',
  '/.well-known/openid-configuration',
  '/dbconnections/signup',
  '/dbconnections/change_password',
  '/co/authenticate',
  '/usernamepassword/login',
  '/passkey/register',
  '/v2/logout',
  '/oauth/ro',
  '/oauth/access_token',
  '/delegation',
  '/tokeninfo',
  '/user/ssodata',
  '/api/v2',
  /** The Guardian API the MFA SDKs call (`{tenant}.guardian.auth0.com`). */
  'guardian',
  /** The person's own API, protected by Auth0 access tokens (a resource server). */
  'api',
] as const;

export type Endpoint = (typeof endpoints)[number];

/**
 * Where the endpoint was learnt: the request this page sent, a `curl -v` request line, a curl command line, the
 * URL in a browser console message, another URL in the paste (a redirect back with `?error=`, an SDK's log
 * line), the person's choice next to the paste box, a token library's error (`library`: the person's own API),
 * a Management API tool named in its output (`tool`: Terraform's provider, the Deploy CLI), or nothing at all
 * (`default`: /oauth/token, this page's endpoint). Only `default` is a guess.
 */
export type EndpointSource =
  'request' | 'verbose' | 'command' | 'console' | 'url' | 'chosen' | 'library' | 'tool' | 'default';

export interface EndpointFact {
  path: Endpoint;
  source: EndpointSource;
}

/** Endpoints recognised at the end of a longer path: their names are not a person's API's. */
const builtUnder: Endpoint[] = ['/oauth/token', '/.well-known/jwks.json', '/.well-known/openid-configuration'];

/** Paths served by another endpoint's page or handler, and the endpoint their errors belong to. */
const aliases: [prefix: string, endpoint: Endpoint][] = [
  ['/login/callback', '/authorize'],
  ['/authorize/resume', '/authorize'],
  ['/continue', '/authorize'],
  ['/u/', '/authorize'],
  ['/login', '/authorize'],
  ['/activate', '/oauth/device/code'],
  ['/oidc/logout', '/v2/logout'],
  ['/passwordless/verify', '/passwordless/start'],
  ['/mfa/authenticators', '/mfa/authenticators'],
  ['/dbconnections/', '/dbconnections/signup'],
  ['/api/v2', '/api/v2'],
  ['/.well-known/', '/.well-known/openid-configuration'],
];

/**
 * The endpoint a URL or a path names (`https://x.auth0.com/userinfo?a=b`, `/mfa/authenticators/abc`), or
 * undefined when it names none of Auth0's. A Guardian host is the Guardian API; any other path on any host is
 * left undefined: it may be the person's API, or a docs link inside a message.
 */
export function endpointOfUrl(url: string): Endpoint | undefined {
  const parts = /^(?:[a-z][a-z0-9+.-]*:\/\/(?<host>[^/?#\s]*))?(?<path>\/[^?#\s]*)?/i.exec(url.trim());
  const host = parts?.groups?.host?.toLowerCase() ?? '';
  if (host.includes('.guardian.')) return 'guardian';
  let path = parts?.groups?.path ?? '';
  while (path.endsWith('/')) path = path.slice(0, -1);
  path ||= '/';
  const known = endpoints.find((endpoint) => endpoint.startsWith('/') && path === endpoint);
  if (known) return known;
  // A token or key URL built under another base (`/api/v2/oauth/token`, a proxy's prefix): still that endpoint, and
  // its 404 says the URL was built wrong.
  const under = builtUnder.find((endpoint) => path.endsWith(endpoint));
  if (under) return under;
  return aliases.find(
    ([prefix]) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`),
  )?.[1];
}

/** Endpoints whose callers prove who they are with a bearer token, not with the application's credentials. */
export const bearerEndpoints: readonly Endpoint[] = [
  '/userinfo',
  '/mfa/associate',
  '/mfa/authenticators',
  '/api/v2',
  'guardian',
  'api',
  '/tokeninfo',
];
