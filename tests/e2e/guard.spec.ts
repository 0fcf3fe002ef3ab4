import { test } from './fixtures';

// The guard is what proves privacy in every other test, so it must itself be able to fail.
test.describe('the guard fails a test that', () => {
  test.fail('requests a host the test did not start', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => fetch('https://example.com/').catch(() => undefined));
  });

  test.fail('violates the Content-Security-Policy', async ({ page }) => {
    await page.goto('/');
    // An inline stylesheet: refused by style-src without being a Trusted Types sink, so only the CSP check fails.
    await page.evaluate(() => {
      const style = document.createElement('style');
      style.textContent = 'body { outline: 1px solid red }';
      document.head.append(style);
    });
  });

  test.fail('writes to storage', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => sessionStorage.setItem('secret', 'x'));
  });

  test.fail(
    'writes a cookie of its own, even where a tenant’s session cookies are allowed',
    async ({ page, guard }) => {
      await page.goto('/');
      guard.allowTenantCookies(page.url());
      await page.evaluate(() => (document.cookie = 'written=by-the-page'));
    },
  );

  test.fail('lets an error escape in the page', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => setTimeout(() => void Promise.reject(new Error('unhandled'))));
    await page.waitForTimeout(100);
  });

  test.fail('opens a dialog', async ({ page }) => {
    await page.goto('/');
    await page.evaluate(() => setTimeout(() => alert('hi')));
    await page.waitForTimeout(100);
  });
});
