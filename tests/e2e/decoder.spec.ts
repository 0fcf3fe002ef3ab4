import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const seedResponse = JSON.parse(readFileSync('src/lib/examples/seed-token-response.json', 'utf8')) as {
  access_token: string;
  scope: string;
};
const seed = seedResponse.access_token;
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

for (const [name, input] of [
  ['the bare token', seed],
  ['the whole token response', JSON.stringify(seedResponse, null, 2)],
  ['an Authorization header', `Authorization: Bearer ${seed}`],
] as const) {
  test(`pasting ${name} from the story shows the expired RS256 token and its seven scopes`, async ({ page }) => {
    await page.getByLabel('Paste a token').fill(input);
    const token = page.getByTestId('token');
    await expect(token).toHaveCount(1);
    const header = token.getByTestId('token-header');
    await expect(header.locator('[data-header="alg"]')).toContainText('RS256');
    await expect(header.locator('[data-header="kid"]')).toContainText('ALBbO8_5yluygvlHAK8Qn');
    const claims = token.getByTestId('token-claims');
    for (const claim of ['iss', 'sub', 'aud', 'iat', 'exp', 'azp', 'scope', 'gty']) {
      await expect(claims.locator(`[data-claim="${claim}"]`)).toHaveCount(1);
    }
    await expect(claims.locator('[data-claim="exp"]')).toContainText('2023');
    // How long ago it expired is said once, in the validity line at the top of the token.
    await expect(token.getByTestId('token-validity')).toContainText(/Expired \d+ years ago/);
    await expect(claims.locator('[data-claim="exp"]')).not.toContainText(/expired \d+ years ago/);
    await expect(token.getByTestId('token-validity')).toHaveAttribute('data-status', 'expired');
    const scopes = token.getByTestId('scope-list').locator('li');
    await expect(scopes).toHaveCount(7);
    await expect(scopes.first()).toContainText('read:current_user');
    await expect(scopes.first()).toContainText('Management API');
  });
}

test('a token response shows the access and ID tokens, and the refresh token as opaque by design', async ({ page }) => {
  const idToken = `${part({ alg: 'RS256', kid: 'k' })}.${part({ iss: 'https://t.us.auth0.com/', nonce: 'n1', exp: 4102444800 })}.c2ln`;
  await page.getByLabel('Paste a token').fill(
    JSON.stringify({
      access_token: seed,
      id_token: idToken,
      refresh_token: 'v1.MRrt-opaque_refresh',
      expires_in: 86400,
    }),
  );
  await expect(page.getByTestId('token')).toHaveCount(3);
  await expect(page.locator('[data-token-kind="id_token"] [data-claim="nonce"]')).toContainText('n1');
  await expect(page.locator('[data-token-kind="id_token"] [data-testid="token-validity"]')).toHaveAttribute(
    'data-status',
    'valid',
  );
  await expect(page.locator('[data-token-kind="refresh_token"]')).toContainText('opaque by design');
});

test('an Auth0 JWE access token says the request had no audience', async ({ page }) => {
  await page
    .getByLabel('Paste a token')
    .fill(`${part({ alg: 'dir', enc: 'A256GCM', iss: 'https://t.us.auth0.com/' })}..aXY.Y3Q.dGFn`);
  const token = page.getByTestId('token');
  await expect(token).toHaveAttribute('data-kind', 'jwe');
  await expect(token.locator('[data-header="enc"]')).toContainText('A256GCM');
  await expect(token).toContainText('the request sent no audience');
  await expect(token.getByTestId('token-claims')).toHaveCount(0);
});

test('alg none is flagged loudly', async ({ page }) => {
  await page.getByLabel('Paste a token').fill(`${part({ alg: 'none' })}.${part({ sub: 'x', exp: 4102444800 })}.`);
  const finding = page.locator('[data-finding-id="token.alg-none"]');
  await expect(finding).toHaveAttribute('data-severity', 'error');
  await expect(finding).toContainText('Not signed');
});

test('malformed input says exactly what is wrong, and the page recovers', async ({ page }) => {
  const input = page.getByLabel('Paste a token');
  const [header, payload] = seed.split('.');
  await input.fill(`${header}.${payload}`);
  await expect(page.getByTestId('token-error')).toHaveText(
    'A JWT has 3 parts separated by dots (signed, JWS) or 5 (encrypted, JWE); this one has 2.',
  );
  await input.fill(`${header}.${part('not json').slice(0, -1)}x.sig`);
  await expect(page.getByTestId('token-error')).toHaveAttribute('data-code', /not-json|not-utf8/);
  await input.fill('{"access_token": ');
  await expect(page.getByTestId('decoder-error')).toHaveAttribute('data-code', 'response-not-json');
  await input.fill(seed);
  await expect(page.getByTestId('token-error')).toHaveCount(0);
  await expect(page.locator('[data-claim="gty"]')).toContainText('password');
});

