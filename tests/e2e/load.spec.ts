import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seed = (JSON.parse(readFileSync('src/lib/examples/seed-token-response.json', 'utf8')) as { access_token: string })
  .access_token;

/** How long each of the page's own files is held once a path is asked for: longer than it takes to ask for all. */
const holdMs = 500;

/** The page's own files requested from now on, with when each was asked for; every one is held `holdMs`. */
async function watchFiles(page: Page): Promise<{ url: string; at: number }[]> {
  const asked: { url: string; at: number }[] = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.includes('/assets/')) asked.push({ url: request.url(), at: Date.now() });
  });
  await page.route('**/assets/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, holdMs));
    await route.continue();
  });
  return asked;
}

/** Every file of the path was asked for before the first of them could arrive: none waited for another. */
function allAtOnce(asked: { at: number }[]): void {
  expect(asked.length).toBeGreaterThan(0);
  const times = asked.map((file) => file.at);
  expect(Math.max(...times) - Math.min(...times)).toBeLessThan(holdMs / 2);
}

/** The page has loaded what it loads by itself, and then nothing more for a while. */
async function settle(page: Page, guard: { requests: string[] }): Promise<number> {
  await page.waitForLoadState('networkidle');
  const count = guard.requests.length;
  // Longer than an idle prefetch would wait (requestIdleCallback, a second after load).
  await page.waitForTimeout(2500);
  expect(guard.requests.slice(count), 'requests at idle, with no interaction').toEqual([]);
  return count;
}

test('nothing is fetched at idle; focusing the token box fetches the decoding path at once, and a paste needs nothing more', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await settle(page, guard);
  await expect(page.getByTestId('token')).toHaveCount(0);
  const asked = await watchFiles(page);
  // By keyboard: no pointer anywhere near the box.
  await page.getByLabel('Paste a token').focus();
  await expect.poll(() => asked.length).toBeGreaterThan(2);
  await page.waitForLoadState('networkidle');
  allAtOnce(asked);
  // The view drawn off the page to warm the code up leaves nothing behind.
  await expect(page.getByTestId('token')).toHaveCount(0);
  await expect(page.getByTestId('decoder-status')).toBeEmpty();
  const before = guard.requests.length;
  await page.getByLabel('Paste a token').fill(seed);
  await expect(page.getByTestId('token').locator('[data-claim="iss"]')).toHaveCount(1);
  expect(guard.requests.slice(before), 'requests after the paste').toEqual([]);
});

test('a paste with no warning at all still decodes', async ({ page, guard }) => {
  await page.goto('/');
  await settle(page, guard);
  // A paste event straight into the box: no pointer, no focus first.
  await page.getByLabel('Paste a token').evaluate((box, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, seed);
  await expect(page.getByTestId('token').locator('[data-claim="iss"]')).toHaveCount(1);
});

test('pointing at the form fetches its validation and curl; pointing at Send, what an answer needs, each at once', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await settle(page, guard);
  const asked = await watchFiles(page);
  await page.getByLabel('Tenant domain').hover();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  await page.waitForLoadState('networkidle');
  allAtOnce(asked);
  const form = asked.length;
  await page.getByRole('button', { name: 'Send request' }).hover();
  await expect.poll(() => asked.length).toBeGreaterThan(form);
  await page.waitForLoadState('networkidle');
  allAtOnce(asked.slice(form));
  // Nothing the form's path fetched is fetched again.
  expect(new Set(asked.map((file) => file.url)).size).toBe(asked.length);
});

test('in Japanese, the texts of a path come with its code, at once', async ({ page, guard }) => {
  await page.goto('/#lang=ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await settle(page, guard);
  const asked = await watchFiles(page);
  await page.getByLabel('トークンを貼り付け').focus();
  await expect.poll(() => asked.length).toBeGreaterThan(2);
  await page.waitForLoadState('networkidle');
  allAtOnce(asked);
  await page.getByLabel('トークンを貼り付け').fill(seed);
  await expect(page.getByTestId('token').getByTestId('token-validity')).toContainText(/期限切れ/);
});
