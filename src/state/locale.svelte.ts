import {
  currentLocale,
  loadTexts,
  neededTexts,
  onTextRead,
  onTextsArrived,
  setLocale,
  type Locale,
} from '../lib/text/locale';

/**
 * The page's language: kept in memory only, like the theme. Every text read also reads `#version`, so templates and
 * `$derived` values re-run when the language changes or its second chunk of texts arrives.
 */
export class LocaleState {
  #version = $state(0);
  #locale = $state<Locale>(currentLocale());
  #wanted: Locale = this.#locale;
  #fromPerson = $state(false);

  constructor() {
    onTextRead(() => void this.#version);
    onTextsArrived(() => void this.#version++);
  }

  get locale(): Locale {
    return this.#locale;
  }

  /** The `lang` Copy link carries: the one a link or the person chose, not the browser's default. */
  get linkLang(): Locale | undefined {
    return this.#fromPerson ? this.#locale : undefined;
  }

  /**
   * Switch once the texts the page shows now have loaded (no half-English page); the rest (diagnoses, claims…), when
   * the page has needed it already, follows in the background, and what reads it re-runs when it arrives. `chosen` marks a choice by a link or the person, which Copy link keeps.
   */
  async choose(locale: Locale, { chosen = true }: { chosen?: boolean } = {}): Promise<void> {
    this.#wanted = locale;
    if (chosen) this.#fromPerson = true;
    await loadTexts(locale, 'boot');
    if (this.#wanted !== locale) return;
    setLocale(locale);
    this.#locale = locale;
    this.#version++;
    // A task later: the page mounts first, and the rest of the texts do not compete with what it needs. A chunk no
    // code has needed yet is not fetched: it comes with that code (needTexts).
    setTimeout(() => {
      for (const chunk of neededTexts().filter((chunk) => chunk !== 'boot'))
        void loadTexts(locale, chunk).then(() => {
          if (this.#wanted === locale) this.#version++;
        });
    });
  }

  /** Mirror the language onto <html lang>, for screen readers, fonts and hyphenation. */
  apply(root: HTMLElement): void {
    root.lang = this.#locale;
  }
}
