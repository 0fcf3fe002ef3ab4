import type { CatalogueEntry } from './entry';

/** Authorization codes, PKCE, redirect URIs and required parameters. */
export const codes: CatalogueEntry[] = [
  {
    id: 'auth0.invalid-authorization-code',
    errors: ['invalid_grant'],
    descriptions: [
      /invalid authorization code/i,
      /authorization code (?:has )?(?:expired|already (?:been )?used|is invalid)/i,
      /code (?:has )?already been (?:used|redeemed|exchanged)/i,
    ],
  },
  {
    id: 'auth0.pkce-verifier',
    errors: ['invalid_grant', 'invalid_request'],
    descriptions: [/code[ _]verifier/i, /code[ _]challenge/i],
  },
  {
    id: 'auth0.invalid-redirect-uri',
    errors: ['invalid_request', 'invalid_grant', 'unauthorized_client'],
    descriptions: [
      /redirect_uri parameter is not valid:? ?["“]?(?<uri>[^"”\s]{1,500})/i,
      /invalid redirect_uri/i,
      /redirect_uri .{0,80}(?:mismatch|does not match|invalid|not (?:a )?(?:allowed|valid))/i,
      /redirect_uri .{0,40}expected type/i,
      /redirect uri is wrong/i,
    ],
  },
  {
    id: 'auth0.missing-parameter',
    errors: ['invalid_request'],
    // An SDK's check of the callback (`Missing state parameter in Authorization Response`): not the request's.
    unless: [/in (?:the )?authori[sz]ation response/i],
    // \b: a match starts where a word starts, so a 100,000-character word is tried once, not once per character.
    descriptions: [
      /missing (?:a )?required parameter:? ?(?<parameter>\w+)/i,
      // A parameter's name (snake_case, quoted, or called a parameter), not a sentence's subject ("authentication").
      /\b(?<parameter>[a-z]{1,40}(?:_[a-z0-9]{1,40}){1,5}) is required/i,
      /(?:parameter|field|property) '?(?<parameter>\w{1,60})'? is required/i,
      /'(?<parameter>\w{1,60})' is required/i,
      /^missing (?<parameter>\w+) parameter/i,
      // A schema check's words for an absent value (`redirect_uri` is expected to be a string, but was undefined).
      /\b(?<parameter>[a-z]{1,40}(?:_[a-z0-9]{1,40}){1,5})[`'"]? is expected to be an? \w{1,20}, but was undefined/i,
    ],
  },
];
