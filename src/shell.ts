import { render } from 'svelte/server';
import App from './App.svelte';
import { loadTexts, locales, setLocale, type Locale } from './lib/text/locale';
import { ui } from './lib/text/ui';
import { LocaleState } from './state/locale.svelte';
import LanguageSwitch from './ui/LanguageSwitch.svelte';
import { translationOf, type ShellTranslation } from './ui/shell/translation';
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
 * The first screen as the same components draw it, with nothing filled in, in English unless told: written into
 * index.html at build time (vite.config.ts), so a person can type and paste before the app has mounted (src/boot.ts
 * takes it over).
 */
export async function renderShell(language: Locale = 'en'): Promise<Shell> {
  await loadTexts(language, 'boot');
  setLocale(language);
  try {
    const locale = new LocaleState();
    return {
      app: staticHtml(render(App, { props: { locale } }).body),
      language: staticHtml(render(LanguageSwitch, { props: { locale } }).body, { selects: true }),
      theme: staticHtml(render(ThemeSwitch).body, { selects: true }),
    };
  } finally {
    setLocale('en');
  }
}

/**
 * The English shell, and for every other language what turns it into that language (its words only): fetched by a
 * visitor of that language, so the first screen speaks it while the app still waits for their first intent. A
 * language whose shell differs in more than words gets none, and its visitors get the app at once.
 */
export async function renderShells(): Promise<{ shell: Shell; translations: ShellTranslation[] }> {
  const shell = await renderShell('en');
  const translations: ShellTranslation[] = [];
  for (const lang of locales.filter((code) => code !== 'en')) {
    const other = await renderShell(lang);
    const pieces: ShellTranslation['pieces'] = {};
    let whole = true;
    for (const name of ['app', 'language', 'theme'] as const) {
      const piece = translationOf(shell[name], other[name]);
      if (piece) pieces[name] = piece;
      else whole = false;
    }
    setLocale(lang);
    const page = { ...ui.page };
    setLocale('en');
    if (whole) translations.push({ lang, ...page, pieces });
  }
  return { shell, translations };
}
