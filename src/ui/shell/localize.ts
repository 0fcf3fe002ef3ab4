import translations from 'virtual:shell-translations';
import { startLocale } from '../../lib/text/locale';
import { planTranslation, type ShellTranslation } from './translation';

/**
 * Speak the visitor's language in the static first screen, before the app has loaded (it loads on their first
 * intent, as for anyone): the words the build found for that language are written in as text. False when there are
 * none, or the page is not the shell they were made for; then the app should start at once instead.
 */
export function localizeShell(document: Document, languages: readonly string[]): boolean {
  const lang = startLocale(undefined, languages);
  const found = (translations as ShellTranslation[]).find((translation) => translation.lang === lang);
  if (!found) return false;
  // Every piece checked before any is written: no page half in one language.
  const writes = Object.entries(found.pieces).map(([name, piece]) => {
    const root = document.getElementById(name);
    return root ? planTranslation(root, piece) : undefined;
  });
  if (writes.some((write) => write === undefined)) return false;
  for (const write of writes) write?.();
  document.documentElement.lang = lang;
  // The switch shows the language the page speaks (the English shell has English chosen).
  const choice = document.querySelector('#language select');
  if (choice instanceof HTMLSelectElement) choice.value = lang;
  // As LanguageSwitch.svelte words them once the app runs (not shared: a module of its own would be one more request).
  document.title = found.title;
  const title = document.querySelector('.page-header h1');
  const tagline = document.querySelector('.page-header .tagline');
  if (title) title.textContent = found.title;
  if (tagline) tagline.textContent = found.tagline;
  document.querySelector('meta[name="description"]')?.setAttribute('content', found.description);
  return true;
}
