import type { CatalogueEntry } from './entry';

const passwordlessEndpoints = ['/passwordless/start', '/otp/challenge'] as const;

/** Passwordless: /passwordless/start, /otp/challenge, the OTP grant, and the SMS and email providers behind them. */
export const passwordless: CatalogueEntry[] = [
  {
    id: 'auth0.passwordless-wrong-code',
    errors: ['invalid_grant', 'access_denied'],
    descriptions: [
      /wrong (?:email|phone number|phone) or verification code/i,
      /verification code (?:has )?expired/i,
      /invalid verification code/i,
      /(?:invalid|wrong|incorrect)(?: or expired)? (?:otp|one[- ]time) (?:code|password)/i,
      /invalid auth_session/i,
    ],
  },
  {
    id: 'auth0.passwordless-max-attempts',
    errors: ['invalid_grant', 'access_denied', 'too_many_attempts'],
    descriptions: [
      /maximum number of attempts/i,
      /max(?:imum)? attempts reached/i,
      /exceeded the (?:allowed )?number of codes/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.passwordless-connection-not-found',
    endpoints: passwordlessEndpoints,
    errors: ['bad.connection', 'invalid_connection'],
    descriptions: [/connection (?:does not exist|not found)/i],
    weight: 1,
  },
  {
    id: 'auth0.passwordless-connection-disabled',
    endpoints: passwordlessEndpoints,
    errors: ['bad.connection'],
    descriptions: [/connection (?:is )?disabled/i, /connection is not enabled/i],
    weight: 1,
  },
  {
    id: 'auth0.passwordless-wrong-connection',
    endpoints: passwordlessEndpoints,
    errors: ['bad.connection', 'invalid_connection'],
    codes: ['invalid_connection'],
    descriptions: [/must (?:either )?be a passwordless connection/i, /not a database connection/i],
    weight: 1,
  },
  {
    // A magic link opened in another browser than the one that asked for it (a mail app's own browser).
    id: 'auth0.passwordless-link-browser',
    descriptions: [
      /link .{0,80}(?:same|different|another) (?:device|browser)/i,
      /(?:same|different|another) (?:device|browser) .{0,80}(?:link|email address)/i,
      /start over from this device or browser/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.passwordless-unknown-parameter',
    errors: ['bad.request'],
    descriptions: [/following properties are not allowed:? ?(?<parameter>[^\n]{1,200})/i],
  },
  {
    id: 'auth0.passwordless-parameter',
    endpoints: passwordlessEndpoints,
    codePattern: /^bad\.(?<parameter>[a-z_]{1,40})$/i,
    descriptions: [
      /missing required property:? ?(?<parameter>\w+)/i,
      /error in (?<parameter>email|phone_number|tenant|connection) - /i,
      /string does not match pattern/i,
    ],
  },
  {
    id: 'auth0.passwordless-request-invalid',
    endpoints: passwordlessEndpoints,
    codesAt: { endpoints: passwordlessEndpoints, codes: ['invalid_request'] },
    descriptions: [/either email or phone_number/i],
  },
  {
    id: 'auth0.sms-provider-error',
    codes: ['sms_provider_error', 'error_sending_sms', 'gd_send_sms_failure'],
    descriptions: [
      /sms gateway/i,
      /sms delivery error/i,
      /error on send-phone-message\b/i,
      /(?:problem|couldn'?t|could not|unable to) (?:sending|send|making|make) (?:the |an? )?(?:sms|text message|voice call)/i,
      /\bcode could not be sent/i,
    ],
  },
  {
    // The email provider (Branding > Email Provider) refused or failed: MFA codes, reset links, magic links.
    id: 'auth0.email-provider-error',
    descriptions: [
      /(?:couldn'?t|could not|unable to|failed to|problem) (?:send|sending) (?:the |an |your )?e-?mail/i,
      /e-?mail provider .{0,40}(?:error|failed|invalid|not respond)/i,
      // What SMTP servers and email APIs answer Auth0: a refused login, an unverified sender or identity.
      /\binvalid login: [45]\d\d\b/i,
      /\b535[- ]5\.7\.\d\b/,
      /does not match a verified sender identity/i,
      /identities failed the check in region/i,
    ],
  },
  {
    id: 'auth0.phone-provider-missing',
    errors: ['invalid_request'],
    descriptions: [/(?:phone|sms|email) provider (?:is )?not configured/i, /sign ?up with a phone number/i],
  },
];
