import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seedResponse = readFileSync('src/lib/examples/seed-token-response.json', 'utf8').trim();
const own = JSON.parse(readFileSync('tests/fixtures/pastes/own.json', 'utf8')) as { id: string; text: string }[];
const ownText = (id: string) => own.find((record) => record.id === id)?.text ?? '';

/**
 * A real paste into a box, as the browser delivers it: a clipboard event carrying the text, to the focused box (which
 * is the app's own once it has taken over the static first screen, even if the paste was aimed before that).
 */
async function paste(page: Page, box: Locator, text: string): Promise<void> {
  await box.focus();
  await page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(event);
  }, text);
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

test.describe('the seed’s steps, pasted exactly as zsh shows them into Paste anything', () => {
  for (const [name, text, id] of [
    ['step 2 with its command line, % and the next prompt', ownText('seed-step-2-zsh'), 'auth0.grant-not-allowed'],
    ['step 3, the body with %', ownText('seed-step-3-body-percent'), 'auth0.no-default-connection'],
    ['step 3 with a trailing prompt line', ownText('seed-step-3-trailing-prompt'), 'auth0.no-default-connection'],
    [
      'step 4, the token response with %',
      `dev@MacBook-Air ~ % curl -s https://dev-e3ybvpddsjl3sbd7.us.auth0.com/oauth/token -d @seed\n${seedResponse}%\ndev@MacBook-Air ~ % `,
      'success.token-issued',
    ],
  ] as const) {
    test(name, async ({ page }) => {
      await paste(page, page.getByTestId('paste-anything'), text);
      await expect(page.getByTestId('paste-reading')).toContainText('Read as:');
      const top = page.getByTestId('diagnosis').first();
      await expect(top).toHaveAttribute('data-diagnosis-id', id);
      await expect(page.getByTestId('request-status')).not.toContainText('HTTP ?');
      // The new result has the focus: it is read out, and in view.
      await expect(top.locator('[data-result-title]')).toBeFocused();
    });
  }

  test('step 4 reads as a success, in one line, and the token is decoded', async ({ page }) => {
    await paste(page, page.getByTestId('paste-anything'), `${seedResponse}%`);
    const success = page.locator('[data-testid="diagnosis"][data-diagnosis-id="success.token-issued"]');
    // The seed's token expired long ago: the line says what was issued, and that one thing is not as asked.
    await expect(success).toContainText(
      'Access token issued: a signed JWT (RS256) for https://dev-e3ybvpddsjl3sbd7.us.auth0.com/api/v2/, 7 scopes, valid 1 day. 1 thing not as asked when it arrived, below.',
    );
    await expect(page.locator('[data-testid="diagnosis"][data-severity="error"]')).toHaveAttribute(
      'data-diagnosis-id',
      'success.expired',
    );
    // Notes are notes: no "Fix" heading in them.
    await expect(page.locator('[data-testid="diagnosis"][data-severity="info"]').first()).toBeVisible();
    await expect(page.locator('[data-testid="diagnosis"][data-severity="info"] h4')).toHaveCount(0);
    await expect(page.locator('[data-token-kind="access_token"] [data-testid="scope-list"] li')).toHaveCount(7);
  });
});

