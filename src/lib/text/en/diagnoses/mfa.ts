import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { docs, grantTypes, mfa, said, users } from './paths';

const factors = [...mfa, 'Factors'];

/** Multi-factor authentication: the MFA grants, the MFA API and the Guardian API. */
export const mfaTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.mfa-required': () => ({
    title: 'Multi-factor authentication required',
    cause:
      'The credentials were right, and now a second factor is due. The answer carries an mfa_token for the next step.',
    fix: [
      'Challenge the user: POST /mfa/challenge with the mfa_token (or list authenticators with GET /mfa/authenticators).',
      'Then send the MFA grant (mfa-otp, mfa-oob or mfa-recovery-code) here with that mfa_token.',
      'The application needs the MFA grant: Settings > Advanced Settings > Grant Types > MFA.',
      'If this answered a refresh_token request: a Rule or Action that requires MFA on every transaction also fires on refreshes; skip it when event.transaction.protocol is oauth2-refresh-token.',
      'For a client that cannot do MFA (no MFA grant, an unattended script, a vendor’s application), log in through Universal Login (Authorization Code with PKCE) instead.',
    ],
    breadcrumb: [...grantTypes, 'MFA'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-already-enrolled': () => ({
    title: 'The user is already enrolled',
    cause:
      'The user has a confirmed authenticator of this kind, and /mfa/associate (or Guardian) enrols one at a time: there is nothing to enrol, only to challenge.',
    fix: [
      'Challenge the existing authenticator: POST /mfa/challenge with the mfa_token, then the MFA grant.',
      'To replace it, delete it first (DELETE /mfa/authenticators/{id}, or User Management > Users > the user > Multi-factor Authentication > Reset).',
    ],
    breadcrumb: [...users, 'Multi-factor Authentication'],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-enrollment-required': () => ({
    title: 'The user is not enrolled in this factor',
    cause: 'MFA is required but the user has no confirmed authenticator this request can use.',
    fix: [
      'Enrol the user: POST /mfa/associate with the mfa_token, or let the user enrol through Universal Login.',
      'Or challenge a factor the user has (GET /mfa/authenticators lists them); check the factors enabled under Security > Multi-factor Auth.',
    ],
    breadcrumb: factors,
    docs: docs.mfaApi,
  }),
  'auth0.mfa-challenge-type-unsupported': (f) => ({
    title: 'This challenge type is not available',
    cause: `The challenge_type (otp, oob) or authenticator asked for is not enabled for the tenant, not allowed for this application, or not one the user has: a user enrolled with push, email or a security key has no otp or SMS authenticator, and some SDKs ask for “oob otp” only.${said(f)}`,
    fix: [
      'Ask for a challenge_type the user’s authenticator supports (GET /mfa/authenticators shows them).',
      'Enable the factor under Security > Multi-factor Auth, and the MFA grant for the application.',
    ],
    breadcrumb: factors,
    docs: docs.mfaApi,
  }),
  'auth0.mfa-invalid-otp': () => ({
    title: 'Wrong one-time code',
    cause: 'The OTP did not match (or is not six digits): mistyped, already used, or from a clock-drifted device.',
    fix: ['Send a fresh code from the authenticator app; check the phone’s clock is automatic.'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-invalid-binding-code': () => ({
    title: 'Wrong binding code',
    cause: 'For SMS or email out-of-band factors, the code the user received must be sent as binding_code.',
    fix: ['Fill Binding code with the code from the message, and send again with the same oob_code.'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-oob-code-invalid': () => ({
    title: 'The oob_code is unknown or expired',
    cause: 'The oob_code comes from the latest POST /mfa/challenge and expires with it (about 5 minutes).',
    fix: ['Challenge again and poll with the new oob_code (and the same mfa_token, while it is valid).'],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-rejected': () => ({
    title: 'The user rejected the push notification',
    cause: 'The out-of-band challenge was declined on the device. This answer is final for this challenge.',
    fix: ['Stop polling; start a new challenge (POST /mfa/challenge) and have the user approve it.'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-token-invalid': () => ({
    title: 'The mfa_token is malformed or expired',
    cause:
      'An mfa_token is valid for 10 minutes, only as copied whole from the mfa_required answer, and only for the application (client_id) that received it. The MFA API also refuses an access token in its place.',
    fix: [
      'Send the first request again to get a new mfa_token, and copy it entirely into MFA token.',
      'Send the MFA grant with the same client_id (and its credentials) as the request that answered mfa_required.',
      'For /mfa/associate and /mfa/authenticators, send it as Authorization: Bearer <mfa_token>.',
      'An mfa_token exists only once MFA is on for the tenant (Security > Multi-factor Auth) and /oauth/token answered mfa_required; an access token for the https://YOUR_DOMAIN/mfa/ audience is not one.',
    ],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-recovery-code-invalid': () => ({
    title: 'Wrong recovery code',
    cause:
      'The recovery code does not match the one issued at enrolment (it is single-use and replaced after each use).',
    fix: ['Use the latest recovery code; an administrator can reset the user’s MFA otherwise.'],
    breadcrumb: [...users, 'Multi-factor Authentication'],
    docs: docs.mfaRopg,
  }),
  'auth0.mfa-authenticator-not-found': () => ({
    title: 'No such authenticator',
    cause: 'The authenticator id is not one of this user’s, or the authenticator was deleted or never confirmed.',
    fix: ['List the user’s authenticators (GET /mfa/authenticators) and use an id from there.'],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-factor-disabled': (f) => ({
    title: 'No MFA factor is available to this user',
    cause: `${f.error === 'feature_disabled' ? 'This MFA feature is not available on the tenant (its plan or region); Auth0 support can say why.' : 'MFA is required, but the factor (or every factor) is turned off, so nothing can be enrolled or used. Email as a factor is offered only to users whose email is verified: users of a social or enterprise connection need email_verified=true from their provider.'}${said(f)}`,
    fix: [
      'Security > Multi-factor Auth: enable a factor (and its provider), then enrol again.',
      'For Email: make the connection send email_verified=true (or map it), or offer another factor.',
    ],
    breadcrumb: factors,
    docs: docs.mfa,
  }),
  'auth0.mfa-scope-missing': () => ({
    title: 'The token lacks the MFA API scope',
    cause:
      'The MFA API accepts an mfa_token, or an access token for the audience https://YOUR_DOMAIN/mfa/ with the scope the call needs (enroll, read:authenticators, remove:authenticators).',
    fix: [
      'Use the mfa_token from the mfa_required answer, or request audience https://YOUR_DOMAIN/mfa/ with the needed scope.',
    ],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-enrollment-invalid': (f) => ({
    title: 'The enrolment request is malformed',
    cause: `The phone number, email or authenticator kind sent to enrol is not acceptable.${said(f)}`,
    fix: [
      'Send authenticator_types (["oob"] or ["otp"]), oob_channels (["sms"], ["voice"], ["email"], ["auth0"]) and, for SMS, phone_number in E.164 (+ and digits).',
    ],
    docs: docs.mfaApi,
  }),
  'auth0.mfa-push-failed': () => ({
    title: 'The push notification could not be delivered',
    cause:
      'The Guardian app’s device registration no longer accepts notifications (app removed, token expired), or the push provider failed.',
    fix: [
      'Have the user remove the account from Guardian and enrol again (User Management > Users > the user > Multi-factor Authentication).',
      'With your own push credentials (Amazon SNS), check them under Security > Multi-factor Auth > Push via Auth0 Guardian.',
    ],
    breadcrumb: [...mfa, 'Push Notification using Auth0 Guardian'],
    docs: docs.guardian,
  }),
  'auth0.mfa-message-limit': () => ({
    title: 'Too many MFA messages',
    cause: 'The user (or the tenant) reached the limit of SMS, push or email challenges in the current period.',
    fix: ['Wait before challenging again, or use another factor (OTP app, recovery code).'],
    breadcrumb: factors,
    docs: docs.mfa,
  }),
  'auth0.mfa-transaction-invalid': () => ({
    title: 'The MFA transaction expired',
    cause:
      'The enrolment or verification belongs to a login transaction that is finished, expired or unknown (Guardian’s transaction token).',
    fix: ['Start the login again from the application, and finish MFA within a few minutes.'],
    docs: docs.guardian,
  }),
  'auth0.guardian-enrollment-gone': () => ({
    title: 'This device’s enrolment no longer exists',
    cause:
      'The Guardian app still holds an enrolment the tenant deleted (the user’s MFA was reset, or the user removed).',
    fix: ['Remove the account from the Guardian app and enrol again from the login (or a new enrolment ticket).'],
    breadcrumb: [...users, 'Multi-factor Authentication'],
    docs: docs.guardian,
  }),
  'auth0.guardian-request-invalid': (f) => ({
    title: 'The Guardian API refused the request',
    cause: `The Guardian SDK sent a request the API does not accept (a missing field, a body or query it cannot read, an unknown method or tenant): usually an outdated SDK, or the wrong Guardian domain.${said(f)}`,
    fix: [
      'Update the Guardian SDK, and point it at your tenant’s Guardian domain ({tenant}.guardian.auth0.com, or your custom domain).',
    ],
    docs: docs.guardian,
  }),
  'auth0.unmet-authentication-requirements': () => ({
    title: 'The session does not meet the authentication level asked for',
    cause:
      'The request asks for a stronger authentication (MFA, acr_values, a step-up) than the session or refresh token holds, and it cannot happen without the user.',
    fix: [
      'Send the user through an interactive login that performs MFA (Universal Login), then use the new tokens.',
      'Check the factors enabled under Security > Multi-factor Auth and the Action that requires MFA.',
    ],
    breadcrumb: factors,
    docs: docs.mfa,
  }),
  'auth0.mfa-too-many-codes': () => ({
    title: 'Too many wrong codes: verification is paused',
    cause:
      'The user entered wrong one-time codes too many times in a row (10 attempts, refilled about one every 6 minutes). This limit protects the factor and is not a setting.',
    fix: [
      'Wait a few minutes before trying again; check the authenticator’s clock (automatic time) and that the code belongs to this tenant’s enrolment.',
      'If the user lost the device: User Management > Users > the user > Multi-Factor Authentication: reset the factor so they enrol again.',
    ],
    breadcrumb: users,
    docs: docs.mfa,
  }),
};
