/** Components the first paint does not need: fetched after load, or on first use, once. */
let tokenView: Promise<typeof import('./TokenView.svelte')> | undefined;
let demoPanel: Promise<typeof import('./demo/DemoPanel.svelte')> | undefined;

/** Components already loaded, to render at once rather than through an {#await} (a paste shows claims sooner). */
export const loaded = $state<{ tokenView?: (typeof import('./TokenView.svelte'))['default'] }>({});

export const loadTokenView = () =>
  (tokenView ??= import('./TokenView.svelte').then((module) => {
    loaded.tokenView = module.default;
    return module;
  }));
export const loadDemoPanel = () => (demoPanel ??= import('./demo/DemoPanel.svelte'));

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
