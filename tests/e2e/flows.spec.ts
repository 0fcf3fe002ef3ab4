import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { totp } from '../../src/demo/emulator/totp';
import { decide, lastCode } from '../../src/demo/emulator/user-side';
import { seedTenant, startTenant, type LocalTenant } from '../tenant/server';

const clientId = 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy';
const clientSecret = 'seed-client-secret-3f9a';
const otpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const status = (page: Page) => page.getByTestId('request-status');

let tenant: LocalTenant;

test.beforeEach(async ({ page, guard, baseURL }) => {
  tenant = await startTenant(seedTenant(new URL(baseURL ?? '').origin));
  guard.allowOrigin(tenant.origin);
  await page.goto('/');
});
test.afterEach(() => tenant.close());

async function fillClient(page: Page, grant: string) {
  await page.getByLabel('Tenant domain').fill(tenant.origin);
  await page.getByLabel('Grant type').selectOption(grant);
  await page.getByLabel('Client ID').fill(clientId);
  await page.getByLabel('Client secret').fill(clientSecret);
}

test('passwordless: the start step sends the code, the OTP grant is filled in, the code gets a token', async ({
  page,
}) => {
  tenant.config.connections.push('email');
  tenant.config.clients[0]?.grantTypes.push('http://auth0.com/oauth/grant-type/passwordless/otp');
  await fillClient(page, 'http://auth0.com/oauth/grant-type/passwordless/otp');
  await page.getByLabel('Scope').fill('openid');
  const step = page.getByTestId('step-passwordless');
  await step.getByLabel('Email address').fill('pat@example.com');
  await step.getByRole('button', { name: 'Send the code' }).click();
  await expect(step.getByRole('status')).toContainText('Sent to pat@example.com');
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'flow.step-ok');
  await expect(page.getByTestId('attempt').first()).toHaveAttribute('data-step', 'POST /passwordless/start');
  await expect(page.getByLabel('Username')).toHaveValue('pat@example.com');
  await expect(page.getByLabel('Realm')).toHaveValue('email');
  const start = tenant.requests.find((request) => request.path === '/passwordless/start');
  expect(start).toBeDefined();

  await page.getByLabel('OTP', { exact: true }).fill(lastCode(tenant.memory, 'pat@example.com') ?? '');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toContainText('HTTP 200');
  await expect(page.locator('[data-testid="token"][data-token-kind="id_token"]')).toBeVisible();
});

test('MFA: mfa_required, the mfa_token carried over, authenticators, an OTP challenge, then the token', async ({
  page,
}) => {
  const client = tenant.config.clients[0];
  client?.grantTypes.push('password', 'http://auth0.com/oauth/grant-type/mfa-otp');
  tenant.config.defaultDirectory = 'Username-Password-Authentication';
  tenant.config.mfa = 'always';
  const user = tenant.config.users[0];
  if (user) user.authenticators = [{ id: 'totp|dev_1', type: 'otp', secret: otpSecret }];
  await fillClient(page, 'password');
  await page.getByLabel('Username').fill('dev@example.com');
  await page.getByLabel('Password', { exact: true }).fill('correct horse');
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'auth0.mfa-required');

  await page.getByTestId('mfa-offer').getByRole('button', { name: 'Continue with MFA' }).click();
  await expect(page.getByLabel('Grant type')).toHaveValue('http://auth0.com/oauth/grant-type/mfa-otp');
  await expect(page.getByLabel('MFA token')).not.toHaveValue('');
  const step = page.getByTestId('step-mfa');
  await step.getByRole('button', { name: 'List authenticators' }).click();
  await expect(step.getByLabel('Authenticator to challenge')).toContainText('totp|dev_1');
  await step.getByRole('button', { name: 'Challenge: OTP app' }).click();
  await expect(step.getByTestId('mfa-next')).toContainText('authenticator app');
  await expect(page.getByTestId('attempt').first()).toHaveAttribute('data-step', 'POST /mfa/challenge');

  await page.getByLabel('OTP', { exact: true }).fill(await totp(otpSecret, Date.now()));
  await page.getByRole('button', { name: 'Send request' }).click();
  await expect(status(page)).toContainText('HTTP 200');
  await expect(page.getByTestId('attempt').first()).toHaveAttribute('data-diagnosis-id', /^success\./);
});

