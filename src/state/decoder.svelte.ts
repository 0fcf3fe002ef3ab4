import { boxChars } from '../lib/bounds';
import type { AnalysisLoader } from './analysis.svelte';
import type { ClockState } from './clock.svelte';

/** The paste-a-token decoder: the text typed, and everything derived from it. Held in memory only. */
export class DecoderState {
  #input = $state('');
  #clock: ClockState;
  #analysis: AnalysisLoader;

  constructor(clock: ClockState, analysis: AnalysisLoader) {
    this.#clock = clock;
    this.#analysis = analysis;
  }

  get input(): string {
    return this.#input;
  }

  /**
   * Text too big to lay out in a text box (over `boxChars`): decoded, but not shown in the box. Derived from the
   * text, so a link's `#token=` or a paste into a box already holding text is bounded the same way as a paste.
   */
  readonly large = $derived(this.#input.length > boxChars);

  /** Take the text whole, typed or pasted; past `boxChars` the text box shows a summary instead. */
  set(text: string): void {
    this.#clock.tick();
    this.#input = text;
  }

  clear(): void {
    this.#input = '';
  }

  /** Undefined only until the decoding part arrives (asked for when a box is pointed at, focused or pasted into). A
   * clock tick never decodes again. */
  readonly result = $derived.by(() => this.#analysis.decode?.decodeInput(this.#input));
  readonly tokens = $derived.by(() => {
    const decode = this.#analysis.decode;
    if (!decode || !this.result?.ok) return [];
    return this.result.value.tokens.map((view) => decode.viewAt(view, { now: this.#clock.now }));
  });
}
