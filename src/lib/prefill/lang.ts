/** `lang=` as a parameter of a fragment; its value is short (a language code), so only its first characters are read. */
const langParam = /(?:^#?|&)lang=([^&]{0,32})/;

/**
 * The `lang` a link names in its fragment (`#lang=ja`), read before anything else so the first paint is in it. Read
 * without decoding the whole fragment: a link may carry a token of megabytes, and this runs on every hashchange.
 */
export function fragmentLang(hash: string): string | undefined {
  const found = langParam.exec(hash);
  if (!found) return undefined;
  return new URLSearchParams(`lang=${found[1] ?? ''}`).get('lang')?.trim() || undefined;
}

/** Whether a fragment says nothing but the language (`#lang=ja`): no parser to load for it. */
export function onlyLang(hash: string): boolean {
  return hash
    .replace(/^#/, '')
    .split('&')
    .every((part) => part === '' || part.startsWith('lang='));
}

/** Whether a fragment carries a parameter `name` (`#token=…`), read without decoding the fragment. */
export function fragmentHas(hash: string, name: string): boolean {
  return hash
    .replace(/^#/, '')
    .split('&', 64)
    .some((part) => part.startsWith(`${name}=`));
}

/** A link with `lang=` added to its fragment (or replaced there), so the one who opens it reads the same language. */
export function withLang(url: string, lang: string | undefined): string {
  if (!lang) return url;
  const [base = '', fragment = ''] = url.split(/#([\s\S]*)/);
  const params = new URLSearchParams(fragment);
  params.set('lang', lang);
  return `${base}#${params.toString()}`;
}
