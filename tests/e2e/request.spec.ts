import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { expect, test } from './fixtures';
import { seedTenant, startTenant, type LocalTenant } from '../tenant/server';
import type { Page } from '@playwright/test';

const clientId = 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy';
const clientSecret = 'seed-client-secret-3f9a';

let tenant: LocalTenant;

test.beforeEach(async ({ page, guard, baseURL }) => {
  tenant = await startTenant(seedTenant(new URL(baseURL ?? '').origin));
  guard.allowOrigin(tenant.origin);
  await page.goto('/');
});

test.afterEach(async () => {
  await tenant.close();
});

async function fillSeedRequest(page: Page) {
  await page.getByLabel('Tenant domain').fill(tenant.origin);
  await page.getByLabel('Grant type').selectOption('password');
  await page.getByLabel('Client ID').fill(clientId);
  await page.getByLabel('Client secret').fill(clientSecret);
  await page.getByLabel('Username').fill('dev@example.com');
  await page.getByLabel('Password', { exact: true }).fill('correct horse');
  await page.getByLabel('Audience').fill(`${tenant.origin}/api/v2/`);
}

const status = (page: Page) => page.getByTestId('request-status');

test('the seed story, sent from the page: grant off, no default connection, then a token', async ({ page }) => {
  await fillSeedRequest(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'http');
  await expect(status(page)).toContainText('HTTP 403');
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
  await expect(page.getByTestId('diagnosis').first().getByTestId('diagnosis-fix')).toContainText('Grant Types');

  tenant.config.clients[0]?.grantTypes.push('password');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toContainText('HTTP 500');
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute(
    'data-diagnosis-id',
    'auth0.no-default-connection',
  );
  await expect(page.getByTestId('diagnosis').first().getByTestId('diagnosis-fix')).toContainText('Default Directory');

  tenant.config.defaultDirectory = 'Username-Password-Authentication';
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toContainText('HTTP 200');
  const token = page.locator('[data-testid="token"][data-token-kind="access_token"]');
  await expect(token.locator('[data-claim="gty"]')).toContainText('password');
  await expect(token.getByTestId('scope-list').locator('li')).toHaveCount(7);
  await expect(token.getByTestId('token-validity')).toHaveAttribute('data-status', 'valid');
  await expect(
    page.locator('[data-testid="diagnosis"][data-diagnosis-id="success.management-api-user-token"]'),
  ).toContainText('*:current_user*');

  const attempts = page.getByTestId('attempt');
  await expect(attempts).toHaveCount(3);
  await expect(attempts.nth(0)).toHaveAttribute('data-severity', 'success');
  await expect(attempts.nth(1)).toHaveAttribute('data-diagnosis-id', 'auth0.no-default-connection');
  await expect(attempts.nth(2)).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
  await expect(attempts.nth(2)).toContainText(
    'Password grant not enabled for this application → Grant Types › Password',
  );
  await expect(attempts.nth(1)).toContainText(
    'No default connection for the password grant → API Authorization Settings › Default Directory',
  );
});

