import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedTenant, startTenant } from '../tenant/server';
import { budgetMs, expectNoLongTask, paste, settle, watchLongTasks, type Clipboard } from './long-tasks';

const tenMB = 10 * 1024 * 1024;

test.beforeEach(async ({ page }) => {
  await watchLongTasks(page);
  // The test drives the page's clock, so the 15-second ticks of a minute run at once.
  await page.clock.install();
});

/** A minute on the page's clock: four ticks, each bringing relative times up to date, none diagnosing again. */
async function aMinuteLater(page: Page, what: string): Promise<void> {
  await page.clock.runFor(60_000);
  await expectNoLongTask(page, `${what}, a minute later`);
}

const errorBody = (unit: string, chars: number): Clipboard => ({
  unit,
  chars,
  before: 'HTTP/2 400 \ncontent-type: application/json\n\n{"error":"invalid_request","error_description":"',
  after: '"}',
});

test('adversarial descriptions pasted as responses are diagnosed without a long task', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Paste a response')).toBeEditable();
  await settle(page);
  const units = [
    'a',
    '0',
    'is required ',
    'grant type ',
    'invalid refresh ',
    'has not been granted scope ',
    ' ',
    '\\"',
  ];
  for (const [index, unit] of [...units, "'", '`', '{{{{[[[[', 'a=', 'eyJ'].entries()) {
    await paste(page, 'Paste a response', errorBody(unit, 100_000));
    await expect(page.getByTestId('attempt')).toHaveCount(index + 1);
    await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-severity', 'error');
    await expectNoLongTask(page, `a description of ${JSON.stringify(unit)} × n`);
  }
  await aMinuteLater(page, 'the adversarial descriptions');
});

test('a link with a #token= of 400,000 quotes opens without a long task', async ({ page }) => {
  const link = `/#token=${'"'.repeat(400_000)}`;
  const opened = async () => {
    await expect(page.getByTestId('token-error')).toHaveAttribute('data-code', 'empty-token');
    await expect(page.getByLabel('Paste a token')).toHaveValue('');
    await expect(page.getByLabel('Paste a token')).toHaveAttribute('placeholder', /400,000-character paste/);
    expect(new URL(page.url()).hash).toBe('');
  };
  // Opened in a fresh tab, the longest task includes loading the page itself, which another test suite sharing the
  // CPU can stretch; the quietest of three loads is what the page's own work costs.
  const longest: number[] = [];
  for (let attempt = 0; attempt < 3 && !longest.some((ms) => ms <= budgetMs); attempt++) {
    await page.goto('/');
    await page.goto(link);
    await opened();
    await page.waitForTimeout(300);
    longest.push(Math.max(0, ...(await page.evaluate(() => window.__longTasks?.splice(0) ?? []))));
  }
  test.info().annotations.push({ type: 'longest task', description: `opening the link: ${longest.join(', ')} ms` });
  expect(Math.min(...longest), 'longest task opening the link, quietest of three').toBeLessThanOrEqual(budgetMs);
  await aMinuteLater(page, 'the link');

  // The same link arriving in an open page (hashchange): only the page's own handling is timed, and, as above, the
  // quietest of three is its cost (the closing note of stop 19 records the spread: 150–230 ms on this machine).
  const arriving: number[] = [];
  for (let attempt = 0; attempt < 3 && !arriving.some((ms) => ms <= budgetMs); attempt++) {
    await page.goto('/');
    await settle(page);
    await page.evaluate(() => window.__longTasks?.splice(0));
    await page.evaluate((hash) => (location.hash = hash), link.slice(1));
    await opened();
    await page.waitForTimeout(300);
    arriving.push(Math.max(0, ...(await page.evaluate(() => window.__longTasks?.splice(0) ?? []))));
  }
  test
    .info()
    .annotations.push({ type: 'longest task', description: `the link in an open page: ${arriving.join(', ')} ms` });
  expect(Math.min(...arriving), 'longest task, the link in an open page, quietest of three').toBeLessThanOrEqual(
    budgetMs,
  );
});

test('a 10 MB response pasted into Paste a response is diagnosed, summarised in the box, shown in part', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByLabel('Paste a response')).toBeEditable();
  await settle(page);
  await paste(page, 'Paste a response', errorBody('a_param is required ', tenMB));
  const card = page.getByTestId('diagnosis').first();
  await expect(card).toHaveAttribute('data-diagnosis-id', 'auth0.missing-parameter');
  await expect(page.getByTestId('request-status')).toContainText('HTTP 400');
  await expect(page.getByLabel('Paste a response')).toHaveValue('');
  await expect(page.getByLabel('Paste a response')).toHaveAttribute('placeholder', /10,485,[0-9]{3}-character paste/);
  await expect(page.getByTestId('raw-body').locator('pre')).toHaveCount(1);
  await expectNoLongTask(page, 'pasting 10 MB');
  await aMinuteLater(page, 'the 10 MB paste');
  // Typing replaces the summary with what is typed.
  await page.getByLabel('Paste a response').fill('{"error":"access_denied","error_description":"Unauthorized"}');
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  await expect(card).toHaveAttribute('data-diagnosis-id', 'auth0.client-authentication-failed');
});

