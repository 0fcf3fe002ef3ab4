import { createContext, flushSync, mount, unmount } from 'svelte';
import type { Attachment } from 'svelte/attachments';
import type { AnalysisLoader } from '../state/analysis.svelte';
import { loadAnswers, loadDemoPanel, loadDemoTenant, loadTokenView, loadUsePanel } from './lazy.svelte';

/**
 * Fetch what a control leads to as soon as a person shows they are about to use it: pointing at it, pressing it,
 * focusing it (by keyboard too), pasting or typing into it (what was typed into the static first screen before the
 * app mounted reaches the app as input alone: src/ui/shell/handover.ts). Nothing is fetched at idle; once asked, a
 * path's chunks are all requested at once, never one after another has arrived.
 */
export function onIntent(load: () => unknown): Attachment<HTMLElement> {
  const events = ['pointerenter', 'pointerdown', 'focusin', 'paste', 'input'] as const;
  return (element) => {
    const stop = () => events.forEach((name) => element.removeEventListener(name, fire, true));
    const fire = () => {
      stop();
      void load();
    };
    events.forEach((name) => element.addEventListener(name, fire, { capture: true, passive: true }));
    return stop;
  };
}

/** The paths a person can take from the first screen, each with everything it needs. */
export class Intents {
  #analysis: AnalysisLoader;
  #context: Map<unknown, unknown>;
  #now: () => number;
  #token: Promise<void> | undefined;

  constructor(analysis: AnalysisLoader, context: Map<unknown, unknown>, now: () => number) {
    this.#analysis = analysis;
    this.#context = context;
    this.#now = now;
  }

  /**
   * A token box: decoding, the token view and what a token can be used for, together; then one view drawn off the
   * page and dropped, so the first paste runs code the engine has compiled, with its templates and Intl formatters
   * made (measured by `npm run bench` as "firstPasteMs").
   */
  token = (): Promise<void> =>
    (this.#token ??= Promise.all([this.#analysis.loadDecode(), loadTokenView(), loadUsePanel()]).then(
      async ([{ decodeInput, viewAt, example }, { default: TokenView }]) => {
        const decoded = decodeInput(example.access_token);
        const token = decoded.ok ? decoded.value.tokens[0] : undefined;
        if (!token) return;
        const view = mount(TokenView, {
          target: document.createElement('div'),
          props: { token: viewAt(token, { now: this.#now() }) },
          context: this.#context,
        });
        flushSync();
        await unmount(view);
      },
    ));

  /** The form: its validation, placeholders, curl, and the cards of its notes before sending. */
  request = (): Promise<unknown> => Promise.all([this.#analysis.loadRequest(), loadAnswers()]);

  /**
   * An answer on its way (Send, a pasted answer, anything pasted): every part of the analysis, the cards and the
   * token path.
   */
  answer = (): Promise<unknown> => Promise.all([this.#analysis.load(), loadAnswers(), this.token()]);

  /** The demo tenant: its code, its switches, and what its first answer needs. */
  demo = (): Promise<unknown> => Promise.all([loadDemoTenant(), loadDemoPanel(), this.answer()]);
}

export const [getIntents, setIntents] = createContext<Intents>();
