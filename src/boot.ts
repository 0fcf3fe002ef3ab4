import { mount } from 'svelte';
import App from './App.svelte';
import { isFramed } from './lib/page/framing';
import { fragmentLang } from './lib/prefill/lang';
import { startLocale } from './lib/text/locale';
import { LocaleState } from './state/locale.svelte';
import LanguageSwitch from './ui/LanguageSwitch.svelte';
import { looksLikeCallback } from './ui/authorize/callback-check';
import ThemeSwitch from './ui/ThemeSwitch.svelte';
import { readShell, restoreShell } from './ui/shell/handover';
import { endWatch, shellInputType } from './ui/shell/watch';

const target = document.getElementById('app');
const theme = document.getElementById('theme');
const language = document.getElementById('language');
if (!target || !theme || !language) throw new Error('#app, #theme or #language is missing from index.html');

/**
 * Let the browser paint and take input before going on: the app is drawn in tasks of its own, none of them long. A
 * message posts a task without a timer, so a tab opened in the background (whose timers the browser slows to one a
 * second) or a page whose clock a test holds still still mounts.
 */
const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(undefined);
  });

// The language of a link (#lang=ja), else the browser's first that the page has; another than English is loaded
// before anything mounts (the static first screen is English until then). (Not a top-level await: a module that
// awaits at its top would make the bundler split everything the later chunks share with it out of this chunk.)
async function start(target: HTMLElement, theme: HTMLElement, language: HTMLElement) {
  const framed = isFramed(window);
  // Landed here as the redirect URI of /authorize: the answer leaves the address bar and goes to the tab that
  // started the login before anything else runs (src/ui/authorize/landing.ts).
  const landed =
    !framed && looksLikeCallback(window.location)
      ? await import('./ui/authorize/landing').then(({ land }) => land(window))
      : 'none';
  const locale = new LocaleState();
  const lang = fragmentLang(window.location.hash);
  const start = startLocale(lang, navigator.languages);
  if (start !== 'en' || lang !== undefined) await locale.choose(start, { chosen: lang !== undefined });

  // Inside a frame no form or box is shown at all: nothing to prefill, overlay or type into.
  if (framed || landed === 'handed-over') {
    endWatch();
    for (const element of [language, theme, target]) element.replaceChildren();
    mount(LanguageSwitch, { target: language, props: { locale } });
    mount(ThemeSwitch, { target: theme });
    if (framed) {
      const { default: FramedNotice } = await import('./ui/FramedNotice.svelte');
      return mount(FramedNotice, { target, props: { pageUrl: window.location.href.replace(/[?#][\s\S]*$/, '') } });
    }
    const { default: HandedOver } = await import('./ui/authorize/HandedOver.svelte');
    window.close();
    return mount(HandedOver, { target });
  }

  // The static first screen (index.html, built from these same components) stays and takes typing while the app is
  // drawn off the page, a task after this module ran; in the task after that it replaces the shell, with what the
  // person typed into it, its focus and selection, before anything is painted in between.
  await nextTask();
  const page = document.createElement('div');
  const app = mount(App, { target: page, props: { locale } });
  await nextTask();
  const typed = readShell(target, shellInputType);
  endWatch();
  for (const element of [language, theme]) element.replaceChildren();
  mount(LanguageSwitch, { target: language, props: { locale } });
  mount(ThemeSwitch, { target: theme });
  target.replaceChildren(...page.childNodes);
  restoreShell(target, typed);
  return app;
}

export default start(target, theme, language);
