import { grantsOf, type CatalogueEntry } from './entry';

/** The grants that poll: device code (/oauth/device/code), CIBA (/bc-authorize) and MFA out-of-band. */
export const polling: CatalogueEntry[] = [
  {
    id: 'auth0.authorization-pending',
    descriptions: [/you must (?:accept the notification|scan the qr code)|not received a confirmation, please try/i],
    severity: 'info',
    codes: ['authorization_pending'],
  },
  { id: 'auth0.slow-down', descriptions: [/please slow down/i], severity: 'warning', codes: ['slow_down'] },
  { id: 'auth0.expired-token', codes: ['expired_token'] },
  {
    id: 'auth0.device-denied',
    errors: ['access_denied'],
    descriptions: [/user cancell?ed the confirmation/i, /activation denied/i, /not able to activate your device/i],
    grants: grantsOf.device,
  },
  {
    id: 'auth0.device-code-invalid',
    errors: ['invalid_grant'],
    descriptions: [
      /(?:invalid|expired|unknown|used).{0,200}(?:device|user)[ _]code/i,
      /(?:device|user)[ _]code .{0,200}(?:invalid|expired|not found|already)/i,
    ],
    grants: grantsOf.device,
  },
  {
    // The activation page (/activate): the user code typed there is wrong or expired.
    id: 'auth0.device-user-code-typed',
    endpoints: ['/oauth/device/code'],
    onlyAt: true,
    descriptions: [/code you entered is (?:invalid|expired|incorrect)/i],
    weight: 1,
  },
  { id: 'auth0.ciba-denied', errors: ['access_denied'], descriptions: [/end-user denied the authorization request/i] },
  {
    id: 'auth0.ciba-request-invalid',
    errors: ['invalid_grant', 'expired_token'],
    descriptions: [/auth_req_id/i, /this request is no longer valid/i],
    grants: grantsOf.ciba,
  },
  {
    // The approval page of a browser-based CIBA request, opened while logged in as someone else.
    id: 'auth0.ciba-wrong-account',
    descriptions: [/request is for a different (?:account|user)/i],
  },
  {
    id: 'auth0.ciba-user-unknown',
    codes: ['unknown_user_id'],
    descriptions: [/user id is malformed or unknown/i],
  },
  {
    id: 'auth0.ciba-login-hint',
    endpoints: ['/bc-authorize'],
    errors: ['invalid_request', 'unknown_user_id'],
    descriptions: [/login_hint/i],
  },
  {
    id: 'auth0.ciba-binding-message',
    endpoints: ['/bc-authorize'],
    errors: ['invalid_request', 'invalid_binding_message'],
    codes: ['invalid_binding_message'],
    descriptions: [/binding_message/i],
  },
];
