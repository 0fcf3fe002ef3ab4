/** The `lang` a link names in its fragment (`#lang=ja`), read before anything else so the first paint is in it. */
export function fragmentLang(hash: string): string | undefined {
  return new URLSearchParams(hash.replace(/^#/, '')).get('lang')?.trim() || undefined;
}

/** Whether a fragment says nothing but the language (`#lang=ja`): no parser to load for it. */
export function onlyLang(hash: string): boolean {
  return [...new URLSearchParams(hash.replace(/^#/, '')).keys()].every((key) => key === 'lang');
}

/** A link with `lang=` added to its fragment (or replaced there), so the one who opens it reads the same language. */
export function withLang(url: string, lang: string | undefined): string {
  if (!lang) return url;
  const [base = '', fragment = ''] = url.split(/#([\s\S]*)/);
  const params = new URLSearchParams(fragment);
  params.set('lang', lang);
  return `${base}#${params.toString()}`;
}