test('a 1 MB curl pasted into Import curl command: refused by its length, summarised, no long task', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByLabel('Import curl command')).toBeEditable();
  await settle(page);
  await paste(page, 'Import curl command', {
    unit: ` -d 'p=${'v'.repeat(40)}'`,
    chars: 1_000_000,
    before: 'curl -X POST https://dev-x.us.auth0.com/oauth/token -d grant_type=client_credentials',
  });
  await expect(page.getByTestId('curl-import-notes')).toContainText('a curl for /oauth/token is far shorter');
  await expect(page.getByLabel('Import curl command')).toHaveValue('');
  await expect(page.getByLabel('Import curl command')).toHaveAttribute('placeholder', /character paste is in this box/);
  await expect(page.getByLabel('Client ID')).toHaveValue('');
  await expectNoLongTask(page, 'importing a 1 MB curl', 100);
});

test('a 10 MB token pasted into Paste a token decodes without a long task', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Paste a token')).toBeEditable();
  await settle(page);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const [header, claims] = [part({ alg: 'RS256' }), part({ big: 'x'.repeat(7 * 1024 * 1024), exp: 4102444800 })];
  await paste(page, 'Paste a token', { unit: claims, chars: claims.length, before: `${header}.`, after: '.c2ln' });
  await expect(page.locator('[data-claim="big"]').getByRole('button', { name: /Show all 7,340,032/ })).toBeVisible();
  await expect(page.getByLabel('Paste a token')).toHaveValue('');
  await expectNoLongTask(page, 'pasting a 10 MB token');
  await aMinuteLater(page, 'the 10 MB token');
});

test('a 10 MB body answered by the tenant: diagnosed, shown in part, then all of it, without a long task', async ({
  page,
  guard,
  baseURL,
}) => {
  const tenant = await startTenant(seedTenant(new URL(baseURL ?? '').origin));
  guard.allowOrigin(tenant.origin);
  const body = JSON.stringify({ error: 'invalid_request', error_description: 'a'.repeat(tenMB) });
  tenant.override('POST /oauth/token', ({ headers }, response) =>
    response
      .writeHead(400, { 'content-type': 'application/json', 'access-control-allow-origin': headers.origin ?? '' })
      .end(body),
  );
  try {
    await page.goto('/');
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    await page.getByLabel('Grant type').selectOption('client_credentials');
    await page.getByLabel('Client ID').fill('Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
    await page.getByLabel('Client secret').fill('seed-client-secret-3f9a');
    await settle(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-status')).toContainText('HTTP 400');
    // An unknown sentence with invalid_request from client credentials: the tenant's own credentials-exchange code.
    await expect(page.getByTestId('diagnosis').first()).toHaveAttribute(
      'data-diagnosis-id',
      'auth0.credentials-exchange-denied',
    );
    await expect(page.getByTestId('diagnosis').first()).toContainText('aaaa…');
    await expect(page.getByTestId('raw-body').locator('pre')).toHaveCount(1);
    await expectNoLongTask(page, 'receiving 10 MB');
    await aMinuteLater(page, 'the 10 MB answer');

    await page.getByRole('button', { name: 'Show all 10,241 KB' }).click();
    await expect(page.getByTestId('raw-body').locator('pre')).toHaveCount(641);
    await expectNoLongTask(page, 'showing all 10 MB');
  } finally {
    await tenant.close();
  }
});

test('a clock tick does not diagnose again: the cards speak of when the token arrived, its view of now', async ({
  page,
}) => {
  await page.goto('/');
  const now = Math.floor((await page.evaluate(() => Date.now())) / 1000);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const token = `${part({ alg: 'RS256', typ: 'JWT' })}.${part({ iss: 'https://t.us.auth0.com/', iat: now, exp: now + 30 })}.c2ln`;
  const response = JSON.stringify({ access_token: token, token_type: 'Bearer', expires_in: 30 });
  await page.getByLabel('Paste a response').fill(`HTTP/2 200 \ncontent-type: application/json\n\n${response}`);
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="success.token-issued"]')).toHaveCount(1);
  const validity = page.locator('[data-token-kind="access_token"] [data-testid="token-validity"]');
  await expect(validity).toHaveAttribute('data-status', 'valid');
  await settle(page);
  await aMinuteLater(page, 'a token that expires within the minute');
  await expect(validity).toHaveAttribute('data-status', 'expired');
  await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="success.expired"]')).toHaveCount(0);
  await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="success.token-issued"]')).toContainText(
    'As asked, as of when it arrived.',
  );
});
