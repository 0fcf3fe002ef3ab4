import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page, Request } from '@playwright/test';
import { SignJWT } from 'jose';
import { expect, test } from './fixtures';
import { seedTenant, startTenant, type LocalTenant } from '../tenant/server';

const secrets = {
  clientSecret: 'PRIV-client-secret-8d1f03',
  password: 'PRIV-password-77aa19',
  verifier: 'PRIV-code-verifier-5b2c9e',
  refresh: 'PRIV-refresh-token-c41e77',
  hmac: 'PRIV-hmac-secret-at-least-32-bytes!',
};

test.describe('privacy', () => {
  let tenant: LocalTenant;
  test.beforeEach(async ({ guard, baseURL }) => {
    tenant = await startTenant(seedTenant(new URL(baseURL ?? '').origin));
    tenant.config.clients[0]?.grantTypes.push('password');
    tenant.config.defaultDirectory = 'Username-Password-Authentication';
    tenant.config.users.push({
      ...(tenant.config.users[0] ?? { userId: 'x', connection: 'Username-Password-Authentication', username: '' }),
      password: secrets.password,
    });
    const client = tenant.config.clients[0];
    if (client) client.clientSecret = secrets.clientSecret;
    guard.allowOrigin(tenant.origin);
  });
  test.afterEach(() => tenant.close());

  test('a session that uses every feature leaves no secret in storage, the URL, history, the console or any request but the tenant’s', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(60_000);
    const consoleLines: string[] = [];
    const requests: Request[] = [];
    page.on('console', (message) => consoleLines.push(message.text()));
    context.on('request', (request) => requests.push(request));
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto(
      `/#domain=${encodeURIComponent(tenant.origin)}&client_id=Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy&password=${secrets.password}`,
    );
    await expect(page.getByLabel('Tenant domain')).toHaveValue(tenant.origin);
    const historyLength = await page.evaluate(() => history.length);

    // Request with secrets, see the curl, reveal it, copy it, copy the report.
    await page.getByLabel('Client secret').fill(secrets.clientSecret);
    await page.getByLabel('Username').fill('dev@example.com');
    await page.getByLabel('Password', { exact: true }).fill(secrets.password);
    await page.getByLabel('Audience').fill(`${tenant.origin}/api/v2/`);
    await page.getByRole('button', { name: 'Show secrets' }).click();
    await page.getByRole('button', { name: 'Copy curl' }).click();
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    await page.getByRole('button', { name: 'Copy report' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).not.toContain(secrets.password);
    const received = page.locator('[data-testid="token"][data-token-kind="access_token"]');
    await received.getByRole('button', { name: 'Copy token' }).click();
    const accessToken = await page.evaluate(() => navigator.clipboard.readText());
    await received.getByRole('button', { name: 'Verify signature' }).click();
    await expect(received.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');

    // Other grants with their secrets, a curl import, a pasted response, the decoder and an HMAC key.
    await page.getByLabel('Grant type').selectOption('refresh_token');
    await page.getByLabel('Refresh token').fill(secrets.refresh);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('attempt')).toHaveCount(2);
    await page.getByLabel('Grant type').selectOption('authorization_code');
    await page.getByLabel('Authorization code').fill('PRIV-code-1234');
    await page.getByLabel('Code verifier').fill(secrets.verifier);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('attempt')).toHaveCount(3);
    await page
      .getByLabel('Import curl command')
      .fill(
        `curl ${tenant.origin}/oauth/token -d grant_type=password -d client_secret=${secrets.clientSecret} -d password=${secrets.password}`,
      );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page
      .getByLabel('Paste a response')
      .fill(`{"access_token":"${accessToken}","refresh_token":"${secrets.refresh}"}`);
    await page.getByRole('button', { name: 'Diagnose response' }).click();
    const hmacToken = await new SignJWT({ sub: 'x', exp: 4102444800 })
      .setProtectedHeader({ alg: 'HS256' })
      .sign(new TextEncoder().encode(secrets.hmac));
    await page.getByLabel('Paste a token').fill(hmacToken);
    const pasted = page.locator('[data-testid="token"][data-token-kind="pasted"]');
    await pasted.getByLabel('Paste keys').check();
    await pasted.getByLabel('Key (JWKS, JWK, PEM or shared secret)').fill(secrets.hmac);
    await pasted.getByRole('button', { name: 'Verify signature' }).click();
    await expect(pasted.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');

    const all = [...Object.values(secrets), accessToken, 'PRIV-code-1234'];
    const found = (text: string) => all.filter((secret) => text.includes(secret));
    expect(found(page.url())).toEqual([]);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(found(consoleLines.join('\n'))).toEqual([]);
    const stored = await page.evaluate(async () => ({
      local: JSON.stringify({ ...localStorage }),
      session: JSON.stringify({ ...sessionStorage }),
      idb: (await indexedDB.databases()).length,
      cookies: document.cookie,
      names: await caches.keys().catch(() => []),
    }));
    expect(stored).toEqual({ local: '{}', session: '{}', idb: 0, cookies: '', names: [] });
    const elsewhere = requests.filter((request) => new URL(request.url()).origin !== tenant.origin);
    for (const request of elsewhere) {
      expect(new URL(request.url()).origin).toBe(new URL(baseURL ?? '').origin);
      expect(
        found(`${request.url()} ${request.postData() ?? ''} ${JSON.stringify(await request.allHeaders())}`),
      ).toEqual([]);
    }
    expect(requests.some((request) => request.url().startsWith(tenant.origin))).toBe(true);
  });
});

