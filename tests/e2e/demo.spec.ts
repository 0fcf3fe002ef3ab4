import { expect, test } from './fixtures';

test('the demo story: misconfigured like the seed, one switch at a time, to a verified token', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try the demo tenant' }).click();
  const panel = page.getByTestId('demo-panel');
  await expect(panel).toContainText('a simulation');
  await expect(page.getByLabel('Tenant domain')).toHaveValue(/demo-tenant/);
  const send = page.getByRole('button', { name: 'Send request' });
  const top = page.getByTestId('diagnosis').first();

  await send.click();
  await expect(top).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
  await panel.getByLabel('Password', { exact: true }).check();

  await send.click();
  await expect(top).toHaveAttribute('data-diagnosis-id', 'auth0.no-default-connection');
  await panel.getByLabel('Default Directory').selectOption('Username-Password-Authentication');

  await send.click();
  await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
  const token = page.locator('[data-testid="token"][data-token-kind="access_token"]');
  await expect(token.getByTestId('token-header').locator('[data-header="alg"]')).toContainText('RS256');
  await expect(token.getByTestId('scope-list').locator('li')).toHaveCount(7);
  await token.getByRole('button', { name: 'Verify signature' }).click();
  await expect(token.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
  await expect(page.getByTestId('attempt')).toHaveCount(3);

  // Take the origin away: the demo answers like a real tenant does to a blocked browser.
  await panel.getByLabel(/Allowed Web Origins/).uncheck();
  await send.click();
  await expect(page.getByTestId('request-status')).toHaveAttribute('data-state', 'cors-blocked');
});

test('sending at once after starting the demo waits for it instead of failing', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Try the demo tenant' }).click();
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
  await expect(page.getByRole('alert')).toHaveCount(0);
});
