/** Titles and details of what the decoder notices about a token, before any verification. */
export const findingTexts = {
  algNone: {
    title: 'Not signed: alg is "none"',
    detail:
      'Anyone can write a token like this. No Auth0 tenant issues one, and an API must reject it: accept only the algorithms you expect (RS256 for Auth0 by default).',
  },
  algMissing: {
    title: 'The header has no alg',
    detail: 'RFC 7515 §4.1.1 requires alg; no library will accept this token.',
  },
  signatureMissing: {
    title: 'The signature part is empty',
    detail: 'A signed token always carries a signature; this one was cut off or was never signed.',
  },
  sharedSecret: {
    title: 'Signed with a shared secret (HMAC)',
    detail:
      'Whoever can verify this token can also make one. Auth0 uses HS256 only when the application or API is set to it; RS256 is the default and safer choice.',
  },
  selfNamedKey: (parameter: string) => ({
    title: `The header names its own key (${parameter})`,
    detail:
      'A verifier must never take keys from the token itself. This page only fetches keys from the tenant you type.',
  }),
  expired: (relative: string) => ({
    title: `Expired ${relative}`,
    detail: 'An API will reject this token; request a new one.',
  }),
  notYetValid: (relative: string) => ({
    title: `Not valid yet (nbf ${relative})`,
    detail: 'Either the token was made for later, or this computer’s clock and the issuer’s disagree.',
  }),
  issuedInFuture: (relative: string) => ({
    title: `Issued in the future (${relative})`,
    detail: 'The issuer’s clock or this computer’s is off; APIs with no clock tolerance will reject it.',
  }),
  noExpiry: {
    title: 'No expiry',
    detail: 'Without exp the token never expires. Auth0 always sets exp; check who issued this token.',
  },
  timeHint: (claim: string, hint: string) => ({ title: `${claim} is not a proper JWT time`, detail: hint }),
  // Their details are the kind notes of text/en/decode.ts.
  jweNoAudience: { title: 'Opaque to you: access token issued without an audience' },
  jwe: { title: 'Encrypted token (JWE)' },
  opaque: { title: 'Opaque token' },
};
