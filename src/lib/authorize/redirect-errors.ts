import type { RedirectAnswer } from './answer';

/**
 * One condition of the /authorize side (Universal Login, Actions and Rules, organizations, silent
 * authentication), and how to recognise it in what came back. Data, like the token endpoint's catalogue: adding a
 * wording is one pattern here and, for a new condition, its texts in text/en/authorize-diagnoses.ts.
 *
 * Every pattern is linear on any text (tests/unit/bounded.test.ts times each one): gaps are bounded.
 */
export interface RedirectCondition {
  id: string;
  /** `error` codes that identify the condition alone, whatever the description says. */
  codes?: string[];
  /** Codes it usually comes with: a description match with one of them ranks higher. */
  errors?: string[];
  /** Patterns of `error_description` or of the page's words; named groups become facts. */
  patterns?: RegExp[];
  /** With one of `codes` and no description at all, the condition is this one. */
  bare?: boolean;
}

/** Most specific first within each group; a pattern match always outranks a code alone. */
export const redirectConditions: RedirectCondition[] = [
  // Where the answer may go: the application's URLs
  {
    id: 'authorize.callback-url-mismatch',
    errors: ['unauthorized_client', 'invalid_request'],
    patterns: [
      /callback url mismatch\.?\s{0,20}the url "(?<url>[^"\s]{1,2048})" is not in the list/i,
      /callback url mismatch\.?\s{0,20}(?<url>[a-z][a-z0-9+.-]{0,30}:\/\/[^\s"]{1,2048}?)\.? is not in the list/i,
      /callback url mismatch/i,
      /redirect_uri is not in the list of allowed callback/i,
    ],
  },
  {
    id: 'authorize.web-origin-not-allowed',
    errors: ['invalid_request', 'access_denied', 'unauthorized_client'],
    patterns: [
      /redirect_uri '(?<url>[^'\s]{1,2048})' does not have a registered origin/i,
      /does not have a registered origin/i,
      /origin .{0,300}is not (?:allowed|in the list of allowed web origins)/i,
    ],
  },
  {
    // Logging out (/v2/logout?returnTo=…, /oidc/logout?post_logout_redirect_uri=…) stops on Auth0's error page too.
    id: 'authorize.logout-url-not-allowed',
    errors: ['invalid_request'],
    patterns: [
      /"(?:returnTo|post_logout_redirect_uri)" (?:querystring )?parameter "(?<url>[^"\s]{1,2048})" is not defined as a valid url/i,
      /is not defined as a valid url in "?allowed logout urls/i,
    ],
  },

  // Actions, Rules and scripts
  {
    id: 'authorize.extensibility-timeout',
    patterns: [/exceeded allowed execution time/i, /script execution time exceeded/i],
  },
  {
    id: 'authorize.action-failed',
    errors: ['access_denied', 'unauthorized', 'server_error', 'invalid_request'],
    patterns: [
      /compilation failed/i,
      /request failed with status code \d{3}/i,
      /invalid json response body/i,
      /can(?:'|no)t (?:access|read) propert/i,
      /cannot read propert/i,
      /\b[a-z_$][\w$]{0,60} is not (?:defined|a function)\b/i,
      /failed to set (?:session|refresh token) metadata/i,
      /\b(?:TypeError|ReferenceError|SyntaxError)\b/,
    ],
  },

  // The person, consent and sessions
  {
    id: 'authorize.user-cancelled',
    errors: ['access_denied'],
    patterns: [/user (?:has )?cancell?ed the interaction/i],
  },
  {
    // A declined consent screen comes back as a bare access_denied; a denial of an Action or Rule always has words.
    id: 'authorize.consent-declined',
    codes: ['access_denied'],
    bare: true,
    errors: ['access_denied', 'unauthorized'],
    patterns: [
      /user (?:has )?denied (?:your application|the authorization|access)/i,
      /user did not authorize the request/i,
      /^access_denied$/i,
    ],
  },
  {
    id: 'authorize.mfa-required',
    codes: ['mfa_required'],
    errors: ['login_required', 'interaction_required', 'access_denied'],
    patterns: [/multi-?factor authentication required/i],
  },
  { id: 'authorize.login-required', codes: ['login_required'] },
  { id: 'authorize.consent-required', codes: ['consent_required'] },
  { id: 'authorize.interaction-required', codes: ['interaction_required'] },
  {
    id: 'authorize.session-expired',
    errors: ['invalid_request', 'access_denied', 'invalid_grant'],
    patterns: [
      /pressed the back button/i,
      /could(?:n't| not) find your session/i,
      /(?:login )?transaction (?:not found|(?:has )?expired)/i,
      /session (?:has )?expired/i,
    ],
  },
  { id: 'authorize.signup-disabled', errors: ['invalid_request'], patterns: [/sign-?ups? (?:is |are )?disabled/i] },

  // Organizations
  {
    id: 'authorize.organization-connection',
    errors: ['access_denied', 'invalid_request'],
    patterns: [
      /belongs to connection (?<connection>\S{1,200}) that is not part of the (?<organization>\S{1,200}) organization/i,
      /connection is not enabled for this organi[sz]ation/i,
    ],
  },
  {
    id: 'authorize.organization-membership',
    errors: ['access_denied'],
    patterns: [
      /user (?<user>\S{1,300}) is not part of the (?<organization>\S{1,200}) organization/i,
      /is not (?:a )?(?:part|member) of (?:the |this )?(?:\S{1,200} )?organi[sz]ation/i,
    ],
  },
  {
    id: 'authorize.organization-required',
    errors: ['invalid_request'],
    patterns: [/parameter organi[sz]ation is required/i],
  },
  {
    id: 'authorize.organization-name',
    errors: ['invalid_request'],
    patterns: [
      /organi[sz]ation must be an organi[sz]ation id(?! or name)/i,
      /organi[sz]ation must be an organi[sz]ation id or name/i,
      /organi[sz]ation name must have between/i,
      /organi[sz]ation must only contain lowercase/i,
      /parameter organi[sz]ation is invalid:? ?(?<organization>\S{0,200})/i,
    ],
  },
  {
    id: 'authorize.organization-invitation',
    codes: ['invalid_user_invitation_ticket'],
    errors: ['invalid_request'],
    patterns: [/invitation ticket/i, /invalid_user_invitation_ticket/i],
  },
  {
    id: 'authorize.organization-feature',
    errors: ['invalid_request', 'access_denied'],
    patterns: [
      /organi[sz]ations feature is not (?:enabled|supported)/i,
      /client is missing the organi[sz]ations feature/i,
      /users with user_id that longer than/i,
    ],
  },
  {
    id: 'authorize.organization-quota',
    errors: ['access_denied'],
    patterns: [/organi[sz]ation member limit/i],
  },

  // The application and the request
  {
    id: 'authorize.no-connection',
    errors: ['invalid_request', 'access_denied'],
    patterns: [/no connections? (?:are )?enabled for (?:the|this) (?:client|application)/i],
  },
  {
    id: 'authorize.grant-not-allowed',
    errors: ['unauthorized_client', 'unsupported_response_type', 'invalid_request'],
    patterns: [/grant type '?(?<grant>[^'\s]{1,200}?)'? (?:is )?not allowed for the client/i],
  },
  {
    id: 'authorize.par-required',
    errors: ['invalid_request', 'unauthorized_client'],
    patterns: [
      /pushed authori[sz]ation requests? (?:is |are )?required/i,
      /\bPAR\b.{0,40}\brequired/,
      /request_uri .{0,80}required/i,
    ],
  },
  {
    id: 'authorize.unknown-client',
    codes: ['invalid_client'],
    errors: ['invalid_request', 'unauthorized_client'],
    patterns: [
      /unknown client:? ?(?<client>[\w.~-]{0,128})/i,
      /client (?:not found|does not exist)/i,
      /^invalid client\.?$/i,
    ],
  },
  {
    id: 'authorize.service-not-found',
    errors: ['access_denied', 'invalid_request'],
    patterns: [/service not (?:found|enabled within domain):? ?(?<audience>\S{0,2048})/i],
  },
  { id: 'authorize.unsupported-response-type', codes: ['unsupported_response_type'] },
  {
    id: 'authorize.missing-parameter',
    errors: ['invalid_request'],
    patterns: [
      /missing (?:a )?required parameter:? ?(?<parameter>[a-z_]{1,60})/i,
      /the request is missing a required parameter:? ?(?<parameter>[a-z_]{1,60})/i,
    ],
  },
  {
    id: 'authorize.invalid-scope',
    codes: ['invalid_scope'],
    errors: ['invalid_request'],
    patterns: [/online_access and offline_access/i],
  },
  {
    id: 'authorize.error-page',
    patterns: [/something went wrong/i, /misconfiguration in the system or a service outage/i],
  },

  // Denials whose words are the tenant's own: last, so any known wording above wins.
  { id: 'authorize.rule-denied', codes: ['unauthorized'] },
  { id: 'authorize.access-denied', codes: ['access_denied'] },
  { id: 'authorize.server-error', codes: ['server_error', 'temporarily_unavailable'] },
  { id: 'authorize.invalid-request', codes: ['invalid_request', 'unauthorized_client'] },
];

