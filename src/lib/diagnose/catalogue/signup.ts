import type { CatalogueEntry } from './entry';

const signupEndpoints = [
  '/dbconnections/signup',
  '/dbconnections/change_password',
  '/passkey/register',
  '/api/v2',
  '/authorize',
  '/co/authenticate',
  '/usernamepassword/login',
] as const;

/** Database connections: sign-up, password change, and the password policy. */
export const signup: CatalogueEntry[] = [
  {
    // The opposite of a home realm mismatch: the email's domain is an enterprise connection's, so it signs in by SSO.
    id: 'auth0.signup-sso-domain',
    codes: ['signup_on_sso_domain'],
    descriptions: [/(?:configured|set up|registered) for (?:enterprise )?single sign[- ]on/i],
    weight: 1,
  },
  {
    // user_metadata on signup: an object of at most 10 string values.
    id: 'auth0.signup-user-metadata',
    endpoints: ['/dbconnections/signup'],
    descriptions: [/invalid user_metadata/i, /user_metadata.{0,80}(?:only strings|expected object|too many|exceed)/i],
    weight: 1,
  },
  {
    // change_password only mails a reset link; it takes no new password.
    id: 'auth0.change-password-no-password',
    endpoints: ['/dbconnections/change_password'],
    descriptions: [/(?:^|[{\s])password is not allowed\b/im, /properties are not allowed:? ?password\b/i],
    weight: 2,
  },
  {
    // change_password answers its success as a sentence of text ("We've just sent you an email…"), which a client
    // reading JSON fails on: JavaScriptCore, V8 and older V8 each word that failure their own way.
    id: 'auth0.change-password-text-answer',
    severity: 'warning',
    descriptions: [
      /unexpected identifier "We"/i,
      /unexpected token '?W'?,? "We'?ve just sent/i,
      /unexpected token W in JSON at position 0/i,
      /"?We'?ve just sent you an email to reset your password\.?"? is not valid JSON/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.user-exists',
    codes: ['user_exists'],
    descriptions: [/user already exists/i, /^account already exists\b/im],
    // The username is what is taken.
    unless: [/already exists \(username:/i],
  },
  {
    id: 'auth0.username-exists',
    codes: ['username_exists'],
    descriptions: [
      /username (?:already )?(?:exists|(?:is )?(?:already )?(?:taken|in use))/i,
      /already exists \(username:/i,
      /username .{0,20}\bin use\b/i,
    ],
  },
  {
    id: 'auth0.username-required',
    descriptions: [/missing username .{0,200}requires_username/i, /username is required for this connection/i],
  },
  {
    id: 'auth0.signup-invalid',
    endpoints: signupEndpoints,
    codes: ['invalid_signup'],
    descriptions: [
      /^invalid sign ?up\.?$/i,
      /invalid user profile attribute/i,
      /^invalid (?:e-?mail|username|phone number)(?: address| format)?\.?$/i,
      /\busername (?:cannot be an e-?mail|has invalid characters|must (?:not be longer|have at least)|can only contain)/i,
      /at least one identifier is required/i,
    ],
  },
  {
    id: 'auth0.signup-denied',
    endpoints: signupEndpoints,
    errors: ['access_denied', 'invalid_signup', 'extensibility_error'],
    descriptions: [/not allowed to (?:register|sign ?up)/i, /^sandbox error\.?$/i, /pre[- ]user[- ]registration/i],
  },
  {
    id: 'auth0.password-too-weak',
    codes: ['invalid_password', 'passwordstrengtherror'],
    descriptions: [
      /password is (?:too weak|not strong enough)/i,
      /passwordstrengtherror/i,
      /contain at least \d+ of the following/i,
      /at least \d+ characters in length/i,
    ],
  },
  {
    id: 'auth0.password-dictionary',
    codes: ['passworddictionaryerror'],
    descriptions: [/password is too common/i, /password .{0,40}dictionary/i],
    weight: 1,
  },
  {
    id: 'auth0.password-user-info',
    codes: ['passwordnouserinfoerror'],
    descriptions: [/password .{0,60}(?:contains?|based on) .{0,30}(?:user|personal) (?:info|data|information)/i],
    weight: 1,
  },
  {
    id: 'auth0.password-history',
    codes: ['passwordhistoryerror'],
    descriptions: [/may not reuse any of the last/i, /password has previously been used/i],
    weight: 1,
  },
];
