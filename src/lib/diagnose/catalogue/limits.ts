import type { CatalogueEntry } from './entry';

/** Rate limits, quotas, and a tenant that cannot answer for now. */
export const limits: CatalogueEntry[] = [
  {
    id: 'auth0.m2m-quota',
    endpoints: ['/oauth/token'],
    errors: ['too_many_requests', 'access_denied', 'quota_exceeded'],
    // A quota of tokens, not a word in a project's name ("the quota-monitoring stack").
    descriptions: [/\bquota\b(?!-)/i],
  },
  {
    id: 'auth0.rate-limited',
    codes: ['too_many_requests', 'rate_limit_exceeded', 'rate_limited', 'api_limit'],
    errors: ['too_many_attempts', 'access_denied'],
    descriptions: [
      /rate limit/i,
      /^too many requests?\.?$/i,
      /\blimit of (?:allowed )?(?:calls|requests)\b/i,
      /too many login attempts for this user/i,
    ],
    // In the answer's own sentence; around it, "429 Too Many Requests" is only a client printing the status.
    ownDescriptions: [/too many requests/i],
    // An empty 429, or one that says only its status; or its headers, printed by a log (`{X-RateLimit-Remaining: 0}`).
    bodies: [/^\s*$/, /x-ratelimit-remaining["']?[ \t]*[:=][ \t]*["']?0\b/i],
    status: [429],
  },
  {
    id: 'auth0.management-api-rate-limit',
    endpoints: ['/api/v2'],
    errors: ['too_many_requests'],
    descriptions: [/global limit has been reached/i, /too many requests/i],
    bodies: [/"statusCode"\s*:\s*429/],
    status: [429],
  },
  {
    id: 'auth0.temporarily-unavailable',
    codes: ['temporarily_unavailable'],
    status: [503],
  },
];
