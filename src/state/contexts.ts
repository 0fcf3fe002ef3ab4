import { createContext } from 'svelte';
import type { AnalysisLoader } from './analysis.svelte';
import type { ClockState } from './clock.svelte';
import type { DecoderState } from './decoder.svelte';
import type { DemoController } from './demo.svelte';
import type { LocaleState } from './locale.svelte';
import type { PasteState } from './paste.svelte';
import type { SessionState } from './session.svelte';
import type { VerifierState } from './verifier.svelte';

/**
 * The page's states, as typed contexts. Kept apart from the classes so that a component loaded later reaches the
 * states through their types only, and the code split stays as the page is drawn: the states with the first paint.
 */
export const [getSession, setSession] = createContext<SessionState>();
export const [getDecoder, setDecoder] = createContext<DecoderState>();
export const [getPaste, setPaste] = createContext<PasteState>();
export const [getClock, setClock] = createContext<ClockState>();
export const [getVerifier, setVerifier] = createContext<VerifierState>();
export const [getDemo, setDemo] = createContext<DemoController>();
export const [getAnalysis, setAnalysis] = createContext<AnalysisLoader>();
export const [getLocale, setLocaleContext] = createContext<LocaleState>();
