import type { Answer } from './token';

/**
 * Auth0's answers on the endpoints around /oauth/token, as found in Auth0's docs, recordings and SDK fixtures
 * (/work/mining/errors/train.jsonl and shared/auth0/token-errors.jsonl name each source). Where Auth0 publishes the
 * code and status but leaves the description out ("..."), the description is marked below as this emulator's own.
 */
export const flowErrors = {
  // POST /passwordless/start
  connectionMissing: [400, { error: 'bad.connection', error_description: 'Missing required property: connection' }],
  connectionNotFound: [400, { error: 'bad.connection', error_description: 'Connection does not exist' }],
  clientIdMissing: [400, { error: 'bad.client_id', error_description: 'Missing required property: client_id' }],
  badEmail: (email: string) =>
    [
      400,
      { error: 'bad.email', error_description: `error in email - email format validation failed: ${email}` },
    ] as const,
  phoneMissing: [400, { error: 'bad.phone_number', error_description: 'Missing required property: phone_number' }],
  badPhone: [400, { error: 'bad.phone_number', error_description: 'String does not match pattern: ^\\+[0-9]{1,15}$' }],
  notAllowed: (names: string) =>
    [400, { error: 'bad.request', error_description: `the following properties are not allowed: ${names}` }] as const,
  clientAuthRequired: [403, { error: 'unauthorized_client', error_description: 'Client authentication is required' }],
  // POST /oauth/token, passwordless/otp
  wrongEmailCode: [403, { error: 'invalid_grant', error_description: 'Wrong email or verification code.' }],
  wrongPhoneCode: [403, { error: 'invalid_grant', error_description: 'Wrong phone number or verification code.' }],
  maxAttempts: [
    403,
    {
      error: 'invalid_grant',
      error_description: "You've reached the maximum number of attempts. Please try to login again.",
    },
  ],
  // MFA
  mfaRequired: (mfaToken: string, requirements: unknown) =>
    [
      403,
      {
        error: 'mfa_required',
        error_description: 'Multifactor authentication required',
        mfa_token: mfaToken,
        mfa_requirements: requirements,
      },
    ] as const,
  mfaTokenMalformed: [403, { error: 'invalid_grant', error_description: 'Malformed mfa_token' }],
  mfaApiInvalidToken: [401, { error: 'invalid_token', error_description: 'Invalid MFA token' }],
  mfaChallengeMissingToken: [400, { error: 'invalid_request', error_description: 'Missing or invalid mfa_token' }],
  notEnrolled: [
    401,
    { error: 'unsupported_challenge_type', error_description: 'User is not enrolled with google-authenticator' },
  ],
  unsupportedChallenge: [400, { error: 'unsupported_challenge_type', error_description: 'Unsupported challenge type' }],
  authenticatorNotFound: [
    404,
    { error: 'invalid_authenticator', error_description: 'Authenticator not found or inactive' },
  ],
  alreadyEnrolled: [403, { error: 'access_denied', error_description: 'User is already enrolled.' }],
  associateTokenInvalid: [
    401,
    { error: 'invalid_grant', error_description: 'The mfa_token provided is invalid. Try getting a new token.' },
  ],
  invalidPhone: [400, { error: 'invalid_phone_number', error_description: 'Invalid phone number' }],
  badEnrolment: [400, { error: 'invalid_request', error_description: 'Bad enrollment request' }],
  invalidOtp: [403, { error: 'invalid_grant', error_description: 'Invalid otp_code.' }],
  invalidBindingCode: [403, { error: 'invalid_grant', error_description: 'Invalid binding_code.' }],
  invalidOobCode: [403, { error: 'invalid_grant', error_description: 'Invalid or expired OOB code' }],
  oobPending: [
    400,
    {
      error: 'authorization_pending',
      error_description: 'Authorization pending: please repeat the request in a few seconds.',
    },
  ],
  oobRejected: [400, { error: 'access_denied', error_description: 'MFA Authorization rejected.' }],
  // Device flow (call-your-api-using-the-device-authorization-flow.mdx: 403 pending, 429 slow_down, 403 expired_token)
  deviceNotAllowed: [
    403,
    {
      error: 'unauthorized_client',
      error_description: "Grant type 'urn:ietf:params:oauth:grant-type:device_code' not allowed for the client.",
    },
  ],
  devicePending: [403, { error: 'authorization_pending', error_description: 'User has yet to authorize device code.' }],
  deviceSlowDown: (intervalS: number) =>
    [
      429,
      {
        error: 'slow_down',
        error_description: `You are polling faster than the specified interval of ${intervalS} seconds.`,
      },
    ] as const,
  // The description is this emulator's own: Auth0's docs show only the code.
  deviceExpired: [403, { error: 'expired_token', error_description: 'The authorization request has expired.' }],
  // Likewise: after expired_token, invalid_grant, once and for all.
  deviceInvalid: [403, { error: 'invalid_grant', error_description: 'Invalid or expired device code.' }],
  deviceDenied: [403, { error: 'access_denied', error_description: 'User cancelled the confirmation prompt.' }],
  // CIBA (check-back-channel-login-status.mdx; go-auth0 recordings)
  cibaUnknownUser: [400, { error: 'unknown_user_id', error_description: 'User ID is malformed or unknown' }],
  cibaHintFormat: [
    400,
    {
      error: 'invalid_request',
      error_description: 'login_hint parameter validation failed: "sub" contains unsupported format',
    },
  ],
  cibaBindingRequired: [400, { error: 'invalid_request', error_description: 'binding_message is required' }],
  cibaPending: [400, { error: 'authorization_pending', error_description: 'The end-user authorization is pending' }],
  cibaSlowDown: [
    400,
    { error: 'slow_down', error_description: 'You are polling faster than allowed. Try again in 10 seconds.' },
  ],
  cibaDenied: [
    400,
    {
      error: 'access_denied',
      error_description: 'The end-user denied the authorization request or it has been expired',
    },
  ],
  cibaInvalid: [400, { error: 'invalid_grant', error_description: 'Invalid auth_req_id' }],
} as const satisfies Record<string, Answer | ((...args: never[]) => Answer)>;
