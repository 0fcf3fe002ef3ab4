import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { docs, grantTypes, said } from './paths';

/** Device code, CIBA and MFA out-of-band polling. */
export const pollingTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.authorization-pending': (f) => ({
    title: 'Still waiting for the user',
    cause: `${f.grant?.endsWith('device_code') ? 'The user has not entered the code on the activation page yet.' : f.grant?.includes('mfa-oob') ? 'The user has not approved the push notification or entered the code yet.' : 'The user has not approved the request yet.'} This is the normal answer while polling.`,
    fix: [
      'Keep polling at the interval the first response gave (5 seconds by default), until success, expired_token or access_denied.',
    ],
    docs: f.grant?.endsWith('device_code') ? docs.deviceFlow : docs.ciba,
  }),
  'auth0.slow-down': () => ({
    title: 'Polling too fast',
    cause: 'The requests came faster than the allowed interval.',
    fix: ['Add 5 seconds to the polling interval and keep it for the rest of this flow.'],
    docs: docs.deviceFlow,
  }),
  'auth0.expired-token': () => ({
    title: 'The device code expired',
    cause: 'The user did not approve before the device code’s expires_in ran out (15 minutes by default).',
    fix: ['Start over with POST /oauth/device/code and show the new user code.'],
    docs: docs.deviceFlow,
  }),
  'auth0.device-denied': () => ({
    title: 'The user declined on the activation page',
    cause: 'The device request was cancelled or denied by the user (or an Action denied it).',
    fix: ['Stop polling; start a new device authorization if the user wants to try again.'],
    docs: docs.deviceFlow,
  }),
  'auth0.device-code-invalid': (f) => ({
    title: 'The device code is invalid or used up',
    cause: `The device code expired, was already exchanged, or belongs to another application.${said(f)}`,
    fix: [
      'Start over with POST /oauth/device/code; poll with the device_code it returns.',
      'The application needs the Device Code grant (Settings > Advanced Settings > Grant Types).',
    ],
    breadcrumb: [...grantTypes, 'Device Code'],
    docs: docs.deviceFlow,
  }),
  'auth0.ciba-denied': () => ({
    title: 'The user denied the request, or it expired',
    cause: 'The backchannel (CIBA) request was declined on the user’s device or timed out.',
    fix: ['Stop polling; start a new backchannel authorization if needed.'],
    docs: docs.ciba,
  }),
  'auth0.ciba-request-invalid': () => ({
    title: 'The auth_req_id is unknown or expired',
    cause: 'Polling must send the auth_req_id of the latest /bc-authorize answer, before its expires_in runs out.',
    fix: ['Start again with POST /bc-authorize and poll with its auth_req_id.'],
    docs: docs.ciba,
  }),
  'auth0.ciba-wrong-account': () => ({
    title: 'The approval page is signed in as another user',
    cause:
      'The CIBA request was addressed to one user (its login_hint), but the browser that opened the approval link has an Auth0 session of someone else.',
    fix: [
      'Log out in that browser (https://YOUR_DOMAIN/v2/logout) and open the approval link again as the user the request names.',
    ],
    docs: docs.ciba,
  }),
  'auth0.ciba-user-unknown': () => ({
    title: 'The login_hint names no user',
    cause: 'The login_hint’s sub is not the user_id of a user of this tenant (or iss is not the tenant).',
    fix: [
      'Send login_hint={"format":"iss_sub","iss":"https://YOUR_DOMAIN/","sub":"<user_id>"} with an existing user_id (User Management > Users).',
    ],
    breadcrumb: ['User Management', 'Users'],
    docs: docs.ciba,
  }),
  'auth0.ciba-login-hint': (f) => ({
    title: 'The login_hint is malformed',
    cause: `CIBA takes login_hint as JSON in the iss_sub format: the tenant as iss, a user_id as sub.${said(f)}`,
    fix: ['Send login_hint={"format":"iss_sub","iss":"https://YOUR_DOMAIN/","sub":"<user_id>"}.'],
    docs: docs.ciba,
  }),
  'auth0.ciba-binding-message': (f) => ({
    title: 'binding_message missing or malformed',
    cause: `CIBA shows the binding_message on the user’s device: it is required, short, and limited to letters, digits, spaces and a few punctuation marks.${said(f)}`,
    fix: ['Send a short binding_message such as “Confirm order 1234”.'],
    docs: docs.ciba,
  }),
  'auth0.device-user-code-typed': (f) => ({
    title: 'The code typed on the activation page is wrong or expired',
    cause: `The user code entered at https://YOUR_DOMAIN/activate does not match a pending device request: mistyped, expired (15 minutes by default), or already used.${said(f)}`,
    fix: [
      'Type the code exactly as the device shows it, or open the verification_uri_complete link, which carries it.',
      'If it expired, start again on the device (POST /oauth/device/code) and use the new code.',
    ],
    docs: docs.deviceFlow,
  }),
};
