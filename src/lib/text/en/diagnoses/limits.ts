import { limitOf, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { docs, logs, said, toolSteps } from './paths';

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
    fix: [
      wait(f),
      {
        userinfo:
          '/userinfo is limited per user (a few calls a minute): read the user from the ID token, or cache the profile, instead of calling it on every page or API request.',
        m2m: 'Get a Machine to Machine token once and reuse it until it expires (cache it across requests and instances), not one per call.',
        token:
          'Look for a loop that asks again and again: a refresh or silent login on every call, or retried at once on each failure.',
        login:
          'Look for a redirect loop between your app and /authorize (the app sends the user back to log in on every callback, often because its session cookie is not kept), or a test script or bot logging in again and again from one IP address.',
        sends:
          'These limits count per user and per IP address: space the sends out (a resend timer in the UI) and never retry them automatically.',
        other: 'Cache tokens and user profiles instead of requesting new ones per call; back off on every 429.',
      }[limitOf(f) ?? 'other'],
      'End-to-end tests that log in through the login page as one user from one machine meet the per-user, per-IP login limit: log in once and reuse the session (cy.session, a saved storage state), or spread the tests over several test users.',
      'Free and development tenants have lower limits: Monitoring > Logs shows each limit met (api_limit), and the rate limit policy gives your plan’s numbers.',
    ],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
  'auth0.management-api-rate-limit': (f) => ({
    title: 'Management API rate limit',
    cause: `This 429 comes from the Management API (statusCode, message, errorCode): calls made with a Management API token hit the tenant’s limit for it.${f.retryAfter !== undefined ? ` The answer says to wait ${f.retryAfter} s.` : ''}`,
    fix: [
      wait(f),
      'Slow the calls down, batch them (jobs, bulk endpoints), and cache Management API results.',
      ...(f.tool === 'Terraform'
        ? ['Terraform sends calls in parallel: lower it with terraform apply -parallelism=2.']
        : []),
      ...toolSteps(f),
    ],
    breadcrumb: logs,
    docs: docs.rateLimits,
  }),
  'auth0.temporarily-unavailable': () => ({
    title: 'Auth0 is temporarily unavailable',
    cause: 'The tenant is overloaded or in maintenance; nothing in your request or settings is wrong.',
    fix: ['Send again in a little while, with a backoff; check status.auth0.com.'],
  }),
};