test.describe('accessibility', () => {
  async function expectNoViolations(page: Page) {
    const results = await new AxeBuilder({ page }).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds nothing on the main states (${scheme})`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto('/');
      await expect(page.getByLabel('Tenant domain')).toBeVisible();
      // The mounted app's first state: its response region (the skip link's target) is drawn a frame after the mount.
      await expect(page.locator('#response-heading')).toBeAttached();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Try an example' }).click();
      await expect(page.getByTestId('token')).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('button', { name: 'Try the demo tenant' }).click();
      // The token's key choice names the field too ("fill in Tenant domain") until the form's tenant is read.
      await expect(page.getByRole('textbox', { name: 'Tenant domain' })).toHaveValue(/demo/);
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect(page.getByTestId('diagnosis').first()).toBeVisible();
      await page.getByText(/Before you send/).click();
      await expectNoViolations(page);
      const panel = page.getByTestId('demo-panel');
      await panel.getByLabel('Password', { exact: true }).check();
      await panel.getByLabel('Default Directory').selectOption('Username-Password-Authentication');
      await page.getByRole('button', { name: 'Send request' }).click();
      const token = page
        .getByTestId('tokens-received')
        .locator('[data-testid="token"][data-token-kind="access_token"]');
      await token.getByRole('button', { name: 'Verify signature' }).click();
      await expect(token.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
      await expectNoViolations(page);
    });
  }
});

test.describe('keyboard and layout', () => {
  /** Press Tab until the target has focus, as a keyboard user would; fail if it is never reached. */
  async function tabTo(page: Page, target: Locator) {
    for (let presses = 0; presses < 200; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error('never reached with Tab');
  }

  test('the seed story with the keyboard alone, focus always visible', async ({ page }) => {
    test.setTimeout(90_000);
    await page.goto('/');
    await tabTo(page, page.getByRole('button', { name: 'Try the demo tenant' }));
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Tenant domain')).toHaveValue(/demo/);
    const send = page.getByRole('button', { name: 'Send request' });
    const panel = page.getByTestId('demo-panel');
    const top = page.getByTestId('diagnosis').first();

    await tabTo(page, send);
    await page.keyboard.press('Enter');
    await expect(top).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
    await tabTo(page, panel.getByLabel('Password', { exact: true }));
    await page.keyboard.press('Space');
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    await expect(top).toHaveAttribute('data-diagnosis-id', 'auth0.no-default-connection');
    await tabTo(page, panel.getByLabel('Default Directory'));
    await page.keyboard.press('ArrowDown');
    await expect(panel.getByLabel('Default Directory')).toHaveValue('Username-Password-Authentication');
    await tabTo(page, send);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    const token = page.locator('[data-testid="token"][data-token-kind="access_token"]');
    await tabTo(page, token.getByRole('button', { name: 'Verify signature' }));
    await page.keyboard.press('Enter');
    await expect(token.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
  });

  for (const width of [360, 1600]) {
    test(`nothing overflows at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/');
      const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(await fits()).toBe(true);
      await page.getByRole('button', { name: 'Try an example' }).click();
      await expect(page.getByTestId('token')).toBeVisible();
      expect(await fits()).toBe(true);
      await page.getByRole('button', { name: 'Try the demo tenant' }).click();
      // The token's key choice names the field too ("fill in Tenant domain") until the form's tenant is read.
      await expect(page.getByRole('textbox', { name: 'Tenant domain' })).toHaveValue(/demo/);
      await page.getByRole('button', { name: 'Send request' }).click();
      await expect(page.getByTestId('diagnosis').first()).toBeVisible();
      expect(await fits()).toBe(true);
    });
  }
});
