import type { Exchange } from '../../lib/exchange';
import type { StepCurl } from './runner.svelte';

/** A step's state on screen: its curl, its last exchange, and whether its answer must be pasted back. */
export class StepView {
  curl = $state.raw<StepCurl | undefined>();
  exchange = $state.raw<Exchange | undefined>();
  pasteError = $state<string | undefined>();
  /** The browser could not read the answer: the curl and a paste box take over. */
  readonly blocked = $derived(this.exchange !== undefined && this.exchange.state !== 'http');
}
