import { emailProviderTrouble, sentByAction, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { appConnections, docs, passwordlessPath, said } from './paths';

/** What to change when the provider's words name the refusal. */
const providerHints = {
  'app-password':
    'Gmail refuses the account’s own password over SMTP: turn on 2-Step Verification for the Google account, create an App Password, and use it as the SMTP password in Branding > Email Provider.',
  'ip-allowlist':
    'The provider refused Auth0’s login from its address: with SendGrid’s IP Access Management (or another allow list) on, add Auth0’s outbound IP addresses for your tenant’s region to it.',
  sender:
    'The From address is not verified with the provider: verify it (SendGrid Sender Authentication, Amazon SES verified identities in the region set in Auth0), or use one that is; SES in its sandbox also wants each recipient verified until production access is granted.',
};
const providerHint = (f: Facts): string[] => {
  const trouble = emailProviderTrouble(f);
  return trouble ? [providerHints[trouble]] : [];
};

/** Passwordless: /passwordless/start, /otp/challenge, the OTP grant and the message providers. */
export const passwordlessTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.passwordless-wrong-code': () => ({
    title: 'Wrong or expired verification code',
    cause:
      'The passwordless code did not match the last one sent to this email or phone, or it expired (codes live a few minutes and allow few attempts); with database OTP, the auth_session of /otp/challenge must come along.',
    fix: [
      'Request a new code (POST /passwordless/start) and send it with the same username and realm (email or sms).',
      'A magic link is a code too: it works once and expires (Authentication > Passwordless > Email: the OTP expiry). Read error and error_description in the callback URL and offer a new link there.',
    ],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-max-attempts': () => ({
    title: 'Too many wrong codes: request a new one',
    cause: 'The code allows a few attempts; after the last one it is void, right or wrong.',
    fix: ['Send POST /passwordless/start again, then the new code.'],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-connection-not-found': (f) => ({
    title: 'No passwordless connection by that name',
    cause: `/passwordless/start takes connection “email” or “sms”, and that connection must exist on the tenant; a database connection’s name will not do.${said(f)}`,
    fix: [
      'Authentication > Passwordless: turn on Email (or SMS), which creates the connection.',
      'Send connection=email or connection=sms.',
    ],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-connection-disabled': () => ({
    title: 'The passwordless connection is off for this application',
    cause: 'The email or SMS connection exists but is not enabled for this application.',
    fix: [
      'Authentication > Passwordless > Email (or SMS) > Applications: enable your app.',
      'Or Applications > Applications > your app > Connections.',
    ],
    breadcrumb: appConnections,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-wrong-connection': (f) => ({
    title: 'The connection is of the wrong kind for this endpoint',
    cause: `/passwordless/start takes a passwordless connection (email, sms); /otp/challenge takes a database connection with OTP enabled.${said(f)}`,
    fix: ['Send the connection of the right kind (Authentication > Passwordless, or Authentication > Database).'],
    breadcrumb: passwordlessPath,
    docs: docs.passwordless,
  }),
  'auth0.passwordless-link-browser': (f) => ({
    title: 'The magic link was opened in another browser',
    cause: `An email magic link only completes in the browser that asked for it; this one was opened elsewhere (a mail app’s own browser, another device, or the link was requested from a native app).${said(f)}`,
    fix: [
      'Open the link in the same browser that started the login, or request a new one there.',
      'For apps and mail clients with their own browser, send a code instead of a link (POST /passwordless/start with send: "code") and finish with the passwordless OTP grant.',
    ],
    docs: docs.passwordless,
  }),
  'auth0.passwordless-unknown-parameter': (f) => ({
    title: `Parameter not accepted: ${f.parameter ?? 'see the answer'}`,
    cause: '/passwordless/start refuses properties it does not define (old SDKs sent some, such as type).',
    fix: [
      'Send only client_id, client_secret (confidential apps), connection, email or phone_number, send and authParams.',
      'Update the SDK if it adds the property.',
    ],
    docs: docs.passwordless,
  }),
  'auth0.passwordless-parameter': (f) => ({
    title: `Missing or malformed: ${f.parameter ?? 'a parameter'}`,
    cause: `/passwordless/start checks each property: connection “email” or “sms”, email a valid address, phone_number in E.164 (+ and up to 15 digits), send “code” or “link”.${said(f)}`,
    fix: [`Correct ${f.parameter ?? 'the property'} and send again.`],
    docs: docs.passwordless,
  }),
  'auth0.passwordless-request-invalid': (f) => ({
    title: 'The passwordless request is incomplete',
    cause: `The request misses what identifies the user (email or phone_number) or the connection.${said(f)}`,
    fix: [
      'Send connection and exactly one of email or phone_number (with client_id, and client_secret for confidential apps).',
    ],
    docs: docs.passwordless,
  }),
  'auth0.sms-provider-error': (f) => ({
    title: 'The SMS provider failed',
    cause: `Auth0 called the SMS provider (Twilio, or your custom provider or gateway) and it refused or failed${/authentication failed|401/i.test(f.description ?? '') ? ': it did not accept the credentials configured' : ''}.${said(f)}`,
    fix: [
      ...(sentByAction(f)
        ? [
            'The message is sent by your send-phone-message Action (or legacy Hook), and the words are its provider’s: fix it there (Actions > Triggers > send-phone-message) and read the Action’s logs. Twilio Verify’s 60204 (custom code not allowed) means Auth0’s own code cannot be sent through Verify until Twilio enables custom codes; use Programmable Messaging instead.',
          ]
        : []),
      'Authentication > Passwordless > SMS (or Security > Multi-factor Auth > Phone Message): check the provider’s SID, token or gateway URL and credentials.',
      'Check the provider’s own logs for the rejected message (number format, region, balance).',
    ],
    breadcrumb: [...passwordlessPath, 'SMS'],
    docs: docs.smsProviders,
  }),
  'auth0.email-provider-error': (f) => ({
    title: 'The email provider failed: the email was not sent',
    cause: `Auth0 could not hand the email (an MFA or passwordless code, a password reset or verification link) to the tenant’s email provider: its credentials, sender address or domain were refused, or the provider failed. Auth0’s built-in provider is for testing only, with a low limit.${said(f)}`,
    fix: [
      ...providerHint(f),
      'Branding > Email Provider: check the provider’s credentials (API key, SMTP user and password, region), and use Send Test Email.',
      'Use a From address on a domain the provider has verified (SPF/DKIM), and check the provider’s own dashboard for the rejected message.',
      'Monitoring > Logs: the failed send’s entry carries the provider’s own error.',
    ],
    breadcrumb: ['Branding', 'Email Provider'],
    docs: docs.emailProviders,
  }),
  'auth0.phone-provider-missing': () => ({
    title: 'No message provider is configured',
    cause: 'Sending the code needs a phone (or email) provider set up on the tenant.',
    fix: ['Branding > Phone Provider (or Email Provider): configure one, then send again.'],
    breadcrumb: ['Branding', 'Phone Provider'],
    docs: docs.smsProviders,
  }),
};
