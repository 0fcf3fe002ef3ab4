import type { Diagnosis } from '../../lib/diagnose';
import type { Exchange } from '../../lib/exchange';
import type { PollOutcome, Schedule } from '../../lib/flows/polling';
import { flowDiagnoses } from '../../lib/text/flows-diagnoses';

type Polling = typeof import('../../lib/flows/polling');
/** One poll's answer, and how to list it among the attempts. */
export interface PollAnswer {
  exchange: Exchange;
  record: () => void;
}

export type PollStatus = 'idle' | 'waiting' | 'polling' | PollOutcome | 'stopped' | 'hidden';

/**
 * Polls /oauth/token while a user approves elsewhere: at the tenant's interval, 5 s more after slow_down, until a
 * token, expired_token or access_denied; it stops when the code expires, when the page stays hidden for long, or
 * on Stop. A countdown ticks each second. Repeated answers are recorded once (the attempt list stays readable).
 */
export class Poller {
  schedule = $state.raw<Schedule | undefined>();
  status = $state<PollStatus>('idle');
  now = $state(Date.now());
  /** What the page saw itself: a poll inside the interval, the code expiring, the page hidden. */
  finding = $state.raw<Diagnosis | undefined>();
  #poll: () => Promise<PollAnswer> = () => Promise.reject(new Error('not started'));
  #polling: Polling;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #ticker: ReturnType<typeof setInterval> | undefined;
  #hiddenSince: number | undefined;
  #last: PollOutcome | undefined;
  #run = 0;

  constructor(polling: Polling) {
    this.#polling = polling;
  }

  get active(): boolean {
    return this.status === 'waiting' || this.status === 'polling';
  }

  /** Start polling with what the code's answer said; `poll` sends one token request. */
  start(intervalS: number | undefined, expiresInS: number | undefined, poll: () => Promise<PollAnswer>): void {
    this.stop('idle');
    this.#poll = poll;
    this.#last = undefined;
    this.finding = undefined;
    this.schedule = this.#polling.startSchedule(Date.now(), intervalS, expiresInS);
    this.#resume();
  }

  /** Poll again after a stop, with the schedule as it was (the code may still be valid). */
  resume(): void {
    if (!this.schedule || this.active) return;
    this.finding = undefined;
    this.schedule = { ...this.schedule, nextAt: Date.now() + this.schedule.intervalMs };
    this.#resume();
  }

  #resume(): void {
    const run = ++this.#run;
    this.now = Date.now();
    this.status = 'waiting';
    this.#ticker = setInterval(() => this.#tick(run), 1000);
    this.#arm(run);
  }

  /** Poll at once, whatever the countdown says (the tenant may answer slow_down, and the page says why). */
  pollNow(): void {
    if (this.status === 'waiting') void this.#fire(this.#run);
  }

  stop(status: PollStatus = 'stopped'): void {
    this.#run++;
    clearTimeout(this.#timer);
    clearInterval(this.#ticker);
    if (this.active || status === 'idle') this.status = status;
    if (status === 'idle') this.schedule = undefined;
  }

  /** The page went to the background or came back: polling hidden for long stops (nobody watches it). */
  setHidden(hidden: boolean): void {
    this.#hiddenSince = hidden ? (this.#hiddenSince ?? Date.now()) : undefined;
    if (!hidden) this.#tick(this.#run);
  }

  #arm(run: number): void {
    clearTimeout(this.#timer);
    if (!this.schedule) return;
    this.#timer = setTimeout(() => this.#tick(run), Math.max(0, this.schedule.nextAt - Date.now()));
  }

  #tick(run: number): void {
    if (run !== this.#run || !this.schedule || this.status !== 'waiting') return;
    this.now = Date.now();
    const next = this.#polling.nextStep(this.schedule, this.now, this.#hiddenSince);
    if (next.kind === 'expired') {
      this.finding = { id: 'flow.expired-here', severity: 'info', ...flowDiagnoses.expiredHere() };
      this.stop('expired');
    } else if (next.kind === 'hidden') {
      this.finding = {
        id: 'flow.hidden-stopped',
        severity: 'info',
        ...flowDiagnoses.hiddenStopped(Math.round(next.forMs / 60_000)),
      };
      this.stop('hidden');
    } else if (next.kind === 'due') void this.#fire(run);
  }

  async #fire(run: number): Promise<void> {
    const schedule = this.schedule;
    if (!schedule || run !== this.#run) return;
    const sentAt = Date.now();
    const early = this.#polling.isEarly(schedule, sentAt);
    const since = schedule.lastSentAt;
    this.status = 'polling';
    this.schedule = this.#polling.sent(schedule, sentAt);
    clearTimeout(this.#timer);
    const { exchange, record } = await this.#poll();
    if (run !== this.#run) return;
    const outcome = this.#polling.pollOutcome(exchange.status, exchange.json);
    // A poll answering as the one before it is counted, not listed again.
    if (outcome !== this.#last || (outcome !== 'pending' && outcome !== 'slow_down')) record();
    this.now = Date.now();
    this.schedule = this.#polling.answered(this.schedule, outcome, this.now);
    if (outcome === 'slow_down' && early && since !== undefined)
      this.finding = {
        id: 'flow.polled-too-soon',
        severity: 'warning',
        ...flowDiagnoses.polledTooSoon(Math.round((sentAt - since) / 1000), schedule.intervalMs / 1000),
      };
    this.#last = outcome;
    if (outcome === 'pending' || outcome === 'slow_down') {
      this.status = 'waiting';
      this.#arm(run);
    } else this.stop(outcome);
  }
}
