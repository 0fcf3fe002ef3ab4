import { expect, test } from './fixtures';
import { expectNoLongTask, paste, settle, watchLongTasks } from './long-tasks';

// The page's own clock, not Playwright's: rows are added one batch per animation frame, and a fake clock that
// catches up runs many frames in one task.
test.beforeEach(async ({ page }) => watchLongTasks(page));

test('a token of 10,000 claims: a page at once, all of them in frames of no long task, kept at the clock tick', async ({
  page,
}) => {
  test.slow();
  await page.goto('/');
  await expect(page.getByLabel('Paste a token')).toBeEditable();
  await settle(page);
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const claims = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`https://example.com/c${i}`, `v${i}`]));
  const body = part({ sub: 'auth0|1', exp: 4102444800, ...claims });
  await paste(page, 'Paste a token', {
    unit: body,
    chars: body.length,
    before: `${part({ alg: 'RS256' })}.`,
    after: '.c2ln',
  });
  const rows = page.getByTestId('token-claims').locator('[data-claim]');
  await expect(rows).toHaveCount(200);
  await expectNoLongTask(page, 'pasting 10,000 claims');

  await page.getByRole('button', { name: 'Show all 10,002 rows' }).click();
  await expect(rows).toHaveCount(10_002, { timeout: 30_000 });
  await expect(page.locator('[data-claim="https://example.com/c9999"]')).toContainText('v9999');
  await expectNoLongTask(page, 'showing all 10,000 claims', 100);

  // Relative times are brought up to date every 15 seconds: only the time rows are drawn again, the rest stay.
  const first = await page.locator('[data-claim="https://example.com/c5000"]').elementHandle();
  await page.waitForTimeout(16_000);
  await expect(rows).toHaveCount(10_002);
  expect(await first?.evaluate((row) => row.isConnected)).toBe(true);
  await expectNoLongTask(page, 'the clock tick with 10,000 claims drawn', 100);
});
