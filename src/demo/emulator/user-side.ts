import { memorySlot, type TenantMemory } from './memory';

/**
 * What reaches the user outside the page: the emails and text messages the tenant sends (codes, links), and the
 * requests waiting for the user's approval on another device (a device code, a CIBA request, a Guardian push).
 * Tests and the demo play the user through these.
 */
export interface SentMessage {
  to: string;
  channel: 'email' | 'sms';
  code: string;
  link?: string;
  at: number;
}

export type Approval = 'pending' | 'approved' | 'denied';

export interface WaitingApproval {
  kind: 'device' | 'ciba' | 'push';
  /** What the user sees: the user code, the binding message, the app name. */
  shown: string;
  handle: string;
  state: Approval;
  /** The user who approves (for a device code: set when approved). */
  userId?: string;
  expiresAt: number;
}

export const outbox = memorySlot<SentMessage[]>(() => []);
export const approvals = memorySlot(() => new Map<string, WaitingApproval>());

/** The last code sent to an address (the test or the demo reading the user's inbox). */
export function lastCode(memory: TenantMemory, to: string): string | undefined {
  return outbox(memory)
    .filter((message) => message.to === to)
    .at(-1)?.code;
}

/** The user acts on a waiting request: approve (as `userId` for a device code) or deny. */
export function decide(memory: TenantMemory, handle: string, approve: boolean, userId?: string): boolean {
  const waiting = approvals(memory).get(handle);
  if (!waiting || waiting.state !== 'pending') return false;
  waiting.state = approve ? 'approved' : 'denied';
  if (userId) waiting.userId = userId;
  return true;
}

/** The requests waiting for the user, newest first. */
export function waiting(memory: TenantMemory, now: number): WaitingApproval[] {
  return [...approvals(memory).values()].filter((item) => item.state === 'pending' && item.expiresAt > now).reverse();
}

/** A numeric code of `digits` digits, as emails and text messages carry. */
export function numericCode(digits = 6): string {
  return [...crypto.getRandomValues(new Uint8Array(digits))].map((byte) => String(byte % 10)).join('');
}
