import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seed = (JSON.parse(readFileSync('src/lib/examples/seed-token-response.json', 'utf8')) as { access_token: string })
  .access_token;

// These tests are the deferral itself: no pointer comes onto the page unless a test moves it (fixtures.ts).
test.use({ pointerArrives: false });

/** Each request's path, with the build's content hash left out of file names (`/assets/index.js`). */
const paths = (urls: string[]) => urls.map((url) => new URL(url).pathname.replace(/-[\w-]{8}(\.\w+)$/, '$1'));

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
  // Focusing the box fetches the token's view with the app, not after it: asked for while the app's code is held.
  const view = page.waitForRequest(/\/assets\/TokenView-[\w-]+\.js$/);
  await page.getByLabel('Paste a token').focus();
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
  // The token's claims are shown at once, as the token states them (the shell's inlined script); the full view
  // waits for the app.
  await expect(page.getByTestId('token')).toHaveCount(0);
  const early = page.getByTestId('token-early');
  await expect(early.locator('[data-claim="iss"]')).toContainText('https://');
  await expect(early).toContainText('follow as soon as the decoder has loaded');
  expect(new URL(page.url()).search).toBe('');

  release();
  await expect(send).toBeEnabled();
  await expect(page.getByTestId('token').locator('[data-claim="iss"]')).toHaveCount(1);
  await expect(early).toHaveCount(0);
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

test('before the app has loaded, a token response shows each token’s claims as text; a change of the box redraws them', async ({
  page,
}) => {
  const release = await shellOnly(page);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const jwt = (claims: unknown) => `${part({ alg: 'RS256', typ: 'JWT' })}.${part(claims)}.c2ln`;
  const marked = '<img src=x onerror="document.title=1">';
  const response = {
    access_token: jwt({ iss: 'https://dev-abc.us.auth0.com/', exp: 1700000000, name: marked }),
    id_token: jwt({ sub: 'auth0|1', nonce: 'n-1' }),
    token_type: 'Bearer',
  };
  const early = page.getByTestId('token-early');
  await expect(early).toBeHidden();
  const box = page.getByLabel('Paste a token');
  await box.focus();
  await paste(page, JSON.stringify(response, null, 2));
  await expect(early.getByRole('table')).toHaveCount(2);
  await expect(early.getByRole('table').first().locator('caption')).toHaveText('access_token');
  await expect(early.getByRole('row', { name: /^name / })).toContainText(marked);
  await expect(early.locator('img')).toHaveCount(0);
  await expect(early.locator('[data-claim="exp"]')).toContainText('2023-11-14T22:13:20Z');
  await expect(early.getByRole('table').nth(1).locator('[data-claim="nonce"]')).toContainText('n-1');
  // A box emptied hides the view; a JWT typed in shows it again; text it cannot read leaves it empty.
  await box.fill('');
  await expect(early).toBeHidden();
  await box.fill(jwt({ sub: 'typed' }));
  await expect(early.locator('[data-claim="sub"]')).toContainText('typed');
  await box.fill('not a token');
  await expect(early).toBeHidden();
  release();
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  await expect(early).toHaveCount(0);
});

