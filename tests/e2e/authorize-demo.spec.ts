import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const diagnosis = (page: Page, id: string) => page.locator(`[data-testid="diagnosis"][data-diagnosis-id="${id}"]`);

test('the demo’s Universal Login story, in the page: callback, Action, client authentication, tokens', async ({
  page,
  baseURL,
}) => {
  const pageUrl = `${new URL(baseURL ?? '').origin}/`;
  await page.goto('/');
  await page.getByRole('button', { name: 'Try the demo tenant' }).click();
  const panel = page.getByTestId('demo-panel');
  await page.getByRole('tab', { name: 'Universal Login (/authorize)' }).click();
  const logIn = page.getByRole('button', { name: 'Log in through /authorize' });
  const window = page.getByTestId('simulated-login');

  // 1. The page's own URL is not an Allowed Callback URL yet: the tenant stops on its error page.
  await logIn.click();
  await expect(window).toContainText('Callback URL mismatch.');
  await window.getByRole('button', { name: 'Close the login window' }).click();
  await expect(diagnosis(page, 'authorize.popup-closed')).toContainText(
    `Add exactly ${pageUrl} to Allowed Callback URLs`,
  );
  await panel.getByLabel(`Allowed Callback URLs: ${pageUrl}`).check();

  // 2. The login box; then the post-login Action denies, with its reason.
  await logIn.click();
  await window.getByLabel('Email address').fill('demo@example.com');
  await window.getByLabel('Password').fill('demo-password');
  await window.getByRole('button', { name: 'Continue' }).click();
  await expect(diagnosis(page, 'authorize.access-denied')).toContainText('Please verify your email before logging in.');
  await expect(window).toHaveCount(0);
  await panel.getByLabel(/Require verified email/).uncheck();

  // 3. A code; the Demo App is a Regular Web App, so exchanging it without its secret is refused.
  await logIn.click();
  await window.getByLabel('Email address').fill('demo@example.com');
  await window.getByLabel('Password').fill('demo-password');
  await window.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute(
    'data-diagnosis-id',
    'auth0.client-authentication-failed',
  );

  // 4. With its secret, and the tenant's session: no login box this time.
  await page.getByLabel('Client authentication').selectOption('client_secret_post');
  await logIn.click();
  await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
  await expect(diagnosis(page, 'authorize.id-token-bound')).toBeVisible();
  const idToken = page.locator('[data-testid="token"][data-token-kind="id_token"]');
  await idToken.getByRole('button', { name: 'Verify signature' }).click();
  await expect(idToken.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
  await expect(idToken.locator('[data-check="nonce"]')).toHaveAttribute('data-status', 'passed');

  // Silent authentication from the same session, and /userinfo with the token.
  await page.getByRole('button', { name: 'Try silent authentication' }).click();
  await expect(page.getByTestId('attempt')).toHaveCount(4);
  await expect(page.getByTestId('attempt').first()).toContainText('HTTP 200');
  await page.getByTestId('use-token').getByRole('button', { name: 'Call /userinfo' }).click();
  await expect(diagnosis(page, 'use.userinfo-ok')).toBeVisible();
});
