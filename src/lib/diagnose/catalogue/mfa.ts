import { grantsOf, mfaEndpoints, type CatalogueEntry } from './entry';

/** Multi-factor authentication: the MFA grants, the MFA API (/mfa/*) and the Guardian API behind its SDKs. */
export const mfa: CatalogueEntry[] = [
  {
    id: 'auth0.mfa-required',
    codes: ['mfa_required', 'a0.mfa_required'],
    descriptions: [
      /multifactor authentication required/i,
      /additional factor required/i,
      /missing mfa_code/i,
      /^mfa required\.?$/i,
      /multi-factor authentication is required to complete/i,
    ],
  },
  {
    id: 'auth0.mfa-already-enrolled',
    endpoints: mfaEndpoints,
    codes: ['enrollment_conflict', 'already_enrolled'],
    descriptions: [
      /already enrolled/i,
      /another enrollment for the same user/i,
      /cannot enroll twice/i,
      /(?:two-factor|multi-?factor|mfa) .{0,40}already been enabled/i,
    ],
  },
  {
    id: 'auth0.mfa-enrollment-required',
    endpoints: [...mfaEndpoints, '/bc-authorize'],
    codes: [
      'unsupported_challenge_type',
      'a0.mfa_registration_required',
      'mfa_registration_required',
      'association_required',
      'not_enrolled',
    ],
    descriptions: [
      /(?:is not|not) enrolled (?:with|in|for)/i,
      /must enroll first/i,
      /association required/i,
      /no (?:enrolled|active|confirmed) (?:factors?|authenticators?)/i,
    ],
    unless: [/already enrolled/i, /cannot enroll twice/i],
  },
  {
    id: 'auth0.mfa-challenge-type-unsupported',
    endpoints: mfaEndpoints,
    errors: ['unsupported_challenge_type', 'invalid_request'],
    descriptions: [
      /^(?:unsupported|invalid) challenge[ _]type\.?$/i,
      /challenge[ _]type .{0,60}not (?:supported|allowed|enabled)/i,
      // The user is enrolled, in another factor than the challenge types asked for (an SDK's fixed "oob otp").
      /enrolled authenticators? with the (?:supported|requested|given) challenge[ _]type/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.mfa-invalid-otp',
    endpoints: mfaEndpoints,
    errors: ['invalid_grant'],
    codes: ['a0.mfa_invalid_code', 'invalid_otp', 'invalid_otp_format'],
    descriptions: [
      /invalid otp(?:_code)?/i,
      /invalid (?:mfa|one[- ]time) code/i,
      /otp (?:code )?was not valid/i,
      /^the code (?:you entered )?is (?:invalid|incorrect)/i,
    ],
    grants: grantsOf.mfa,
  },
  { id: 'auth0.mfa-invalid-binding-code', errors: ['invalid_grant'], descriptions: [/invalid binding_?code/i] },
  {
    id: 'auth0.mfa-oob-code-invalid',
    endpoints: mfaEndpoints,
    errors: ['invalid_grant'],
    descriptions: [/(?:invalid|expired|unknown).{0,40}oob[_ ]code/i, /oob[_ ]code.{0,40}(?:invalid|expired)/i],
  },
  {
    id: 'auth0.mfa-rejected',
    errors: ['invalid_grant', 'access_denied'],
    descriptions: [/mfa authorization rejected/i, /^notification rejected\.?$/im],
  },
  {
    id: 'auth0.mfa-token-invalid',
    endpoints: mfaEndpoints,
    errors: ['invalid_grant', 'expired_token', 'invalid_request', 'invalid_token'],
    codesAt: { endpoints: ['/mfa/associate', '/mfa/challenge', '/mfa/authenticators'], codes: ['invalid_token'] },
    descriptions: [
      /malformed mfa_token/i,
      /mfa[_ ]token.{0,40}(?:invalid|expired|malformed)/i,
      /(?:invalid|expired|malformed|missing).{0,40}mfa[_ ]token/i,
      /mfa[_ ]token .{0,40}not issued/i,
      /mfa context (?:was )?not found/i,
    ],
  },
  {
    id: 'auth0.mfa-recovery-code-invalid',
    endpoints: mfaEndpoints,
    errors: ['invalid_grant'],
    codes: ['invalid_recovery_code', 'invalid_recovery_code_format'],
    descriptions: [/invalid recovery[ _]code/i, /recovery[ _]code.{0,40}not valid/i],
  },
  {
    id: 'auth0.mfa-authenticator-not-found',
    endpoints: mfaEndpoints,
    codes: ['invalid_authenticator', 'authenticator_not_found'],
    descriptions: [/authenticator (?:was )?not found/i],
  },
  {
    id: 'auth0.mfa-factor-disabled',
    endpoints: mfaEndpoints,
    codes: [
      'feature_disabled_by_admin',
      'feature_disabled',
      'enrollment_method_disabled',
      'auth_method_disabled',
      'no_method_available',
    ],
    descriptions: [
      /(?:method|factor|feature) (?:is )?(?:currently )?disabled/i,
      /no method to enroll/i,
      /no (?:mfa )?factors? (?:are |is )?enabled/i,
      /(?:two|multi)[- ]factor authentication is required .{0,100}administrator/i,
    ],
  },
  {
    id: 'auth0.mfa-scope-missing',
    endpoints: ['/mfa/associate', '/mfa/authenticators', '/mfa/challenge', 'guardian'],
    codes: ['insufficient_scope'],
    descriptions: [/enough grants to perform/i, /enought grants/i],
  },
  {
    id: 'auth0.mfa-enrollment-invalid',
    endpoints: mfaEndpoints,
    codes: ['invalid_phone_number', 'invalid_email'],
    descriptions: [
      /bad enrollment request/i,
      /(?:phone number|email(?: address)?) (?:is )?invalid/i,
      /invalid (?:phone number|email)(?! domain)/i,
      /must be in e\.164 format/i,
    ],
  },
  {
    id: 'auth0.mfa-push-failed',
    endpoints: mfaEndpoints,
    codes: ['error_sending_push_notification', 'pn_endpoint_disabled', 'push_notification_wrong_credentials'],
    descriptions: [
      /push notification delivery failed/i,
      /unable to deliver the push notification/i,
      /couldn'?t (?:send the notification|verify the enrollment)/i,
    ],
  },
  {
    // Wrong codes one after another: the per-user limit on verification attempts (not configurable).
    id: 'auth0.mfa-too-many-codes',
    endpoints: mfaEndpoints,
    codes: ['too_many_invalid_codes'],
    descriptions: [
      /too many (?:failed|invalid|wrong|incorrect) (?:codes|otps?|attempts|verification attempts)/i,
      /too many failed (?:codes|authentication attempts)/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.mfa-message-limit',
    endpoints: mfaEndpoints,
    codes: ['too_many_sms', 'too_many_sms_per_tenant', 'too_many_pn', 'too_many_pn_per_tenant', 'too_many_emails'],
    descriptions: [
      /amount of (?:smss?|push notifications|emails) assigned/i,
      /maximum number of (?:phone |sms |text |push )?(?:messages|notifications|emails)/i,
      /exceeded the (?:amount|number) of (?:smss?|emails|notifications|messages)/i,
      /too many (?:push |sms |email )?notification requests/i,
    ],
  },
  {
    id: 'auth0.mfa-transaction-invalid',
    endpoints: ['guardian', '/authorize'],
    codes: [
      'login_transaction_not_found',
      'enrollment_transaction_not_found',
      'transaction_expired',
      'invalid_bearer_format',
    ],
    codesAt: { endpoints: ['guardian'], codes: ['invalid_token'] },
    descriptions: [
      /mfa (?:auth|enrollment) transaction is not active/i,
      /transaction (?:has )?(?:already )?expired/i,
      /invalid request or transaction token/i,
      /notification was not sent/i,
      /enrollment transaction (?:has )?expired/i,
    ],
  },
  {
    id: 'auth0.guardian-enrollment-gone',
    endpoints: ['guardian'],
    codes: ['device_account_not_found', 'enrollment_not_found'],
    descriptions: [/(?:device account|enrollment) (?:was )?not found/i],
  },
  {
    id: 'auth0.guardian-request-invalid',
    endpoints: ['guardian'],
    codesAt: {
      endpoints: ['guardian'],
      codes: ['invalid_body', 'invalid_query_string', 'field_required', 'method_not_found', 'tenant_not_found'],
    },
    descriptions: [/body validation failed/i, /query string validation failed/i, /a field is required/i],
  },
  {
    id: 'auth0.unmet-authentication-requirements',
    codes: ['unmet_authentication_requirements'],
    descriptions: [/unmet authentication requirements/i],
  },
];
