/** User-facing texts of the token decoder: errors in input and in token structure, and notes on token kinds. */

export const partNames = {
  jws: ['header', 'payload', 'signature'],
  jwe: ['protected header', 'encrypted key', 'initialization vector', 'ciphertext', 'authentication tag'],
} as const;

const ordinal = (index: number): string => ['first', 'second', 'third', 'fourth', 'fifth'][index] ?? `#${index + 1}`;

export const decodeMessages = {
  empty: () => 'Nothing to decode yet: paste a token, an Authorization header or a whole token response.',
  emptyToken: () => 'The token is empty.',
  partCount: (count: number) =>
    `A JWT has 3 parts separated by dots (signed, JWS) or 5 (encrypted, JWE); this one has ${count}.`,
  emptyPart: (index: number, name: string) => `Part ${index + 1} (the ${name}) is empty.`,
  notBase64url: (index: number, name: string, sample: string) =>
    `Part ${index + 1} (the ${name}) is not base64url: it contains ${sample}. Tokens use only A–Z, a–z, 0–9, "-" and "_".`,
  paddedBase64: (index: number, name: string) =>
    `Part ${index + 1} (the ${name}) uses standard base64 ("+", "/" or "=" padding) instead of base64url (RFC 7515 §2); JWT libraries reject it.`,
  badLength: (index: number, name: string) =>
    `Part ${index + 1} (the ${name}) has a length no base64url text can have: it was probably cut off.`,
  notUtf8: (index: number, name: string) => `Part ${index + 1} (the ${name}) decodes to bytes that are not UTF-8 text.`,
  notJson: (index: number, name: string, detail: string) =>
    `Part ${index + 1} (the ${name}) is base64url, but what it holds is not JSON: ${detail}`,
  notObject: (index: number, name: string, type: string) =>
    `Part ${index + 1} (the ${name}) is JSON, but ${type === 'null' ? 'it is null' : type === 'array' ? 'it is an array' : `it is a ${type}`} instead of a JSON object.`,
  badCharacters: (sample: string) =>
    `This is not a token: it contains ${sample}, which never appears in a JWT or an Auth0 opaque token.`,
  notAToken: (length: number, long: boolean) =>
    `This is ${length.toLocaleString('en')} characters without a dot: not a JWT (which has three parts), and ${long ? 'far longer' : 'shorter'} than any opaque token Auth0 issues (a few dozen characters). Paste the token itself.`,
  cutJwt: () =>
    'This starts like a JWT (a base64url JSON header, "eyJ…") but has no dots: it was probably cut off when copied.',
  responseNotJson: (detail: string) => `This looks like a JSON token response, but it does not parse: ${detail}`,
  responseWithoutTokens: () =>
    'This JSON has no access_token, id_token or refresh_token: it is not a token response (an error response is diagnosed in the request panel).',
  responseInvalid: (detail: string) => `This token response does not match RFC 6749 §5.1: ${detail}`,
  ordinal,
};

export const kindNotes = {
  jweNoAudience: () =>
    'Encrypted with {"alg":"dir","enc":"A256GCM"}: this is how Auth0 issues an access token when the request sent no audience. It is readable only by Auth0 and is good for one thing, calling /userinfo. To get a JWT for your API, send audience=YOUR_API_IDENTIFIER (or set a Default Audience under Settings > General > API Authorization Settings).',
  jwe: () =>
    'An encrypted token (JWE, RFC 7516): only the protected header is readable. The claims are in the ciphertext and need the recipient’s private key; Auth0 issues these for APIs with JSON Web Encryption turned on.',
  opaqueAccess: () =>
    'An opaque access token: a reference string, not a JWT, so there are no claims to read. Auth0 issues these when no audience was requested (older tenants) and they only work against /userinfo. Send audience=YOUR_API_IDENTIFIER to get a JWT.',
  opaqueRefresh: () =>
    'Refresh tokens are opaque by design: only Auth0 can read them. Keep it secret; exchange it at /oauth/token with grant_type=refresh_token.',
  opaque: () =>
    'An opaque token: not a JWT, so it carries no readable claims. If this is an Auth0 access token, the request most likely had no audience; it then only works against /userinfo.',
};

export const inputNotes = {
  bearer: () => 'Read the token out of an Authorization header.',
  response: (fields: string) => `Read a token response with ${fields}.`,
  urlParameters: () => 'Read tokens out of URL parameters (a redirect with #access_token=… or ?code=…).',
};
