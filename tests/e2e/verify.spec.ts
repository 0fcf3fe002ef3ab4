import { readFileSync } from 'node:fs';
import { generateKeyPair, SignJWT } from 'jose';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { signJwt } from '../../src/demo/emulator/keys';
import { startProvider, type LocalProvider } from '../tenant/oidc-provider';
import { seedTenant, startRecorder, startTenant, type LocalTenant } from '../tenant/server';
import rfc from '../fixtures/rfc-jose.json' with { type: 'json' };

const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** The same token with one character of its payload changed (a claim value, so it still decodes). */
function tamper(token: string): string {
  const [header, payload, signature] = token.split('.');
  const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
  const sub = String(claims.sub ?? 'x');
  return `${header}.${part({ ...claims, sub: `${sub.slice(0, -1)}${sub.endsWith('x') ? 'y' : 'x'}` })}.${signature}`;
}

const inTenMinutes = () => Math.floor(Date.now() / 1000) + 600;

async function decodeAndVerify(page: Page, token: string) {
  await page.getByLabel('Paste a token').fill(token);
  // The decoder's token (the received ones are further down the page).
  const view = page.locator('[data-testid="token"][data-token-kind="pasted"]');
  await view.getByRole('button', { name: 'Verify signature' }).click();
  return view.getByTestId('signature-status');
}

