import type { Facts } from '../../../diagnose/facts';

const appSettings = ['Applications', 'Applications', 'your app', 'Settings'];

/** Texts of the network-state diagnoses: the browser could not read an answer at all. */
export const networkTexts = {
  corsBlocked: (facts: Facts, secret: boolean, json: boolean) => ({
    title: 'The browser was not allowed to read the answer (CORS)',
    cause: [
      'Auth0 answers /oauth/token to a browser only for a public client (Application Type Single Page Application or Native, with Authentication Method None) and only from an origin listed in Allowed Web Origins and Allowed Origins (CORS).',
      secret
        ? 'This request carries a client secret: a confidential client should never be called from a browser, and no setting makes that right. Use the curl instead.'
        : '',
      json
        ? 'The body is JSON, so the browser asked first (a CORS preflight) and stopped there: the tenant never processed this request.'
        : 'The body is form-encoded, so the browser sent it without asking: the tenant did process it (it is in the tenant’s logs and counts toward brute-force protection), only its answer is hidden from this page.',
    ]
      .filter(Boolean)
      .join(' '),
    fix: [
      'Copy the curl (the button just below), run it in a terminal, and paste its whole output into “Paste a response” under it: the diagnosis continues from there.',
      // With a secret in the request no setting makes a browser call right: the curl is the only way on.
      ...(secret
        ? []
        : [
            `Or, for a public client: add ${facts.pageOrigin} to Allowed Web Origins and to Allowed Origins (CORS), and set Credentials > Authentication Method to None. Save, then send again.`,
          ]),
    ],
    ...(secret ? {} : { breadcrumb: [...appSettings, 'Application URIs', 'Allowed Web Origins'] }),
    docs: 'https://auth0.com/docs/get-started/applications/set-up-cors',
  }),
  corsKeys: (facts: Facts) => ({
    title: 'The browser could not read the tenant’s keys (jwks.json)',
    cause: `This CORS message is about ${facts.tenantOrigin ?? 'the tenant'}/.well-known/jwks.json, not /oauth/token. Auth0 serves its keys to any origin for plain GET requests; a request with custom headers or credentials is preflighted and refused.`,
    fix: [
      'Fetch the JWKS with a plain GET: no Authorization or custom headers, credentials omitted.',
      'Check the domain: a misspelt tenant also ends in a CORS message.',
      'Or verify on your server, where CORS does not apply.',
    ],
  }),
  corsDiscovery: (facts: Facts) => ({
    title: 'The browser could not read the discovery document',
    cause: `This CORS message is about ${facts.tenantOrigin ?? 'the tenant'}/.well-known/openid-configuration. A plain GET is answered to any origin; a library that adds headers triggers a preflight that Auth0 does not accept.`,
    fix: [
      'Fetch the discovery document without extra headers, or configure the library with the issuer’s endpoints directly.',
    ],
  }),
  networkError: (facts: Facts, host?: string) => ({
    title: 'The tenant did not answer',
    cause: [
      'No answer came from the tenant at all, not even to requests that need no CORS permission.',
      host && /^[^.]+\.auth0\.com$/i.test(host)
        ? `${host} has no region: most tenants are NAME.REGION.auth0.com (us, eu, au, jp…).`
        : '',
      'Usual causes: a misspelt domain, a custom domain that is not verified yet, a proxy or firewall, or no network.',
    ]
      .filter(Boolean)
      .join(' '),
    fix: [
      'Copy the Domain from Applications > Applications > your app > Settings > Basic Information and paste it into Tenant domain.',
      'Check that this computer is online, then send again.',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Domain'],
  }),
  timeout: (seconds: number) => ({
    title: `No answer within ${seconds} seconds`,
    cause:
      'The tenant accepted the connection but did not answer in time. Auth0 usually answers in well under a second; a slow Action or Rule, a hook calling a slow service, or a stuck local tenant can take longer.',
    fix: [
      'Send again; raise Timeout if the tenant is known to be slow.',
      'Check the tenant’s Actions (Actions > Triggers > post-login or credentials-exchange) for slow calls, and status.auth0.com for incidents.',
    ],
  }),
  mixedContent: (facts: Facts) => ({
    title: 'Blocked as mixed content',
    cause: `This page is served over https and the tenant address is plain http; browsers refuse such requests. Auth0 tenants are https only.`,
    fix: [`Use https://${facts.tenantOrigin?.replace(/^http:\/\//, '') ?? 'YOUR_DOMAIN'} as Tenant domain.`],
  }),
  redirect: (facts: Facts, location: string | undefined) => ({
    title: 'The tenant answered with a redirect; it was not followed',
    cause: [
      `POST ${facts.tenantOrigin ?? 'the tenant'}/oauth/token was answered with a redirect to ${location ?? 'an address the browser does not reveal to pages'}.`,
      'An Auth0 token endpoint never redirects. A browser following a 307 or 308 would send the whole body (client secret, password, code) to that address, so this page stopped there: nothing was sent to it and nothing from it is shown.',
      'What answered is not the tenant itself: a misspelt or old domain, a custom domain pointing somewhere else, or a proxy or gateway in front of the tenant.',
    ].join(' '),
    fix: [
      'Copy the Domain from Applications > Applications > your app > Settings > Basic Information, or your verified custom domain, into Tenant domain, and send again.',
      'If a proxy or gateway sits in front of the tenant, send to the tenant directly: a proxy must pass /oauth/token through, never redirect it.',
      'To see where the redirect points: run the curl below with -i (curl follows no redirect unless given -L; do not add it) and read the Location header.',
    ],
    breadcrumb: [...appSettings, 'Basic Information', 'Domain'],
  }),
  interrupted: (facts: Facts) => ({
    title: `The answer was cut off${facts.status ? ` (HTTP ${facts.status})` : ''}`,
    cause:
      'The status and headers arrived, then the connection dropped before the body was whole: a proxy or VPN cutting the answer, an unstable network, or the server failing mid-answer. It is not CORS: the browser let the page read the headers. The request did reach the tenant and may have taken effect: an authorization code, a one-time password or a rotated refresh token may now be used up.',
    fix: [
      'Send again; a one-time credential (code, OTP, rotated refresh token) needs a fresh one.',
      'If it happens every time, run the curl below with -i and paste its output into “Paste a response”.',
    ],
  }),
  cancelled: () => ({
    title: 'Request cancelled',
    cause:
      'You cancelled the request, so its answer was not read. It may have reached the tenant already and taken effect: a one-time code or a rotated refresh token may now be used up.',
    fix: ['Send again when ready.'],
  }),
  pageError: () => ({
    title: 'This page failed while sending',
    cause:
      'Something in this page went wrong before an answer could be read; the browser’s message is below. It says nothing about the tenant.',
    fix: [
      'Copy the curl below, run it in a terminal, and paste its output into “Paste a response”.',
      'Reload the page and send again.',
    ],
  }),
};
