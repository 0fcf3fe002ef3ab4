import { mount } from 'svelte';
import App from './App.svelte';
import { isFramed } from './lib/page/framing';
import FramedNotice from './ui/FramedNotice.svelte';
import { looksLikeCallback } from './ui/authorize/callback-check';
import ThemeSwitch from './ui/ThemeSwitch.svelte';

const target = document.getElementById('app');
const theme = document.getElementById('theme');
if (!target || !theme) throw new Error('#app or #theme is missing from index.html');

mount(ThemeSwitch, { target: theme });
const framed = isFramed(window);
// Landed here as the redirect URI of /authorize: the answer leaves the address bar and goes to the tab that
// started the login before anything else runs (src/ui/authorize/landing.ts).
const landed =
  !framed && looksLikeCallback(window.location)
    ? await import('./ui/authorize/landing').then(({ land }) => land(window))
    : 'none';
// Inside a frame no form or box is shown at all: nothing to prefill, overlay or type into.
export default framed
  ? mount(FramedNotice, { target, props: { pageUrl: window.location.href.replace(/[?#][\s\S]*$/, '') } })
  : landed === 'handed-over'
    ? await import('./ui/authorize/HandedOver.svelte').then(({ default: HandedOver }) => {
        window.close();
        return mount(HandedOver, { target });
      })
    : mount(App, { target });