test.describe('against the local Auth0-like tenant', () => {
  let tenant: LocalTenant;

  test.beforeEach(async ({ page, guard, baseURL }) => {
    tenant = await startTenant(seedTenant(new URL(baseURL ?? '').origin));
    tenant.config.clients[0]?.grantTypes.push('password');
    tenant.config.defaultDirectory = 'Username-Password-Authentication';
    guard.allowOrigin(tenant.origin);
    await page.goto('/');
  });
  test.afterEach(() => tenant.close());

  test('a fresh token verifies with the matching kid; one changed character turns it red with a reason', async ({
    page,
    context,
  }) => {
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    await page.getByLabel('Client ID').fill('Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
    await page.getByLabel('Client secret').fill('seed-client-secret-3f9a');
    await page.getByLabel('Username').fill('dev@example.com');
    await page.getByLabel('Password', { exact: true }).fill('correct horse');
    await page.getByLabel('Audience').fill(`${tenant.origin}/api/v2/`);
    await page.getByRole('button', { name: 'Send request' }).click();
    const received = page.locator('[data-testid="token"][data-token-kind="access_token"]');
    await expect(received.getByTestId('signature-status')).toHaveAttribute('data-status', 'unverified');
    expect(tenant.requests.filter((r) => r.path.startsWith('/.well-known'))).toEqual([]);

    await received.getByRole('button', { name: 'Verify signature' }).click();
    await expect(received.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    await expect(received.getByTestId('signature-status')).toContainText(tenant.key.kid);
    await expect(received.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'passed');
    await expect(received.locator('[data-check="iss"]')).toHaveAttribute('data-status', 'passed');

    // A failed check feeds the diagnosis cards of the response.
    await received.getByText('Validation').click();
    await received.getByLabel('Expected aud').fill('https://another-api.example/');
    await received.getByRole('button', { name: 'Verify signature' }).click();
    await expect(received.locator('[data-check="aud"]')).toHaveAttribute('data-status', 'failed');
    await expect(page.locator('[data-testid="diagnosis"][data-diagnosis-id="verify.aud"]')).toContainText(
      'access token would be rejected',
    );

    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await received.getByRole('button', { name: 'Copy token' }).click();
    const token = await page.evaluate(() => navigator.clipboard.readText());
    const status = await decodeAndVerify(page, tamper(token));
    await expect(status).toHaveAttribute('data-status', 'invalid');
    await expect(status).toContainText(`The signature does not match the key kid ${tenant.key.kid}`);
  });

  test('no key is requested on paste, only on the button, and keys are fetched once', async ({ page }) => {
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    const token = await new SignJWT({ sub: 'x', exp: Math.floor(Date.now() / 1000) + 60, iss: `${tenant.origin}/` })
      .setProtectedHeader({ alg: 'RS256', kid: tenant.key.kid, jku: 'http://127.0.0.1:9/evil-keys' })
      .sign((await generateKeyPair('RS256')).privateKey);
    await page.getByLabel('Paste a token').fill(token);
    await expect(page.getByTestId('token')).toHaveCount(1);
    await page.waitForTimeout(300);
    expect(tenant.requests).toEqual([]);
    const status = await decodeAndVerify(page, token);
    await expect(status).toHaveAttribute('data-status', 'invalid');
    await expect(status).toContainText('does not match');
    await page.getByTestId('token').getByRole('button', { name: 'Verify signature' }).click();
    await expect(status).toHaveAttribute('data-status', 'invalid');
    expect(tenant.requests.map((r) => r.path)).toEqual(['/.well-known/openid-configuration', '/.well-known/jwks.json']);
  });
  test('a pasted token and no tenant: Verify fetches nothing until the issuer’s exact URL is picked', async ({
    page,
    guard,
  }) => {
    const token = await signJwt(tenant.key, { sub: 'x', iss: `${tenant.origin}/`, exp: inTenMinutes() });
    await page.getByLabel('Paste a token').fill(token);
    const view = page.getByTestId('token');
    await expect(view.getByRole('radio', { name: /The tenant’s keys/ })).toBeDisabled();
    for (const radio of await view.getByRole('radio').all()) await expect(radio).not.toBeChecked();
    await view.getByRole('button', { name: 'Verify signature' }).click();
    const discovery = `${tenant.origin}/.well-known/openid-configuration`;
    await expect(view.getByTestId('key-source-missing')).toHaveText(
      `Nothing was fetched. Pick where the keys come from: the issuer’s keys at ${discovery}, or “Paste keys”.`,
    );
    await expect(view.getByTestId('signature-status')).toHaveAttribute('data-status', 'unverified');
    await page.waitForTimeout(300);
    expect(guard.requests.filter((url) => url.startsWith(tenant.origin))).toEqual([]);
    expect(tenant.requests).toEqual([]);

    await view.getByLabel(`The issuer’s keys at ${discovery} (the host this token names)`).check();
    await view.getByRole('button', { name: 'Verify signature' }).click();
    await expect(view.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    // The keys came from the host the token names: its iss is not "checked" against itself.
    await expect(view.locator('[data-check="iss"]')).toHaveAttribute('data-status', 'not-checked');
    await expect(view.locator('[data-check="iss"]')).toContainText('came from the issuer this token names');
  });

  test('a jwks_uri that redirects to another host is refused, and that host sees nothing', async ({ page, guard }) => {
    const recorder = await startRecorder();
    // Chromium reports the hop it stopped at as a request that fails before anything is sent: the recorder says
    // whether anything arrived.
    guard.allowOrigin(recorder.origin);
    try {
      tenant.override('GET /.well-known/jwks.json', (_, response) =>
        response.writeHead(302, { location: `${recorder.origin}/jwks.json`, 'access-control-allow-origin': '*' }).end(),
      );
      await page.getByLabel('Tenant domain').fill(tenant.origin);
      const status = await decodeAndVerify(
        page,
        await signJwt(tenant.key, { sub: 'x', iss: `${tenant.origin}/`, exp: inTenMinutes() }),
      );
      await expect(status).toHaveAttribute('data-status', 'error');
      await expect(status).toContainText(
        `Refused ${tenant.origin}/.well-known/jwks.json: it answered with a redirect to an address the browser does not reveal to pages.`,
      );
      await expect(page.getByTestId('token').locator('[data-check="iss"]')).toHaveAttribute(
        'data-status',
        'not-checked',
      );
      await page.waitForTimeout(500);
      expect(recorder.requests).toEqual([]);
    } finally {
      await recorder.close();
    }
  });

  test('a discovery document naming another issuer is refused: a token with that iss does not pass', async ({
    page,
  }) => {
    tenant.override('GET /.well-known/openid-configuration', (_, response) =>
      response
        .writeHead(200, { 'content-type': 'application/json', 'access-control-allow-origin': '*' })
        .end(JSON.stringify({ issuer: 'https://evil.example/', jwks_uri: `${tenant.origin}/.well-known/jwks.json` })),
    );
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    const token = await signJwt(tenant.key, { sub: 'x', iss: 'https://evil.example/', exp: inTenMinutes() });
    const status = await decodeAndVerify(page, token);
    await expect(status).toHaveAttribute('data-status', 'error');
    await expect(status).toContainText('names another issuer (https://evil.example/)');
    const iss = page.getByTestId('token').locator('[data-check="iss"]');
    await expect(iss).not.toHaveAttribute('data-status', 'passed');
    expect(tenant.requests.map((r) => r.path)).toEqual(['/.well-known/openid-configuration']);
  });
});

test.describe('pasted keys', () => {
  test.beforeEach(async ({ page }) => {
    await page.goto('/');
  });

  async function verifyPasted(page: Page, token: string, key: string) {
    await page.getByLabel('Paste a token').fill(token);
    const view = page.getByTestId('token');
    await view.getByLabel('Paste keys').check();
    await view.getByLabel('Key (JWKS, JWK, PEM or shared secret)').fill(key);
    await view.getByRole('button', { name: 'Verify signature' }).click();
    return view;
  }

  test('RFC 7517 A.3’s JWK Set verifies RFC 7515 A.1’s HS256 token', async ({ page }) => {
    const view = await verifyPasted(page, rfc['rfc7515-a1'].token, JSON.stringify(rfc['rfc7517-a3'].jwks));
    await expect(view.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    await expect(view.getByTestId('signature-status')).toContainText('HMAC key used in JWS spec A.1 example');
    // The signature holds; the 2011 token is long expired.
    await expect(view.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'failed');
  });

  test('a PKCS#1 RSA PEM verifies RFC 7515 A.2’s RS256 token', async ({ page }) => {
    const pem = readFileSync('tests/fixtures/keys/rfc7515-a2-pkcs1.pem', 'utf8');
    const view = await verifyPasted(page, rfc['rfc7515-a2'].token, pem);
    await expect(view.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
  });

  for (const [what, name] of [
    ['RFC 8037 A.4’s Ed25519 (EdDSA) token', 'rfc8037-a4'],
    ['RFC 7520 4.2’s PS384 token, whose payload is plain text', 'rfc7520-4.2'],
    ['RFC 7515 A.4’s ES512 token', 'rfc7515-a4'],
  ] as const) {
    test(`${what} verifies with its JWK`, async ({ page }) => {
      const vector = rfc[name];
      const view = await verifyPasted(page, vector.token, JSON.stringify(vector.jwk));
      await expect(view.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    });
  }

  test('an SSH key is an unsupported format, not a forged token', async ({ page }) => {
    const view = await verifyPasted(
      page,
      rfc['rfc7515-a2'].token,
      'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 dev@laptop',
    );
    await expect(view.getByTestId('signature-status')).toHaveAttribute('data-status', 'error');
    await expect(view.getByTestId('signature-status')).toContainText('Unsupported key format: an OpenSSH public key');
    await expect(view.locator('[data-check="exp"]')).toHaveAttribute('data-status', 'not-checked');
  });
});

test.describe('against a real OpenID Provider (oidc-provider)', () => {
  let provider: LocalProvider;

  test.beforeEach(async ({ page, guard, baseURL }) => {
    provider = await startProvider(new URL(baseURL ?? '').origin);
    guard.allowOrigin(provider.origin);
    await page.goto('/');
  });
  test.afterEach(() => provider.close());

  test('a client-credentials token from the form verifies via discovery; tampered and foreign-signed copies do not', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByLabel('Tenant domain').fill(provider.origin);
    await page.getByLabel('Grant type').selectOption('client_credentials');
    await page.getByLabel('Body format').selectOption('form');
    await page.getByLabel('Client ID').fill(provider.clientId);
    await page.getByLabel('Client secret').fill(provider.clientSecret);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
    const received = page.locator('[data-testid="token"][data-token-kind="access_token"]');
    await expect(received).toHaveAttribute('data-kind', 'jws');
    expect(provider.requests.some((r) => r.includes('jwks'))).toBe(false);

    await received.getByRole('button', { name: 'Verify signature' }).click();
    await expect(received.getByTestId('signature-status')).toHaveAttribute('data-status', 'verified');
    await expect(received.getByTestId('signature-status')).toContainText('op-key-1');
    await expect(received.locator('[data-check="iss"]')).toHaveAttribute('data-status', 'passed');

    await received.getByRole('button', { name: 'Copy token' }).click();
    const token = await page.evaluate(() => navigator.clipboard.readText());
    await expect(await decodeAndVerify(page, tamper(token))).toHaveAttribute('data-status', 'invalid');
    await expect(page.locator('[data-token-kind="pasted"]').getByTestId('signature-status')).toContainText(
      'does not match the key kid op-key-1',
    );

    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const foreign = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'op-key-1' })
      .sign((await generateKeyPair('RS256')).privateKey);
    await expect(await decodeAndVerify(page, foreign)).toHaveAttribute('data-status', 'invalid');
  });
});
