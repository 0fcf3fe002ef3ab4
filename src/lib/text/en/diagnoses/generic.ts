import type { Facts } from '../../../diagnose/facts';

export interface DiagnosisText {
  title: string;
  cause: string;
  fix: string[];
  breadcrumb?: string[];
  docs?: string;
}

const rfc6749 = 'https://www.rfc-editor.org/rfc/rfc6749#section-5.2';

/** RFC 6749 §5.2 (and RFC 8628 §3.5) error codes, explained for an error this page has no entry for. */
export const oauthErrorTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  invalid_request: (f) => ({
    title: 'The request is malformed (invalid_request)',
    cause: `A parameter is missing, repeated or malformed. The answer says: ${f.description ?? 'no details'}.`,
    fix: ['Read the description for the parameter it names, correct it in the form, and send again.'],
    docs: rfc6749,
  }),
  invalid_client: (f) => ({
    title: 'Client authentication failed (invalid_client)',
    cause:
      `The tenant could not authenticate the application: unknown client id, wrong secret, or the wrong authentication method. ${f.description ?? ''}`.trim(),
    fix: [
      'Copy Client ID and Client Secret again from Applications > Applications > your app > Settings.',
      'Match Client authentication to the app’s Credentials > Authentication Method.',
    ],
    breadcrumb: ['Applications', 'Applications', 'your app', 'Credentials'],
    docs: rfc6749,
  }),
  invalid_grant: (f) => ({
    title: 'The grant was refused (invalid_grant)',
    cause: `The code, refresh token, credentials or other grant material is invalid, expired, revoked, or was issued to another client. The answer says: ${f.description ?? 'no details'}.`,
    fix: ['Get fresh grant material (log in again, request a new code or token) and send again.'],
    docs: rfc6749,
  }),
  unauthorized_client: (f) => ({
    title: 'This application may not use this grant (unauthorized_client)',
    cause: `The application is not allowed to use grant type ${f.grant ?? 'sent'}. ${f.description ?? ''}`.trim(),
    fix: [
      'Applications > Applications > your app > Settings > Advanced Settings > Grant Types: tick the grant, then Save.',
    ],
    breadcrumb: ['Applications', 'Applications', 'your app', 'Settings', 'Advanced Settings', 'Grant Types'],
    docs: rfc6749,
  }),
  unsupported_grant_type: (f) => ({
    title: 'Unknown grant type (unsupported_grant_type)',
    cause: `The tenant does not support grant_type ${f.grant ?? ''}: a typo, or a grant this tenant has not enabled.`,
    fix: ['Pick the grant from the Grant type list rather than typing it.'],
    docs: rfc6749,
  }),
  invalid_scope: (f) => ({
    title: 'The scope was refused (invalid_scope)',
    cause: `The requested scope is invalid, unknown or malformed. ${f.description ?? ''}`.trim(),
    fix: [
      'Separate scopes with spaces, and request only scopes defined for the API (Applications > APIs > your API > Permissions).',
    ],
    docs: rfc6749,
  }),
  access_denied: (f) => ({
    title: 'Access denied (access_denied)',
    cause: `The tenant refused the request. The answer says: ${f.description ?? 'no details'}.`,
    fix: ['Read the description: it usually names the API, client grant or rule that refused.'],
    docs: rfc6749,
  }),
  server_error: (f) => ({
    title: 'The tenant reported an error (server_error)',
    cause: `Auth0 could not complete the request. ${f.description ?? ''}`.trim(),
    fix: ['Check Monitoring > Logs in the Dashboard for the matching entry, and your Actions for exceptions.'],
    breadcrumb: ['Monitoring', 'Logs'],
    docs: rfc6749,
  }),
  temporarily_unavailable: () => ({
    title: 'Temporarily unavailable',
    cause: 'The tenant is overloaded or in maintenance.',
    fix: ['Wait a little and send again; check status.auth0.com.'],
    docs: rfc6749,
  }),
  authorization_pending: () => ({
    title: 'Waiting for the user (authorization_pending)',
    cause: 'The user has not approved the request yet. This is normal while polling.',
    fix: ['Keep polling at the interval the authorization response gave (5 s by default).'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
  slow_down: () => ({
    title: 'Polling too fast (slow_down)',
    cause: 'Requests came faster than the allowed interval.',
    fix: ['Add 5 seconds to the polling interval and keep polling.'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
  expired_token: () => ({
    title: 'The code expired (expired_token)',
    cause: 'The device or authorization request expired before the user approved it.',
    fix: ['Start again from the authorization request (e.g. POST /oauth/device/code).'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
};

const at = (f: Facts) => f.endpoint ?? '/oauth/token';

export const fallbackTexts = {
  /** Said first on every fallback: the exact answer is not one this page knows. */
  notKnown: (f: Facts): string =>
    `This page does not know this exact answer from ${at(f)}${f.status ? ` (HTTP ${f.status})` : ''}, so what follows is what its code or status means in general.`,
  checkSuggestions: (): string =>
    'Check the likeliest settings listed below, in order: they are the known conditions of this endpoint with this code or status.',
  pickEndpoint: (): string =>
    'If this answer came from another endpoint than /oauth/token (/userinfo, /passwordless/start, the MFA API…), choose it in Answered by next to the paste box: the same words mean other things there.',
  report: (): string =>
    'Still stuck? Copy report (secrets are redacted) and search it, or post it on community.auth0.com with the entry of Monitoring > Logs that matches.',
  unknownError: (f: Facts): DiagnosisText => ({
    title: `Error “${f.error ?? 'unknown'}” from ${at(f)}`,
    cause: `The code is not one of RFC 6749’s, so it is Auth0’s own or an SDK’s.${f.description ? ` The answer says: “${f.description}”.` : ''}`,
    fix: [
      'Open Monitoring > Logs in the Dashboard: the failed entry of this request names the setting or the script involved.',
    ],
    breadcrumb: ['Monitoring', 'Logs'],
  }),
  rateLimited: (f: Facts): DiagnosisText => ({
    title: 'Rate limited (HTTP 429)',
    cause: `Too many requests to ${at(f)}: the tenant’s rate limit for this endpoint, or attack protection for this user or IP address.${f.retryAfter !== undefined ? ` The answer says to wait ${f.retryAfter} s.` : ''}`,
    fix: [
      f.retryAfter !== undefined
        ? `Wait ${f.retryAfter} s before sending again; avoid retry loops.`
        : 'Wait (the x-ratelimit-reset header says until when) and send again; avoid retry loops.',
      'Cache tokens instead of asking for a new one per request.',
    ],
    docs: 'https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy',
  }),
  notFound: (f: Facts): DiagnosisText => ({
    title: 'Not found (HTTP 404)',
    cause: `Nothing answers at this URL: the path is not ${at(f)} as Auth0 spells it, the feature behind it is off, or ${f.tenantOrigin ?? 'the host'} is not an Auth0 tenant.`,
    fix: [
      'Use the bare tenant domain (or your verified custom domain) and the endpoint’s exact path.',
      'For a legacy endpoint (/oauth/ro, /delegation, /tokeninfo), check Settings > Advanced > Grant Types and the tenant’s legacy switches: new tenants do not have them.',
    ],
  }),
  methodNotAllowed: (f: Facts): DiagnosisText => ({
    title: 'Method not allowed (HTTP 405)',
    cause: `${at(f)} does not accept this HTTP method (token, revoke and passwordless endpoints take POST; /userinfo and the discovery documents take GET).`,
    fix: ['Send with the method the endpoint takes (check a hand-written curl for -X).'],
  }),
  unsupportedMediaType: (): DiagnosisText => ({
    title: 'Unsupported body format (HTTP 415)',
    cause: 'The body is not application/json or application/x-www-form-urlencoded.',
    fix: ['Send with content-type application/json or application/x-www-form-urlencoded.'],
  }),
  unauthorized: (f: Facts): DiagnosisText => ({
    title: `Refused (HTTP ${f.status ?? 401})`,
    cause: `${at(f)} refused the request without saying why in a code: usually the application’s credentials.`,
    fix: [
      'Check Client ID, Client secret and Client authentication against Applications > Applications > your app > Credentials.',
    ],
    breadcrumb: ['Applications', 'Applications', 'your app', 'Credentials'],
  }),
  bearerRefused: (f: Facts): DiagnosisText => ({
    title: `The access token was refused (HTTP ${f.status ?? 401})`,
    cause: `${at(f)} checks the bearer token in the Authorization header, not the application’s secret: the token is missing, expired, for another audience, or lacks a scope this call needs.`,
    fix: [
      'Paste the access token into Paste a token: check exp, aud (the API this endpoint belongs to) and scope.',
      'Send it as Authorization: Bearer <access token>, once.',
    ],
  }),
  serverError: (f: Facts): DiagnosisText => ({
    title: `Server error (HTTP ${f.status ?? 500})`,
    cause:
      'The tenant, one of its scripts (Actions, Rules, Hooks, custom database) or something in front of it failed.',
    fix: [
      'Send again in a moment; check status.auth0.com.',
      'Monitoring > Logs shows the failed entry and the script’s error, if one threw.',
    ],
    breadcrumb: ['Monitoring', 'Logs'],
  }),
  redirect: (f: Facts): DiagnosisText => ({
    title: `Redirected (HTTP ${f.status ?? 302})`,
    cause: `${at(f)} does not redirect an API call; something in front of the tenant did (a proxy, a custom domain setup, or http → https).`,
    fix: ['Use the tenant’s https domain directly.'],
  }),
  html: (f: Facts): DiagnosisText => ({
    title: `An HTML page instead of JSON${f.status ? ` (HTTP ${f.status})` : ''}${f.pageTitle ? `: “${f.pageTitle}”` : ''}`,
    cause: `The answer is a web page, not an API answer: the URL is not the tenant’s ${at(f)}, or a proxy, a login wall or Auth0’s error page answered.${f.trackingId ? ` Its tracking id is ${f.trackingId}.` : ''}`,
    fix: [
      'Check Tenant domain: it must be the Auth0 domain or a verified custom domain.',
      'Read the page’s message below; with a tracking id, Monitoring > Logs or Auth0 support can find the request.',
    ],
  }),
  httpStatus: (f: Facts): DiagnosisText => ({
    title: f.status ? `HTTP ${f.status} without an error code` : 'An answer without an error code or a token',
    cause:
      'The answer is not a token response nor an error with a code. Words without a code are often what a page, an app or a library printed about an answer, not the answer itself.',
    fix: [
      'Find the answer itself: the browser’s network tab (the request to your tenant and its response), the error_description in the URL the login came back to, or the error your SDK wraps; paste that here.',
      'Monitoring > Logs: the tenant’s entry for this attempt (search by the user or the time) names the failure in its type and description.',
    ],
  }),
  noToken: (): DiagnosisText => ({
    title: 'A success without a token',
    cause: 'The answer is 2xx but holds no access_token: this is not what /oauth/token returns.',
    fix: ['Check that the request went to /oauth/token and not to another endpoint.'],
  }),
  success: (f: Facts): DiagnosisText => ({
    title: `${at(f)} answered with success`,
    cause: 'The call was accepted; there is no error to diagnose.',
    fix: [],
  }),
};
