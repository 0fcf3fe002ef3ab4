import { startLocale } from '../text/locale';

/** What decides whether the static first screen can wait for a person; the entry script passes the page's own. */
export interface Arrival {
  /** `location.search` and `location.hash`. */
  search: string;
  hash: string;
  /** `navigator.languages`. */
  languages: readonly string[];
  framed: boolean;
}

/**
 * Why the static first screen cannot wait as it is: the page is framed, has an address to read, or speaks another
 * language (then the entry script first writes the shell's words in it, src/ui/shell/localize.ts, and the app waits).
 */
export type Reason = 'framed' | 'address' | 'language';

/**
 * Why the app must start as soon as the page has painted, not on a person's first intent, or `undefined` when the
 * static first screen (English, nothing filled in, a page of its own) is the page as it should be until then: an
 * address to read (a prefill link, `#lang=`, the bookmarklet, `#token=`, secrets in the query to remove, an answer of
 * /authorize to hand over), a visitor whose language is not English (chosen as the app chooses it), or a frame
 * (where no form may be shown at all).
 */
export function startAtOnce({ search, hash, languages, framed }: Arrival): Reason | undefined {
  if (framed) return 'framed';
  // The same test as the app's own before it reads the address (src/App.svelte).
  if (search || hash) return 'address';
  if (startLocale(undefined, languages) !== 'en') return 'language';
  return undefined;
}
