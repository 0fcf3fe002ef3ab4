import translations from 'virtual:shell-translations';
import { startLocale } from '../../lib/text/locale';
import { applyTranslation, type ShellTranslation } from './translation';

/**
 * Speak the visitor's language in the static first screen, before the app has loaded (it loads on their first
 * intent, as for anyone): the words the build found for that language are written in as text. False when there are
 * none, or the page is not the shell they were made for; then the app should start at once instead.
 */
export function localizeShell(document: Document, languages: readonly string[]): boolean {
  const lang = startLocale(undefined, languages);
  const found = (translations as ShellTranslation[]).find((translation) => translation.lang === lang);
  if (!found) return false;
  const roots = Object.keys(found.pieces).map((name) => [document.getElementById(name), found.pieces[name]] as const);
  // Check every piece before writing any: no page half in one language.
  if (roots.some(([root, piece]) => !root || !piece || root.querySelectorAll('*').length !== piece.elements))
    return false;
  for (const [root, piece] of roots) if (root && piece && !applyTranslation(root, piece)) return false;
  document.documentElement.lang = lang;
  // The switch shows the language the page speaks (the English shell has English chosen).
  const choice = document.querySelector('#language select');
  if (choice instanceof HTMLSelectElement) choice.value = lang;
  document.title = found.title;
  const title = document.querySelector('.page-header h1');
  const tagline = document.querySelector('.page-header .tagline');
  if (title) title.textContent = found.title;
  if (tagline) tagline.textContent = found.tagline;
  document.querySelector('meta[name="description"]')?.setAttribute('content', found.description);
  return true;
}
