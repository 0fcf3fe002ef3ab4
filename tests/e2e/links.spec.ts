import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const domainField = (page: Page) => page.getByLabel('Tenant domain');
const send = (page: Page) => page.getByRole('button', { name: 'Send request' });

async function fillClient(page: Page) {
  await page.getByLabel('Grant type').selectOption('client_credentials');
  await page.getByLabel('Client ID').fill('abcdefgh12345678');
  await page.getByLabel('Client secret').fill('LINK-TEST-SECRET');
}

test('a look-alike domain from a link shows its real host and waits for confirmation; nothing is sent before', async ({
  page,
  guard,
}) => {
  await page.goto(`/#domain=${encodeURIComponent('dev-abc.us.\u0430uth0.com')}&client_id=abcdefgh12345678`);
  await expect(domainField(page)).toHaveValue('dev-abc.us.\u0430uth0.com');
  await expect(page.getByTestId('tenant-origin')).toHaveText('Requests go to https://dev-abc.us.xn--uth0-43d.com');
  await expect(page.getByRole('alert').filter({ hasText: 'outside plain ASCII' })).toContainText(
    'dev-abc.us.xn--uth0-43d.com',
  );
  await expect(page.getByTestId('domain-confirm')).toContainText('From a link');
  await fillClient(page);
  await send(page).click();
  await expect(page.getByRole('button', { name: 'Confirm domain' })).toBeFocused();
  await expect(page.getByTestId('request-status')).toHaveAttribute('data-state', 'idle');
  expect(guard.requests.filter((url) => url.includes('xn--'))).toEqual([]);
});

test('after confirming, the request goes to the host shown, and only there', async ({ page, guard }) => {
  const origin = 'https://tenant.example.invalid';
  guard.allowOrigin(origin);
  await page.goto(`/#domain=tenant.example.invalid`);
  await fillClient(page);
  await send(page).click();
  await expect(page.getByTestId('request-status')).toHaveAttribute('data-state', 'idle');
  expect(guard.requests.filter((url) => url.startsWith(origin))).toEqual([]);
  await page.getByRole('button', { name: 'Confirm domain' }).click();
  await expect(page.getByTestId('domain-confirm')).toHaveCount(0);
  await send(page).click();
  await expect(page.getByTestId('request-status')).toHaveAttribute('data-state', 'network-error');
  expect(guard.requests.filter((url) => url.startsWith(origin)).length).toBeGreaterThan(0);
});

test('an Auth0 domain typed by the person needs no confirmation', async ({ page }) => {
  await page.goto('/');
  await domainField(page).fill('dev-abc.us.auth0.com');
  await expect(page.getByTestId('tenant-origin')).toHaveText('Requests go to https://dev-abc.us.auth0.com');
  await expect(page.getByTestId('domain-confirm')).toHaveCount(0);
});

for (const [name, domain, reason] of [
  ['ideographic full stop', 'dev-abc.us.auth0.com\u3002evil.example', 'plain “.” dots'],
  ['full-width full stop', 'dev-abc.us.auth0.com\uff0eevil.example', 'plain “.” dots'],
  ['slash', 'evil.example/dev-abc.us.auth0.com', 'only a path on it'],
  ['backslash', 'evil.example\\dev-abc.us.auth0.com', 'no backslash'],
] as const) {
  test(`a link whose domain hides another host behind a ${name} is refused with a message`, async ({ page, guard }) => {
    await page.goto(`/#domain=${encodeURIComponent(domain)}&client_id=abcdefgh12345678`);
    await expect(page.getByTestId('prefill-notes')).toContainText('Ignored domain from the link');
    await expect(page.getByTestId('prefill-notes')).toContainText(reason);
    await expect(domainField(page)).toHaveValue('');
    await expect(page.getByLabel('Client ID')).toHaveValue('abcdefgh12345678');
    expect(guard.requests.filter((url) => url.includes('evil'))).toEqual([]);
  });
}

test('a fragment with secrets arriving in an open page fills the public fields and leaves no secret in the address bar or history', async ({
  page,
}) => {
  await page.goto('/');
  await expect(domainField(page)).toBeVisible();
  await page.evaluate(() => {
    location.hash =
      '#domain=dev-x.us.auth0.com&client_id=abcdefgh12345678&client_secret=HASH-SECRET-1&password=HASH-SECRET-2';
  });
  await expect(domainField(page)).toHaveValue('dev-x.us.auth0.com');
  await expect(page.getByTestId('prefill-notes')).toContainText('client_secret, password: not read');
  expect(page.url()).not.toContain('HASH-SECRET');
  expect(page.url()).toContain('#domain=dev-x.us.auth0.com&client_id=abcdefgh12345678');
  // Every entry of this tab's history: the one before the change, and the changed one (now cleaned).
  await page.goBack();
  expect(page.url()).not.toContain('HASH-SECRET');
  await page.goForward();
  expect(page.url()).not.toContain('HASH-SECRET');
  expect(await page.content()).not.toContain('HASH-SECRET');

  await page.evaluate(() => {
    location.hash = '#token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.';
  });
  await expect(page.locator('[data-claim="sub"]')).toContainText('x');
  expect(page.url()).not.toContain('eyJ');
  await expect(domainField(page)).toHaveValue('dev-x.us.auth0.com');
});

test('secrets in the query are removed from the address bar, with a warning that they already reached the host', async ({
  page,
}) => {
  await page.goto('/?client_secret=QUERY-SECRET&keep=1#client_id=abcdefgh12345678');
  await expect(page.getByTestId('prefill-notes')).toContainText('your browser sent it to 127.0.0.1');
  await expect(page.getByTestId('prefill-notes')).toContainText('client_secret');
  expect(page.url()).not.toContain('QUERY-SECRET');
  expect(new URL(page.url()).search).toBe('?keep=1');
  await expect(page.getByLabel('Client ID')).toHaveValue('abcdefgh12345678');
});
