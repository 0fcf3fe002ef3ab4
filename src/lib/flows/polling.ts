/**
 * When to ask /oauth/token again while a user approves elsewhere (device flow, CIBA, MFA push): RFC 8628 §3.4–3.5
 * and OpenID CIBA §11. The clock is passed in, so the schedule is a value that tests drive.
 */
export interface Schedule {
  /** The interval between the end of one poll and the start of the next, in milliseconds. */
  intervalMs: number;
  /** When the next poll is due. */
  nextAt: number;
  /** When the code expires (its expires_in), if the tenant said. */
  expiresAt?: number;
  /** When the last poll was sent. */
  lastSentAt?: number;
  polls: number;
  slowDowns: number;
}

/** RFC 8628 §3.2: 5 seconds when the tenant names no interval; slow_down adds 5 seconds for good (§3.5). */
export const defaultIntervalS = 5;
export const slowDownStepMs = 5000;

/** The schedule as the code's answer set it: the first poll one interval from now. */
export function startSchedule(now: number, intervalS?: number, expiresInS?: number): Schedule {
  const seconds = intervalS !== undefined && Number.isFinite(intervalS) && intervalS > 0 ? intervalS : defaultIntervalS;
  const intervalMs = Math.min(seconds, 3600) * 1000;
  const expires = expiresInS !== undefined && Number.isFinite(expiresInS) && expiresInS > 0 ? expiresInS : undefined;
  return {
    intervalMs,
    nextAt: now + intervalMs,
    ...(expires !== undefined ? { expiresAt: now + expires * 1000 } : {}),
    polls: 0,
    slowDowns: 0,
  };
}

/** What one poll's answer means for the flow. */
export type PollOutcome = 'pending' | 'slow_down' | 'token' | 'expired' | 'denied' | 'failed';

/** Read a poll's answer: the polling states are flow states, not failures (RFC 8628 §3.5). */
export function pollOutcome(status: number | undefined, json: unknown): PollOutcome {
  const error =
    typeof json === 'object' && json !== null && 'error' in json && typeof json.error === 'string'
      ? json.error
      : undefined;
  if (error === 'authorization_pending') return 'pending';
  if (error === 'slow_down') return 'slow_down';
  if (error === 'expired_token') return 'expired';
  if (error === 'access_denied') return 'denied';
  if (!error && status !== undefined && status >= 200 && status < 300) return 'token';
  return 'failed';
}

/** A poll was sent now. */
export function sent(schedule: Schedule, now: number): Schedule {
  return { ...schedule, lastSentAt: now, polls: schedule.polls + 1 };
}

/**
 * The schedule after an answer: the next poll one interval after the answer arrived (Auth0 counts from the last
 * response), 5 seconds more from now on after slow_down. Terminal outcomes leave it as it was.
 */
export function answered(schedule: Schedule, outcome: PollOutcome, now: number): Schedule {
  if (outcome === 'slow_down') {
    const intervalMs = schedule.intervalMs + slowDownStepMs;
    return { ...schedule, intervalMs, nextAt: now + intervalMs, slowDowns: schedule.slowDowns + 1 };
  }
  if (outcome === 'pending') return { ...schedule, nextAt: now + schedule.intervalMs };
  return schedule;
}

/** Whether a poll sent now comes before the interval since the last one has passed (a schedule violated). */
export function isEarly(schedule: Schedule, now: number): boolean {
  return schedule.lastSentAt !== undefined && now < schedule.nextAt;
}

/** How long a hidden page may keep polling before the page stops it (nobody is watching the countdown). */
export const hiddenLimitMs = 5 * 60_000;

export type PollWait =
  { kind: 'wait'; inMs: number } | { kind: 'due' } | { kind: 'expired' } | { kind: 'hidden'; forMs: number };

/** What to do now: wait, poll, or stop because the code expired or the page was hidden for long. */
export function nextStep(schedule: Schedule, now: number, hiddenSince?: number): PollWait {
  if (schedule.expiresAt !== undefined && now >= schedule.expiresAt) return { kind: 'expired' };
  if (hiddenSince !== undefined && now - hiddenSince >= hiddenLimitMs)
    return { kind: 'hidden', forMs: now - hiddenSince };
  return now >= schedule.nextAt ? { kind: 'due' } : { kind: 'wait', inMs: schedule.nextAt - now };
}

/** Whole seconds left, rounded up, for a countdown. */
export const secondsLeft = (ms: number): number => Math.max(0, Math.ceil(ms / 1000));
