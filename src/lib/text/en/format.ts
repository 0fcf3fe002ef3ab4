let list: Intl.ListFormat | undefined;

/** Words for the facts lib and state hand over as they are: lists, a missing value, characters that break a token. */
export const formatTexts = {
  /** Items in a sentence, as the language separates them: "a, b, c". Made on first use (Intl loads locale data). */
  list: (items: readonly string[]): string =>
    (list ??= new Intl.ListFormat('en', { type: 'unit', style: 'short' })).format(items),
  missing: 'missing',
  character: {
    space: 'a space',
    tab: 'a tab',
    invisible: (code: string): string => `the invisible character U+${code}`,
  },
};
