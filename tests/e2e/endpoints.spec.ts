import { expect, test } from './fixtures';
import type { Page } from '@playwright/test';

/**
 * Answers from every endpoint a token flow runs into, pasted as a person would: `curl -v` (the request line names
 * the endpoint), a command line with its output, a browser console line, a redirect back, or `curl -i` with the
 * endpoint chosen next to the paste box. Each shows the card of its condition, and says which endpoint answered.
 */

interface Case {
  name: string;
  paste: string;
  /** Chosen in "Answered by" before pasting, when the paste does not say. */
  choose?: string;
  id: string;
  endpoint: string;
  source: string;
  /** Words the card must show: the setting it names, a fact it quotes. */
  shows?: string | RegExp;
}

const verbose = (request: string, status: string, headers: string[], body: string) =>
  [
    '*   Trying 104.18.0.1:443...',
    '* Connected to dev-x.us.auth0.com (104.18.0.1) port 443 (#0)',
    `> ${request} HTTP/2`,
    '> Host: dev-x.us.auth0.com',
    '> user-agent: curl/8.5.0',
    '>',
    `< HTTP/2 ${status} `,
    ...headers.map((header) => `< ${header}`),
    '<',
    body,
    '* Connection #0 to host dev-x.us.auth0.com left intact',
  ].join('\n');

const include = (status: string, headers: string[], body: string) =>
  [`HTTP/2 ${status} `, 'date: Mon, 01 Jan 2024 12:00:00 GMT', ...headers, '', body].join('\n');

