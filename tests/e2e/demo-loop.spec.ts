import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Entirely inside the viewport, not only touching it. */
async function fullyInView(locator: Locator) {
  await expect(locator).toBeInViewport({ ratio: 1 });
}

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

async function startDemo(page: Page) {
  await page.getByRole('button', { name: 'Try the demo tenant' }).click();
  // What just appeared has the focus: the demo tenant's switches.
  await expect(page.locator('#demo-heading')).toBeFocused();
}

const rounds = [
  { id: 'auth0.grant-not-allowed', control: '#demo-grant-password', link: 'Tick “Password” in the demo tenant' },
  { id: 'auth0.no-default-connection', control: '#demo-directory', link: 'Set Default Directory in the demo tenant' },
] as const;

test('the demo story at 1280×800: each round without scrolling, to a success said in one line', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await startDemo(page);
  const send = page.getByRole('button', { name: 'Send request' });
  const top = page.getByTestId('diagnosis').first();
  for (const round of rounds) {
    await send.click();
    await expect(top).toHaveAttribute('data-diagnosis-id', round.id);
    const scrolled = await page.evaluate(() => scrollY);
    await expect(top.locator('[data-result-title]')).toBeFocused();
    // The diagnosis, its fix, the switch it names and Send: all on the screen together.
    await fullyInView(top.locator('[data-result-title]'));
    await fullyInView(top.getByTestId('diagnosis-fix'));
    await fullyInView(page.locator(round.control));
    await fullyInView(send);
    await top.getByRole('link', { name: round.link }).click();
    await expect(page.locator(round.control)).toBeFocused();
    if (round.control === '#demo-directory')
      await page.locator(round.control).selectOption('Username-Password-Authentication');
    else await page.locator(round.control).check();
    expect(await page.evaluate(() => scrollY)).toBe(scrolled);
  }
  await send.click();
  await expect(top).toHaveAttribute('data-diagnosis-id', 'success.token-issued');
  await expect(top).toContainText('Access token issued: a signed JWT (RS256)');
  await fullyInView(top);
});

test('the demo story at 390×844: one jump (the link) per round, Send always in reach', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await startDemo(page);
  const send = page.getByRole('button', { name: 'Send request' });
  const top = page.getByTestId('diagnosis').first();
  for (const round of rounds) {
    await fullyInView(send);
    await send.click();
    await expect(top).toHaveAttribute('data-diagnosis-id', round.id);
    await expect(top.locator('[data-result-title]')).toBeFocused();
    await fullyInView(top.locator('[data-result-title]'));
    const link = top.getByRole('link', { name: round.link });
    await fullyInView(link);
    await link.click();
    await expect(page.locator(round.control)).toBeFocused();
    await fullyInView(page.locator(round.control));
    if (round.control === '#demo-directory')
      await page.locator(round.control).selectOption('Username-Password-Authentication');
    else await page.locator(round.control).check();
  }
  await fullyInView(send);
  await send.click();
  await expect(top).toHaveAttribute('data-diagnosis-id', 'success.token-issued');
  // The phone's bar keeps the latest outcome in reach too.
  await expect(page.getByTestId('send-bar')).toContainText('HTTP 200');
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth)).toBe(true);
});

test('the CORS fallback cannot fail: its own copy button with -i, the paste box under it, advice that fits', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await startDemo(page);
  const panel = page.getByTestId('demo-panel');
  await panel.getByLabel('Password', { exact: true }).check();
  await panel.getByLabel('Default Directory').selectOption('Username-Password-Authentication');
  await panel.getByLabel(/Allowed Web Origins/).uncheck();
  await page.getByRole('button', { name: 'Send request' }).click();
  const card = page.locator('[data-testid="diagnosis"][data-diagnosis-id="network.cors-blocked"]');
  await expect(card.locator('[data-result-title]')).toBeFocused();
  // The request carries a client secret: no setting makes a browser call right, so no Dashboard path is offered.
  await expect(card).toContainText('This request carries a client secret');
  await expect(card.locator('.crumbs')).toHaveCount(0);
  await expect(card).not.toContainText('Or, for a public client');
  const fallback = page.getByTestId('curl-fallback');
  await page.getByRole('button', { name: 'Copy the command (curl -i)' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^curl -i --request POST/);
  // The box for the curl's output is right under the card, not elsewhere on the page.
  await expect(fallback.getByLabel('Paste a response')).toBeVisible();
  await expectNoViolations(page);

  // The answer pasted back: the next step is to run the curl again, not to press a Send the browser blocks.
  await fallback
    .getByLabel('Paste a response')
    .fill(
      'HTTP/2 403 \ncontent-type: application/json\n\n{"error":"unauthorized_client","error_description":"Grant type \'password\' not allowed for the client.","error_uri":"https://auth0.com/docs/clients/client-grant-types"}',
    );
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  const top = page.getByTestId('diagnosis').first();
  await expect(top).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
  await expect(top.getByTestId('diagnosis-fix')).toContainText('then run the curl again');
  await expect(top.getByTestId('diagnosis-fix')).not.toContainText('send again');
});

