import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { seedTenant, startRecorder, startTenant, type LocalTenant, type Recorder } from '../tenant/server';

const clientSecret = 'seed-client-secret-3f9a';

let tenant: LocalTenant;
let recorder: Recorder;
let pageOrigin: string;

test.beforeEach(async ({ page, guard, baseURL }) => {
  pageOrigin = new URL(baseURL ?? '').origin;
  tenant = await startTenant(seedTenant(pageOrigin));
  tenant.config.clients[0]?.grantTypes.push('password');
  tenant.config.defaultDirectory = 'Username-Password-Authentication';
  // The recorder stands for the host a redirect points to, and tells whether anything reached it. Chromium
  // reports the hop it stopped at as a request of its own that fails with net::ERR_ABORTED before anything is
  // sent, so the guard is told about the recorder and the tests check what the recorder received.
  recorder = await startRecorder();
  guard.allowOrigin(recorder.origin);
  guard.allowOrigin(tenant.origin);
  await page.goto('/');
});

test.afterEach(async () => {
  await tenant.close();
  await recorder.close();
});

async function fillSeedRequest(page: Page) {
  await page.getByLabel('Tenant domain').fill(tenant.origin);
  await page.getByLabel('Grant type').selectOption('password');
  await page.getByLabel('Client ID').fill('Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
  await page.getByLabel('Client secret').fill(clientSecret);
  await page.getByLabel('Username').fill('dev@example.com');
  await page.getByLabel('Password', { exact: true }).fill('correct horse');
  await page.getByLabel('Audience').fill(`${tenant.origin}/api/v2/`);
}

const status = (page: Page) => page.getByTestId('request-status');
const posts = () => tenant.requests.filter((request) => request.method === 'POST');

for (const [encoding, code] of [
  ['json', 307],
  ['form', 308],
] as const) {
  test(`a ${code} to another origin (${encoding} body): no second POST anywhere, and the page says redirect`, async ({
    page,
    context,
  }) => {
    const hops: Promise<string>[] = [];
    context.on('request', (request) => {
      if (request.url().startsWith(recorder.origin))
        hops.push(
          request.response().then((response) => (response ? 'answered' : (request.failure()?.errorText ?? ''))),
        );
    });
    tenant.override('POST /oauth/token', (_, response) =>
      response
        .writeHead(code, {
          location: `${recorder.origin}/oauth/token`,
          'access-control-allow-origin': pageOrigin,
          vary: 'Origin',
        })
        .end(),
    );
    await fillSeedRequest(page);
    await page.getByLabel('Body format').selectOption(encoding);
    await page.getByRole('button', { name: 'Send request' }).click();

    await expect(status(page)).toHaveAttribute('data-state', 'redirect');
    await expect(status(page)).toContainText('Redirect not followed');
    await expect(status(page)).not.toContainText('200');
    const diagnosis = page.getByTestId('diagnosis').first();
    await expect(diagnosis).toHaveAttribute('data-diagnosis-id', 'network.redirect');
    await expect(diagnosis).toContainText('never redirects');
    await expect(page.getByTestId('token')).toHaveCount(0);
    await expect(page.getByTestId('attempt').first()).toHaveAttribute('data-state', 'redirect');
    await page.waitForTimeout(500);
    expect(posts()).toHaveLength(1);
    expect(recorder.requests).toEqual([]);
    // What Chromium reports of the hop: stopped, never answered.
    expect(await Promise.all(hops)).toEqual(hops.length ? hops.map(() => 'net::ERR_ABORTED') : []);
  });
}

test('a redirect the browser may not even show (no CORS on the 3xx) is still not followed', async ({ page }) => {
  tenant.override('POST /oauth/token', (_, response) =>
    response.writeHead(307, { location: `${recorder.origin}/oauth/token` }).end(),
  );
  await fillSeedRequest(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'cors-blocked');
  await page.waitForTimeout(500);
  expect(recorder.requests).toEqual([]);
});

test('an answer cut off after its headers is told apart from CORS', async ({ page }) => {
  tenant.override('POST /oauth/token', (_, response) => {
    response.writeHead(200, {
      'content-type': 'application/json',
      'content-length': '4000',
      'access-control-allow-origin': pageOrigin,
    });
    response.write('{"access_token":"eyJhbGciOi');
    setTimeout(() => response.socket?.destroy(), 50);
  });
  await fillSeedRequest(page);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'interrupted');
  await expect(status(page)).toContainText('HTTP 200');
  const diagnosis = page.getByTestId('diagnosis').first();
  await expect(diagnosis).toHaveAttribute('data-diagnosis-id', 'network.interrupted');
  await expect(diagnosis).toContainText('cut off after the headers: HTTP 200');
  // No probe: the headers were read, so this is not a CORS question.
  expect(tenant.requests.filter((request) => request.path.startsWith('/.well-known'))).toEqual([]);
});

test('a double-click sends once, and the answer is the one shown', async ({ page }) => {
  tenant.delayMs = 300;
  await fillSeedRequest(page);
  await page.getByRole('button', { name: 'Send request' }).dblclick();
  await expect(status(page)).toHaveAttribute('data-state', 'http');
  await expect(status(page)).toContainText('HTTP 200');
  await page.waitForTimeout(500);
  expect(posts()).toHaveLength(1);
  await expect(page.getByTestId('attempt')).toHaveCount(1);
});

test('five Enters in a field send once', async ({ page }) => {
  tenant.delayMs = 500;
  await fillSeedRequest(page);
  const field = page.getByLabel('Client ID');
  for (let i = 0; i < 5; i++) await field.press('Enter');
  await expect(status(page)).toHaveAttribute('data-state', 'http');
  await page.waitForTimeout(300);
  expect(posts()).toHaveLength(1);
  await expect(page.getByTestId('attempt')).toHaveCount(1);
});

test('while a send is under way the button cancels it, with a visible outcome', async ({ page }) => {
  tenant.delayMs = Infinity;
  await fillSeedRequest(page);
  // A form body is sent without a preflight: the POST reaches the tenant, which never answers.
  await page.getByLabel('Body format').selectOption('form');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toHaveAttribute('data-state', 'sending');
  const cancel = page.getByRole('button', { name: 'Cancel request' });
  await expect(cancel).toBeVisible();
  await expect(page.getByRole('button', { name: 'Send request' })).toHaveCount(0);
  await cancel.click();
  await expect(status(page)).toHaveAttribute('data-state', 'cancelled');
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'network.cancelled');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeVisible();
  await expect(page.getByTestId('attempt').first()).toHaveAttribute('data-state', 'cancelled');
  // The click that cancelled did not send again.
  await page.waitForTimeout(300);
  expect(tenant.requests.map((request) => request.method)).toEqual(['POST']);
});

for (const timeout of ['-5', '1000', '1.5', '']) {
  test(`a timeout of “${timeout}” gets a field message, the focus, and nothing is sent`, async ({ page }) => {
    await fillSeedRequest(page);
    await page.getByLabel('Timeout (seconds)').fill(timeout);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.locator('#field-timeout-error')).toHaveText(
      'Timeout is a whole number of seconds from 1 to 120.',
    );
    await expect(page.getByLabel('Timeout (seconds)')).toBeFocused();
    await expect(page.getByLabel('Timeout (seconds)')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('alert')).toContainText('Fix 1 field before sending.');
    await expect(status(page)).toHaveAttribute('data-state', 'idle');
    expect(tenant.requests).toEqual([]);
  });
}
