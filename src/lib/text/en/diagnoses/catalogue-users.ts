import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { actions, apiAuthorizationSettings, attackProtection, docs, mfa } from './paths';

const said = (f: Facts) => (f.description ? ` Auth0 says: “${f.description}”.` : '');

/** Connections, users, attack protection, MFA and passwordless. */
export const userTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.no-default-connection': () => ({
    title: 'No default connection for the password grant',
    cause:
      'The password grant does not say which user database to check, and the tenant has no Default Directory to fall back on.',
    fix: [
      'Find your database connection’s name under Authentication > Database (usually Username-Password-Authentication).',
      'Settings > General > API Authorization Settings > Default Directory: enter that name and Save.',
      'Or use the password-realm grant with Realm set to that name.',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Directory'],
    docs: docs.ropg,
  }),
  'auth0.connection-not-found': (f) => ({
    title: `Connection ${f.connection ? `“${f.connection}” ` : ''}not found`,
    cause:
      'The realm (or Default Directory) names a connection this tenant does not have: names are exact and case-sensitive.',
    fix: [
      'Authentication > Database: copy the connection’s Name exactly.',
      'Put it in Realm (password-realm) or in Settings > General > API Authorization Settings > Default Directory.',
    ],
    breadcrumb: ['Authentication', 'Database'],
    docs: docs.databaseConnections,
  }),
  'auth0.connection-disabled': (f) => ({
    title: `Connection ${f.connection ? `“${f.connection}” ` : ''}not enabled for this application`,
    cause: 'The connection exists but is switched off for this application, so its users cannot log in through it.',
    fix: [
      'Applications > Applications > your app > Connections: turn the connection on.',
      'Or Authentication > Database > the connection > Applications: enable your app.',
    ],
    breadcrumb: ['Applications', 'Applications', 'your app', 'Connections'],
    docs: docs.databaseConnections,
  }),
  'auth0.strategy-not-supported': () => ({
    title: 'This connection cannot check passwords',
    cause:
      'The realm names a social or enterprise connection; only database (and some enterprise AD/LDAP) connections take a username and password.',
    fix: ['Use a database connection as Realm, or log these users in through /authorize (authorization code flow).'],
    breadcrumb: ['Authentication', 'Database'],
    docs: docs.ropg,
  }),
  'auth0.wrong-credentials': (f) => ({
    title: 'Wrong username or password',
    cause: `The connection${f.connection ? ` ${f.connection}` : ''} did not accept these credentials: a wrong password, a user that does not exist in this connection, or a user stored in another connection than the one checked.`,
    fix: [
      'User Management > Users: find the user and note its Connection.',
      'Send that connection as Realm (password-realm), or make it the Default Directory.',
      'Reset the password if unsure; repeated failures lead brute-force protection to block the user.',
    ],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.bruteForce,
  }),
  'auth0.user-blocked': () => ({
    title: 'The user is blocked',
    cause: 'An administrator blocked this user, or brute-force protection did after too many failed attempts.',
    fix: [
      'User Management > Users > the user: Unblock (the ⋯ menu), or let the user follow the unblock email.',
      'Check Security > Attack Protection > Brute-force Protection for the threshold.',
    ],
    breadcrumb: ['User Management', 'Users', 'the user'],
    docs: docs.bruteForce,
  }),
  'auth0.email-not-verified': (f) => ({
    title: 'Email not verified',
    cause: `An Action or Rule of this tenant denies users whose email is not verified.${said(f)}`,
    fix: [
      'Verify the user’s email (User Management > Users > the user > Send verification email), or mark it verified for testing.',
      'Or adjust the Action that denies it.',
    ],
    breadcrumb: ['User Management', 'Users', 'the user'],
    docs: docs.actions,
  }),
  'auth0.rule-denied': (f) => ({
    title: 'Denied by a Rule or Action',
    cause: `Code “unauthorized” comes from your own extensibility code: a Rule calling UnauthorizedError or an Action calling api.access.deny(). Its message is the reason.${said(f)}`,
    fix: [
      'Actions > Triggers > post-login (or Rules): find the code that denies with this message.',
      'Monitoring > Logs shows which one ran.',
    ],
    breadcrumb: actions,
    docs: docs.actions,
  }),
  'auth0.password-expired': () => ({
    title: 'The password expired',
    cause: 'The connection’s password policy requires a new password.',
    fix: ['Have the user reset the password (Universal Login’s reset flow, or a password-change ticket).'],
    breadcrumb: ['Authentication', 'Database', 'your connection', 'Authentication Methods'],
    docs: docs.databaseConnections,
  }),
  'auth0.password-leaked': () => ({
    title: 'Blocked: the password appeared in a data breach',
    cause: 'Breached Password Detection found this password in a known breach and blocks its use.',
    fix: [
      'Have the user reset the password.',
      'For a test user, choose a password that was never published; see Security > Attack Protection > Breached Password Detection.',
    ],
    breadcrumb: [...attackProtection, 'Breached Password Detection'],
    docs: docs.breachedPasswords,
  }),
  'auth0.refresh-token-user-deleted': () => ({
    title: 'The user of this refresh token was deleted',
    cause: 'The refresh token belongs to a user that no longer exists.',
    fix: ['Discard the token and log the user in again.'],
    docs: docs.refreshTokens,
  }),
  'auth0.too-many-attempts': (f) => ({
    title: 'Blocked by attack protection',
    cause: `Too many failed logins: brute-force protection blocked this user for this IP, or suspicious IP throttling blocked the IP.${said(f)}`,
    fix: [
      'Unblock: User Management > Users > the user (brute force), or wait for the IP throttle to reset.',
      'Security > Attack Protection: review thresholds, and add test machines to the allow list.',
    ],
    breadcrumb: [...attackProtection, 'Brute-force Protection'],
    docs: docs.bruteForce,
  }),
  'auth0.requires-verification': () => ({
    title: 'Bot detection wants a CAPTCHA',
    cause:
      'Bot Detection judged the request suspicious. Resource-owner password requests cannot show a challenge, so they fail.',
    fix: [
      'Log in through Universal Login, which can show the challenge.',
      'Or tune Security > Attack Protection > Bot Detection for this client.',
    ],
    breadcrumb: [...attackProtection, 'Bot Detection'],
    docs: docs.botDetection,
  }),
  'auth0.mfa-required': () => ({
    title: 'Multi-factor authentication required',
    cause:
      'The credentials were right, and now a second factor is due. The answer carries an mfa_token for the next step.',
    fix: [
      'Challenge the user: POST /mfa/challenge with the mfa_token (or list authenticators with GET /mfa/authenticators).',
      'Then send the MFA grant (mfa-otp, mfa-oob or mfa-recovery-code) here with that mfa_token.',
      'The application needs the MFA grant: Settings > Advanced Settings > Grant Types > MFA.',
    ],
    breadcrumb: mfa,
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-enrollment-required': () => ({
    title: 'The user has no usable second factor',
    cause: 'MFA is required but the user is not enrolled in a factor this request can use.',
    fix: [
      'Enrol the user: POST /mfa/associate with the mfa_token, or let the user enrol through Universal Login.',
      'Check the factors enabled under Security > Multi-factor Auth.',
    ],
    breadcrumb: mfa,
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-invalid-otp': () => ({
    title: 'Wrong one-time code',
    cause: 'The OTP did not match: mistyped, already used, or from a clock-drifted device.',
    fix: ['Send a fresh code from the authenticator app; check the phone’s clock is automatic.'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-invalid-binding-code': () => ({
    title: 'Wrong binding code',
    cause: 'For SMS or email out-of-band factors, the code the user received must be sent as binding_code.',
    fix: ['Fill Binding code with the code from the message, and send again with the same oob_code.'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-rejected': () => ({
    title: 'The user rejected the push notification',
    cause: 'The out-of-band challenge was declined on the device.',
    fix: ['Start a new challenge (POST /mfa/challenge) and have the user approve it.'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-token-invalid': () => ({
    title: 'The mfa_token is malformed or expired',
    cause: 'An mfa_token is valid for 10 minutes and only as copied whole from the mfa_required answer.',
    fix: ['Send the first request again to get a new mfa_token, and copy it entirely into MFA token.'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-recovery-code-invalid': () => ({
    title: 'Wrong recovery code',
    cause:
      'The recovery code does not match the one issued at enrolment (it is single-use and replaced after each use).',
    fix: ['Use the latest recovery code; an administrator can reset the user’s MFA otherwise.'],
    docs: docs.mfaRopg,
  }),
  'auth0.passwordless-wrong-code': () => ({
    title: 'Wrong or expired verification code',
    cause:
      'The passwordless code did not match the last one sent to this email or phone, or it expired (codes live a few minutes and allow few attempts).',
    fix: ['Request a new code (POST /passwordless/start) and send it with the same username and realm (email or sms).'],
    breadcrumb: ['Authentication', 'Passwordless'],
    docs: docs.passwordless,
  }),
};
