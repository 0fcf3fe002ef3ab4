/** Words for the time claims: how each reads in the past and in the future. */
export const timeVerbs: Record<string, { past: string; future: string }> = {
  exp: { past: 'expired', future: 'expires' },
  nbf: { past: 'valid since', future: 'becomes valid' },
  iat: { past: 'issued', future: 'issued (in the future!)' },
  auth_time: { past: 'signed in', future: 'signed in (in the future!)' },
  updated_at: { past: 'updated', future: 'updated (in the future!)' },
};

export const validityTexts = {
  expired: (relative: string) => `Expired ${relative}.`,
  notYetValid: (relative: string) => `Not valid yet: becomes valid ${relative}.`,
  valid: (relative: string) => `Valid: expires ${relative}.`,
  noExpiry: () => 'No exp claim: this token never expires, and most APIs will reject it for that.',
  badExpiry: () => 'The exp claim is not a number of seconds, so no API can tell when this token expires.',
};

export const timeFormats = {
  outOfRange: 'out of the range of dates',
  millisecondsAs: (local: string) => `As milliseconds it would be ${local}.`,
};