test('Paste anything sends a token to the decoder, in view without scrolling', async ({ page }) => {
  const token = JSON.parse(seedResponse).access_token as string;
  await paste(page, page.getByTestId('paste-anything'), `Authorization: Bearer ${token}`);
  await expect(page.getByTestId('paste-reading')).toContainText('an Authorization: Bearer header with a JWT');
  const view = page.locator('[data-testid="token"][data-token-kind="pasted"]');
  await expect(view).toBeInViewport();
  expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('a #token= link shows the decoded token without scrolling', async ({ page }) => {
  const token = JSON.parse(seedResponse).access_token as string;
  await page.goto(`/#token=${token}`);
  const view = page.locator('[data-testid="token"]');
  await expect(view.getByTestId('token-validity')).toBeInViewport();
  await expect(view.getByTestId('token-header')).toBeInViewport();
});

test('what it cannot tell, it says so and offers the choices', async ({ page }) => {
  await paste(page, page.getByTestId('paste-anything'), 'KBSxkmG-OcpA6-cgKBSxkmG-OcpA6-cg');
  await expect(page.getByTestId('paste-reading')).toContainText('Could not tell what this is');
  await page.getByRole('button', { name: 'Decode as a token' }).click();
  await expect(page.getByLabel('Paste a token')).toHaveValue('KBSxkmG-OcpA6-cgKBSxkmG-OcpA6-cg');
});

test('the seed’s curl with YOUR_* placeholders: imported, then Send names them and sends nothing', async ({
  page,
  guard,
}) => {
  await paste(
    page,
    page.getByTestId('paste-anything'),
    `curl --request POST \\
  --url https://YOUR_DOMAIN/oauth/token \\
  --header 'content-type: application/json' \\
  --data '{"grant_type":"password","username": "YOUR_USERNAME","password": "YOUR_PASSWORD","audience": "YOUR_API_IDENTIFIER","client_id": "YOUR_CLIENT_ID","client_secret": "YOUR_CLIENT_SECRET"}'`,
  );
  await expect(page.getByTestId('paste-reading')).toContainText('Imported 6 parameters.');
  await expect(page.getByTestId('paste-reading')).toContainText('Replace the placeholders before sending: YOUR_DOMAIN');
  await expect(page.getByLabel('Tenant domain')).toHaveValue('https://YOUR_DOMAIN');
  const before = guard.requests.length;
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Replace 6 placeholders before sending.' })).toBeVisible();
  await expect(page.getByLabel('Tenant domain')).toBeFocused();
  await expect(page.locator('#field-domain-error')).toContainText('Tenant domain still holds YOUR_DOMAIN');
  await expect(page.locator('#field-client_secret-error')).toContainText('YOUR_CLIENT_SECRET');
  await expect(page.getByTestId('request-status')).toHaveAttribute('data-state', 'idle');
  expect(guard.requests.slice(before)).toEqual([]);
});

interface Snippet {
  id: string;
  curl: string;
  params: Record<string, string>;
}

/** 30 of the mined snippets: every grant, form and JSON bodies, --data-urlencode, comments, heredocs, cmd, prompts. */
const chosen = [
  'docs-integration-l90',
  'docs-myaccount-l91',
  'docs-myorganization-l90',
  'docs-cte-example-use-cases-l251',
  'docs-auth-api-passwordless-db-connections-l118',
  'docs-native-l433',
  'docs-implement-session-delegation-l36',
  'docs-authenticate-with-private-key-jwt-l136',
  'docs-call-your-api-using-the-device-authorization-flow-l278',
  'docs-call-your-api-using-the-client-credentials-flow-l47',
  'docs-call-your-api-using-the-authorization-code-flow-with-pkce-l258',
  'docs-call-your-api-using-resource-owner-password-flow-l74',
  'docs-mobile-push-notifications-with-ciba-l154',
  'docs-call-your-api-using-the-custom-token-exchange-flow-l39',
  'docs-aspnet-core-webapi-l689',
  'docs-on-behalf-of-token-exchange-l516',
  'docs-refresh-token-exchange-with-token-vault-l45',
  'docs-connected-accounts-for-token-vault-l227',
  'docs-connected-accounts-for-token-vault-l246',
  'docs-enroll-challenge-sms-voice-authenticators-l202',
  'docs-challenge-with-recovery-codes-l31',
  'docs-enroll-and-challenge-otp-authenticators-l195',
  'docs-json-web-encryption-l14',
  'docs-configure-and-implement-multi-resource-refresh-token-l397',
  'docs-my-account-api-l572',
  'gh-password-realm-ja-comment',
  'gh-runai-password-realm',
  'gh-headspace-firefox-copy',
  'mr-bat-caret',
  'fireboom-code-exchange-comments',
];
const snippets = readFileSync('tests/fixtures/pastes/curls.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Snippet)
  .filter((snippet) => chosen.includes(snippet.id));

/** The parameters a curl on the page sends: its --data (JSON or form) and its Basic header. */
function curlParams(curl: string): Record<string, string> {
  const data = /--data '((?:[^']|'\\'')*)'|--data (\S+)/.exec(curl);
  const body = (data?.[1] ?? data?.[2] ?? '').replaceAll(`'\\''`, `'`);
  const json = /content-type: application\/json/.test(curl);
  const params: Record<string, string> = json
    ? Object.fromEntries(Object.entries(JSON.parse(body) as Record<string, unknown>).map(([k, v]) => [k, String(v)]))
    : Object.fromEntries(new URLSearchParams(body));
  const basic = /authorization: Basic ([A-Za-z0-9+/=]+)/.exec(curl)?.[1];
  if (basic) {
    const [id, secret] = Buffer.from(basic, 'base64')
      .toString()
      .split(':')
      .map((part) => decodeURIComponent(part));
    Object.assign(params, { client_id: id, client_secret: secret });
  }
  return params;
}

/** The author's value, as written or as the tenant reads it (form values are percent-decoded). */
function same(ours: string | undefined, theirs: string): boolean {
  if (ours === theirs) return true;
  try {
    return ours === decodeURIComponent(theirs.replaceAll('+', ' '));
  } catch {
    return false;
  }
}

test('30 real curl snippets import with every parameter kept, and the page’s curl carries the same', async ({
  page,
}) => {
  expect(snippets).toHaveLength(30);
  await page.getByRole('button', { name: 'Show secrets' }).click();
  for (const snippet of snippets) {
    await page.getByLabel('Import curl command').fill(snippet.curl);
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const notes = page.getByTestId('curl-import-notes');
    await expect(notes, snippet.id).toContainText(/^Imported \d+ parameters?\./);
    const curl = await page.getByLabel('curl command', { exact: true }).inputValue();
    const sent = curlParams(curl);
    expect(Object.keys(sent).sort(), snippet.id).toEqual(Object.keys(snippet.params).sort());
    for (const [name, value] of Object.entries(snippet.params)) {
      expect(same(sent[name], value), `${snippet.id} ${name}: ${sent[name]} for ${value}`).toBe(true);
    }
    expect(curl, snippet.id).toMatch(/^curl -i --request POST/);
  }
});

test('a curl of a step before the token request fills the form for its grant and the step’s box', async ({ page }) => {
  await paste(
    page,
    page.getByTestId('paste-anything'),
    `curl --request POST --url 'https://dev-x.us.auth0.com/passwordless/start' --header 'content-type: application/json' --data '{"client_id": "Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy", "connection": "email", "email": "ada@example.com", "send": "code"}'`,
  );
  await expect(page.getByTestId('paste-reading')).toContainText('the step before the token request');
  await expect(page.getByLabel('Grant type')).toHaveValue('http://auth0.com/oauth/grant-type/passwordless/otp');
  await expect(page.getByLabel('Client ID')).toHaveValue('Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
  const step = page.getByTestId('flow-steps');
  await expect(step.getByLabel('Email address')).toHaveValue('ada@example.com');
});

test('a curl for another endpoint says which, and that the form sends only /oauth/token', async ({ page }) => {
  await paste(
    page,
    page.getByTestId('paste-anything'),
    `curl --request POST --url 'https://{yourDomain}/dbconnections/signup' --header 'content-type: application/json' --data '{"client_id": "{yourClientId}", "email": "a@example.com", "password": "p", "connection": "Username-Password-Authentication"}'`,
  );
  const reading = page.getByTestId('paste-reading');
  await expect(reading).toContainText('Nothing was put in the form');
  await expect(reading).toContainText('This curl calls POST /dbconnections/signup, not /oauth/token');
  await expect(reading).toContainText('This page sends only POST /oauth/token today');
  await expect(page.getByLabel('Tenant domain')).toHaveValue('');
});

test.describe('odd input gets an honest label', () => {
  test('a body without a status line is not "HTTP ?"', async ({ page }) => {
    await page.getByLabel('Paste a response').fill('Unauthorized');
    await page.getByRole('button', { name: 'Diagnose response' }).click();
    await expect(page.getByTestId('request-status')).toHaveText('Body read (no status line) · pasted');
    await expect(page.getByTestId('diagnosis').first()).not.toContainText('HTTP ?');
  });

  test('Auth0’s HTML error page is shown as its words, not its markup', async ({ page }) => {
    await paste(page, page.getByTestId('paste-anything'), ownText('auth0-html-error-page'));
    const html = page.getByTestId('html-page');
    await expect(html).toContainText('Oops!, something went wrong');
    await expect(html).toContainText('TRACKING ID: 9d9a7b2c8e1f4a6b');
    await expect(html).not.toContainText('<div');
  });

  test('a megabyte of x is not an opaque token', async ({ page }) => {
    await paste(page, page.getByLabel('Paste a token'), 'x'.repeat(1024 * 1024));
    await expect(page.getByTestId('token-error')).toHaveAttribute('data-code', 'not-a-token');
    await expect(page.getByTestId('token')).not.toContainText('Opaque token');
  });

  test('Clear and Try an example after a paste too big for the box', async ({ page }) => {
    const box = page.getByLabel('Paste a token');
    await paste(page, box, `${'x'.repeat(150_000)}`);
    await expect(box).toHaveAttribute('placeholder', /150,000-character paste/);
    await page.getByRole('button', { name: 'Clear' }).click();
    await expect(box).toHaveValue('');
    await expect(box).toHaveAttribute('placeholder', 'eyJhbGciOiJSUzI1NiIs…');
    await paste(page, box, `${'x'.repeat(150_000)}`);
    await page.getByRole('button', { name: 'Try an example' }).click();
    await expect(box).toHaveValue(/"access_token"/);
  });
});
