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
// The first screen is static HTML that takes typing already: let the browser paint it, then start the app, or at
// once when a person types or pastes into it.
if (app) watchShell(app, start);
requestAnimationFrame(start);
