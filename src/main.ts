import './app.css';
import { isFramed } from './lib/page/framing';
import { watchShell } from './ui/shell/watch';

const app = document.getElementById('app');
// Inside a frame no form or box is shown at all (src/boot.ts says why): the static shell goes at once.
if (app && isFramed(window)) app.replaceChildren();

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./boot');
};
// A token typed or pasted into the static token box: its decoding and view are fetched with the app, not after it
// (the same modules the app asks for on that intent, src/ui/intent.ts, so nothing is fetched twice).
const decoding = new AbortController();
const decode = (event: Event) => {
  if (!(event.target instanceof HTMLElement) || event.target.id !== 'token-input') return;
  decoding.abort();
  void import('./lib/analysis/decode');
  void import('./ui/TokenView.svelte');
};
// The first screen is static HTML that takes typing already: let the browser paint it, then start the app, or at
// once when a person types or pastes into it.
if (app) {
  watchShell(app, start);
  for (const name of ['paste', 'input'])
    app.addEventListener(name, decode, { capture: true, passive: true, signal: decoding.signal });
}
requestAnimationFrame(start);
