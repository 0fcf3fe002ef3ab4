import { needTexts } from '../lib/text/locale';

/** Components the first paint does not need: fetched when a person is about to use them (src/ui/intent.ts), once. */
let tokenView: Promise<typeof import('./TokenView.svelte')> | undefined;
let demoPanel: Promise<typeof import('./demo/DemoPanel.svelte')> | undefined;
let demoTenant: Promise<unknown> | undefined;
let results: Promise<typeof import('./results')> | undefined;
let answers: Promise<typeof import('./answers')> | undefined;
let usePanel: Promise<[typeof import('../state/use.svelte'), typeof import('./authorize/UsePanel.svelte')]> | undefined;

/** Components already loaded, to render at once rather than through an {#await} (a paste shows claims sooner). */
export const loaded = $state<{
  tokenView?: (typeof import('./TokenView.svelte'))['default'];
  results?: typeof import('./results');
  answers?: typeof import('./answers');
}>({});

/** A component together with the texts it words things with in the page's language. */
const withTexts = <T>(code: Promise<T>): Promise<T> =>
  Promise.all([code, needTexts('analysis')]).then(([module]) => module);

export const loadTokenView = () =>
  (tokenView ??= withTexts(import('./TokenView.svelte')).then((module) => {
    loaded.tokenView = module.default;
    return module;
  }));
export const loadDemoPanel = () => (demoPanel ??= withTexts(import('./demo/DemoPanel.svelte')));
/** The demo tenant itself (its state imports it on start; fetched here, on intent, alongside its panel). */
export const loadDemoTenant = () => (demoTenant ??= import('../demo/demo-tenant'));
/** What a token can be used for: its state and panel, shown once a token exists. */
export const loadUsePanel = () =>
  (usePanel ??= withTexts(Promise.all([import('../state/use.svelte'), import('./authorize/UsePanel.svelte')])));
/** The regions that show results; `loaded.results` once they are here, to render without an {#await}. */
export const loadResults = () =>
  (results ??= import('./results').then((module) => {
    loaded.results = module;
    return module;
  }));
/** What only an answer or a note fills in; `loaded.answers` once here. */
export const loadAnswers = () =>
  (answers ??= import('./answers').then((module) => {
    loaded.answers = module;
    return module;
  }));
