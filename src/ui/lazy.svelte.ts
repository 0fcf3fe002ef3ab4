import { flushSync, mount, unmount } from 'svelte';
import type { Analysis } from '../state/analysis.svelte';

/** Components the first paint does not need: fetched after load, or on first use, once. */
let tokenView: Promise<typeof import('./TokenView.svelte')> | undefined;
let demoPanel: Promise<typeof import('./demo/DemoPanel.svelte')> | undefined;
let results: Promise<typeof import('./results')> | undefined;

/** Components already loaded, to render at once rather than through an {#await} (a paste shows claims sooner). */
export const loaded = $state<{
  tokenView?: (typeof import('./TokenView.svelte'))['default'];
  results?: typeof import('./results');
}>({});

export const loadTokenView = () =>
  (tokenView ??= import('./TokenView.svelte').then((module) => {
    loaded.tokenView = module.default;
    return module;
  }));
export const loadDemoPanel = () => (demoPanel ??= import('./demo/DemoPanel.svelte'));
/** The regions that show results; `loaded.results` once they are here, to render without an {#await}. */
export const loadResults = () =>
  (results ??= import('./results').then((module) => {
    loaded.results = module;
    return module;
  }));

/** Run once the page has loaded and the browser is idle: the first load stays small, the rest arrives before use. */
export function whenIdle(task: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (cancelled) return;
    if ('requestIdleCallback' in window) window.requestIdleCallback(() => !cancelled && task(), { timeout: 500 });
    else setTimeout(() => !cancelled && task(), 0);
  };
  if (document.readyState === 'complete') run();
  else window.addEventListener('load', run, { once: true });
  return () => {
    cancelled = true;
  };
}

/**
 * Draw one token view off the page while the browser is idle, then drop it. The first real paste then runs code the
 * engine has already compiled, with Svelte's templates and the Intl formatters made, instead of doing all of that
 * while the person waits (measured by `npm run bench` as "firstPasteMs"). Nothing is fetched and nothing is kept.
 */
export async function prewarmTokenView(
  example: string,
  analysis: Promise<Analysis>,
  context: Map<unknown, unknown>,
  now: number,
): Promise<void> {
  const [{ decodeInput, viewAt }, { default: TokenView }] = await Promise.all([analysis, loadTokenView()]);
  const decoded = decodeInput(example);
  const token = decoded.ok ? decoded.value.tokens[0] : undefined;
  if (!token) return;
  const view = mount(TokenView, {
    target: document.createElement('div'),
    props: { token: viewAt(token, { now }) },
    context,
  });
  flushSync();
  await unmount(view);
}