test('a blocked origin: CORS named, the curl handed over, its real output pasted back and decoded', async ({
  page,
  context,
  baseURL,
}) => {
  tenant.config.clients[0]?.grantTypes.push('password');
  tenant.config.defaultDirectory = 'Username-Password-Authentication';
  tenant.config.clients.forEach((client) => (client.allowedOrigins = []));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await fillSeedRequest(page);
  await page.getByRole('button', { name: 'Send request' }).click();

  await expect(status(page)).toHaveAttribute('data-state', 'cors-blocked');
  const diagnosis = page.getByTestId('diagnosis').first();
  await expect(diagnosis).toHaveAttribute('data-diagnosis-id', 'network.cors-blocked');
  // The request carries a client secret: no origin setting makes a browser call right, so none is advised.
  await expect(diagnosis).toContainText('This request carries a client secret');
  await expect(diagnosis).not.toContainText(`add ${new URL(baseURL ?? '').origin}`);
  await expect(diagnosis).toContainText('openid-configuration answered');
  // Focus is on what appeared (the card's title); the box for the curl's output is right under the card.
  await expect(diagnosis.locator('[data-result-title]')).toBeFocused();
  await expect(page.getByTestId('curl-fallback').getByLabel('Paste a response')).toBeVisible();
  // A JSON body is preflighted: the tenant never saw the POST.
  expect(tenant.requests.filter((r) => r.method === 'POST')).toEqual([]);

  const shown = await page.getByLabel('curl command', { exact: true }).inputValue();
  expect(shown).not.toContain(clientSecret);
  expect(shown).not.toContain('correct horse');
  await page.getByRole('button', { name: 'Copy curl' }).click();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toContain(clientSecret);
  // Asynchronously: the tenant answering this curl lives in this very process.
  const { stdout: output } = await promisify(execFile)('bash', ['-c', `${curl} --include --silent --max-time 10`]);
  expect(output).toMatch(/^HTTP\/1\.1 200/);

  await page.getByLabel('Paste a response').fill(output);
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'http');
  await expect(status(page)).toContainText('pasted');
  await expect(page.locator('[data-token-kind="access_token"] [data-claim="sub"]')).toContainText(
    'auth0|65091da7a8016ed26fb882fa',
  );
  await expect(page.getByTestId('attempt')).toHaveCount(2);
});

test('a tenant that never answers times out', async ({ page }) => {
  tenant.delayMs = Infinity;
  await fillSeedRequest(page);
  await page.getByLabel('Timeout (seconds)').fill('1');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'sending');
  await expect(status(page)).toHaveAttribute('data-state', 'timeout', { timeout: 5000 });
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'network.timeout');
});

test('an unknown host is a network error, told apart from CORS', async ({ page, guard }) => {
  const unknown = 'https://no-such-tenant.invalid';
  guard.allowOrigin(unknown);
  await fillSeedRequest(page);
  await page.getByLabel('Tenant domain').fill(unknown);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'network-error', { timeout: 15000 });
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'network.unreachable');
});

test('nothing is sent while the form is invalid, and each field says what it needs', async ({ page }) => {
  await page.getByLabel('Tenant domain').fill('https://manage.auth0.com/dashboard/us/dev-e3ybvpddsjl3sbd7/');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByRole('alert')).toContainText('Fix');
  await expect(page.locator('#field-domain-error')).toContainText('dev-e3ybvpddsjl3sbd7.us.auth0.com');
  await expect(page.locator('#field-client_id-error')).toContainText('Client ID is required');
  await expect(page.getByLabel('Tenant domain')).toBeFocused();
  await expect(status(page)).toHaveAttribute('data-state', 'idle');
  expect(tenant.requests).toEqual([]);
});

test('the seed’s curl imports into every field', async ({ page }) => {
  await page.getByLabel('Import curl command').fill(`curl --request POST \\
  --url https://YOUR_DOMAIN/oauth/token \\
  --header 'content-type: application/json' \\
  --data '{"grant_type":"password","username": "YOUR_USERNAME","password": "YOUR_PASSWORD","audience": "YOUR_API_IDENTIFIER","client_id": "YOUR_CLIENT_ID","client_secret": "YOUR_CLIENT_SECRET"}'`);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  // Placeholders are kept as written, so Send can name them.
  await expect(page.getByLabel('Tenant domain')).toHaveValue('https://YOUR_DOMAIN');
  await expect(page.getByLabel('Grant type')).toHaveValue('password');
  await expect(page.getByLabel('Client authentication')).toHaveValue('client_secret_post');
  await expect(page.getByLabel('Body format')).toHaveValue('json');
  await expect(page.getByLabel('Client ID')).toHaveValue('YOUR_CLIENT_ID');
  await expect(page.getByLabel('Client secret')).toHaveValue('YOUR_CLIENT_SECRET');
  await expect(page.getByLabel('Username')).toHaveValue('YOUR_USERNAME');
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('YOUR_PASSWORD');
  await expect(page.getByLabel('Audience')).toHaveValue('YOUR_API_IDENTIFIER');
  await expect(page.getByTestId('curl-import-notes')).toContainText('Imported 6 parameters');
});
