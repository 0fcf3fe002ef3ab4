/** How often relative times ("expires in 3 minutes") are brought up to date. */
const tickMs = 15_000;

/** The page's one clock: the core never reads the time, it is handed `now` from here. */
export class ClockState {
  now = $state(Date.now());

  /** Bring `now` up to date at once, e.g. when a fresh token arrives. */
  tick(): void {
    this.now = Date.now();
  }

  /** Keep `now` current while the page is open; returns the stop function for `$effect`. */
  start(): () => void {
    const timer = setInterval(() => this.tick(), tickMs);
    return () => clearInterval(timer);
  }
}
