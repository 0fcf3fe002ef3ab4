import { flowErrors } from './flow-errors';
import { memorySlot, randomHandle } from './memory';
import { loginTokens } from './refresh';
import { answerStep } from './step';
import { issueFor, type Answer, type GrantRequest } from './token';
import { approvals } from './user-side';
import type { Route } from './types';

const lifetimeS = 300;

interface BackchannelRequest {
  clientId: string;
  userId: string;
  scope?: string;
  audience?: string;
  expiresAt: number;
  intervalS: number;
  lastPollAt?: number;
}

const requests = memorySlot(() => new Map<string, BackchannelRequest>());

/** The user a login_hint names: Auth0 takes `{"format":"iss_sub","iss":"https://TENANT/","sub":"USER_ID"}`. */
function hintedUser(hint: string | undefined, issuer: string): string | 'format' | undefined {
  let value: unknown;
  try {
    value = JSON.parse(hint ?? '');
  } catch {
    return 'format';
  }
  if (typeof value !== 'object' || value === null) return 'format';
  const { format, iss, sub } = value as Record<string, unknown>;
  if (format !== 'iss_sub' || iss !== issuer || typeof sub !== 'string') return 'format';
  return sub;
}

/** POST /bc-authorize: start a backchannel login the user approves on their own device (OpenID CIBA). */
export const bcAuthorizeRoute: Route = (context) =>
  answerStep(context, flowErrors.clientIdMissing, ({ params, client }) => {
    const hinted = hintedUser(params.get('login_hint'), `${context.tenant.origin}/`);
    if (hinted === 'format') return flowErrors.cibaHintFormat;
    if (!hinted || !context.tenant.users.some((user) => user.userId === hinted)) return flowErrors.cibaUnknownUser;
    const binding = params.get('binding_message');
    if (!binding) return flowErrors.cibaBindingRequired;
    const authReqId = randomHandle(32);
    const intervalS = context.tenant.pollingIntervalS ?? 5;
    const scope = params.get('scope');
    const audience = params.get('audience');
    requests(context.memory).set(authReqId, {
      clientId: client.clientId,
      userId: hinted,
      ...(scope ? { scope } : {}),
      ...(audience ? { audience } : {}),
      expiresAt: context.now + lifetimeS * 1000,
      intervalS,
    });
    approvals(context.memory).set(authReqId, {
      kind: 'ciba',
      shown: binding,
      handle: authReqId,
      state: 'pending',
      userId: hinted,
      expiresAt: context.now + lifetimeS * 1000,
    });
    return [200, { auth_req_id: authReqId, expires_in: lifetimeS, interval: intervalS }];
  });

/** grant_type=urn:openid:params:grant-type:ciba: pending, slow_down, denied (or expired), or the tokens. */
export async function cibaGrant({ params, client, context }: GrantRequest): Promise<Answer> {
  const handle = params.get('auth_req_id') ?? '';
  const pending = requests(context.memory).get(handle);
  if (!pending || pending.clientId !== client.clientId) return flowErrors.cibaInvalid;
  const approval = approvals(context.memory).get(handle);
  if (pending.expiresAt <= context.now || approval?.state === 'denied') {
    requests(context.memory).delete(handle);
    return flowErrors.cibaDenied;
  }
  const early = pending.lastPollAt !== undefined && context.now - pending.lastPollAt < pending.intervalS * 1000;
  pending.lastPollAt = context.now;
  if (early) {
    pending.intervalS += 5;
    return flowErrors.cibaSlowDown;
  }
  if (approval?.state !== 'approved') return flowErrors.cibaPending;
  requests(context.memory).delete(handle);
  const issue = { ...issueFor(client, context, new Map(pending.scope ? [['scope', pending.scope]] : [])), gty: 'ciba' };
  return loginTokens(pending.userId, pending.audience ?? context.tenant.defaultAudience, issue, context.memory);
}
