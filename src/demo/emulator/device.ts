import { auth0Errors } from './auth0-errors';
import { flowErrors } from './flow-errors';
import { memorySlot, randomHandle } from './memory';
import { loginTokens } from './refresh';
import { answerStep } from './step';
import { issueFor, type Answer, type GrantRequest } from './token';
import { approvals } from './user-side';
import type { Route } from './types';

const deviceGrant = 'urn:ietf:params:oauth:grant-type:device_code';
const lifetimeS = 900;

interface DeviceCode {
  clientId: string;
  userCode: string;
  scope?: string;
  audience?: string;
  expiresAt: number;
  intervalS: number;
  lastPollAt?: number;
  expiredReported: boolean;
}

const deviceCodes = memorySlot(() => new Map<string, DeviceCode>());

/** Auth0's default user code: 8 BASE20 letters, shown as XXXX-XXXX. */
function userCode(): string {
  const letters = 'BCDFGHJKLMNPQRSTVWXZ';
  const raw = [...crypto.getRandomValues(new Uint8Array(8))].map((byte) => letters[byte % 20]).join('');
  return `${raw.slice(0, 4)}-${raw.slice(4)}`;
}

/** POST /oauth/device/code: a device code and the user code to show, for an application with the Device Code grant. */
export const deviceCodeRoute: Route = (context) =>
  answerStep(context, flowErrors.clientIdMissing, ({ params, client }) => {
    if (!client.grantTypes.includes(deviceGrant)) return flowErrors.deviceNotAllowed;
    const deviceCode = randomHandle(32);
    const code = userCode();
    const intervalS = context.tenant.pollingIntervalS ?? 5;
    const scope = params.get('scope');
    const audience = params.get('audience');
    deviceCodes(context.memory).set(deviceCode, {
      clientId: client.clientId,
      userCode: code,
      ...(scope ? { scope } : {}),
      ...(audience ? { audience } : {}),
      expiresAt: context.now + lifetimeS * 1000,
      intervalS,
      expiredReported: false,
    });
    approvals(context.memory).set(deviceCode, {
      kind: 'device',
      shown: code,
      handle: deviceCode,
      state: 'pending',
      expiresAt: context.now + lifetimeS * 1000,
    });
    const verification = `${context.tenant.origin}/activate`;
    return [
      200,
      {
        device_code: deviceCode,
        user_code: code,
        verification_uri: verification,
        verification_uri_complete: `${verification}?user_code=${code}`,
        expires_in: lifetimeS,
        interval: intervalS,
      },
    ];
  });

/**
 * grant_type=urn:ietf:params:oauth:grant-type:device_code, as Auth0 answers a poll: pending until the user approves,
 * slow_down (and 5 s more from then on) for a poll inside the interval, expired_token once, then invalid_grant.
 */
export async function deviceGrantHandler({ params, client, context }: GrantRequest): Promise<Answer> {
  const handle = params.get('device_code') ?? '';
  const device = deviceCodes(context.memory).get(handle);
  if (!handle) return auth0Errors.invalidCode;
  if (!device || device.clientId !== client.clientId) return flowErrors.deviceInvalid;
  if (device.expiresAt <= context.now) {
    if (device.expiredReported) return flowErrors.deviceInvalid;
    device.expiredReported = true;
    return flowErrors.deviceExpired;
  }
  const early = device.lastPollAt !== undefined && context.now - device.lastPollAt < device.intervalS * 1000;
  device.lastPollAt = context.now;
  if (early) {
    device.intervalS += 5;
    return flowErrors.deviceSlowDown(device.intervalS);
  }
  const approval = approvals(context.memory).get(handle);
  if (approval?.state === 'denied') {
    deviceCodes(context.memory).delete(handle);
    return flowErrors.deviceDenied;
  }
  if (approval?.state !== 'approved' || !approval.userId) return flowErrors.devicePending;
  deviceCodes(context.memory).delete(handle);
  const issue = {
    ...issueFor(client, context, new Map(device.scope ? [['scope', device.scope]] : [])),
    gty: 'device-code',
  };
  return loginTokens(approval.userId, device.audience ?? context.tenant.defaultAudience, issue, context.memory);
}
