import type { Severity } from './types';

/**
 * One known Auth0 condition and how to recognise it. Adding an Auth0 error is one entry here, its texts in
 * text/en/diagnoses/catalogue.ts, and a fixture line; never a new branch in code.
 */
export interface CatalogueEntry {
  id: string;
  severity?: Severity;
  /** The OAuth `error` codes this condition arrives with; any one matches. */
  errors?: string[];
  /** `error_description` patterns; named groups become facts the texts quote. A match outranks the code. */
  descriptions?: RegExp[];
  /** When true, the error code alone identifies the condition. */
  codeSuffices?: boolean;
  /** Plain-text (non-JSON) bodies. */
  bodies?: RegExp[];
  status?: number[];
}

export const catalogue: CatalogueEntry[] = [
  {
    id: 'auth0.grant-not-allowed',
    errors: ['unauthorized_client'],
    descriptions: [/grant[ _]type '?(?<grant>[^'\s]+)'? (?:is )?not allowed for (?:the|this) client/i],
  },
  {
    id: 'auth0.no-default-connection',
    errors: ['server_error', 'invalid_request'],
    descriptions: [/not configured with (?:a )?default connection/i],
  },
  {
    id: 'auth0.wrong-credentials',
    errors: ['invalid_grant', 'access_denied', 'invalid_user_password'],
    descriptions: [/wrong (?:email|username|phone(?: number)?) or password/i],
  },
  {
    id: 'auth0.client-authentication-failed',
    errors: ['access_denied', 'invalid_client', 'unauthorized'],
    descriptions: [/^unauthorized\.?$/i, /client authentication failed/i, /invalid client credentials/i],
    status: [401],
  },
  {
    id: 'auth0.service-not-found',
    errors: ['access_denied', 'invalid_request'],
    descriptions: [/service not (?:found|enabled within domain):? ?(?<audience>\S*)/i],
  },
  {
    id: 'auth0.client-not-authorized-for-api',
    errors: ['access_denied', 'invalid_request', 'unauthorized_client'],
    descriptions: [
      /client (?:"[^"]*" )?is not authorized to access (?:resource server )?"?(?<audience>[^"\s]+?)"?\.? (?:you need to create|$)/i,
      /client (?:"[^"]*" )?is not authorized to access (?:resource server )?"?(?<audience>[^"\s]+?)"?\.?$/i,
    ],
  },
  {
    id: 'auth0.no-audience',
    errors: ['access_denied', 'invalid_request'],
    descriptions: [/no audience parameter was provided/i],
  },
];
