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
    // The Authentication API's JSON endpoints check a body against a schema before anything else: "Payload
    // validation error: 'Expected type string but found type null' on property connection". The Management API's
    // own answer of the same words is its entry's (management.ts).
    id: 'auth0.request-payload',
    endpoints: [
      '/passwordless/start',
      '/dbconnections/signup',
      '/dbconnections/change_password',
      '/oauth/revoke',
      '/bc-authorize',
      '/oauth/par',
      '/oauth/device/code',
    ],
    errors: ['invalid_body', 'invalid_request', 'bad.request'],
    codesAt: {
      endpoints: ['/passwordless/start', '/dbconnections/signup', '/dbconnections/change_password'],
      codes: ['invalid_body'],
    },
    descriptions: [
      /payload validation error:? ?(?:'(?<problem>[^'\n]{1,200})')?(?: on propert(?:y|ies) (?<property>[\w.[\]-]{1,100}))?/i,
      /invalid request (?:body|payload)\b/i,
    ],
    // The schema's words are a broad condition: an entry that names what failed (a metadata write) says more, and
    // where the paste names no endpoint, the Management API (whose answer it most often is) comes first.
    weight: -4,
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
      /\b(?<parameter>[a-z]{1,40}(?:_[a-z0-9]{1,40}){0,5})[`'"]? (?:parameter|field) is (?:required|missing)/i,
      /missing (?:required )?(?:parameter|field)s?:? [`'"]?(?<parameter>\w{1,60})/i,
      /(?:parameter|field|property) '?(?<parameter>\w{1,60})'? is required/i,
      /'(?<parameter>\w{1,60})' is required/i,
      /^missing (?<parameter>\w+) parameter/i,
      // A schema check's words for an absent value (`redirect_uri` is expected to be a string, but was undefined).
      /\b(?<parameter>[a-z]{1,40}(?:_[a-z0-9]{1,40}){1,5})[`'"]? is expected to be an? \w{1,20}, but was undefined/i,
    ],
  },
];
