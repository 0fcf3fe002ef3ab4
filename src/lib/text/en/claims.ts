/** One line per claim this page can explain: RFC 7519 §4.1, OpenID Connect Core §2 and §5.1, RFC 9068, and Auth0's own. */

export type ClaimOrigin = 'RFC 7519' | 'OpenID Connect' | 'RFC 9068' | 'RFC 8693' | 'RFC 9449' | 'Auth0' | 'common use';

/** Where a claim is defined, as its row names it: specifications and products by their names. */
export const claimOrigins: Record<ClaimOrigin, string> = {
  'RFC 7519': 'RFC 7519',
  'OpenID Connect': 'OpenID Connect',
  'RFC 9068': 'RFC 9068',
  'RFC 8693': 'RFC 8693',
  'RFC 9449': 'RFC 9449',
  Auth0: 'Auth0',
  'common use': 'common use',
};

export interface ClaimText {
  origin: ClaimOrigin;
  text: string;
}

const rfc7519 = (text: string): ClaimText => ({ origin: 'RFC 7519', text });
const oidc = (text: string): ClaimText => ({ origin: 'OpenID Connect', text });
const auth0 = (text: string): ClaimText => ({ origin: 'Auth0', text });

export const claimTexts: Record<string, ClaimText> = {
  iss: rfc7519('Issuer: who made the token. For Auth0, https://YOUR_DOMAIN/ with the trailing slash.'),
  sub: rfc7519(
    'Subject: whom the token is about. A user id such as auth0|…, or CLIENT_ID@clients for a machine-to-machine token.',
  ),
  aud: rfc7519('Audience: who may accept the token. An API checks that its identifier is in here.'),
  exp: rfc7519('Expiration time: the token must not be accepted at or after this moment.'),
  nbf: rfc7519('Not before: the token must not be accepted before this moment.'),
  iat: rfc7519('Issued at: when the token was made.'),
  jti: rfc7519('JWT ID: a unique identifier, used to detect replays.'),
  azp: oidc('Authorized party: the client id of the application the token was issued to.'),
  nonce: oidc('Nonce from the authorization request; the application checks it to stop replays.'),
  auth_time: oidc('When the user last actually authenticated (entered credentials).'),
  at_hash: oidc('Hash of the access token issued together with this ID token.'),
  c_hash: oidc('Hash of the authorization code issued together with this ID token.'),
  acr: oidc('Authentication context class: how strongly the user was authenticated.'),
  amr: oidc('Authentication methods used, e.g. pwd, mfa, otp.'),
  sid: oidc('Session id at the authorization server; used for logout.'),
  name: oidc('Full name.'),
  given_name: oidc('Given (first) name.'),
  family_name: oidc('Family (last) name.'),
  middle_name: oidc('Middle name.'),
  nickname: oidc('Casual name; Auth0 fills it from the part of the email before the @ when there is none.'),
  preferred_username: oidc('Shorthand name the user wants to be called by.'),
  profile: oidc('URL of the user’s profile page.'),
  picture: oidc('URL of the user’s picture.'),
  website: oidc('URL of the user’s web page.'),
  email: oidc('Email address (needs the email scope).'),
  email_verified: oidc('Whether the email address has been verified.'),
  gender: oidc('Gender.'),
  birthdate: oidc('Birthday, YYYY-MM-DD.'),
  zoneinfo: oidc('Time zone, e.g. Europe/Paris.'),
  locale: oidc('Locale, e.g. en-US.'),
  phone_number: oidc('Phone number (needs the phone scope).'),
  phone_number_verified: oidc('Whether the phone number has been verified.'),
  address: oidc('Postal address (needs the address scope).'),
  updated_at: oidc('When the profile was last updated. Auth0 sends an ISO 8601 string here.'),
  scope: { origin: 'RFC 8693', text: 'Scopes granted to this token, separated by spaces.' },
  scp: { origin: 'common use', text: 'Scopes as an array (used by some issuers instead of scope).' },
  client_id: { origin: 'RFC 9068', text: 'The client the token was issued to (RFC 9068 profile).' },
  act: { origin: 'RFC 8693', text: 'Actor: who is acting on behalf of the subject (token exchange).' },
  may_act: { origin: 'RFC 8693', text: 'Who may act on behalf of the subject.' },
  cnf: { origin: 'RFC 9449', text: 'Confirmation: the key the token is bound to (DPoP or mTLS).' },
  roles: auth0('Roles, usually added by an Action (Auth0 does not add roles on its own).'),
  gty: auth0(
    'Grant type Auth0 used to issue this token, e.g. password or client-credentials. Tokens from the authorization code flow carry none.',
  ),
  permissions: auth0(
    'Permissions of the user or application for this API, added when the API has RBAC and "Add Permissions in the Access Token" on.',
  ),
  org_id: auth0('Organization the user logged in through (Auth0 Organizations).'),
  org_name: auth0('Organization name, when the tenant includes it in tokens.'),
};

export const claimFallbacks = {
  namespaced: auth0(
    'Custom claim, namespaced with a URL as Auth0 recommends; added by an Action, Rule or Hook of your tenant.',
  ),
  custom: auth0('Custom claim: not defined by RFC 7519, OpenID Connect or Auth0; added by an Action, Rule or Hook.'),
};

/** The grant types Auth0 writes into gty. */
export const grantTypeValues: Record<string, string> = {
  password: 'Resource Owner Password grant (password or password-realm).',
  'client-credentials': 'Client Credentials grant (machine to machine).',
  refresh_token: 'Issued from a refresh token.',
};

export const audienceValues = {
  userinfo: (host: string) =>
    `The /userinfo endpoint of ${host}: Auth0 adds this audience when openid was requested together with an API audience.`,
  managementApi: (host: string) =>
    `The Auth0 Management API (/api/v2/) of ${host}: the token calls the Management API, and its scopes decide which endpoints.`,
};

export const timeTexts = {
  millisecondsHint: 'This looks like milliseconds: JWT times are seconds since 1970 (NumericDate, RFC 7519 §2).',
  notNumericDate: 'Not a NumericDate: JWT times are numbers of seconds since 1970.',
  notDate: 'Not a date Auth0 or OpenID Connect would send.',
};
