import { flowErrors } from './flow-errors';
import { bearerToken, corsHeaders, json } from './http';
import { memorySlot, randomHandle, type TenantMemory } from './memory';
import { loginTokens } from './refresh';
import { answerStep, shortId } from './step';
import { totpMatches, newSecret } from './totp';
import { issueFor, type Answer, type GrantRequest, type Issue } from './token';
import { approvals, numericCode, outbox } from './user-side';
import type { EmulatedAuthenticator, EmulatedUser, Route, TenantContext } from './types';

/** A login waiting for its second factor: what the mfa_token stands for (10 minutes, as Auth0's). */
interface MfaTransaction {
  userId: string;
  clientId: string;
  audience?: string;
  scope?: string;
  gty?: string;
  expiresAt: number;
}

/** An out-of-band challenge: a push to approve, or a code sent by SMS or email (the binding code). */
interface OobChallenge {
  mfaToken: string;
  authenticatorId: string;
  bindingCode?: string;
  /** For a push: the handle of the approval on the user's side. */
  approval?: string;
  lastPollAt?: number;
  intervalS: number;
}

const transactions = memorySlot(() => new Map<string, MfaTransaction>());
const challenges = memorySlot(() => new Map<string, OobChallenge>());
/** Authenticators enrolled through /mfa/associate: pending until the first grant that uses one succeeds. */
const enrolled = memorySlot(() => new Map<string, (EmulatedAuthenticator & { active: boolean })[]>());
const mfaTokenLifetimeMs = 600_000;

function authenticatorsOf(memory: TenantMemory, user: Pick<EmulatedUser, 'userId' | 'authenticators'>) {
  return [
    ...(user.authenticators ?? []).map((item) => ({ ...item, active: true })),
    ...(enrolled(memory).get(user.userId) ?? []),
  ];
}

const requirementType = (item: EmulatedAuthenticator) =>
  item.type === 'otp'
    ? 'otp'
    : item.oobChannel === 'sms'
      ? 'phone'
      : item.oobChannel === 'email'
        ? 'email'
        : 'push-notification';

/**
 * The end of a user login: with Require Multi-factor Auth on, an mfa_required answer carrying the mfa_token (and
 * what the user can be challenged with, or must enrol); otherwise the tokens.
 */
export function finishLogin(user: EmulatedUser, audience: string | undefined, issue: Issue, context: TenantContext) {
  if (context.tenant.mfa !== 'always') return loginTokens(user.userId, audience, issue, context.memory);
  const mfaToken = randomHandle(32);
  transactions(context.memory).set(mfaToken, {
    userId: user.userId,
    clientId: issue.client.clientId,
    ...(audience ? { audience } : {}),
    ...(issue.scope ? { scope: issue.scope } : {}),
    ...(issue.gty ? { gty: issue.gty } : {}),
    expiresAt: context.now + mfaTokenLifetimeMs,
  });
  const active = authenticatorsOf(context.memory, user).filter((item) => item.active);
  const requirements = active.length
    ? { challenge: [...new Set(active.map(requirementType))].map((type) => ({ type })) }
    : { enroll: [{ type: 'otp' }, { type: 'phone' }, { type: 'push-notification' }] };
  return Promise.resolve(flowErrors.mfaRequired(mfaToken, requirements));
}

function transaction(context: TenantContext, mfaToken: string | undefined) {
  const found = mfaToken ? transactions(context.memory).get(mfaToken) : undefined;
  return found && found.expiresAt > context.now ? found : undefined;
}

const userOf = (context: TenantContext, userId: string) =>
  context.tenant.users.find((user) => user.userId === userId) ?? { userId };

/** GET /mfa/authenticators, with the mfa_token as bearer: the user's factors. */
export const authenticatorsRoute: Route = (context) => {
  const found = transaction(context, bearerToken(context.request.headers.authorization));
  const clients = context.tenant.clients.filter((client) => !found || client.clientId === found.clientId);
  const cors = corsHeaders(context.request.headers.origin, clients);
  if (!found) return json(...flowErrors.mfaApiInvalidToken, cors);
  const list = authenticatorsOf(context.memory, userOf(context, found.userId)).map((item) => ({
    id: item.id,
    authenticator_type: item.type,
    active: item.active,
    ...(item.oobChannel ? { oob_channel: item.oobChannel } : {}),
    ...(item.to ? { name: item.to } : {}),
  }));
  return json(200, list, cors);
};