test('the static screen’s skip links have their targets, and the response region’s stand-in is what the app first draws', async ({
  page,
}) => {
  const release = await shellOnly(page);
  for (const name of ['Skip to the token decoder', 'Skip to the response']) {
    const href = await page.getByRole('link', { name }).getAttribute('href');
    await expect(page.locator(href ?? '#none')).toHaveCount(1);
  }
  await expect(page.getByRole('heading', { name: 'Response' })).toBeVisible();
  const before = await page.getByRole('heading', { name: 'Response' }).boundingBox();
  release();
  await page.mouse.move(10, 10);
  await expect(page.getByTestId('request-status')).toHaveText('Nothing sent yet.');
  // The heading's text stays where it was (the app's heading is as wide as its words, the stand-in as its column).
  const after = await page.getByRole('heading', { name: 'Response' }).boundingBox();
  expect([after?.x, after?.y, after?.height]).toEqual([before?.x, before?.y, before?.height]);
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

test('a visit that only looks fetches the page, its entry script and its icon: none of the app', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await page.waitForTimeout(3000);
  expect(paths(guard.requests).sort()).toEqual(['/', '/assets/index.js', '/favicon.svg']);
  await expect(page.getByRole('button', { name: 'Send request' })).toBeDisabled();
  await expect(page.getByLabel('Paste a token')).toBeEditable();
});

test('the pointer coming onto the page fetches the app, all its chunks at once, and mounts it', async ({
  page,
  guard,
}) => {
  await page.goto('/');
  await page.waitForTimeout(500);
  const before = guard.requests.length;
  const asked: number[] = [];
  page.on('request', (request) => void (request.url().includes('/assets/') && asked.push(Date.now())));
  // Each file held half a second: every one asked for before the first arrives means none waited for another.
  await page.route('**/assets/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 500));
    await route.continue();
  });
  await page.mouse.move(300, 200);
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  expect(paths(guard.requests.slice(before))).toContain('/assets/boot.js');
  expect(asked.length).toBeGreaterThan(2);
  // The chunks of the app's own first screen, not those drawn a frame after it (results, asked for once it mounted).
  const first = asked.filter((at) => at - Math.min(...asked) < 500);
  expect(first.length).toBeGreaterThan(2);
  expect(Math.max(...first) - Math.min(...first)).toBeLessThan(250);
});

test('pointing straight at a button the static screen has disabled starts the app, which enables it', async ({
  page,
}) => {
  await page.goto('/');
  const demo = page.getByRole('button', { name: 'Try the demo tenant' });
  await expect(demo).toBeDisabled();
  const box = await demo.boundingBox();
  if (!box) throw new Error('the demo button is not on the screen');
  // One move, from outside the page onto the button: the only event the page sees is on the disabled button.
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 1 });
  await expect(demo).toBeEnabled();
  await demo.click();
  await expect(page.getByLabel('Tenant domain')).toHaveValue(/demo/);
});

test('a keyboard user: the first Tab focuses a control of the static screen and starts the app; the focus stays', async ({
  page,
}) => {
  await page.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the token decoder' });
  await expect(skip).toBeFocused();
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  await expect(skip).toBeFocused();
  // And goes on from there, through the app's controls now.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByTestId('paste-anything')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(page.getByRole('link', { name: 'Skip to the response' })).toBeFocused();
});

test.describe('a Japanese visitor', () => {
  test.use({ locale: 'ja-JP' });

  test('sees the static screen in Japanese, fetches only its words until an intent, then gets the app', async ({
    page,
    guard,
  }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await expect(page.locator('.page-header h1')).toHaveText('Auth0 トークンデバッガー');
    await expect(page.locator('#language select')).toHaveValue('ja');
    await expect(page.getByLabel('トークンを貼り付け')).toBeVisible();
    await expect(page.getByRole('button', { name: 'リクエストを送信' })).toBeDisabled();
    await page.waitForTimeout(2000);
    expect(paths(guard.requests).sort()).toEqual(['/', '/assets/index.js', '/assets/localize.js', '/favicon.svg']);
    await page.getByLabel('トークンを貼り付け').fill(seed);
    await expect(page.getByRole('button', { name: 'リクエストを送信' })).toBeEnabled();
    await expect(page.getByLabel('トークンを貼り付け')).toHaveValue(seed);
    await expect(page.getByTestId('token').getByTestId('token-validity')).toContainText(/期限切れ/);
  });

  test('a token pasted before the app has loaded shows its claims under Japanese words', async ({ page }) => {
    const release = await shellOnly(page);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
    await page.getByLabel('トークンを貼り付け').focus();
    await paste(page, seed);
    const early = page.getByTestId('token-early');
    await expect(early.getByRole('columnheader', { name: 'クレーム' })).toBeVisible();
    await expect(early).toContainText('デコーダーの読み込み後に表示されます');
    await expect(early.locator('[data-claim="scope"]')).toBeVisible();
    release();
    await expect(page.getByTestId('token').getByTestId('token-validity')).toContainText(/期限切れ/);
  });
});

test('a link gets the app at once, with no interaction: the form filled from it', async ({ page }) => {
  await page.goto('/#domain=dev-abc.us.auth0.com&client_id=abcdefgh12345678');
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  await expect(page.getByLabel('Tenant domain')).toHaveValue('dev-abc.us.auth0.com');
});