test('hostile claims render as inert text: no dialog, no script, no javascript: link', async ({ page }) => {
  const hostile = {
    alg: 'RS256',
    kid: '<script>alert("kid")</script>',
  };
  const claims = {
    name: '<img src=x onerror=alert(1)>',
    nickname: '<script>alert(2)</script>',
    picture: 'javascript:alert(3)',
    website: 'data:text/html,<script>alert(4)</script>',
    profile: 'https://example.com/profile',
    '<b onmouseover=alert(5)>': 'key with markup',
    bidi: 'abc\u202Egnp.exe',
    exp: 4102444800,
  };
  await page.getByLabel('Paste a token').fill(`${part(hostile)}.${part(claims)}.c2ln`);
  const token = page.getByTestId('token');
  await expect(token.locator('[data-claim="name"]')).toContainText('<img src=x onerror=alert(1)>');
  await expect(token.locator('[data-claim="nickname"]')).toContainText('<script>alert(2)</script>');
  await expect(token.locator('[data-claim="picture"]')).toContainText('javascript:alert(3)');
  await expect(token.locator('[data-header="kid"]')).toContainText('<script>alert("kid")</script>');
  await expect(token.locator('img, script, iframe, object, embed')).toHaveCount(0);
  await expect(page.locator('a[href^="javascript:"]:not([data-testid="bookmarklet"]), a[href^="data:"]')).toHaveCount(
    0,
  );
  await expect(token.locator('[data-claim="profile"] a')).toHaveAttribute('href', 'https://example.com/profile');
  await expect(token.locator('[data-claim="profile"] a')).toHaveAttribute('rel', 'noopener noreferrer');
  await token.locator('[data-claim="<b onmouseover=alert(5)>"]').hover();
  // Dialogs fail the test in the fixture; give any stray handler a moment to fire.
  await page.waitForTimeout(200);
});

test('decoding sends no request and stores nothing', async ({ page, guard }) => {
  // The decoding path is fetched when the box is focused (tests/e2e/load.spec.ts); decoding itself asks for nothing.
  await page.getByLabel('Paste a token').focus();
  await page.waitForLoadState('networkidle');
  await expect(page.getByTestId('token')).toHaveCount(0);
  await expect(page.getByTestId('decoder-status')).toBeEmpty();
  const before = guard.requests.length;
  await page.getByLabel('Paste a token').fill(JSON.stringify(seedResponse));
  await expect(page.getByTestId('token')).toHaveCount(1);
  await page.getByRole('button', { name: 'Copy token' }).isVisible();
  expect(guard.requests.slice(before)).toEqual([]);
});

test('copy buttons copy the raw header and claims JSON', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Paste a token').fill(seed);
  await page.getByText('Raw JSON').click();
  await page.getByRole('button', { name: 'Copy claims JSON' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied' })).toHaveCount(1);
  const copied = JSON.parse(await page.evaluate(() => navigator.clipboard.readText())) as Record<string, unknown>;
  expect(copied.gty).toBe('password');
  expect(copied.exp).toBe(1695257218);
  await page.getByRole('button', { name: 'Copy header JSON' }).click();
  expect(JSON.parse(await page.evaluate(() => navigator.clipboard.readText()))).toEqual({
    alg: 'RS256',
    typ: 'JWT',
    kid: 'ALBbO8_5yluygvlHAK8Qn',
  });
});

test('a 1 MB paste decodes and the page stays usable', async ({ page }) => {
  const big = 'x'.repeat(1_000_000);
  await page.getByLabel('Paste a token').fill(`${part({ alg: 'RS256' })}.${part({ big, exp: 4102444800 })}.c2ln`);
  const value = page.locator('[data-claim="big"]');
  await expect(value.getByRole('button', { name: /Show all 1,000,000 characters/ })).toBeVisible();
  await page.getByRole('button', { name: 'Clear' }).click();
  await expect(page.getByTestId('token')).toHaveCount(0);
});

test('the example button and the keyboard alone reach a decoded token', async ({ page }) => {
  const input = page.getByLabel('Paste a token');
  for (let presses = 0; presses < 40 && !(await input.evaluate((el) => el === document.activeElement)); presses++) {
    await page.keyboard.press('Tab');
  }
  await expect(input).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Try an example' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('[data-claim="gty"]')).toContainText('password');
});

test('dark mode follows the system and can be switched', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(await background()).toBe('rgb(18, 18, 24)');
  await page.getByLabel('Theme').selectOption('light');
  expect(await background()).toBe('rgb(247, 247, 251)');
});