/** POST /mfa/challenge: an OTP prompt, or an out-of-band challenge (push, SMS, email) with its oob_code. */
export const challengeRoute: Route = (context) =>
  answerStep(context, flowErrors.clientIdMissing, ({ params }) => {
    const mfaToken = params.get('mfa_token');
    if (!mfaToken) return flowErrors.mfaChallengeMissingToken;
    const found = transaction(context, mfaToken);
    if (!found) return flowErrors.mfaTokenMalformed;
    const types = (params.get('challenge_type') ?? 'otp oob').split(' ');
    const all = authenticatorsOf(context.memory, userOf(context, found.userId));
    const id = params.get('authenticator_id');
    const candidates = id ? all.filter((item) => item.id === id) : all;
    if (id && !candidates.length) return flowErrors.authenticatorNotFound;
    if (!types.every((type) => type === 'otp' || type === 'oob')) return flowErrors.unsupportedChallenge;
    const oob = types.includes('oob') ? candidates.find((item) => item.type === 'oob') : undefined;
    if (oob) return [200, startOob(context, mfaToken, oob, found.userId)];
    if (types.includes('otp') && candidates.some((item) => item.type === 'otp'))
      return [200, { challenge_type: 'otp' }];
    return flowErrors.notEnrolled;
  });

function startOob(context: TenantContext, mfaToken: string, item: EmulatedAuthenticator, userId: string) {
  const oobCode = randomHandle(24);
  const challenge: OobChallenge = {
    mfaToken,
    authenticatorId: item.id,
    intervalS: context.tenant.pollingIntervalS ?? 5,
  };
  if (item.oobChannel === 'sms' || item.oobChannel === 'email') {
    challenge.bindingCode = numericCode();
    outbox(context.memory).push({
      to: item.to ?? '',
      channel: item.oobChannel,
      code: challenge.bindingCode,
      at: context.now,
    });
  } else {
    challenge.approval = oobCode;
    approvals(context.memory).set(oobCode, {
      kind: 'push',
      shown: userId,
      handle: oobCode,
      state: 'pending',
      userId,
      expiresAt: context.now + 300_000,
    });
  }
  challenges(context.memory).set(oobCode, challenge);
  return { challenge_type: 'oob', oob_code: oobCode, ...(challenge.bindingCode ? { binding_method: 'prompt' } : {}) };
}

/** POST /mfa/associate, with the mfa_token as bearer: enrol an OTP app, or SMS / email / push. */
export const associateRoute: Route = (context) =>
  answerStep(context, flowErrors.clientIdMissing, ({ params }) => {
    const mfaToken = bearerToken(context.request.headers.authorization);
    const found = transaction(context, mfaToken);
    if (!found || !mfaToken) return flowErrors.associateTokenInvalid;
    const user = userOf(context, found.userId);
    if (authenticatorsOf(context.memory, user).some((item) => item.active)) return flowErrors.alreadyEnrolled;
    const types = list(params.get('authenticator_types'));
    const [channel] = list(params.get('oob_channels'));
    const recoveryCodes = [numericCode(24)];
    const pending = enrolled(context.memory).get(found.userId) ?? [];
    enrolled(context.memory).set(found.userId, pending);
    if (types[0] === 'otp') {
      const secret = newSecret();
      pending.push({ id: shortId('totp|dev_'), type: 'otp', secret, active: false });
      const label = encodeURIComponent(`${new URL(context.tenant.origin).hostname}:${found.userId}`);
      return [
        200,
        {
          authenticator_type: 'otp',
          secret,
          barcode_uri: `otpauth://totp/${label}?secret=${secret}&issuer=${encodeURIComponent(new URL(context.tenant.origin).hostname)}`,
          recovery_codes: recoveryCodes,
        },
      ];
    }
    if (types[0] !== 'oob' || (channel !== 'sms' && channel !== 'email' && channel !== 'auth0'))
      return flowErrors.badEnrolment;
    const to = channel === 'sms' ? params.get('phone_number') : channel === 'email' ? params.get('email') : undefined;
    if (channel === 'sms' && !/^\+[0-9]{6,15}$/.test(to ?? '')) return flowErrors.invalidPhone;
    const item: EmulatedAuthenticator = {
      id: shortId(`${channel === 'auth0' ? 'push' : channel}|dev_`),
      type: 'oob',
      oobChannel: channel,
      ...(to ? { to } : {}),
    };
    pending.push({ ...item, active: false });
    const started = startOob(context, mfaToken, item, found.userId);
    return [200, { authenticator_type: 'oob', oob_channel: channel, ...started, recovery_codes: recoveryCodes }];
  });

