import './app.css';
import { isFramed } from './lib/page/framing';
import { startAtOnce } from './lib/page/start';
import { onFirstIntent, watchShell } from './ui/shell/watch';

const app = document.getElementById('app');
const framed = isFramed(window);
// Inside a frame no form or box is shown at all (src/boot.ts says why): the static shell goes at once.
if (app && framed) app.replaceChildren();

let started = false;
const start = () => {
  if (started) return;
  started = true;
  void import('./boot');
};
// A token box focused, typed or pasted into in the static screen: its decoding and view are fetched with the app,
// not after it (the same modules the app asks for on that intent, src/ui/intent.ts, so nothing is fetched twice).
const decoding = new AbortController();
const decode = (event: Event) => {
  if (!(event.target instanceof HTMLElement) || event.target.id !== 'token-input') return;
  decoding.abort();
  void import('./lib/analysis/decode');
  void import('./ui/TokenView.svelte');
};
// The first screen is static HTML that takes typing already, so the app (its code is most of the page's bytes) is
// fetched on a person's first intent, all its chunks at once; a visit that only looks fetches none of it. Where the
// static screen cannot stand alone (an address to read, another language, a frame), the app starts once the browser
// has painted it.
if (app) {
  watchShell(app);
  for (const name of ['focusin', 'paste', 'input'])
    app.addEventListener(name, decode, { capture: true, passive: true, signal: decoding.signal });
}
onFirstIntent(document, start);
const { search, hash } = window.location;
const reason = startAtOnce({ search, hash, languages: navigator.languages, framed });
const soon = () => requestAnimationFrame(start);
// No shell at all (the dev server writes none): nothing to wait on.
if (!app?.firstElementChild) soon();
else if (reason === 'language')
  // Another language: the shell's words in it (a small chunk) come first, and the app still waits for an intent.
  import('./ui/shell/localize').then(
    ({ localizeShell }) => localizeShell(document, navigator.languages) || soon(),
    soon,
  );
else if (reason) soon();
