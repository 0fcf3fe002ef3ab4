import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { startProvider, type LocalProvider } from '../tenant/oidc-provider';

/** The popup closes itself once it has handed the answer back: perhaps already, while the last click settled. */
const whenClosed = (popup: Page) =>
  popup.isClosed() ? Promise.resolve() : popup.waitForEvent('close').then(() => undefined);

/** Log in on the provider's login form in the popup (any login and password), and give consent. */
async function logIn(page: Page) {
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Log in through /authorize' }).click(),
  ]);
  await popup.getByLabel('Login').fill('alice');
  await popup.getByLabel('Password').fill('any password');
  await popup.getByRole('button', { name: 'Sign-in' }).click();
  await popup.getByRole('button', { name: 'Continue' }).click();
  await whenClosed(popup);
}

test.describe('Universal Login against a real OpenID Provider (oidc-provider)', () => {
  let provider: LocalProvider;

  test.beforeEach(async ({ page, guard, baseURL }) => {
    const pageUrl = `${new URL(baseURL ?? '').origin}/`;
    provider = await startProvider(new URL(pageUrl).origin, { login: { redirectUri: pageUrl } });
    guard.allowOrigin(provider.origin);
    guard.allowTenantCookies(provider.origin);
    await page.goto('/');
    await page.getByRole('tab', { name: 'Universal Login (/authorize)' }).click();
    await page.getByLabel('Tenant domain').fill(provider.origin);
    await page.getByLabel('Client ID').fill(provider.spaClientId);
  });
  test.afterEach(() => provider.close());

  test('code + PKCE through the popup, exchanged from the page; the ID token verifies with its nonce; /userinfo answers', async ({
    page,
  }) => {
    await logIn(page);
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    expect(provider.requests.filter((r) => r.startsWith('POST /oauth/token'))).toHaveLength(1);
    await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="authorize.id-token-bound"]')).toContainText(
      'nonce',
    );
    const idToken = page.locator('[data-testid="token"][data-token-kind="id_token"]');
    await idToken.getByRole('button', { name: 'Verify signature' }).click();
    await expect(idToken.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    await expect(idToken.locator('[data-check="nonce"]')).toHaveAttribute('data-status', 'passed');
    await expect(idToken.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'passed');

    await page.getByTestId('use-token').getByRole('button', { name: 'Call /userinfo' }).click();
    await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="use.userinfo-ok"]')).toBeVisible();
    await expect(page.getByTestId('raw-response')).toContainText('"sub":"alice"');
    expect(provider.requests.at(-1)).toBe('GET /userinfo');
  });

  test('implicit id_token through the fragment: its nonce checked, its signature verified', async ({ page }) => {
    await page.getByLabel('Response type').selectOption('id_token');
    await logIn(page);
    const idToken = page.locator('[data-testid="token"][data-token-kind="id_token"]');
    await expect(idToken).toBeVisible();
    await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="authorize.id-token-bound"]')).toBeVisible();
    // Nothing was exchanged: implicit brings the token in the fragment itself.
    expect(provider.requests.filter((r) => r.startsWith('POST /oauth/token'))).toEqual([]);
    await idToken.getByRole('button', { name: 'Verify signature' }).click();
    await expect(idToken.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    await expect(idToken.locator('[data-check="nonce"]')).toHaveAttribute('data-status', 'passed');
    expect(page.url()).not.toContain('id_token');
  });
});
