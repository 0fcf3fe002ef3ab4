import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

const types: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

test('the bookmarklet, run on an application page of the Dashboard, opens the debugger with domain and client id', async ({
  page,
  context,
  guard,
  baseURL,
}) => {
  const dashboard = createServer((_, response) => {
    response
      .writeHead(200, { 'content-type': 'text/html' })
      .end(
        '<!doctype html><title>Dashboard</title><label for="d">Domain</label><input id="d" readonly value="dev-e3ybvpddsjl3sbd7.us.auth0.com"><label for="s">Client Secret</label><input id="s" value="do-not-read-me">',
      );
  });
  const port = await listen(dashboard);
  const dashboardOrigin = `http://manage.auth0.com:${port}`;
  guard.allowOrigin(dashboardOrigin);
  await page.goto('/');
  const href = (await page.getByTestId('bookmarklet').getAttribute('href')) ?? '';
  expect(href.startsWith('javascript:')).toBe(true);
  expect(href.length).toBeLessThan(2048);
  await expect(page.getByRole('link', { name: 'Auth0 debugger' })).toHaveAttribute('href', href);

  const dashboardPage = await context.newPage();
  await dashboardPage.goto(
    `${dashboardOrigin}/dashboard/us/dev-e3ybvpddsjl3sbd7/applications/Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy/settings`,
  );
  const opened = context.waitForEvent('page');
  await dashboardPage.evaluate((code) => new Function(code)(), decodeURIComponent(href.slice('javascript:'.length)));
  const debuggerPage = await opened;
  await debuggerPage.waitForLoadState();
  expect(debuggerPage.url().startsWith(new URL(baseURL ?? '').origin)).toBe(true);
  await expect(debuggerPage.getByLabel('Tenant domain')).toHaveValue('dev-e3ybvpddsjl3sbd7.us.auth0.com');
  await expect(debuggerPage.getByLabel('Client ID')).toHaveValue('Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
  expect(debuggerPage.url()).not.toContain('do-not-read-me');
  await debuggerPage.close();
  await dashboardPage.close();
  dashboard.close();
});

test('a link with secrets fills only the public fields and leaves no secret in the form or the address bar', async ({
  page,
}) => {
  await page.goto(
    '/#domain=dev-x.us.auth0.com&client_id=abc123&grant_type=client_credentials&audience=https%3A%2F%2Fapi.example.com%2F&client_secret=TOP-SECRET-1&password=TOP-SECRET-2&refresh_token=TOP-SECRET-3',
  );
  await expect(page.getByLabel('Tenant domain')).toHaveValue('dev-x.us.auth0.com');
  await expect(page.getByLabel('Grant type')).toHaveValue('client_credentials');
  await expect(page.getByLabel('Client ID')).toHaveValue('abc123');
  await expect(page.getByLabel('Client secret')).toHaveValue('');
  await expect(page.getByTestId('prefill-notes')).toContainText('client_secret, password, refresh_token: not read');
  expect(page.url()).not.toContain('TOP-SECRET');
  expect(await page.evaluate(() => location.hash)).toBe(
    '#domain=dev-x.us.auth0.com&client_id=abc123&audience=https%3A%2F%2Fapi.example.com%2F&grant_type=client_credentials',
  );
  expect(await page.content()).not.toContain('TOP-SECRET');

  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByLabel('Client secret').fill('TYPED-SECRET');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toContain('#domain=dev-x.us.auth0.com&client_id=abc123');
  expect(link).not.toContain('TYPED-SECRET');
});

test('#token fills the decoder and leaves the address bar', async ({ page }) => {
  const seed = (
    JSON.parse(readFileSync('src/lib/examples/seed-token-response.json', 'utf8')) as { access_token: string }
  ).access_token;
  await page.goto(`/#token=${seed}`);
  await expect(page.locator('[data-claim="gty"]')).toContainText('password');
  expect(page.url()).not.toContain('eyJ');
});

test('the built dist/ works from a sub-path of any static host', async ({ page, guard }) => {
  const dist = normalize(join(process.cwd(), 'dist'));
  const host = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (!path.startsWith('/some/sub/path/')) return void response.writeHead(404).end();
    let file = normalize(join(dist, path.slice('/some/sub/path/'.length) || 'index.html'));
    if (file.endsWith('/') || (existsSync(file) && statSync(file).isDirectory())) file = join(file, 'index.html');
    if (!file.startsWith(dist) || !existsSync(file)) return void response.writeHead(404).end();
    response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(response);
  });
  const port = await listen(host);
  guard.allowOrigin(`http://127.0.0.1:${port}`);
  await page.goto(`http://127.0.0.1:${port}/some/sub/path/`);
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.locator('[data-claim="iss"]')).toContainText('dev-e3ybvpddsjl3sbd7');
  const href = (await page.getByTestId('bookmarklet').getAttribute('href')) ?? '';
  expect(decodeURIComponent(href)).toContain(`"http://127.0.0.1:${port}/some/sub/path/"`);
  host.close();
});