export interface RedirectMatch {
  condition: RedirectCondition;
  captures: Record<string, string>;
}

/**
 * The condition behind an /authorize error: a pattern of its description (or of the page's words) wins, with its
 * code as a tie-break; else the code alone; else nothing (the caller falls back to the token endpoint catalogue).
 */
export function matchRedirect(answer: RedirectAnswer): RedirectMatch | undefined {
  const code = answer.error?.toLowerCase();
  const texts = [answer.description, answer.text].filter((text): text is string => Boolean(text));
  let best: { match: RedirectMatch; score: number } | undefined;
  for (const [index, condition] of redirectConditions.entries()) {
    const related = code !== undefined && (condition.codes?.includes(code) || condition.errors?.includes(code));
    let score = 0;
    let captures: Record<string, string> = {};
    search: for (const text of texts) {
      for (const pattern of condition.patterns ?? []) {
        const found = pattern.exec(text);
        if (found) {
          score = 100 + (related ? 10 : 0);
          captures = clean(found.groups);
          break search;
        }
      }
    }
    const bare = !answer.description?.trim();
    if (!score && code !== undefined && condition.codes?.includes(code)) score = condition.bare ? (bare ? 60 : 0) : 50;
    // Earlier entries are the more specific ones: among equals the first wins.
    if (score && (!best || score - index / 1000 > best.score))
      best = { match: { condition, captures }, score: score - index / 1000 };
  }
  return best?.match;
}

function clean(groups: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== ''),
  );
}
