type Phrase = (relative: string) => string;

/** Words for the time claims: how each reads in the past and in the future, around a relative time ("3 hours ago"). */
export const timeVerbs: Record<string, { past: Phrase; future: Phrase }> = {
  exp: { past: (relative) => `expired ${relative}`, future: (relative) => `expires ${relative}` },
  nbf: { past: (relative) => `valid since ${relative}`, future: (relative) => `becomes valid ${relative}` },
  iat: { past: (relative) => `issued ${relative}`, future: (relative) => `issued (in the future!) ${relative}` },
  auth_time: {
    past: (relative) => `signed in ${relative}`,
    future: (relative) => `signed in (in the future!) ${relative}`,
  },
  updated_at: {
    past: (relative) => `updated ${relative}`,
    future: (relative) => `updated (in the future!) ${relative}`,
  },
};

export const validityTexts = {
  expired: (relative: string) => `Expired ${relative}.`,
  notYetValid: (relative: string) => `Not valid yet: becomes valid ${relative}.`,
  valid: (relative: string) => `Valid: expires ${relative}.`,
  noExpiry: () => 'No exp claim: this token never expires, and most APIs will reject it for that.',
  badExpiry: () => 'The exp claim is not a number of seconds, so no API can tell when this token expires.',
};

export const timeFormats = {
  /** The BCP 47 locale of dates and relative times (Intl), so they read in the page's language. */
  locale: 'en',
  outOfRange: 'out of the range of dates',
  millisecondsAs: (local: string) => `As milliseconds it would be ${local}.`,
};
