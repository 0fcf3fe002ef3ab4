import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { codeHome, database, docs, said } from './paths';

const policy = [...database, 'Authentication Methods', 'Password', 'Password Policy'];

/** Sign-up, password change and the password policy of database connections. */
export const signupTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.signup-sso-domain': (f) => ({
    title: 'This email’s domain signs in through an enterprise connection',
    cause: `The email's domain is listed on an enterprise connection (Home Realm Discovery), so Auth0 will not create a database user for it: people of that company sign in with their company's identity provider.${said(f)}`,
    fix: [
      'Send the user to their company login: with Identifier First, Universal Login does this from the email; or pass connection={enterprise connection} to /authorize.',
      'If database accounts for that domain are wanted, Authentication > Enterprise > the connection > Settings: remove the domain from its Home Realm Discovery domains.',
    ],
    breadcrumb: ['Authentication', 'Enterprise', 'your connection', 'Settings'],
    docs: docs.signup,
  }),
  'auth0.user-exists': () => ({
    title: 'A user with this email already exists',
    cause: 'The connection already has a user with this email (or identifier), so sign-up cannot create another.',
    fix: [
      'Log the user in instead, or reset the password if it is forgotten.',
      'To start over in a test tenant, delete the user under User Management > Users.',
    ],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.signup,
  }),
  'auth0.username-exists': () => ({
    title: 'This username is taken',
    cause: 'The connection requires unique usernames, and another user has this one.',
    fix: ['Pick another username, or log in as the user who has it.'],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.signup,
  }),
  'auth0.username-required': () => ({
    title: 'This connection requires a username',
    cause:
      'The database connection has Requires Username on, so sign-up (and a user created by the Management API) must send username as well as email.',
    fix: [
      'Send username in the sign-up request.',
      'Or turn Requires Username off: Authentication > Database > your connection > Settings (or its Attributes).',
    ],
    breadcrumb: [...database, 'Settings', 'Requires Username'],
    docs: docs.databaseConnections,
  }),
  'auth0.signup-invalid': (f) => ({
    title: 'Sign-up refused without details',
    cause: `Auth0 answers “Invalid sign up” without saying why, so as not to tell whether an account exists: usually the user already exists, or sign-ups are disabled on the connection.${said(f)}`,
    fix: [
      'User Management > Users: look for an existing user with this email in this connection.',
      'Authentication > Database > your connection > Settings: check Disable Sign Ups is off.',
      'Monitoring > Logs: the failed sign-up entry (fs) names the reason.',
    ],
    breadcrumb: ['Monitoring', 'Logs'],
    docs: docs.signup,
  }),
  'auth0.signup-denied': (f) => {
    const home = codeHome({ ...f, endpoint: '/dbconnections/signup' });
    return {
      title: 'Sign-up denied by your own code',
      cause: `Your own code refused to create this user (api.access.deny), or failed while running: most likely ${home.where}. The message is the code’s own.${said(f)}`,
      fix: [
        'Actions > Triggers > pre-user-registration: read the Action, and its real-time logs while you sign up again.',
        'Monitoring > Logs: the failed sign-up entry has the Action’s error.',
      ],
      breadcrumb: home.breadcrumb,
      docs: docs.actions,
    };
  },
  'auth0.password-too-weak': (f) => ({
    title: 'The password does not meet the connection’s policy',
    cause: `The database connection’s password policy (length, character kinds) refused this password.${said(f)}`,
    fix: [
      'Choose a longer password with more kinds of characters.',
      'The policy is under Authentication > Database > your connection > Authentication Methods > Password.',
    ],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.password-dictionary': () => ({
    title: 'The password is too common',
    cause: 'The connection’s Password Dictionary refuses the 10,000 most common passwords (and any you added).',
    fix: [
      'Choose a less common password.',
      'The dictionary is under Authentication > Database > your connection > Authentication Methods > Password.',
    ],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.password-user-info': () => ({
    title: 'The password contains the user’s own data',
    cause: 'The connection refuses passwords that contain the user’s name, username or email (Disallow Personal Data).',
    fix: ['Choose a password without the name, username or email in it.'],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.password-history': (f) => ({
    title: 'The password was used before',
    cause: `The connection’s Password History refuses the last passwords of this user.${said(f)}`,
    fix: ['Choose a password not used recently; the history size is in the connection’s password policy.'],
    breadcrumb: policy,
    docs: docs.passwordPolicy,
  }),
  'auth0.signup-user-metadata': (f) => ({
    title: 'user_metadata on signup takes only strings',
    cause: `POST /dbconnections/signup accepts user_metadata as one object of at most 10 properties whose values are strings (each up to 500 characters); a number, boolean, nested object or array is refused.${said(f)}`,
    fix: [
      'Send each user_metadata value as a string at signup (JSON.stringify what is not).',
      'Store other types afterwards: from your back end with the Management API (PATCH /api/v2/users/{id}), or in a post-login / post-user-registration Action.',
    ],
    docs: docs.signup,
  }),
  'auth0.change-password-text-answer': (f) => ({
    title: 'The password reset email was sent; its answer is text, not JSON',
    cause: `POST /dbconnections/change_password answers a success with a sentence of plain text (“We’ve just sent you an email to reset your password.”), and the code that called it tried to read that answer as JSON. The request worked: the user has the email.${said(f)}`,
    fix: [
      'Treat a 200 from change_password as success and read its body as text, not JSON (fetch: response.text()).',
      'With an SDK that fails this way (an older react-native-auth0 resetPassword), upgrade it, or catch this one parse error as success.',
    ],
    docs: docs.signup,
  }),
  'auth0.change-password-no-password': (f) => ({
    title: 'change_password takes no new password',
    cause: `POST /dbconnections/change_password only sends the user an email with a link to set a new password; a password in its body is refused (old Lock versions sent one).${said(f)}`,
    fix: [
      'Send only client_id, email and connection; the user sets the new password from the email’s link.',
      'To set a password directly, do it from your back end with the Management API: PATCH /api/v2/users/{id} with password and connection.',
    ],
    docs: docs.signup,
  }),
};
