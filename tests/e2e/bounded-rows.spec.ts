import { expect, test } from './fixtures';
import { expectNoLongTask, paste, settle, watchLongTasks } from './long-tasks';

// The page's own clock, not Playwright's: rows are added one batch per animation frame, and a fake clock that
// catches up runs many frames in one task.
test.beforeEach(async ({ page }) => watchLongTasks(page));

test('a token of 10,000 claims: a page at once, all of them in frames of no long task, kept at the clock tick', async ({
  page,
}) => {
  // Showing all rows takes 6–8 s alone here, and the clock tick waits 16 s: room for a slower machine on both.
  test.setTimeout(150_000);
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
  // Counted in the page with the DOM's own query: Playwright's locator engine over 10,000 rows would itself be the
  // long task measured.
  await page.waitForFunction(
    () => document.querySelectorAll('[data-testid="token-claims"] [data-claim]').length >= 10_002,
    undefined,
    {
      polling: 500,
      timeout: 60_000,
    },
  );
  await expectNoLongTask(page, 'showing all 10,000 claims', 100);
  expect(
    await page.evaluate(() => document.querySelector('[data-claim="https://example.com/c9999"]')?.textContent),
  ).toContain('v9999');

  // Relative times are brought up to date every 15 seconds: only the time rows are drawn again, the rest stay.
  const kept = await page.evaluate(() => {
    const row = document.querySelector('[data-claim="https://example.com/c5000"]');
    (window as unknown as { __row?: Element }).__row = row ?? undefined;
    return row !== null;
  });
  expect(kept).toBe(true);
  await page.waitForTimeout(16_000);
  expect(
    await page.evaluate(() => ({
      rows: document.querySelectorAll('[data-testid="token-claims"] [data-claim]').length,
      same: (window as unknown as { __row?: Element }).__row?.isConnected ?? false,
    })),
  ).toEqual({ rows: 10_002, same: true });
  await expectNoLongTask(page, 'the clock tick with 10,000 claims drawn', 100);
});
