import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signJwt, createSigningKey } from '../../src/demo/emulator/keys';
import type { EmulatedClient } from '../../src/demo/emulator/types';
import { startApi, type LocalApi } from '../tenant/api';
import { seedTenant, startTenant, type LocalTenant } from '../tenant/server';

const spaId = 'SpaClientQ4cCWeXXVl79APpfoT8WP1k';
const user = { username: 'dev@example.com', password: 'correct horse' };
const audience = 'https://api.example.com/';

/** A Single Page Application of the seed tenant, whose Allowed Callback URLs the test sets. */
const spa = (pageOrigin: string, callbacks: string[]): EmulatedClient => ({
  clientId: spaId,
  authMethod: 'none',
  grantTypes: ['authorization_code', 'implicit', 'refresh_token'],
  allowedOrigins: [pageOrigin],
  callbacks,
  name: 'My SPA',
});

async function openTab(page: Page, tenant: LocalTenant) {
  await page.getByRole('tab', { name: 'Universal Login (/authorize)' }).click();
  await page.getByLabel('Tenant domain').fill(tenant.origin);
  await page.getByLabel('Client ID').fill(spaId);
}

/** Press Log in, and log in on the tenant's login box in the popup it opens; `visited` lists where it went. */
async function logIn(page: Page, visited: string[] = []) {
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Log in through /authorize' }).click(),
  ]);
  popup.on('framenavigated', (frame) => frame === popup.mainFrame() && visited.push(frame.url()));
  await popup.getByLabel('Email address').fill(user.username);
  await popup.getByLabel('Password').fill(user.password);
  await popup.getByRole('button', { name: 'Continue' }).click();
  return popup;
}

/** The popup closes itself once it has handed the answer back: perhaps already, while the last click settled. */
const whenClosed = (popup: Page) =>
  popup.isClosed() ? Promise.resolve() : popup.waitForEvent('close').then(() => undefined);

const diagnosis = (page: Page, id: string) => page.locator(`[data-testid="diagnosis"][data-diagnosis-id="${id}"]`);

