import { pastedOf, readCorpus } from '../corpus';
import { expect, test } from './fixtures';

const corpus = new Map(readCorpus().map((line) => [line.id, line]));
const expected = Object.fromEntries([...corpus.values()].map((line) => [line.id, line.expect]));
const pasted = pastedOf;

test.beforeEach(async ({ page }) => {
  await page.goto('/');
});

for (const id of [
  'grant-not-allowed-password',
  'no-default-connection',
  'wrong-email-or-password',
  'unauthorized-wrong-secret',
  'service-not-enabled-within-domain',
  'client-not-authorized-no-client-grant',
  'no-audience-no-default',
  'invalid-refresh-token',
  'mfa-required',
  'too-many-attempts-brute-force',
  'device-authorization-pending',
  'rate-limit-custom-policy',
  'co-origin-not-allowed',
  'browser-cors-blocked-token',
]) {
  test(`pasting ${id} shows its card with the fix`, async ({ page }) => {
    const line = corpus.get(id);
    if (!line) throw new Error(`no corpus line ${id}`);
    await page.getByLabel('Paste a response').fill(pasted(line));
    await page.getByRole('button', { name: 'Diagnose response' }).click();
    const card = page.getByTestId('diagnosis').first();
    await expect(card).toHaveAttribute('data-diagnosis-id', expected[id] ?? 'missing');
    await expect(card.getByRole('heading', { level: 3 })).not.toBeEmpty();
    if (!expected[id]?.startsWith('network.')) await expect(page.getByTestId('raw-response')).toContainText(/\S/);
    await expect(page.getByTestId('attempt').first()).toHaveAttribute('data-diagnosis-id', expected[id] ?? '');
  });
}

test('an error never seen before still gets an RFC 6749 explanation, and HTML gets its own', async ({ page }) => {
  const box = page.getByLabel('Paste a response');
  await box.fill('HTTP/1.1 400 Bad Request\n\n{"error":"invalid_request","error_description":"Parameter x is weird"}');
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'generic.invalid_request');
  await box.fill(
    'HTTP/1.1 404 Not Found\ncontent-type: text/html\n\n<!doctype html><title>404</title><script>alert(1)</script>',
  );
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'generic.not-found');
  await expect(page.getByTestId('raw-response')).toContainText('<script>alert(1)</script>');
});

test('notes before sending, and a report that keeps secrets out', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Tenant domain').fill('dev-x.us.auth0.com');
  await page.getByLabel('Grant type').selectOption('client_credentials');
  await page.getByLabel('Client ID').fill('my-client');
  await page.getByLabel('Client secret').fill('SECRET-do-not-share-42');
  await page.getByLabel('Scope').fill('read:a,read:b');
  const lints = page.getByTestId('request-lint');
  await expect(lints.first()).toHaveAttribute('data-diagnosis-id', 'lint.scope-commas');
  await expect(
    page.locator('[data-testid="request-lint"][data-diagnosis-id="lint.client-credentials-without-audience"]'),
  ).toHaveCount(1);

  const line = corpus.get('client-not-authorized-no-client-grant');
  if (!line) throw new Error('corpus line missing');
  await page.getByLabel('Paste a response').fill(pasted(line));
  await page.getByRole('button', { name: 'Diagnose response' }).click();
  await expect(page.getByTestId('diagnosis').first()).toContainText('Machine To Machine Applications');
  await page.getByRole('button', { name: 'Copy report' }).click();
  const report = await page.evaluate(() => navigator.clipboard.readText());
  expect(report).toContain('auth0.client-not-authorized-for-api');
  expect(report).toContain('| client_secret | [redacted] |');
  expect(report).not.toContain('SECRET-do-not-share-42');
});
