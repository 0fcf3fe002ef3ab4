import { generateKeyPair, SignJWT } from 'jose';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startProvider, type LocalProvider } from '../tenant/oidc-provider';
import { seedTenant, startTenant, type LocalTenant } from '../tenant/server';

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The same token with one character of its payload changed (a claim value, so it still decodes). */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
  const sub = String(claims.sub ?? 'x');
  return `${header}.${part({ ...claims, sub: `${sub.slice(0, -1)}${sub.endsWith('x') ? 'y' : 'x'}` })}.${signature}`;
}

async function decodeAndVerify(page: Page, token: string) {
  await page.getByLabel('Paste a token').fill(token);
  const view = page.getByTestId('token').last();
  await view.getByRole('button', { name: 'Verify signature' }).click();
  return view.getByTestId('signature-status');
}

test.describe('against the local Auth0-like tenant', () => {
  let tenant: LocalTenant;

  test.beforeEach(async ({ page, guard, baseURL }) => {
    tenant = await startTenant(seedTenant(new URL(baseURL ?? '').origin));
    tenant.config.clients[0]?.grantTypes.push('password');
    tenant.config.defaultDirectory = 'Username-Password-Authentication';
    guard.allowOrigin(tenant.origin);
    await page.goto('/');
  });
  test.afterEach(() => tenant.close());

  test('a fresh token verifies with the matching kid; one changed character turns it red with a reason', async ({
    page,
    context,
  }) => {
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    await page.getByLabel('Client ID').fill('Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
    await page.getByLabel('Client secret').fill('seed-client-secret-3f9a');
    await page.getByLabel('Username').fill('dev@example.com');
    await page.getByLabel('Password', { exact: true }).fill('correct horse');
    await page.getByLabel('Audience').fill(`${tenant.origin}/api/v2/`);
    await page.getByRole('button', { name: 'Send request' }).click();
    const received = page.locator('[data-testid="token"][data-token-kind="access_token"]');
    await expect(received.getByTestId('signature-status')).toHaveAttribute('data-status', 'unverified');
    expect(tenant.requests.filter((r) => r.path.startsWith('/.well-known'))).toEqual([]);

    await received.getByRole('button', { name: 'Verify signature' }).click();
    await expect(received.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    await expect(received.getByTestId('signature-status')).toContainText(tenant.key.kid);
    await expect(received.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'passed');
    await expect(received.locator('[data-check="iss"]')).toHaveAttribute('data-status', 'passed');

    // A failed check feeds the diagnosis cards of the response.
    await received.getByText('Validation').click();
    await received.getByLabel('Expected aud').fill('https://another-api.example/');
    await received.getByRole('button', { name: 'Verify signature' }).click();
    await expect(received.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'failed');
    await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="verify.aud"]')).toContainText(
      'access token would be rejected',
    );

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await received.getByRole('button', { name: 'Copy token' }).click();
    const token = await page.evaluate(() => navigator.clipboard.readText());
    const status = await decodeAndVerify(page, tamper(token));
    await expect(status).toHaveAttribute('data-status', 'invalid');
    await expect(status).toContainText(`The signature does not match the key kid ${tenant.key.kid}`);
  });

  test('no key is requested on paste, only on the button, and keys are fetched once', async ({ page }) => {
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    const token = await new SignJWT({ sub: 'x', exp: Math.floor(Date.now() / 1000) + 60, iss: `${tenant.origin}/` })
      .setProtectedHeader({ alg: 'RS256', kid: tenant.key.kid, jku: 'http://127.0.0.1:9/evil-keys' })
      .sign((await generateKeyPair('RS256')).privateKey);
    await page.getByLabel('Paste a token').fill(token);
    await expect(page.getByTestId('token')).toHaveCount(1);
    await page.waitForTimeout(300);
    expect(tenant.requests).toEqual([]);
    const status = await decodeAndVerify(page, token);
    await expect(status).toHaveAttribute('data-status', 'invalid');
    await expect(status).toContainText('does not match');
    await page.getByTestId('token').getByRole('button', { name: 'Verify signature' }).click();
    await expect(status).toHaveAttribute('data-status', 'invalid');
    expect(tenant.requests.map((r) => r.path)).toEqual(['/.well-known/openid-configuration', '/.well-known/jwks.json']);
  });
});

test.describe('against a real OpenID Provider (oidc-provider)', () => {
  let provider: LocalProvider;

  test.beforeEach(async ({ page, guard, baseURL }) => {
    provider = await startProvider(new URL(baseURL ?? '').origin);
    guard.allowOrigin(provider.origin);
    await page.goto('/');
  });
  test.afterEach(() => provider.close());

  test('a client-credentials token from the form verifies via discovery; tampered and foreign-signed copies do not', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByLabel('Tenant domain').fill(provider.origin);
    await page.getByLabel('Grant type').selectOption('client_credentials');
    await page.getByLabel('Body format').selectOption('form');
    await page.getByLabel('Client ID').fill(provider.clientId);
    await page.getByLabel('Client secret').fill(provider.clientSecret);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    const received = page.locator('[data-testid="token"][data-token-kind="access_token"]');
    await expect(received).toHaveAttribute('data-kind', 'jws');
    expect(provider.requests.some((r) => r.includes('jwks'))).toBe(false);

    await received.getByRole('button', { name: 'Verify signature' }).click();
    await expect(received.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    await expect(received.getByTestId('signature-status')).toContainText('op-key-1');
    await expect(received.locator('[data-check="iss"]')).toHaveAttribute('data-status', 'passed');

    await received.getByRole('button', { name: 'Copy token' }).click();
    const token = await page.evaluate(() => navigator.clipboard.readText());
    await expect(await decodeAndVerify(page, tamper(token))).toHaveAttribute('data-status', 'invalid');
    await expect(page.getByTestId('token').last().getByTestId('signature-status')).toContainText(
      'does not match the key kid op-key-1',
    );

    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const foreign = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'op-key-1' })
      .sign((await generateKeyPair('RS256')).privateKey);
    await expect(await decodeAndVerify(page, foreign)).toHaveAttribute('data-status', 'invalid');
  });
});
