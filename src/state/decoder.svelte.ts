import { createContext } from 'svelte';
import { decodeInput, viewAt } from '../lib/token/inspect';
import type { ClockState } from './clock.svelte';

/** The paste-a-token decoder: the text typed, and everything derived from it. Held in memory only. */
export class DecoderState {
  input = $state('');
  #clock: ClockState;

  constructor(clock: ClockState) {
    this.#clock = clock;
  }

  /** Decoding depends on the text alone, so a clock tick never decodes again. */
  readonly result = $derived(decodeInput(this.input));
  readonly tokens = $derived(
    this.result.ok ? this.result.value.tokens.map((view) => viewAt(view, { now: this.#clock.now })) : [],
  );
}

export const [getDecoder, setDecoder] = createContext<DecoderState>();
