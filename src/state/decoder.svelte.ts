import { createContext } from 'svelte';
import type { AnalysisLoader } from './analysis.svelte';
import type { ClockState } from './clock.svelte';

/** The paste-a-token decoder: the text typed, and everything derived from it. Held in memory only. */
export class DecoderState {
  input = $state('');
  #clock: ClockState;
  #analysis: AnalysisLoader;

  constructor(clock: ClockState, analysis: AnalysisLoader) {
    this.#clock = clock;
    this.#analysis = analysis;
  }

  /** Undefined only in the moment before the analysis chunk arrives. A clock tick never decodes again. */
  readonly result = $derived.by(() => this.#analysis.module?.decodeInput(this.input));
  readonly tokens = $derived.by(() => {
    const analysis = this.#analysis.module;
    if (!analysis || !this.result?.ok) return [];
    return this.result.value.tokens.map((view) => analysis.viewAt(view, { now: this.#clock.now }));
  });
}

export const [getDecoder, setDecoder] = createContext<DecoderState>();
