import { flowErrors } from './flow-errors';
import { memorySlot } from './memory';
import { loginTokens } from './refresh';
import { answerStep, shortId } from './step';
import { issueFor, type Answer, type GrantRequest } from './token';
import { numericCode, outbox } from './user-side';
import type { Route } from './types';

interface PendingCode {
  code: string;
  expiresAt: number;
  attempts: number;
}

/** Codes sent and not yet used, by connection and address; a code lives 3 minutes, 3 wrong tries end it. */
const codes = memorySlot(() => new Map<string, PendingCode>());
/** The passwordless users, made on their first login as Auth0 does: address → user id. */
const users = memorySlot(() => new Map<string, string>());
const codeLifetimeMs = 180_000;
const maxAttempts = 3;
const allowed = new Set([
  'client_id',
  'client_secret',
  'client_assertion',
  'client_assertion_type',
  'connection',
  'email',
  'phone_number',
  'send',
  'authParams',
]);

/** POST /passwordless/start: validate as Auth0 does, then "send" the code (to the user side's outbox). */
export const passwordlessStartRoute: Route = (context) =>
  answerStep(context, flowErrors.clientIdMissing, ({ params }) => {
    const extra = [...params.keys()].filter((name) => !allowed.has(name));
    if (extra.length) return flowErrors.notAllowed(extra.join(', '));
    const connection = params.get('connection');
    if (!connection) return flowErrors.connectionMissing;
    if ((connection !== 'email' && connection !== 'sms') || !context.tenant.connections.includes(connection))
      return flowErrors.connectionNotFound;
    const to = connection === 'email' ? (params.get('email') ?? '') : (params.get('phone_number') ?? '');
    if (connection === 'sms' && !to) return flowErrors.phoneMissing;
    if (connection === 'sms' && !/^\+[0-9]{1,15}$/.test(to)) return flowErrors.badPhone;
    if (connection === 'email' && !/^[^\s@]+@[^\s@.]+(?:\.[^\s@.]+)+$/.test(to)) return flowErrors.badEmail(to);
    const code = numericCode();
    const send = params.get('send') === 'link' ? 'link' : 'code';
    codes(context.memory).set(`${connection}:${to}`, { code, expiresAt: context.now + codeLifetimeMs, attempts: 0 });
    outbox(context.memory).push({
      to,
      channel: connection,
      code,
      at: context.now,
      ...(send === 'link'
        ? { link: `${context.tenant.origin}/passwordless/verify_redirect?verification_code=${code}` }
        : {}),
    });
    const id = shortId('');
    return connection === 'email'
      ? [200, { _id: id, email: to, email_verified: false }]
      : [200, { _id: id, phone_number: to, phone_verified: false, request_language: null }];
  });

/** grant_type=http://auth0.com/oauth/grant-type/passwordless/otp: the code sent, once, within its lifetime. */
export async function passwordlessGrant({ params, client, context }: GrantRequest): Promise<Answer> {
  const realm = params.get('realm') ?? '';
  const to = params.get('username') ?? '';
  const wrong = realm === 'sms' ? flowErrors.wrongPhoneCode : flowErrors.wrongEmailCode;
  const pending = codes(context.memory).get(`${realm}:${to}`);
  if (!pending || pending.expiresAt < context.now) return wrong;
  if (pending.code !== params.get('otp')) {
    pending.attempts += 1;
    if (pending.attempts >= maxAttempts) {
      codes(context.memory).delete(`${realm}:${to}`);
      return flowErrors.maxAttempts;
    }
    return wrong;
  }
  codes(context.memory).delete(`${realm}:${to}`);
  const known = users(context.memory);
  const userId = known.get(`${realm}:${to}`) ?? shortId(`${realm}|`);
  known.set(`${realm}:${to}`, userId);
  const issue = { ...issueFor(client, context, params), gty: 'passwordless' };
  return loginTokens(userId, params.get('audience') ?? context.tenant.defaultAudience, issue, context.memory);
}
