import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seed = (JSON.parse(readFileSync('src/lib/examples/seed-token-response.json', 'utf8')) as { access_token: string })
  .access_token;

/**
 * Open the page with the app's code held back: only the static shell (built into index.html) is there until the
 * returned function lets the code through.
 */
async function shellOnly(page: Page, path = '/'): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/assets/boot-*.js', async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(path, { waitUntil: 'domcontentloaded' });
  return release;
}

/** A paste as the browser delivers it: a clipboard event carrying the text, into the focused box. */
const paste = (page: Page, text: string) =>
  page.evaluate((pasted) => {
    const data = new DataTransfer();
    data.setData('text/plain', pasted);
    const event = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
    document.activeElement?.dispatchEvent(event);
  }, text);

test('a token pasted into the shell before the app mounts is decoded once it has, and the typing and focus are kept', async ({
  page,
}) => {
  const release = await shellOnly(page);
  const send = page.getByRole('button', { name: 'Send request' });
  // The shell: the boxes take typing, the buttons that need the app are disabled, nothing is decoded.
  await expect(send).toBeDisabled();
  await expect(page.getByRole('button', { name: 'Try the demo tenant' })).toBeDisabled();
  await page.getByLabel('Paste a token').focus();
  // The paste fetches the token's view with the app, not after it: asked for while the app's code is still held.
  const view = page.waitForRequest(/\/assets\/TokenView-[\w-]+\.js$/);
  await paste(page, seed);
  await expect(page.getByLabel('Paste a token')).toHaveValue(seed);
  await view;
  await page.getByLabel('Tenant domain').pressSequentially('dev-abc.us.auth0.com');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  // Enter in a field of the shell submits nothing (the page would otherwise go to ?…, which the CSP refuses).
  await page.keyboard.press('Enter');
  await page.getByLabel('Grant type').selectOption('client_credentials');
  await page.getByLabel('Tenant domain').focus();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('token')).toHaveCount(0);
  expect(new URL(page.url()).search).toBe('');

  release();
  await expect(send).toBeEnabled();
  await expect(page.getByTestId('token').locator('[data-claim="iss"]')).toHaveCount(1);
  await expect(page.getByLabel('Paste a token')).toHaveValue(seed);
  await expect(page.getByLabel('Tenant domain')).toHaveValue('dev-abc.us.auth0.com');
  await expect(page.getByLabel('Grant type')).toHaveValue('client_credentials');
  // The grant typed in the shell is the form's: its fields, and no password box.
  await expect(page.getByLabel('Password', { exact: true })).toHaveCount(0);
  await expect(page.getByTestId('tenant-origin')).toContainText('https://dev-abc.us.auth0.com');
  // The person goes on typing where they were.
  await expect(page.getByLabel('Tenant domain')).toBeFocused();
  await page.keyboard.type('X');
  await expect(page.getByLabel('Tenant domain')).toHaveValue('dev-abc.us.auth0.cXom');
});

test('a form typed into before the app mounts is read once it has, wherever the focus went after', async ({ page }) => {
  const release = await shellOnly(page);
  await page.getByLabel('Tenant domain').fill('dev-abc.us.auth0.com');
  await page.getByLabel('Paste a token').focus();
  release();
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  // The form's validation came with what was typed, not with a later focus or pointer.
  await expect(page.getByTestId('tenant-origin')).toContainText('https://dev-abc.us.auth0.com');
  await expect(page.getByLabel('Paste a token')).toBeFocused();
});

test('a paste into the shell’s Paste anything is read as a paste once the app mounts', async ({ page }) => {
  const release = await shellOnly(page);
  await page.getByTestId('paste-anything').focus();
  await paste(page, `Authorization: Bearer ${seed}`);
  release();
  await expect(page.getByTestId('paste-reading')).toContainText('Read as:');
  await expect(page.getByTestId('token').locator('[data-claim="iss"]')).toHaveCount(1);
});

test('a Japanese visitor types into the English shell; the page then speaks Japanese and keeps the text', async ({
  page,
}) => {
  const release = await shellOnly(page, '/#lang=ja');
  await page.getByLabel('Paste a token').fill(seed);
  await expect(page.getByLabel('Paste a token')).toBeFocused();
  release();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByLabel('トークンを貼り付け')).toHaveValue(seed);
  await expect(page.getByLabel('トークンを貼り付け')).toBeFocused();
  await expect(page.getByTestId('token').getByTestId('token-validity')).toContainText(/期限切れ/);
});

test('the app takes the shell over while the page’s clock stands still (a held test clock, a background tab’s slowed timers)', async ({
  page,
}) => {
  await page.clock.install();
  await page.goto('/', { waitUntil: 'domcontentloaded' });
  await page.clock.pauseAt(Date.now() + 1000);
  await page.getByLabel('Tenant domain').fill('dev-abc.us.auth0.com');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  await expect(page.getByLabel('Tenant domain')).toHaveValue('dev-abc.us.auth0.com');
});