test('a fix on a real tenant links to that exact page of the Auth0 Dashboard', async ({ page }) => {
  await page.getByLabel('Tenant domain').fill('dev-e3ybvpddsjl3sbd7.us.auth0.com');
  await page.getByLabel('Client ID').fill('Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
  await page
    .getByLabel('Paste a response')
    .fill(
      '{"error":"unauthorized_client","error_description":"Grant type \'password\' not allowed for the client.","error_uri":"https://auth0.com/docs/clients/client-grant-types"}',
    );
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  await expect(page.getByTestId('dashboard-link')).toHaveAttribute(
    'href',
    'https://manage.auth0.com/dashboard/us/dev-e3ybvpddsjl3sbd7/applications/Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy/settings',
  );
});

test('keyboard alone: skip links, focus on what appears, few Tabs from a switch to Send', async ({ page }) => {
  // The skip links come first after the header's theme switch. The mounted app's keyboard path is what this test is
  // about: a Tab made in the static screen before the mount has its own test (shell.spec.ts, "a keyboard user").
  const skip = page.getByRole('link', { name: 'Skip to the token decoder' });
  await expect(page.getByRole('button', { name: 'Send request' })).toBeEnabled();
  await expect(skip).toBeAttached();
  for (
    let presses = 0;
    presses < 3 && !(await skip.evaluate((element) => element === document.activeElement));
    presses++
  )
    await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the response' })).toBeFocused();
  await page.getByRole('button', { name: 'Try the demo tenant' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.locator('#demo-heading')).toBeFocused();
  const password = page.getByTestId('demo-panel').getByLabel('Password', { exact: true });
  await password.focus();
  await page.keyboard.press('Space');
  let presses = 0;
  const send = page.getByRole('button', { name: 'Send request' });
  while (!(await send.evaluate((element) => element === document.activeElement)) && presses < 30) {
    await page.keyboard.press('Tab');
    presses++;
  }
  expect(presses).toBeLessThanOrEqual(8);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('diagnosis').first().locator('[data-result-title]')).toBeFocused();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute(
    'data-diagnosis-id',
    'auth0.no-default-connection',
  );
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds nothing in the new states (${scheme})`, async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: scheme });
    const box = page.getByTestId('paste-anything');
    await box.fill('KBSxkmG-OcpA6-cgKBSxkmG-OcpA6-cg');
    await page.getByRole('button', { name: 'Read paste' }).click();
    await expect(page.getByRole('button', { name: 'Decode as a token' })).toBeVisible();
    await expectNoViolations(page);
    await box.fill(`curl https://YOUR_DOMAIN/oauth/token -d grant_type=client_credentials -d client_id=YOUR_CLIENT_ID`);
    await page.getByRole('button', { name: 'Read paste' }).click();
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'placeholder' })).toBeVisible();
    await expectNoViolations(page);
    await startDemo(page);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
    await expectNoViolations(page);
    const panel = page.getByTestId('demo-panel');
    await panel.getByLabel('Password', { exact: true }).check();
    await panel.getByLabel('Default Directory').selectOption('Username-Password-Authentication');
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'success.token-issued');
    await page.locator('[data-token-kind="access_token"] [data-claim="iss"] button').click();
    await page.locator('[data-token-kind="access_token"]').getByRole('button', { name: 'What each allows' }).click();
    await expectNoViolations(page);
    await page.setViewportSize({ width: 390, height: 844 });
    await expectNoViolations(page);
  });
}