/** A JSON list as readBody gives it (stringified), or a single value. */
function list(value: string | undefined): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed.map(String) : [value];
  } catch {
    return [value];
  }
}

function activate(memory: TenantMemory, userId: string, authenticatorId: string): void {
  const item = enrolled(memory)
    .get(userId)
    ?.find((candidate) => candidate.id === authenticatorId);
  if (item) item.active = true;
}

function tokensAfterMfa(request: GrantRequest, found: MfaTransaction, mfaToken: string): Promise<Answer> {
  const { client, context } = request;
  transactions(context.memory).delete(mfaToken);
  const issue: Issue = {
    ...issueFor(client, context, new Map(found.scope ? [['scope', found.scope]] : [])),
    ...(found.gty ? { gty: found.gty } : {}),
  };
  return loginTokens(found.userId, found.audience, issue, context.memory);
}

/** grant_type=http://auth0.com/oauth/grant-type/mfa-otp: the code of the user's OTP app. */
export async function mfaOtpGrant(request: GrantRequest): Promise<Answer> {
  const { params, context } = request;
  const mfaToken = params.get('mfa_token') ?? '';
  const found = transaction(context, mfaToken);
  if (!found || found.clientId !== request.client.clientId) return flowErrors.mfaTokenMalformed;
  const otp = params.get('otp') ?? '';
  for (const item of authenticatorsOf(context.memory, userOf(context, found.userId))) {
    if (item.type === 'otp' && item.secret && (await totpMatches(item.secret, otp, context.now))) {
      activate(context.memory, found.userId, item.id);
      return tokensAfterMfa(request, found, mfaToken);
    }
  }
  return flowErrors.invalidOtp;
}

/** grant_type=http://auth0.com/oauth/grant-type/mfa-oob: poll a push, or send the code an SMS or email carried. */
export async function mfaOobGrant(request: GrantRequest): Promise<Answer> {
  const { params, context } = request;
  const mfaToken = params.get('mfa_token') ?? '';
  const found = transaction(context, mfaToken);
  if (!found || found.clientId !== request.client.clientId) return flowErrors.mfaTokenMalformed;
  const challenge = challenges(context.memory).get(params.get('oob_code') ?? '');
  if (!challenge || challenge.mfaToken !== mfaToken) return flowErrors.invalidOobCode;
  if (challenge.bindingCode !== undefined) {
    if (params.get('binding_code') !== challenge.bindingCode) return flowErrors.invalidBindingCode;
  } else {
    const approval = approvals(context.memory).get(challenge.approval ?? '');
    const early = challenge.lastPollAt !== undefined && context.now - challenge.lastPollAt < challenge.intervalS * 1000;
    challenge.lastPollAt = context.now;
    if (approval?.state === 'denied') return flowErrors.oobRejected;
    if (approval?.state !== 'approved') {
      if (early) {
        challenge.intervalS += 5;
        return flowErrors.deviceSlowDown(challenge.intervalS);
      }
      return flowErrors.oobPending;
    }
  }
  challenges(context.memory).delete(params.get('oob_code') ?? '');
  activate(context.memory, found.userId, challenge.authenticatorId);
  return tokensAfterMfa(request, found, mfaToken);
}
