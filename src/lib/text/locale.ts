/**
 * The one place that knows the current language. Every text module outside en/ is a seam (`text/<area>.ts`) whose
 * exports read through `localized`: English is always there, another language once its chunks have loaded.
 * Adding a language is one folder (`text/<code>/`, with its boot.ts and analysis.ts) and one line below.
 */
type TextModules = Record<string, Record<string, unknown>>;
type Chunk = () => Promise<{ texts: TextModules }>;
interface Language {
  name: string;
  boot?: Chunk;
  analysis?: Chunk;
}

/** The languages of the page, by BCP 47 code: their own name, and the two chunks of their texts. */
export const languages = {
  en: { name: 'English' },
  ja: { name: '日本語', boot: () => import('./ja/boot'), analysis: () => import('./ja/analysis') },
} satisfies Record<string, Language>;

export type Locale = keyof typeof languages;
export type TextChunk = 'boot' | 'analysis';

export const locales = Object.keys(languages) as Locale[];

export const isLocale = (value: string): value is Locale => Object.hasOwn(languages, value);

let current: Locale = 'en';
let track: () => void = () => {};
let arrived: () => void = () => {};
const loaded: Partial<Record<Locale, TextModules>> = {};
/** The chunks some code on the page has needed so far: loaded for every language chosen from then on. */
const needed = new Set<TextChunk>(['boot']);

/** The language texts are read in now. */
export function currentLocale(): Locale {
  track();
  return current;
}

/** Read texts in `locale` from now on (areas whose chunk has not loaded stay English until it has). */
export function setLocale(locale: Locale): void {
  current = locale;
}

/** Called on every text read, so the state layer can make readers re-run when the language changes. */
export function onTextRead(tracker: () => void): void {
  track = tracker;
}

/** Called when a chunk of texts arrives that was not there for the page's language before. */
export function onTextsArrived(listener: () => void): void {
  arrived = listener;
}

/** The chunks of texts the page needs now, to load for a language before or after switching to it. */
export function neededTexts(): TextChunk[] {
  return [...needed];
}

/**
 * A chunk of texts that code about to run needs (the analysis texts come with the analysis): loaded for the page's
 * language now, and for any language chosen later. Nothing is loaded before some code needs it.
 */
export async function needTexts(chunk: TextChunk): Promise<void> {
  needed.add(chunk);
  const locale = current;
  await loadTexts(locale, chunk);
  if (locale !== 'en') arrived();
}

/** Load one chunk of a language's texts; English has none to load. */
export async function loadTexts(locale: Locale, chunk: TextChunk): Promise<void> {
  const language: Language = languages[locale];
  const load = language[chunk];
  if (!load) return;
  const { texts } = await load();
  loaded[locale] = { ...loaded[locale], ...texts };
}

function source<T>(area: string, name: string, english: T): T {
  if (current === 'en') return english;
  const value = loaded[current]?.[area]?.[name];
  return value === undefined ? english : (value as T);
}

/**
 * An export of `en/<area>` as the page reads it: each property read (or call, for a function) goes to the current
 * language's export of the same name, so nothing is captured in English at import time.
 */
export function localized<T extends object>(area: string, name: string, english: T): T {
  const pick = (): object => {
    track();
    return source(area, name, english);
  };
  return new Proxy(english, {
    get: (_, key) => Reflect.get(pick(), key) as unknown,
    has: (_, key) => Reflect.has(pick(), key),
    ownKeys: () => Reflect.ownKeys(pick()),
    getOwnPropertyDescriptor: (_, key) => {
      const descriptor = Reflect.getOwnPropertyDescriptor(pick(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
    apply: (_, self, args: unknown[]) => Reflect.apply(pick() as (...args: unknown[]) => unknown, self, args),
  });
}

/** The language to start in: the link's `#lang=` when it names one, else the first of the browser's that the page has. */
export function startLocale(linkLang: string | undefined, preferred: readonly string[]): Locale {
  if (linkLang && isLocale(linkLang)) return linkLang;
  for (const tag of preferred) {
    const base = tag.toLowerCase().split('-')[0] ?? '';
    if (isLocale(base)) return base;
  }
  return 'en';
}