test.describe('Universal Login against the local Auth0-like tenant', () => {
  let tenant: LocalTenant;
  let pageUrl: string;

  test.beforeEach(async ({ page, guard, baseURL }) => {
    const pageOrigin = new URL(baseURL ?? '').origin;
    pageUrl = `${pageOrigin}/`;
    tenant = await startTenant((origin) => ({
      ...seedTenant(pageOrigin)(origin),
      clients: [spa(pageOrigin, [pageUrl])],
    }));
    guard.allowOrigin(tenant.origin);
    guard.allowTenantCookies(tenant.origin);
    await page.goto('/');
  });
  test.afterEach(() => tenant.close());

  test('code + PKCE through the popup: the code is exchanged from the page, and nothing of it stays anywhere', async ({
    page,
    guard,
    context,
  }) => {
    const entries = await page.evaluate(() => history.length);
    await openTab(page, tenant);
    await expect(page.getByTestId('callback-url')).toContainText(pageUrl);
    const visited: string[] = [];
    const popup = await logIn(page, visited);
    await whenClosed(popup);
    // The popup landed on this page with the code in its fragment, and took it out of its address bar at once.
    const landed = visited.find((url) => url.startsWith(`${pageUrl}#code=`)) ?? '';
    const code = new URLSearchParams(landed.split('#')[1]).get('code') ?? '';
    expect(code).not.toBe('');
    expect(visited.at(-1)).toBe(pageUrl);
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    await expect(diagnosis(page, 'authorize.id-token-bound')).toBeVisible();
    await expect(page.locator('[data-testid="token"][data-token-kind="id_token"]')).toBeVisible();
    const token = tenant.requests.find((r) => r.path === '/oauth/token');
    expect(token?.origin).toBe(new URL(pageUrl).origin);
    // The default fragment kept the code from the page's host; nothing is left in the address bar or storage.
    expect(guard.requests.filter((url) => url.startsWith(pageUrl) && /code=/.test(url.split('#')[0] ?? ''))).toEqual(
      [],
    );
    expect(page.url()).toBe(pageUrl);
    // The login never navigated this tab: no history entry was added, none could hold a code.
    expect(await page.evaluate(() => history.length)).toBe(entries);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy report' }).click();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('authorization_code');
    expect(report).not.toContain(code);
    expect(report).not.toMatch(/eyJ[\w-]{20,}/);
  });

  test('a redirect URI that is not allowed: Auth0’s own page, and the exact URL to add, and where', async ({
    page,
  }) => {
    tenant.config.clients = [spa(new URL(pageUrl).origin, ['http://localhost:3000/callback'])];
    await openTab(page, tenant);
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Log in through /authorize' }).click(),
    ]);
    await expect(popup.getByRole('heading', { name: 'Callback URL mismatch.' })).toBeVisible();
    await expect(page.getByTestId('authorize-status')).toContainText(`add exactly ${pageUrl} to Allowed Callback URLs`);
    const shown = await popup.locator('main').innerText();
    await popup.close();
    const closed = diagnosis(page, 'authorize.popup-closed');
    await expect(closed).toContainText(`Add exactly ${pageUrl} to Allowed Callback URLs`);
    await expect(closed.getByTestId('diagnosis-fix')).toContainText('Allowed Callback URLs');
    // What the popup showed, pasted, is read the same way.
    await page.getByLabel('Paste the URL you were sent back to').fill(shown);
    await page.getByRole('button', { name: 'Read the answer' }).click();
    const mismatch = diagnosis(page, 'authorize.callback-url-mismatch');
    await expect(mismatch).toContainText(`Add exactly ${pageUrl} to Allowed Callback URLs`);
    await expect(mismatch.getByTestId('diagnosis-fix')).toContainText('Application URIs');
    expect(tenant.requests.filter((r) => r.path === '/oauth/token')).toEqual([]);
  });

  test('a denial from a post-login Action: its reason, and where the Action lives', async ({ page }) => {
    tenant.config.actions = [
      { name: 'Require verified email', enabled: true, deny: 'Please verify your email first.' },
    ];
    await openTab(page, tenant);
    const popup = await logIn(page);
    await whenClosed(popup);
    const denied = diagnosis(page, 'authorize.access-denied');
    await expect(denied).toContainText('“Please verify your email first.”');
    await expect(denied.getByTestId('diagnosis-fix')).toContainText('Actions');
    await expect(denied.getByTestId('diagnosis-fix')).toContainText('post-login');
    await expect(page.getByTestId('attempt').first()).toContainText('Answer of /authorize');
  });

  test('an answer whose state was tampered with is refused, and its code never sent', async ({ page }) => {
    await openTab(page, tenant);
    const [popup] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('button', { name: 'Log in through /authorize' }).click(),
    ]);
    await expect(popup.getByLabel('Email address')).toBeVisible();
    // Someone else's answer lands where this login's would: same page, a code, another state.
    // Only until the navigation commits: the landing page hands the answer over and closes itself straight after.
    await popup.goto(`${pageUrl}#code=forged-code&state=not-the-one-sent`, { waitUntil: 'commit' });
    await expect(diagnosis(page, 'authorize.state-mismatch')).toBeVisible();
    await expect(page.getByTestId('raw-response')).not.toContainText('forged-code');
    expect(tenant.requests.filter((r) => r.path === '/oauth/token')).toEqual([]);
    // The real login is still waiting: it completes afterwards.
    await page.getByLabel('Paste the URL you were sent back to').fill(`${pageUrl}#code=x&state=still-wrong`);
    await page.getByRole('button', { name: 'Read the answer' }).click();
    await expect(page.getByTestId('attempt')).toHaveCount(2);
  });

  test('/userinfo answering invalid_token blames the token, not the client', async ({ page }) => {
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    const forged = await signJwt(await createSigningKey(), {
      iss: `${tenant.origin}/`,
      sub: 'auth0|65091da7a8016ed26fb882fa',
      aud: [audience, `${tenant.origin}/userinfo`],
      exp: Math.floor(Date.now() / 1000) + 600,
      scope: 'openid profile',
    });
    await page.getByLabel('Paste a token').fill(forged);
    const use = page.getByTestId('use-token');
    await use.getByRole('button', { name: 'Call /userinfo' }).click();
    const blamed = diagnosis(page, 'use.invalid-token');
    await expect(blamed).toContainText('blames the token, not the application');
    await expect(blamed).toContainText('invalid_token');
    await expect(page.getByTestId('diagnosis').first()).not.toContainText(/client secret|Client authentication/i);
    expect(tenant.requests.at(-1)).toMatchObject({ method: 'GET', path: '/userinfo' });
  });
});

