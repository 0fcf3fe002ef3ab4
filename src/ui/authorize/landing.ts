import { isCallback, readParams, withoutCallback, type Callback } from '../../lib/authorize/callback';
import { handoffChannel, readHandoff, type Handoff } from '../../lib/authorize/handoff';
import { keepOrphan } from './orphan';

/** How long the landing page waits for the tab that started the login to say it has the answer. */
const ackTimeoutMs = 1500;

/**
 * This page was loaded as the redirect URI of /authorize (in the popup it opened, or a tab the person opened):
 * read the answer, take it out of the address bar at once, and hand it to the tab that started the login. Returns
 * whether that tab took it; if none did, the answer is kept (in memory) for this page's own /authorize tab to
 * explain.
 */
export async function land(win: Window): Promise<'handed-over' | 'kept' | 'none'> {
  const { pathname, search, hash } = win.location;
  const fromHash = readParams(hash);
  const fromQuery = readParams(search);
  const carrier = isCallback(fromHash) ? 'fragment' : isCallback(fromQuery) ? 'query' : undefined;
  if (!carrier) return 'none';
  const params = carrier === 'fragment' ? fromHash : fromQuery;
  const returnedTo = `${win.location.origin}${pathname}`;
  // Gone from the address bar, and from this history entry, before anything else happens.
  win.history.replaceState(null, '', withoutCallback({ pathname, search, hash }));
  const callback: Callback = { carrier, params, returnedTo };
  const handed = await handOver(win, { kind: 'callback', id: crypto.randomUUID(), carrier, params, returnedTo });
  if (handed) return 'handed-over';
  keepOrphan(callback);
  return 'kept';
}

function handOver(win: Window, message: Extract<Handoff, { kind: 'callback' }>): Promise<boolean> {
  return new Promise((resolve) => {
    const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(handoffChannel) : undefined;
    const opener = openerOf(win);
    const done = (handed: boolean) => {
      clearTimeout(timer);
      channel?.close();
      win.removeEventListener('message', onMessage);
      resolve(handed);
    };
    const acked = (data: unknown) => {
      const reply = readHandoff(data);
      if (reply?.kind === 'ack' && reply.id === message.id) done(true);
    };
    const onMessage = (event: MessageEvent) => {
      if (event.origin === win.location.origin && event.source === opener) acked(event.data);
    };
    const timer = setTimeout(() => done(false), ackTimeoutMs);
    if (channel) channel.onmessage = (event) => acked(event.data);
    win.addEventListener('message', onMessage);
    channel?.postMessage(message);
    // The opener is the second path: a Cross-Origin-Opener-Policy may have cut it on the way back from the tenant.
    try {
      opener?.postMessage(message, win.location.origin);
    } catch {
      // An opener of another origin refuses; the channel carries the answer.
    }
  });
}

function openerOf(win: Window): Window | undefined {
  try {
    return win.opener && win.opener !== win ? (win.opener as Window) : undefined;
  } catch {
    return undefined;
  }
}
