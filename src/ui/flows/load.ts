import type { RequestForm } from '../../lib/request/form';

/** The grants whose token needs a step first, and the refresh token's revoke; the rest of the page shows none. */
const stepGrants = new Set([
  'urn:ietf:params:oauth:grant-type:device_code',
  'urn:openid:params:grant-type:ciba',
  'http://auth0.com/oauth/grant-type/passwordless/otp',
  'http://auth0.com/oauth/grant-type/mfa-otp',
  'http://auth0.com/oauth/grant-type/mfa-oob',
  'http://auth0.com/oauth/grant-type/mfa-recovery-code',
  'refresh_token',
]);

/** Whether the steps before the token have something to offer: a step grant, or an answer asking for MFA. */
export function needsSteps(form: Pick<RequestForm, 'grantType'>, answer: unknown): boolean {
  return (
    stepGrants.has(form.grantType) ||
    (typeof answer === 'object' && answer !== null && 'error' in answer && answer.error === 'mfa_required')
  );
}

/** The steps' components and code (and the QR library) load on first use, never with the page. */
export const loadFlowSteps = () => import('./FlowSteps.svelte');
export const loadPrivateKey = () => import('./PrivateKeyBox.svelte');