test.describe('the token put to use: /userinfo and your API', () => {
  let tenant: LocalTenant;
  let api: LocalApi;
  let pageUrl: string;

  test.beforeEach(async ({ page, guard, baseURL }) => {
    const pageOrigin = new URL(baseURL ?? '').origin;
    pageUrl = `${pageOrigin}/`;
    tenant = await startTenant((origin) => ({
      ...seedTenant(pageOrigin)(origin),
      clients: [spa(pageOrigin, [pageUrl])],
    }));
    api = await startApi({ pageOrigin, tenantOrigin: tenant.origin, audience, scope: 'read:messages' });
    guard.allowOrigin(tenant.origin);
    guard.allowOrigin(api.origin);
    guard.allowTenantCookies(tenant.origin);
    await page.goto('/');
  });
  test.afterEach(async () => {
    await api.close();
    await tenant.close();
  });

  test('after a login: /userinfo answers; the API takes the access token, and an ID token sent to it is called out', async ({
    page,
  }) => {
    await openTab(page, tenant);
    await page.getByLabel('Audience').fill(audience);
    await page.getByLabel('Scope').fill('openid profile email read:messages');
    const popup = await logIn(page);
    // An API from 127.0.0.1: Auth0 asks for consent, as it does on localhost.
    await popup.getByRole('button', { name: 'Accept' }).click();
    await whenClosed(popup);
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    const use = page.getByTestId('use-token');
    await use.getByRole('button', { name: 'Call /userinfo' }).click();
    await expect(diagnosis(page, 'use.userinfo-ok')).toBeVisible();
    await expect(page.getByTestId('raw-response')).toContainText('dev@example.com');

    expect(api.requests).toEqual([]);
    await use.getByLabel('API URL').fill(`${api.origin}/messages`);
    await expect(use.getByTestId('api-origin')).toHaveText(`Calls ${api.origin}`);
    await use.getByRole('button', { name: 'Call API' }).click();
    await expect(diagnosis(page, 'use.api-ok')).toBeVisible();

    await use.getByLabel('Token to send').selectOption('id_token');
    await use.getByRole('button', { name: 'Call API' }).click();
    const idToken = diagnosis(page, 'use.id-token-sent');
    await expect(idToken).toContainText('An ID token was sent where an access token belongs');
    await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'use.id-token-sent');
    // Only the API typed was called, with the token as a bearer credential.
    expect(api.requests.filter((r) => r.method === 'GET').map((r) => r.authorization?.slice(0, 7))).toEqual([
      'Bearer ',
      'Bearer ',
    ]);
  });
});

test.describe('when no popup can be used, and the page the answer lands on', () => {
  let tenant: LocalTenant;
  let pageUrl: string;

  test.beforeEach(async ({ guard, baseURL }) => {
    const pageOrigin = new URL(baseURL ?? '').origin;
    pageUrl = `${pageOrigin}/`;
    tenant = await startTenant((origin) => ({
      ...seedTenant(pageOrigin)(origin),
      clients: [spa(pageOrigin, [pageUrl])],
    }));
    guard.allowOrigin(tenant.origin);
    guard.allowTenantCookies(tenant.origin);
  });
  test.afterEach(() => tenant.close());

  test('popups blocked: the URL opened in a tab of its own hands the answer back to this tab', async ({
    page,
    context,
  }) => {
    // A popup blocker: window.open gives nothing.
    await page.addInitScript(() => (window.open = () => null));
    await page.goto('/');
    await openTab(page, tenant);
    await page.getByRole('button', { name: 'Log in through /authorize' }).click();
    await expect(diagnosis(page, 'authorize.popup-blocked')).toBeVisible();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy /authorize URL' }).click();
    const url = await page.evaluate(() => navigator.clipboard.readText());
    expect(url).toMatch(/code_challenge_method=S256/);

    const tab = await context.newPage();
    await tab.goto(url);
    await tab.getByLabel('Email address').fill(user.username);
    await tab.getByLabel('Password').fill(user.password);
    await tab.getByRole('button', { name: 'Continue' }).click();
    // No opener here: the answer crossed over the BroadcastChannel.
    await expect(tab.getByTestId('handed-over')).toBeVisible();
    expect(tab.url()).toBe(pageUrl);
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    await expect(diagnosis(page, 'authorize.id-token-bound')).toBeVisible();
    expect(await tab.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
  });

  test('an answer that lands where no login waits is taken out of the address bar and explained', async ({ page }) => {
    await page.goto('/#error=access_denied&error_description=Not%20today&state=abc');
    await expect(diagnosis(page, 'authorize.no-login-pending')).toBeVisible();
    await expect(diagnosis(page, 'authorize.access-denied')).toContainText('“Not today”');
    expect(page.url()).toBe(pageUrl);
    await expect(page.getByRole('tab', { name: 'Universal Login (/authorize)' })).toHaveAttribute(
      'aria-selected',
      'true',
    );
  });

  test('silent authentication: no session, then a session, then an origin Auth0 will not post to', async ({ page }) => {
    test.setTimeout(60_000);
    await page.goto('/');
    await openTab(page, tenant);
    const silent = page.getByRole('button', { name: 'Try silent authentication' });
    await silent.click();
    await expect(diagnosis(page, 'authorize.login-required')).toContainText('there is no session at the tenant');

    const popup = await logIn(page);
    await whenClosed(popup);
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    const exchanges = () => tenant.requests.filter((r) => r.path === '/oauth/token').length;
    expect(exchanges()).toBe(1);
    await silent.click();
    // The session answered in a web message to the hidden frame; its code was exchanged too.
    await expect.poll(exchanges).toBe(2);
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    await expect(page.locator('iframe')).toHaveCount(0);

    tenant.config.clients = [{ ...spa(new URL(pageUrl).origin, [pageUrl]), allowedOrigins: [] }];
    await silent.click();
    const none = diagnosis(page, 'authorize.silent-no-message');
    await expect(none).toBeVisible({ timeout: 15_000 });
    await expect(none.getByTestId('diagnosis-fix')).toContainText(
      `Add ${new URL(pageUrl).origin} to Allowed Web Origins`,
    );
  });
});
