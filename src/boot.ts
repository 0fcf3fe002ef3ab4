import { mount } from 'svelte';
import App from './App.svelte';
import { isFramed } from './lib/page/framing';
import FramedNotice from './ui/FramedNotice.svelte';
import ThemeSwitch from './ui/ThemeSwitch.svelte';

const target = document.getElementById('app');
const theme = document.getElementById('theme');
if (!target || !theme) throw new Error('#app or #theme is missing from index.html');

mount(ThemeSwitch, { target: theme });
// Inside a frame no form or box is shown at all: nothing to prefill, overlay or type into.
export default isFramed(window)
  ? mount(FramedNotice, { target, props: { pageUrl: window.location.href.replace(/[?#][\s\S]*$/, '') } })
  : mount(App, { target });
