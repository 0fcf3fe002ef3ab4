import * as flows from '../../lib/flows/index';
import type { AnalysisLoader } from '../../state/analysis.svelte';
import { FlowsState } from '../../state/flows/flows.svelte';
import type { SessionState } from '../../state/session.svelte';

const made = new WeakMap<SessionState, FlowsState>();

/** The page's one FlowsState, shared by the steps panel and the private key box, made when the first of them loads. */
export function flowsFor(session: SessionState, analysis: AnalysisLoader): FlowsState {
  let state = made.get(session);
  if (!state) {
    // Made in a root of its own: its derived values outlive the component that happened to load it first.
    let created: FlowsState | undefined;
    $effect.root(() => {
      created = new FlowsState(session, analysis, flows);
    });
    state = created ?? new FlowsState(session, analysis, flows);
    made.set(session, state);
  }
  return state;
}
