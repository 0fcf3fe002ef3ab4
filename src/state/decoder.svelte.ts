import { createContext } from 'svelte';
import { decodeInput, viewAt } from '../lib/token/inspect';

/** How often relative times ("expires in 3 minutes") are brought up to date. */
const tickMs = 15_000;

/** The paste-a-token decoder: the text typed, and everything derived from it. Held in memory only. */
export class DecoderState {
  input = $state('');
  now = $state(Date.now());

  /** Decoding depends on the text alone, so a clock tick never decodes again. */
  readonly result = $derived(decodeInput(this.input));
  readonly tokens = $derived(
    this.result.ok ? this.result.value.tokens.map((view) => viewAt(view, { now: this.now })) : [],
  );

  /** Keep relative times current while the page is open; returns the stop function for `$effect`. */
  startClock(): () => void {
    const timer = setInterval(() => (this.now = Date.now()), tickMs);
    return () => clearInterval(timer);
  }
}

export const [getDecoder, setDecoder] = createContext<DecoderState>();
