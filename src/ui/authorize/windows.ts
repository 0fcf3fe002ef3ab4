import { handoffChannel, readHandoff } from '../../lib/authorize/handoff';
import type { LoginFrame, LoginWindow, LoginWindows } from '../../state/authorize.svelte';

/** The popup's size: Universal Login fits in it, and it opens over the page rather than as a tab. */
const features = 'popup,width=480,height=720';

/**
 * The browser's side of a login: the popup, the hidden frame of silent authentication, and the messages that
 * bring the answer back (the hand-off over a BroadcastChannel of this origin or from the opener, and the tenant's
 * web messages). Origins are checked here and again by the state.
 */
export function browserWindows(win: Window, frameTitle: string): LoginWindows {
  return {
    popup(url): LoginWindow | undefined {
      const opened = win.open(url, 'auth0-debugger-login', features);
      if (!opened) return undefined;
      return {
        get closed() {
          return opened.closed;
        },
        window: opened,
        close: () => opened.close(),
      };
    },
    frame(url): LoginFrame {
      const frame = win.document.createElement('iframe');
      frame.hidden = true;
      frame.title = frameTitle;
      frame.referrerPolicy = 'no-referrer';
      frame.src = url;
      win.document.body.append(frame);
      return { window: frame.contentWindow, remove: () => frame.remove() };
    },
    listen({ handoff, webMessage }) {
      const own = win.location.origin;
      const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(handoffChannel) : undefined;
      if (channel)
        channel.onmessage = (event: MessageEvent) => {
          const message = readHandoff(event.data);
          if (message?.kind === 'callback')
            handoff(message, () => channel.postMessage({ kind: 'ack', id: message.id }));
        };
      const onMessage = (event: MessageEvent) => {
        if (event.origin === own) {
          const message = readHandoff(event.data);
          const source = event.source;
          if (message?.kind === 'callback' && source && 'postMessage' in source)
            handoff(message, () => (source as Window).postMessage({ kind: 'ack', id: message.id }, own));
          return;
        }
        webMessage(event.origin, event.source, event.data);
      };
      win.addEventListener('message', onMessage);
      return () => {
        channel?.close();
        win.removeEventListener('message', onMessage);
      };
    },
  };
}