test('device flow: code and QR, pending, a poll too early answers slow_down and the interval grows, approval, token; Stop', async ({
  page,
}) => {
  tenant.config.clients.push({
    clientId: 'tv-client',
    authMethod: 'none',
    grantTypes: ['urn:ietf:params:oauth:grant-type:device_code'],
    allowedOrigins: [new URL(page.url()).origin],
  });
  // The page's clock stands still between the test's moves; the tenant's is moved along with it.
  await page.clock.install();
  await page.clock.pauseAt(Date.now() + 1000);
  await page.getByLabel('Tenant domain').fill(tenant.origin);
  await page.getByLabel('Grant type').selectOption('urn:ietf:params:oauth:grant-type:device_code');
  await page.getByLabel('Client authentication').selectOption('none');
  await page.getByLabel('Client ID').fill('tv-client');
  const step = page.getByTestId('step-device');
  await step.getByRole('button', { name: 'Request a user code' }).click();
  await expect(step.getByTestId('user-code')).toHaveText(/^[A-Z]{4}-[A-Z]{4}$/);
  const userCode = await step.getByTestId('user-code').textContent();
  await expect(step.getByTestId('verification-uri')).toHaveText(`${tenant.origin}/activate`);
  await expect(
    step.getByRole('img', { name: `QR code of ${tenant.origin}/activate?user_code=${userCode}` }),
  ).toBeVisible();
  const poll = step.getByTestId('poll-status');
  await expect(poll).toHaveAttribute('data-status', 'waiting');
  await expect(poll.getByTestId('poll-countdown')).toHaveText('Next poll in 5 s');
  await page.clock.runFor(2000);
  await expect(poll.getByTestId('poll-countdown')).toHaveText('Next poll in 3 s');
  const polls = () =>
    tenant.requests.filter((request) => request.method === 'POST' && request.path === '/oauth/token').length;
  expect(polls()).toBe(0);

  tenant.clockOffsetMs += 3000;
  await page.clock.runFor(3000);
  await expect(poll).toContainText('1 poll');
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute(
    'data-diagnosis-id',
    'auth0.authorization-pending',
  );
  await expect(poll).toHaveAttribute('data-status', 'waiting');

  // Polled at once, inside the interval: the tenant says slow_down, the page says why, and waits 5 s more from now on.
  await poll.getByRole('button', { name: 'Poll now' }).click();
  await expect(poll).toContainText('2 polls');
  await expect(poll.getByTestId('poll-interval')).toHaveText('interval 10 s');
  await expect(poll.locator('[data-diagnosis-id="flow.polled-too-soon"]')).toBeVisible();
  await expect(page.getByTestId('diagnosis').first()).toHaveAttribute('data-diagnosis-id', 'auth0.slow-down');
  await expect(poll.getByTestId('poll-countdown')).toHaveText('Next poll in 10 s');

  const deviceCode = await page.getByLabel('Device code').inputValue();
  decide(tenant.memory, deviceCode, true, 'auth0|65091da7a8016ed26fb882fa');
  tenant.clockOffsetMs += 10_000;
  await page.clock.runFor(10_000);
  await expect(poll).toHaveAttribute('data-status', 'token');
  await expect(status(page)).toContainText('HTTP 200');
  expect(polls()).toBe(3);

  // Stop: a new code, and no poll after Stop however long the page waits.
  await step.getByRole('button', { name: 'Request a user code' }).click();
  await expect(poll).toHaveAttribute('data-status', 'waiting');
  await poll.getByRole('button', { name: 'Stop polling' }).click();
  await expect(poll).toHaveAttribute('data-status', 'stopped');
  await page.clock.runFor(30_000);
  expect(polls()).toBe(3);
});

for (const alg of ['RS256', 'ES256'] as const) {
  test(`private_key_jwt with an ${alg} key: the assertion signed here gets a token; a wrong aud is diagnosed`, async ({
    page,
  }) => {
    const pair = await generateKeyPair(alg, { extractable: true });
    tenant.config.clients.push({
      clientId: 'm2m-pkjwt',
      authMethod: 'private_key_jwt',
      grantTypes: ['client_credentials'],
      allowedOrigins: [new URL(page.url()).origin],
      credentials: [{ kid: 'cred-1', alg, publicJwk: await exportJWK(pair.publicKey) }],
    });
    tenant.config.clientGrants.push({
      clientId: 'm2m-pkjwt',
      audience: 'https://api.example.com/',
      scope: ['read:messages'],
    });
    const pem = await exportPKCS8(pair.privateKey);
    await page.getByLabel('Tenant domain').fill(tenant.origin);
    await page.getByLabel('Grant type').selectOption('client_credentials');
    await page.getByLabel('Client authentication').selectOption('private_key_jwt');
    await page.getByLabel('Client ID').fill('m2m-pkjwt');
    await page.getByLabel('Audience').fill('https://api.example.com/');
    await page.getByLabel('Private key').fill(pem);
    await page.getByLabel('Signing algorithm').selectOption(alg);
    await page.getByLabel('Key ID (kid)').fill('cred-1');
    const claims = page.getByTestId('assertion-claims');
    await expect(claims).toContainText(`"aud": "${tenant.origin}/"`);
    await expect(claims).toContainText('"iss": "m2m-pkjwt"');

    const curl = page.getByTestId('curl-command');
    await expect(curl).toHaveValue(/client_assertion_type/);
    await page.getByRole('button', { name: 'Show secrets' }).click();
    await expect(curl).toHaveValue(/"client_assertion":"eyJ/);
    await expect(curl).not.toHaveValue(/PRIVATE KEY|MII/);

    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(status(page)).toContainText('HTTP 200');
    const sent = tenant.requests.filter((request) => request.method === 'POST' && request.path === '/oauth/token');
    expect(sent).toHaveLength(1);

    await page.getByLabel('Assertion aud').fill(`${tenant.origin}/oauth/token`);
    await page.getByRole('button', { name: 'Send request' }).click();
    await expect(status(page)).toContainText('HTTP 401');
    const first = page.getByTestId('diagnosis').first();
    await expect(first).toHaveAttribute('data-diagnosis-id', 'assertion.audience');
    await expect(first).toContainText(`${tenant.origin}/oauth/token`);

    // The report redacts the assertion; the key was never in it.
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy report' }).click();
    const report = await page.evaluate(() => navigator.clipboard.readText());
    expect(report).toContain('| client_assertion | [redacted] |');
    expect(report).not.toMatch(/eyJ[\w-]+\.eyJ|PRIVATE KEY/);
  });
}
