import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { expect, test } from './fixtures';
import { assertionClientId, deviceClientId, startProvider, type LocalProvider } from '../tenant/oidc-provider';

/** The same steps against a real, certified OpenID Provider (panva's oidc-provider), not only the emulator. */
let provider: LocalProvider;
let privatePem: string;

test.beforeEach(async ({ page, guard, baseURL }) => {
  const pair = await generateKeyPair('ES256', { extractable: true });
  privatePem = await exportPKCS8(pair.privateKey);
  provider = await startProvider(new URL(baseURL ?? '').origin, {
    flows: {
      assertionKey: { ...(await exportJWK(pair.publicKey)), kid: 'op-cred', alg: 'ES256', use: 'sig' },
      alg: 'ES256',
    },
  });
  guard.allowOrigin(provider.origin);
  await page.goto('/');
});
test.afterEach(() => provider.close());

test('device flow against oidc-provider: its own verification page, approved by the user, then the token', async ({
  page,
  browser,
}) => {
  await page.getByLabel('Tenant domain').fill(provider.origin);
  await page.getByLabel('Grant type').selectOption('urn:ietf:params:oauth:grant-type:device_code');
  await page.getByLabel('Client authentication').selectOption('none');
  await page.getByLabel('Client ID').fill(deviceClientId);
  await page.getByLabel('Body format').selectOption('form');
  await page.getByTestId('step-device').getByLabel('Scope').fill('openid');
  const step = page.getByTestId('step-device');
  await step.getByRole('button', { name: 'Request a user code' }).click();
  await expect(step.getByTestId('user-code')).not.toBeEmpty();
  const uri = await step.getByTestId('verification-uri').textContent();
  expect(uri).toBe(`${provider.origin}/device`);
  await expect(step.getByRole('img', { name: /^QR code of / })).toBeVisible();
  const poll = step.getByTestId('poll-status');
  await expect(poll).toContainText('1 poll', { timeout: 10_000 });
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute(
    'data-diagnosis-id',
    'auth0.authorization-pending',
  );

  // The user, on their phone: another browser, the provider's own pages (code, login, consent).
  const phone = await browser.newContext();
  try {
    const user = await phone.newPage();
    await user.goto(uri ?? '');
    await user.locator('input[name="user_code"]').fill((await step.getByTestId('user-code').textContent()) ?? '');
    // The provider's pages, whatever their order: confirm the code, log in (any user), consent.
    const done = /sign-in process is complete|success/i;
    for (let page = 0; page < 6 && !done.test(await user.locator('body').innerText()); page++) {
      if (await user.locator('input[name="login"]').isVisible()) {
        await user.locator('input[name="login"]').fill('pat');
        await user.locator('input[name="password"]').fill('any');
      }
      await user.locator('button[type="submit"], input[type="submit"]').first().click();
      await user.waitForLoadState();
    }
    await expect(user.locator('body')).toContainText(done);
  } finally {
    await phone.close();
  }
  await expect(poll).toHaveAttribute('data-status', 'token', { timeout: 15_000 });
  await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
});

test('private_key_jwt against oidc-provider: the assertion signed in the page authenticates the client', async ({
  page,
}) => {
  await page.getByLabel('Tenant domain').fill(provider.origin);
  await page.getByLabel('Grant type').selectOption('client_credentials');
  await page.getByLabel('Client authentication').selectOption('private_key_jwt');
  await page.getByLabel('Client ID').fill(assertionClientId);
  await page.getByLabel('Body format').selectOption('form');
  await page.getByLabel('Private key').fill(privatePem);
  await page.getByLabel('Key ID (kid)').fill('op-cred');
  // oidc-provider's issuer has no trailing slash (Auth0's has one): the aud is set to it.
  await page.getByLabel('Assertion aud').fill(provider.origin);
  await expect(page.getByTestId('assertion-claims')).toContainText(`"aud": "${provider.origin}"`);
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('request-status')).toContainText('HTTP 200');
  await expect(page.locator('[data-testid="token"][data-token-kind="access_token"]')).toBeVisible();
  expect(provider.requests.filter((request) => request.startsWith('POST /oauth/token'))).toHaveLength(1);
});
