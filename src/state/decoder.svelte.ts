import { createContext } from 'svelte';
import type { AnalysisLoader } from './analysis.svelte';
import type { ClockState } from './clock.svelte';

/** The paste-a-token decoder: the text typed, and everything derived from it. Held in memory only. */
/** Laying out a text box with more than this many characters takes the browser hundreds of milliseconds. */
const largeChars = 100_000;

export class DecoderState {
  input = $state('');
  /** A paste too big to lay out in a text box: decoded, but not shown in the box. */
  large = $state(false);
  #clock: ClockState;
  #analysis: AnalysisLoader;

  constructor(clock: ClockState, analysis: AnalysisLoader) {
    this.#clock = clock;
    this.#analysis = analysis;
  }

  /** Take pasted text whole; past `largeChars` the text box stays empty to keep the page responsive. */
  paste(text: string): void {
    this.input = text;
    this.large = text.length > largeChars;
  }

  type(text: string): void {
    this.input = text;
    this.large = false;
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
