import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from './fixtures';

/** A site of another origin that frames the debugger, prefilled with a domain of its choosing. */
async function startFramer(pageUrl: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((_, response) => {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(`<!doctype html><title>framer</title><iframe src="${pageUrl}" width="1000" height="800"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

test('inside another site’s frame the page shows no form and no box, and says why', async ({
  page,
  guard,
  baseURL,
}) => {
  const framer = await startFramer(`${baseURL}/#domain=evil.example&client_id=abcdefgh`);
  guard.allowOrigin(framer.origin);
  try {
    await page.goto(framer.origin);
    const frame = page.frameLocator('iframe');
    await expect(frame.getByTestId('framed-notice')).toContainText('does not run inside another page');
    await expect(frame.getByRole('link', { name: 'Open the debugger in its own tab' })).toHaveAttribute(
      'href',
      `${baseURL}/`,
    );
    await expect(frame.locator('#app').locator('input, textarea, select, form')).toHaveCount(0);
  } finally {
    await framer.close();
  }
});

test('HTML can reach the DOM only through Svelte’s Trusted Types policy', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByLabel('Tenant domain')).toBeVisible();
  const outcome = await page.evaluate(async () => {
    const reported = new Promise<string>((resolve) =>
      document.addEventListener('securitypolicyviolation', (event) => resolve(event.violatedDirective), { once: true }),
    );
    let result = 'inserted';
    try {
      document.body.insertAdjacentHTML('beforeend', '<b id="injected">x</b>');
    } catch (error) {
      result = error instanceof Error ? error.name : 'thrown';
    }
    const directive = await reported;
    // The refusal is reported as a violation; this one was provoked on purpose.
    window.__cspViolations = [];
    return { result, directive };
  });
  expect(outcome).toEqual({ result: 'TypeError', directive: 'require-trusted-types-for' });
  await expect(page.locator('#injected')).toHaveCount(0);
});
