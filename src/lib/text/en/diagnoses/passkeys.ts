import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { database, docs, said, users } from './paths';

/** Passkeys. */
export const passkeyTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.passkeys-disabled': (f) => ({
    title: 'Passkeys are not enabled here',
    cause: `Passkeys must be turned on for the tenant (Identifier First login) and on the database connection this application uses.${said(f)}`,
    fix: [
      'Authentication > Database > your connection > Authentication Methods: enable Passkey.',
      'Authentication > Authentication Profile: use Identifier First, which passkeys need.',
    ],
    breadcrumb: [...database, 'Authentication Methods', 'Passkey'],
    docs: docs.passkeys,
  }),
  'auth0.passkey-assertion': (f) => ({
    title: 'The passkey answer was refused',
    cause: `The signed WebAuthn response did not verify for this user and challenge: another credential, another origin (relying party), or a challenge already used.${said(f)}`,
    fix: [
      'Start again from /passkey/challenge and send that challenge’s authn_response unchanged.',
      'Check the page runs on the domain registered as relying party (the tenant’s or your custom domain).',
    ],
    breadcrumb: users,
    docs: docs.passkeys,
  }),
  'auth0.passkey-limit': (f) => ({
    title: 'This user has the most passkeys allowed',
    cause: `A user can enrol a limited number of passkeys; this one has reached it, so a new one cannot be added.${said(f)}`,
    fix: [
      'Remove a passkey the user no longer uses: User Management > Users > the user > Authentication Methods (or the Management API’s authentication-methods endpoints), then enrol again.',
      'Or sign in with one of the passkeys already enrolled.',
    ],
    breadcrumb: [...users, 'Authentication Methods'],
    docs: docs.passkeys,
  }),
  'auth0.webauthn-unsupported': (f) => ({
    title: 'This browser or device offers no security keys or passkeys',
    cause: `The login page asked the browser for WebAuthn (a security key, a passkey or the device’s biometrics) and the browser or device has none to offer: an old browser, an embedded web view, a private window or a page inside a frame.${said(f)}`,
    fix: [
      'Open the login in a current browser (not an app’s embedded web view; on mobile use the system browser or ASWebAuthenticationSession / Custom Tabs).',
      'Or choose another factor offered on the page (Security > Multi-factor Auth lists the factors enabled).',
    ],
    breadcrumb: ['Security', 'Multi-factor Auth'],
    docs: docs.passkeys,
  }),
  'auth0.passkey-session-expired': () => ({
    title: 'The passkey session expired',
    cause: 'The auth_session of /passkey/challenge or /passkey/register lives a few minutes and is used once.',
    fix: ['Ask for a new challenge, then send the answer at once with its auth_session.'],
    docs: docs.passkeys,
  }),
};