const cases: Case[] = [
  {
    name: 'curl -v of /userinfo: an expired token, said only in WWW-Authenticate',
    paste: verbose(
      'GET /userinfo',
      '401',
      ['www-authenticate: Bearer realm="Users", error="invalid_token", error_description="The token has expired"'],
      '',
    ),
    id: 'auth0.userinfo-token-expired',
    endpoint: '/userinfo',
    source: 'verbose',
  },
  {
    name: 'curl -v of /passwordless/start: "Connection does not exist" is the passwordless connection',
    paste: verbose(
      'POST /passwordless/start',
      '400',
      ['content-type: application/json'],
      '{"error":"bad.connection","error_description":"Connection does not exist"}',
    ),
    id: 'auth0.passwordless-connection-not-found',
    endpoint: '/passwordless/start',
    source: 'verbose',
    shows: 'Authentication > Passwordless',
  },
  {
    name: 'curl -v of /mfa/associate: an enrolled user is not told to enrol',
    paste: verbose(
      'POST /mfa/associate',
      '403',
      ['content-type: application/json'],
      '{"error":"access_denied","error_description":"User is already enrolled."}',
    ),
    id: 'auth0.mfa-already-enrolled',
    endpoint: '/mfa/associate',
    source: 'verbose',
  },
  {
    name: 'curl -v of the Management API: the scopes it misses',
    paste: verbose(
      'GET /api/v2/clients',
      '403',
      ['content-type: application/json; charset=utf-8', 'x-ratelimit-limit: 50', 'x-ratelimit-remaining: 49'],
      '{"statusCode":403,"error":"Forbidden","message":"Insufficient scope, expected any of: read:clients, read:client_summary","errorCode":"insufficient_scope"}',
    ),
    id: 'auth0.management-api-insufficient-scope',
    endpoint: '/api/v2',
    source: 'verbose',
    shows: 'read:clients, read:client_summary',
  },
  {
    name: 'curl -v of /oauth/revoke: the application’s credentials',
    paste: verbose(
      'POST /oauth/revoke',
      '401',
      ['content-type: application/json'],
      '{"error":"invalid_client","error_description":"Client authentication failed"}',
    ),
    id: 'auth0.client-authentication-failed',
    endpoint: '/oauth/revoke',
    source: 'verbose',
  },
  {
    name: 'a curl command with its output: /passwordless/start and a malformed email',
    paste: [
      'me@laptop ~ % curl -s https://dev-x.us.auth0.com/passwordless/start \\',
      "  -H 'content-type: application/json' \\",
      '  -d \'{"client_id":"abc","connection":"email","email":"food","send":"code"}\'',
      '{"error":"bad.email","error_description":"error in email - email format validation failed: food"}',
    ].join('\n'),
    id: 'auth0.passwordless-parameter',
    endpoint: '/passwordless/start',
    source: 'command',
    shows: 'email',
  },
  {
    name: 'a console line: /userinfo answered 401',
    paste: 'GET https://dev-x.us.auth0.com/userinfo 401 (Unauthorized)',
    id: 'auth0.userinfo-token-invalid',
    endpoint: '/userinfo',
    source: 'console',
  },
  {
    name: 'the callback URL after /authorize: a user outside the organization',
    paste:
      'https://app.example.com/callback?error=access_denied&error_description=user%20google-oauth2%7C1000%20is%20not%20part%20of%20the%20org_KsbBhzesUXlz9lFo%20organization&state=abc',
    id: 'auth0.organization-not-member',
    endpoint: '/authorize',
    source: 'url',
    shows: 'Members',
  },
  {
    name: 'curl -i of /userinfo chosen by hand: "Unauthorized" is the access token, not the secret',
    paste: include('401', ['content-type: text/plain'], 'Unauthorized'),
    choose: '/userinfo',
    id: 'auth0.userinfo-token-invalid',
    endpoint: '/userinfo',
    source: 'chosen',
  },
  {
    name: 'the same curl -i with nothing chosen: /oauth/token, the application’s credentials',
    paste: include('401', ['content-type: text/plain'], 'Unauthorized'),
    id: 'auth0.client-authentication-failed',
    endpoint: '/oauth/token',
    source: 'default',
    shows: 'Authentication Method',
  },
  {
    name: 'curl -i of /bc-authorize chosen by hand',
    paste: include(
      '400',
      ['content-type: application/json'],
      '{"error":"invalid_request","error_description":"binding_message is required"}',
    ),
    choose: '/bc-authorize',
    id: 'auth0.ciba-binding-message',
    endpoint: '/bc-authorize',
    source: 'chosen',
  },
  {
    name: 'curl -i of /dbconnections/signup: the {name, code, description} shape',
    paste: include(
      '400',
      ['content-type: application/json'],
      '{"name":"BadRequestError","code":"user_exists","description":"The user already exists.","statusCode":400}',
    ),
    choose: '/dbconnections/signup',
    id: 'auth0.user-exists',
    endpoint: '/dbconnections/signup',
    source: 'chosen',
  },
  {
    name: 'curl -i of your own API: a challenge naming the scope it wants',
    paste: include(
      '403',
      ['www-authenticate: Bearer realm="api", error="insufficient_scope", scope="read:orders"', 'content-length: 0'],
      '',
    ),
    choose: 'api',
    id: 'auth0.api-insufficient-scope',
    endpoint: 'api',
    source: 'chosen',
    shows: 'read:orders',
  },
  {
    name: 'curl -i of a rate-limited /oauth/token: how long to wait',
    paste: include(
      '429',
      ['content-type: application/json', 'retry-after: 12', 'x-ratelimit-limit: 30', 'x-ratelimit-remaining: 0'],
      '{"error":"too_many_requests","error_description":"Rate limit exceeded."}',
    ),
    id: 'auth0.rate-limited',
    endpoint: '/oauth/token',
    source: 'default',
    shows: 'Wait 12 s',
  },
  {
    name: 'Auth0’s hosted error page, as HTML, from /authorize',
    paste: include(
      '400',
      ['content-type: text/html; charset=utf-8'],
      '<!DOCTYPE html><html><head><title>Error</title><style>body{font-family:sans-serif}</style></head><body>' +
        '<h1>Oops!, something went wrong</h1><p>TECHNICAL DETAILS</p><p><span>invalid_request</span>: ' +
        '<span>Unknown client: xyz123</span></p><p>Tracking ID: <span>7fa4c1e2b3d4a5f6e7d8</span></p></body></html>',
    ),
    choose: '/authorize',
    id: 'auth0.unknown-client',
    endpoint: '/authorize',
    source: 'chosen',
  },
  {
    name: 'a tenant log entry from Monitoring > Logs: its details say why the client authentication failed',
    paste: JSON.stringify(
      {
        date: '2025-03-04T10:11:12.000Z',
        type: 'feccft',
        description: 'Failed client authentication',
        client_id: 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy',
        details: {
          client_authentication_error: "'exp' claim must specify a time that is no more than 5 minutes after 'iat'",
        },
        log_id: '90020250304101112000000000000000000000000000000000000',
      },
      null,
      2,
    ),
    id: 'auth0.client-assertion',
    endpoint: '/oauth/token',
    source: 'default',
    // The words quoted are the details' reason that named the condition, not the log's generic description.
    shows: "'exp' claim must specify a time",
  },
  {
    name: 'Terraform’s output of a Management API 409, with the endpoint chosen: still in use, not only "exists"',
    paste: [
      'auth0_action.my_action: Destroying... [id=a1b2c3]',
      '╷',
      '│ Error: 409 Conflict: Unable to delete an action bound to a trigger.',
      '│ ',
      '│   with auth0_action.my_action,',
      '╵',
    ].join('\n'),
    choose: '/api/v2',
    id: 'auth0.management-api-conflict',
    endpoint: '/api/v2',
    source: 'chosen',
    shows: 'Actions > Triggers',
  },
  {
    name: 'a redirect back carrying a Rule’s exception: its settings, not a denial to search for',
    paste:
      'https://app.example.com/callback?error=access_denied&error_description=The%20%22config.server%22%20property%20is%20required%20and%20must%20be%20of%20type%20string.&state=abc',
    id: 'auth0.access-denied',
    endpoint: '/authorize',
    source: 'url',
    shows: 'Auth Pipeline > Rules > Settings',
  },
  {
    name: 'a legacy endpoint a new tenant does not have, as curl -v shows its 404',
    paste: verbose('GET /user/ssodata', '404', ['content-type: text/plain'], 'Not Found'),
    id: 'auth0.legacy-endpoint-gone',
    endpoint: '/user/ssodata',
    source: 'verbose',
    shows: 'checkSession',
  },
  {
    name: 'embedded login’s web_message from /authorize, its answer inside: third-party cookies',
    paste: JSON.stringify({
      type: 'authorization_response',
      response: { error: 'invalid_request', error_description: 'Unknown login ticket.', state: 's' },
    }),
    choose: '/authorize',
    id: 'auth0.cross-origin-verification',
    endpoint: '/authorize',
    source: 'chosen',
    shows: 'Cross-Origin Verification Fallback',
  },
  {
    name: 'a browser console line: the page’s own Content-Security-Policy blocked the token request',
    paste:
      "Refused to connect to 'https://dev-x.us.auth0.com/oauth/token' because it violates the following Content Security Policy directive: \"connect-src 'self'\".",
    id: 'auth0.csp-blocked',
    endpoint: '/oauth/token',
    source: 'console',
    shows: 'connect-src',
  },
  {
    name: 'a Python traceback: the application crashed reading the ID token, not the tenant',
    paste: [
      'Traceback (most recent call last):',
      '  File "/srv/app/venv/lib/python3.12/site-packages/authlib/integrations/flask_client/apps.py", line 99, in authorize_access_token',
      '    token = self.fetch_access_token(**params)',
      "KeyError: 'id_token'",
    ].join('\n'),
    id: 'auth0.app-crash',
    endpoint: '/oauth/token',
    source: 'default',
    shows: 'openid',
  },
  {
    name: 'a Universal Login page’s own text, with /authorize chosen: the email provider failed',
    paste: "We couldn't send the email. Please try again later.",
    choose: '/authorize',
    id: 'auth0.email-provider-error',
    endpoint: '/authorize',
    source: 'chosen',
    shows: 'Branding > Email Provider',
  },
  {
    name: 'a person’s prose with the answer quoted in it: the JSON inside is read, and the URL shows the parameters in the query',
    paste: [
      'when I get to step 4 and 5 to exchange the authorization_code I am getting this error message back: `{"error":"access_denied","error_description":"Unauthorized"}`.',
      '',
      'var url = `https://${process.env.AUTH0_CLIENT_DOMAIN}/oauth/token?client_id=${id}&client_secret=${secret}&code=${code}&grant_type=authorization_code`;',
      'Wreck.post(url, (err, res, payload) => { console.log(payload.toString()); });',
    ].join('\n'),
    choose: '/oauth/token',
    id: 'auth0.client-authentication-failed',
    endpoint: '/oauth/token',
    source: 'chosen',
    shows: 'only from the request body',
  },
  {
    name: 'an Android issue’s words after the login: the browser could not open the app’s callback',
    paste:
      'after entering correct login and password and pressing "Sign-in" button, the new website opens with an error (This site can\'t be reached - ERR_UNKNOWN_URL_SCHEME).',
    choose: '/authorize',
    id: 'auth0.callback-not-captured',
    endpoint: '/authorize',
    source: 'chosen',
    shows: 'in lower case',
  },
  {
    name: 'Google’s page for a redirect it does not know: the provider’s app, not Auth0’s Allowed Callback URLs',
    paste:
      'Error 400: redirect_uri_mismatch\n\nYou can’t sign in to this app because it doesn’t comply with Google’s OAuth 2.0 policy.',
    choose: '/authorize',
    id: 'auth0.idp-redirect-uri-not-registered',
    endpoint: '/authorize',
    source: 'chosen',
    shows: '/login/callback',
  },
  {
    name: 'a Java API’s log: a token library’s error names the person’s own API as what answered',
    paste:
      'Caused by: io.jsonwebtoken.IncorrectClaimException: Expected iss claim to be: https://dev-x.eu.auth0.com, but was: https://dev-x.eu.auth0.com/.',
    id: 'auth0.api-issuer-mismatch',
    endpoint: 'api',
    source: 'library',
    shows: 'trailing slash',
  },
  {
    name: 'Go’s oauth2 error around Auth0’s answer: the code inside, not the client’s status words',
    paste:
      'oauth2: cannot fetch token: 429 Too Many Requests\nResponse: {"error":"too_many_attempts","error_description":"Your account has been blocked after multiple consecutive login attempts."}',
    choose: '/oauth/token',
    id: 'auth0.too-many-attempts',
    endpoint: '/oauth/token',
    source: 'chosen',
  },
  {
    name: 'a Go service that reads the keys: an old tenant’s legacy x5t, fixed by rotating the signing key',
    paste:
      'WARN JWT Invalid api_id=4399 error=Validation error. Failure while decoding the jwk retrieved from the endpoint https://dev-x.eu.auth0.com/.well-known/jwks.json: square/go-jose: invalid JWK, x5t header is of incorrect size',
    choose: '/.well-known/jwks.json',
    id: 'auth0.jwks-legacy-x5t',
    endpoint: '/.well-known/jwks.json',
    source: 'chosen',
    shows: 'Rotate Signing Key',
  },
];

