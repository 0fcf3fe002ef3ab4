import { render } from 'svelte/server';
import App from './App.svelte';
import { LocaleState } from './state/locale.svelte';
import LanguageSwitch from './ui/LanguageSwitch.svelte';
import ThemeSwitch from './ui/ThemeSwitch.svelte';

/** The first screen's HTML, one piece per mount point of index.html. */
export interface Shell {
  app: string;
  language: string;
  theme: string;
}

/** Svelte's hydration markers: the app is mounted afresh over the shell, never hydrated (its language may differ). */
const markers = /<!--[[\]!\-0-9]*-->/g;

/**
 * Until the app has mounted nothing but typing works, so nothing may look as if it did: every button is disabled
 * (the form's Send too, so Enter in a field submits nothing), and so are the header's switches.
 */
export function staticHtml(html: string, { selects = false } = {}): string {
  const disable = (tag: string) => (/\sdisabled(=|\s|>|$)/.test(tag) ? tag : tag.replace(/^<(\w+)/, '<$1 disabled'));
  return html.replace(markers, '').replace(selects ? /<(button|select)\b[^<>]*>/g : /<button\b[^<>]*>/g, disable);
}

/**
 * The first screen as the same components draw it, in English with nothing filled in: written into index.html at
 * build time (vite.config.ts), so a person can type and paste before the app has mounted (src/boot.ts takes it over).
 */
export function renderShell(): Shell {
  const locale = new LocaleState();
  return {
    app: staticHtml(render(App, { props: { locale } }).body),
    language: staticHtml(render(LanguageSwitch, { props: { locale } }).body, { selects: true }),
    theme: staticHtml(render(ThemeSwitch).body, { selects: true }),
  };
}
