import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { docs, logs, said } from './paths';

/** “Wait 12 s”, or the headers to read when the answer gave no time. */
const wait = (f: Facts) =>
  f.retryAfter !== undefined
    ? `Wait ${f.retryAfter} s (the answer’s ${f.rateLimit ? `limit is ${f.rateLimit} requests, ` : ''}retry time) before sending again.`
    : 'Wait until the time in x-ratelimit-reset (or Retry-After) before sending again.';

/** Rate limits, quotas, and a tenant that cannot answer for now. */
export const limitTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.m2m-quota': (f) => ({
    title: 'Machine-to-machine token quota reached',
    cause: `The tenant issued as many client-credentials tokens as its plan allows for this period.${said(f)}`,
    fix: [
      'Cache tokens until they expire instead of requesting one per call.',
      wait(f),
      'Check Monitoring > Stats, and the plan’s quota.',
    ],
    breadcrumb: ['Monitoring', 'Stats'],
    docs: docs.rateLimits,
  }),
  'auth0.rate-limited': (f) => ({
    title: `Rate limit exceeded${f.endpoint ? ` on ${f.endpoint}` : ''}`,
    cause: `Too many requests for this tenant, application, user or IP address in a short time.${f.retryAfter !== undefined ? ` The answer says to wait ${f.retryAfter} s.` : ''}${f.rateRemaining !== undefined ? ` Requests left in this window: ${f.rateRemaining}.` : ''}`,
    fix: [wait(f), 'Cache tokens and user profiles instead of requesting new ones per call; back off on every 429.'],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
  'auth0.management-api-rate-limit': (f) => ({
    title: 'Management API rate limit',
    cause: `This 429 comes from the Management API (statusCode, message, errorCode): calls made with a Management API token hit the tenant’s limit for it.${f.retryAfter !== undefined ? ` The answer says to wait ${f.retryAfter} s.` : ''}`,
    fix: [wait(f), 'Slow the calls down, batch them (jobs, bulk endpoints), and cache Management API results.'],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
  'auth0.temporarily-unavailable': () => ({
    title: 'Auth0 is temporarily unavailable',
    cause: 'The tenant is overloaded or in maintenance; nothing in your request or settings is wrong.',
    fix: ['Send again in a little while, with a backoff; check status.auth0.com.'],
  }),
};
