import { randomBytes } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium, expect, test, type Page } from '@playwright/test';

/**
 * Nothing typed or pasted reaches the disk: a real browser profile (persistent, as a person's is) is used for a whole
 * session with a secret in every box, the page is left and come back to so Chromium writes its session-restore
 * state, and then every file of the profile is searched for the secrets. The suite's guard (fixtures.ts) watches
 * the default context only, so this test keeps its own watch on requests and errors.
 */
test('no secret typed, pasted or shown reaches the browser profile on disk', async ({ baseURL }) => {
  test.setTimeout(90_000);
  const origin = new URL(baseURL ?? '').origin;
  const mark = (name: string) => `CANARY-${name}-${randomBytes(6).toString('hex')}`;
  const canaries = {
    imported: mark('imported-secret'),
    secret: mark('client-secret'),
    password: mark('password'),
    assertion: mark('client-assertion'),
    actor: mark('actor-token'),
    refresh: mark('refresh-token'),
    code: mark('code'),
    verifier: mark('verifier'),
    access: mark('access-token'),
    newRefresh: mark('new-refresh-token'),
    token: mark('pasted-token').replaceAll('-', '_'),
    key: mark('hmac-key'),
    privateKey: mark('private-key'),
    otp: mark('otp'),
  };
  // A box without autocomplete="off", added to the page by the test: its text must be found, or the search proves
  // nothing (session state not written, or written somewhere not searched).
  const control = mark('control');

  const profile = mkdtempSync(join(tmpdir(), 'disk-profile-'));
  const { launchOptions } = test.info().project.use;
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions, headless: true, baseURL });
  const foreign: string[] = [];
  const crashes: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) foreign.push(url);
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => crashes.push(error.message));
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) crashes.push(message.text());
    });
    await page.goto('/');
    await expect(page.getByLabel('Tenant domain')).toBeVisible();

    // A curl with a secret, imported: it fills the form and stays in its box.
    await page
      .getByLabel('Import curl command')
      .fill(
        `curl https://dev-x.us.auth0.com/oauth/token -d grant_type=client_credentials -d client_id=abc -d client_secret=${canaries.imported}`,
      );
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByLabel('Grant type')).toHaveValue('client_credentials');

    // Every secret field of three grants, each shown with its Show button, and secret extras.
    await page.getByLabel('Grant type').selectOption('password');
    await typeSecret(page, 'Client secret', canaries.secret);
    await page.getByLabel('Username').fill('dev@example.com');
    await typeSecret(page, 'Password', canaries.password);
    await page
      .getByLabel('Extra parameters')
      .fill(`client_assertion=${canaries.assertion}\nactor_token=${canaries.actor}`);
    await page.waitForTimeout(1500); // Chromium syncs a page's form state to the browser about a second after a change.
    await page.getByLabel('Grant type').selectOption('refresh_token');
    await typeSecret(page, 'Refresh token', canaries.refresh);
    await page.waitForTimeout(1500);
    await page.getByLabel('Grant type').selectOption('authorization_code');
    await typeSecret(page, 'Authorization code', canaries.code);
    await typeSecret(page, 'Code verifier', canaries.verifier);

    // A private key for private_key_jwt (in its own box, shown), and a passwordless one-time code.
    await page.waitForTimeout(1500);
    await page.getByLabel('Client authentication').selectOption('private_key_jwt');
    await page
      .getByLabel('Private key')
      .fill(`-----BEGIN PRIVATE KEY-----\n${canaries.privateKey}\n-----END PRIVATE KEY-----`);
    await page
      .locator('.field', { has: page.getByLabel('Private key') })
      .getByRole('button', { name: 'Show' })
      .click();
    await page.waitForTimeout(1500);
    await page.getByLabel('Client authentication').selectOption('client_secret_post');
    await page.getByLabel('Grant type').selectOption('http://auth0.com/oauth/grant-type/passwordless/otp');
    await typeSecret(page, 'OTP', canaries.otp);
    await page.waitForTimeout(1500);
    await page.getByLabel('Grant type').selectOption('authorization_code');

    // The curl, revealed: the secrets are on screen.
    await page.getByRole('button', { name: 'Show secrets' }).click();
    const curl = page.getByTestId('curl-command');
    for (const secret of [canaries.secret, canaries.code, canaries.verifier, canaries.assertion, canaries.actor])
      await expect(curl).toHaveValue(new RegExp(secret));

    // A pasted token response, and a pasted token with a key to verify it.
    await page
      .getByLabel('Paste a response')
      .fill(
        `HTTP/2 200\ncontent-type: application/json\n\n{"access_token":"${canaries.access}","refresh_token":"${canaries.newRefresh}","token_type":"Bearer"}`,
      );
    await page.getByRole('button', { name: 'Diagnose response' }).click();
    await expect(page.getByTestId('request-status')).toContainText('pasted');
    const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    await page.getByLabel('Paste a token').fill(`${b64({ alg: 'HS256' })}.${b64({ sub: 'x' })}.${canaries.token}`);
    const pasted = page.locator('[data-testid="token"][data-token-kind="pasted"]');
    await expect(pasted).toBeVisible();
    await pasted.getByLabel('Paste keys').check();
    await pasted.getByLabel('Key (JWKS, JWK, PEM or shared secret)').fill(canaries.key);

    await page.evaluate(() => {
      const box = document.createElement('textarea');
      box.setAttribute('aria-label', 'control');
      document.body.append(box);
    });
    await page.getByLabel('control', { exact: true }).fill(control);
    await page.waitForTimeout(1500);

    // Leave for another page of the same site and come back, so the page's state goes into the session files.
    await page.goto('/favicon.svg');
    await page.goBack();
    await expect(page.getByLabel('Tenant domain')).toBeVisible();
    await page.waitForTimeout(1500);
    await page.goto('/favicon.svg');
    await page.waitForTimeout(1500);
    expect(await context.cookies(), 'cookies').toEqual([]);
  } finally {
    await context.close();
  }

  try {
    const files = allFiles(profile);
    const found = (needle: string) => files.filter((file) => contains(readFileSync(file), needle));
    expect(
      found(control).length,
      'the control box’s text was written: the search can find what it looks for',
    ).toBeGreaterThan(0);
    const leaks = Object.entries(canaries).flatMap(([name, secret]) =>
      found(secret).map((file) => `${name} in ${relative(profile, file)}`),
    );
    expect(leaks, `${files.length} files searched`).toEqual([]);
    expect(foreign, 'requests to hosts the test did not start').toEqual([]);
    expect(crashes, 'uncaught errors or CSP violations in the page').toEqual([]);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
});

/** Type into a secret field, then press its Show button: a revealed secret is in a text box, not a password box. */
async function typeSecret(page: Page, label: string, value: string): Promise<void> {
  const box = page.getByLabel(label, { exact: true });
  await box.fill(value);
  await expect(box).toHaveAttribute('type', 'password');
  await page.locator('.field', { has: box }).getByRole('button', { name: 'Show' }).click();
  await expect(box).toHaveAttribute('type', 'text');
}

function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Chromium writes some strings as UTF-8 and others (page state, form values) as UTF-16LE. */
function contains(bytes: Buffer, needle: string): boolean {
  return bytes.includes(Buffer.from(needle, 'utf8')) || bytes.includes(Buffer.from(needle, 'utf16le'));
}
