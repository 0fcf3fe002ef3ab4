import * as z from 'zod/mini';

/**
 * How the page that lands on the redirect URI (the popup, or a tab the person opened) hands the answer of
 * /authorize to the tab that started the login: over a BroadcastChannel of this origin (it survives a
 * Cross-Origin-Opener-Policy that cuts the popup from its opener), and as a postMessage to the opener, checked
 * against this origin. Nothing is written anywhere; the answer exists in these messages and in memory only.
 */
export const handoffChannel = 'auth0-token-debugger/authorize';

export type Handoff =
  | { kind: 'callback'; id: string; carrier: 'query' | 'fragment'; params: Record<string, string>; returnedTo: string }
  | { kind: 'ack'; id: string };

const handoffSchema = z.union([
  z.object({
    kind: z.literal('callback'),
    id: z.string().check(z.maxLength(100)),
    carrier: z.enum(['query', 'fragment']),
    params: z.record(z.string().check(z.maxLength(100)), z.string().check(z.maxLength(65536))),
    returnedTo: z.string().check(z.maxLength(4096)),
  }),
  z.object({ kind: z.literal('ack'), id: z.string().check(z.maxLength(100)) }),
]);

/** A message of the hand-off, or undefined for anything else (the tenant's web messages, other tabs' noise). */
export function readHandoff(data: unknown): Handoff | undefined {
  const parsed = handoffSchema.safeParse(data);
  return parsed.success ? parsed.data : undefined;
}
