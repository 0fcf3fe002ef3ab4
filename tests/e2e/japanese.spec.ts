import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

const seedResponse = JSON.parse(readFileSync('src/lib/examples/seed-token-response.json', 'utf8')) as {
  access_token: string;
};
const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;

test('the seed story in Japanese: the demo tenant, a Japanese diagnosis and its steps, the switch, the token', async ({
  page,
}) => {
  await page.goto('/#lang=ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await page.getByRole('button', { name: 'デモテナントで試す' }).click();
  const panel = page.getByTestId('demo-panel');
  const send = page.getByRole('button', { name: 'リクエストを送信' });
  const top = page.getByTestId('diagnosis').first();

  await send.click();
  await expect(top).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
  await expect(top.locator('h3')).toContainText('有効になっていない');
  await expect(top.locator('.steps li').first()).toContainText(japanese);
  await expect(top.locator('.breadcrumb')).toContainText('Advanced Settings');
  await panel.getByLabel('Password', { exact: true }).check();

  await send.click();
  await expect(top).toHaveAttribute('data-diagnosis-id', 'auth0.no-default-connection');
  await expect(top.locator('h3')).toContainText(japanese);
  await panel.getByLabel('Default Directory').selectOption('Username-Password-Authentication');

  await send.click();
  await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
  const token = page.locator('[data-testid="token"][data-token-kind="access_token"]');
  const claims = token.getByTestId('token-claims');
  await expect(claims.locator('[data-claim="iat"] [data-testid="claim-time"]')).toContainText(/(前に|今)発行/);
  await expect(claims.locator('[data-claim="iss"]')).toContainText(japanese);
  await expect(token.getByTestId('token-validity')).toContainText(/有効/);
  await expect(token.getByTestId('scope-list').locator('li').first()).toContainText(japanese);
});

test('the decoder on the seed token, in Japanese: explanations and relative times', async ({ page }) => {
  await page.goto('/#lang=ja');
  await page.getByLabel('トークンを貼り付け').fill(seedResponse.access_token);
  const token = page.getByTestId('token');
  await expect(token.getByTestId('token-validity')).toContainText(/年前に期限切れになりました/);
  await expect(token.getByTestId('token-validity')).toHaveAttribute('data-status', 'expired');
  const claims = token.getByTestId('token-claims');
  await expect(claims.locator('[data-claim="iat"] [data-testid="claim-time"]')).toContainText(/年前に発行/);
  await expect(claims.locator('[data-claim="exp"] [data-testid="claim-time"]')).toContainText('2023/09/21');
  await expect(claims.locator('[data-claim="aud"]')).toContainText(japanese);
  await expect(token.getByTestId('scope-list').locator('li').first()).toContainText(japanese);
});

test('the header switch changes the page live, <html lang> with it, and Copy link keeps the choice', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByLabel('Paste a token').fill(seedResponse.access_token);
  await expect(page.getByTestId('token-validity')).toContainText(/Expired \d+ years ago/);
  await page.getByLabel('Language').selectOption('ja');
  await expect(page.locator('html')).toHaveAttribute('lang', 'ja');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Auth0 トークンデバッガー');
  await expect(page.getByTestId('token-validity')).toContainText(/年前に期限切れになりました/);
  await expect(page.getByRole('button', { name: 'リクエストを送信' })).toBeVisible();
  await page.getByRole('button', { name: 'リンクをコピー' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/#(.*&)?lang=ja$/);
  await page.getByLabel('言語').selectOption('en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByTestId('token-validity')).toContainText(/Expired \d+ years ago/);
});

/**
 * What stays as it is in Japanese: Auth0 Dashboard labels and grant names as the Dashboard shows them, the form's
 * labels that mirror them, product names, protocols and formats, wire, claim and header names, and what the demo
 * tenant itself holds (its app's name, its user). Phrases first, then single words.
 */
const allowedPhrases = [
  'Applications',
  'Advanced Settings',
  'Grant Types',
  'Allowed Web Origins',
  'Allowed Origins (CORS)',
  'Allow Offline Access',
  'Save Changes',
  'Application URIs',
  'Machine to Machine',
  'Machine To Machine',
  'Machine-to-Machine',
  'Client Credentials',
  'Refresh Token',
  'Authorization Code',
  'Resource Owner Password',
  'Resource Owner',
  'Default Directory',
  'Username-Password-Authentication',
  'Client ID',
  'Client Secret',
  'Demo App',
  'Demo API',
  'demo-password',
  'Identifier',
  'openid profile email',
  // Auth0's product name for its login pages, and the written form of a parameter or a header line.
  'Universal Login',
  'name=value',
  'Name: value',
];
const allowedWords = new Set(
  `
  Auth0 Chromium Chrome Firefox Safari Svelte README Dashboard curl JSON JWT JWS JWE JWK JWKS PEM PKCE CORS HTTP
  HTTPS URL URI API APIs OAuth OpenID Connect OIDC RFC SPA MFA OTP SMS QR CIBA RBAC ID SDK Cookie Bearer Basic
  POST GET Authorization Domain Audience Scope Password Settings General Monitoring Logs Security Tenant Management
  Management Application Connections Database Credentials
  grant_type client_id client_secret audience scope username password realm refresh_token access_token id_token
  iss sub aud exp nbf iat jti azp gty alg typ kid jku x5u auth_time nonce updated_at permissions openid profile
  email offline_access password-realm English
  `
    .split(/\s+/)
    .filter(Boolean),
);

/** The visible words of the page in Latin letters (Dashboard paths included), outside code and values, that are not allowed. */
async function englishWords(page: Page): Promise<string[]> {
  let text = await page.evaluate(() => {
    const skip = 'code, pre, textarea, input, [data-testid="claim-value"], [data-testid="raw-body"], script, style';
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(skip) || !parent.checkVisibility()) continue;
      parts.push(node.textContent ?? '');
    }
    return parts.join(' ');
  });
  for (const phrase of allowedPhrases) text = text.replaceAll(phrase, ' ');
  // Wire syntax in prose: name=value pairs, paths, addresses, scopes like read:users.
  text = text.replace(/\S*[=/@:]\S*/g, ' ');
  const words = text.match(/[A-Za-z][A-Za-z0-9_.-]*[A-Za-z0-9]/g) ?? [];
  return [...new Set(words.filter((word) => !allowedWords.has(word) && !/[._]|\d/.test(word)))];
}

test('no English words in the main states in Japanese, outside the allow-list', async ({ page }) => {
  await page.goto('/#lang=ja');
  await expect(page.getByRole('button', { name: 'デモテナントで試す' })).toBeVisible();
  const found: Record<string, string[]> = { start: await englishWords(page) };

  await page.getByRole('button', { name: 'デモテナントで試す' }).click();
  const send = page.getByRole('button', { name: 'リクエストを送信' });
  await send.click();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'auth0.grant-not-allowed');
  found.diagnosis = await englishWords(page);

  const panel = page.getByTestId('demo-panel');
  await panel.getByLabel('Password', { exact: true }).check();
  await panel.getByLabel('Default Directory').selectOption('Username-Password-Authentication');
  await send.click();
  await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
  await expect(page.locator('[data-testid="token"][data-token-kind="access_token"]')).toBeVisible();
  found.token = await englishWords(page);

  await page.getByLabel('トークンを貼り付け').fill(seedResponse.access_token);
  await expect(page.getByTestId('token-validity').first()).toContainText(japanese);
  found.decoder = await englishWords(page);

  expect(found).toEqual({ start: [], diagnosis: [], token: [], decoder: [] });
});

test('a link’s notes are worded again when the language changes', async ({ page }) => {
  await page.goto(
    '/?client_secret=QUERY-SECRET#domain=dev-x.us.auth0.com&client_id=abcdefgh12345678&password=P-1&lang=en',
  );
  const notes = page.getByTestId('prefill-notes');
  await expect(notes).toContainText('your browser sent it to 127.0.0.1');
  await expect(notes).toContainText('password: not read');
  await page.getByLabel('Language').selectOption('ja');
  await expect(notes).not.toContainText('your browser sent it');
  await expect(notes).toContainText('client_secret');
  await expect(notes).toContainText('password');
  await expect(notes).toContainText(/[ぁ-んァ-ン]/);
  expect(page.url()).not.toContain('QUERY-SECRET');
  expect(page.url()).not.toContain('P-1');
});
