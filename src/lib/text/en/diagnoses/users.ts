import { inAuth0Answer, verifiedAlready, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { attackProtection, docs, said, users } from './paths';

/** Users logging in, and the attack protection that stops them. */
export const userTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.ticket-expired': (f) => ({
    title: 'The link in the email has expired or was already used',
    cause: `Password reset and email verification links carry a ticket that works once and only until its lifetime ends (set by the email template, or ttl_sec when the ticket was made with the Management API). Mail scanners that open links can use it up before the person clicks.${said(f)}`,
    fix: [
      ...(verifiedAlready(f)
        ? [
            'A verification link opened a second time (or first by a mail scanner) has done its work: the email is most likely verified. Have the page the link returns to (the Redirect To URL) check the user’s email_verified and carry on, instead of asking for a new email.',
          ]
        : []),
      'Ask the user to request a new email (Forgot password, or resend the verification).',
      'Branding > Email Templates > Change Password (or Verification Email): raise URL Lifetime if people need longer.',
      'Tickets made with the Management API (POST /api/v2/tickets/password-change): pass a longer ttl_sec.',
    ],
    breadcrumb: ['Branding', 'Email Templates'],
    docs: docs.emailTemplates,
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
  'auth0.user-not-found': (f) => ({
    title: 'No account for this identifier',
    cause: `The login page (Identifier First) found no user with the email, phone number or username typed, in the connections this application has enabled.${said(f)}`,
    fix: [
      'Check the identifier for a typo, and that the user exists in a connection enabled for this application: User Management > Users, and Applications > Applications > your app > Connections.',
      'A user of another connection (a social or enterprise login) is not found by a database login: enable that connection for the application, or sign up the user.',
    ],
    breadcrumb: ['Applications', 'Applications', 'your app', 'Connections'],
    docs: docs.databaseConnections,
  }),
  'auth0.user-blocked': () => ({
    title: 'The user is blocked',
    cause: 'An administrator blocked this user, or brute-force protection did after too many failed attempts.',
    fix: [
      'User Management > Users > the user: Unblock (the ⋯ menu), or let the user follow the unblock email.',
      'Check Security > Attack Protection > Brute-force Protection for the threshold.',
    ],
    breadcrumb: users,
    docs: docs.bruteForce,
  }),
  'auth0.email-not-verified': (f) =>
    inAuth0Answer(f)
      ? {
          title: 'Email not verified',
          cause: `An Action or Rule of this tenant denies users whose email is not verified.${said(f)}`,
          fix: [
            'Verify the user’s email (User Management > Users > the user > Send verification email), or mark it verified for testing.',
            'Or adjust the Action that denies it (Actions > Triggers > post-login).',
            'If the app or login widget shows another message (Lock and some native SDKs drop the reason), read error_description from the callback URL or the SDK’s error, and upgrade the SDK that drops it.',
          ],
          breadcrumb: users,
          docs: docs.actions,
        }
      : {
          title: 'Email not verified: your app or proxy refuses the login',
          cause: `Auth0 logged the user in; what printed this (your application, a proxy in front of it such as oauth2-proxy, or a library such as JupyterHub’s OAuthenticator) then read email_verified: false in the ID token and refused.${said(f)}`,
          fix: [
            'Verify the user’s email (User Management > Users > the user > Send verification email, or the link of the verification email), then log in again.',
            'Or, if unverified emails are acceptable for this app, turn on the checker’s own option for them (oauth2-proxy: --insecure-oidc-allow-unverified-email; other libraries have a similar setting).',
            'For a social or enterprise connection whose provider sends no verified email, verification happens at that provider: the user verifies there, or you trust that connection in the checker.',
          ],
          breadcrumb: users,
          docs: docs.idTokens,
        },
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
  'auth0.too-many-attempts': (f) => ({
    title: 'The account is blocked after failed logins',
    cause: `Brute-force protection blocked this user for logins from this IP address after too many wrong passwords.${said(f)}`,
    fix: [
      'Unblock: User Management > Users > the user, or follow the email sent to the user, or reset the password.',
      'Security > Attack Protection > Brute-force Protection: review the threshold, and allow-list test machines.',
    ],
    breadcrumb: [...attackProtection, 'Brute-force Protection'],
    docs: docs.bruteForce,
  }),
  'auth0.suspicious-ip-throttled': (f) => ({
    title: 'This IP address is throttled as suspicious',
    cause: `Suspicious IP Throttling saw too many failed logins (or sign-ups) from this IP address across accounts, and blocks it for a while.${f.retryAfter !== undefined ? ` The answer says to wait ${f.retryAfter} s.` : ''}`,
    fix: [
      'Wait for the throttle to reset, or unblock the IP under Security > Attack Protection > Suspicious IP Throttling.',
      'Add your office, CI or load-test addresses to its allow list.',
    ],
    breadcrumb: [...attackProtection, 'Suspicious IP Throttling'],
    docs: docs.suspiciousIp,
  }),
  'auth0.requires-verification': () => ({
    title: 'Bot detection wants a CAPTCHA',
    cause:
      'Bot Detection judged the request suspicious. Resource-owner password requests cannot show a challenge, so they fail.',
    fix: [
      'Log in through Universal Login, which can show the challenge.',
      'Or tune Security > Attack Protection > Bot Detection for this client.',
      'Scripts that send a browser’s User-Agent and retry quickly look like bots: send your own User-Agent and back off between attempts.',
    ],
    breadcrumb: [...attackProtection, 'Bot Detection'],
    docs: docs.botDetection,
  }),
  'auth0.captcha-invalid': () => ({
    title: 'The CAPTCHA answer was refused',
    cause:
      'Bot Detection (or a CAPTCHA set up for sign-up and password reset) asked for a CAPTCHA, and the answer sent was wrong, expired or missing.',
    fix: [
      'Solve the CAPTCHA again; embedded login needs a current auth0.js or Lock to send it.',
      'Check the provider and its keys under Security > Attack Protection > Bot Detection.',
    ],
    breadcrumb: [...attackProtection, 'Bot Detection'],
    docs: docs.botDetection,
  }),
  'auth0.custom-password-hash': (f) => ({
    title: 'The imported password hash does not verify',
    cause: `The user was imported with a custom_password_hash, and hashing the password typed the way the import described gives another result: the algorithm, the hash’s or salt’s encoding (hex, base64), the salt’s position, or the password’s encoding (utf8 vs utf16le) do not match the old system.${said(f)}`,
    fix: [
      'Correct the custom_password_hash objects in the import file (algorithm, hash.encoding, salt.value/encoding/position, password.encoding) and import the users again with upsert.',
      'Test one user first; users already affected can also reset their password.',
    ],
    docs: docs.databaseConnections,
  }),
};