async function paste(page: Page, text: string, choose?: string): Promise<void> {
  if (choose) await page.getByLabel('Answered by').selectOption(choose);
  await page.getByLabel('Paste a response').fill(text);
  await page.getByRole('button', { name: 'Diagnose response' }).click();
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

for (const one of cases) {
  test(one.name, async ({ page }) => {
    await paste(page, one.paste, one.choose);
    const card = page.getByTestId('diagnosis').first();
    await expect(card).toHaveAttribute('data-diagnosis-id', one.id);
    await expect(card).toHaveAttribute('data-endpoint', one.endpoint);
    await expect(card).toHaveAttribute('data-endpoint-source', one.source);
    await expect(card.getByTestId('diagnosis-endpoint')).toContainText(/^Answered by /);
    await expect(card.getByTestId('diagnosis-fix')).not.toBeEmpty();
    if (one.shows) await expect(card).toContainText(one.shows);
  });
}

test('a new choice of endpoint re-reads what is already pasted', async ({ page }) => {
  await paste(page, include('401', ['content-type: text/plain'], 'Unauthorized'));
  const card = page.getByTestId('diagnosis').first();
  await expect(card).toHaveAttribute('data-diagnosis-id', 'auth0.client-authentication-failed');
  await page.getByLabel('Answered by').selectOption('/userinfo');
  await expect(card).toHaveAttribute('data-diagnosis-id', 'auth0.userinfo-token-invalid');
  await expect(card.getByTestId('diagnosis-endpoint')).toContainText('GET /userinfo');
  await expect(card).not.toContainText(/client secret/i);
});

test('an answer no entry knows: said plainly, the likeliest settings ranked, and a report to copy', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await paste(page, include('401', ['content-length: 0'], ''), '/oauth/token');
  const card = page.getByTestId('diagnosis').first();
  await expect(card).toHaveAttribute('data-diagnosis-id', 'generic.unauthorized');
  await expect(card).toContainText('does not know this exact answer');
  const suggestions = card.getByTestId('diagnosis-suggestion');
  await expect(suggestions.first()).toHaveAttribute('data-diagnosis-id', 'auth0.client-authentication-failed');
  await expect(suggestions.first()).toContainText('Authentication Method');
  await page.getByRole('button', { name: 'Copy report' }).click();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('generic.unauthorized');
});
