import type { Callback } from '../../lib/authorize/callback';

/**
 * An answer of /authorize that landed on this page when no open tab of it was waiting for one (the page was
 * reloaded, or the tab that started the login is gone). Held in memory until the /authorize tab takes it, to say
 * so; nothing more can be done with it.
 */
let orphan: Callback | undefined;

export function keepOrphan(callback: Callback): void {
  orphan = callback;
}

export function hasOrphan(): boolean {
  return orphan !== undefined;
}

export function takeOrphan(): Callback | undefined {
  const taken = orphan;
  orphan = undefined;
  return taken;
}
