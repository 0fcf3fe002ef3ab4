import { exportJWK, exportPKCS8, generateKeyPair } from 'jose';
import { beforeAll, describe, expect, test } from 'vitest';
import { createSigningKey, type SigningKey } from '../../src/demo/emulator/keys';
import { handleTenantRequest } from '../../src/demo/emulator/tenant';
import { totp } from '../../src/demo/emulator/totp';
import type { TenantConfig } from '../../src/demo/emulator/types';
import { decide, lastCode } from '../../src/demo/emulator/user-side';
import { diagnose } from '../../src/lib/diagnose';
import { httpExchange, type Exchange } from '../../src/lib/exchange';
import { readSigningKey, signAssertion } from '../../src/lib/flows/assertion';
import type { StepClient, StepRequest } from '../../src/lib/flows/client';
import * as steps from '../../src/lib/flows/steps';
import { validateForm } from '../../src/lib/request/validate';
import { emptyFields, emptyForm, type RequestForm } from '../../src/lib/request/form';
import { buildHttpRequest } from '../../src/lib/request/build';

const origin = 'https://flows.example.auth0.com';
const page = 'https://debugger.example';
let key: SigningKey;
let now = Date.parse('2026-11-26T09:00:00Z');
beforeAll(async () => {
  key = await createSigningKey();
});

const otpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const config = (): TenantConfig => ({
  origin,
  defaultDirectory: 'Username-Password-Authentication',
  connections: ['Username-Password-Authentication', 'email', 'sms'],
  users: [
    { username: 'dev@example.com', password: 'pw', connection: 'Username-Password-Authentication', userId: 'auth0|1' },
  ],
  clients: [
    {
      clientId: 'web',
      clientSecret: 'sec',
      authMethod: 'client_secret_post',
      grantTypes: [
        'password',
        'refresh_token',
        'http://auth0.com/oauth/grant-type/passwordless/otp',
        'http://auth0.com/oauth/grant-type/mfa-otp',
        'http://auth0.com/oauth/grant-type/mfa-oob',
        'urn:openid:params:grant-type:ciba',
      ],
      allowedOrigins: [page],
      refreshTokenRotation: true,
    },
    {
      clientId: 'tv',
      authMethod: 'none',
      grantTypes: ['urn:ietf:params:oauth:grant-type:device_code', 'refresh_token'],
      allowedOrigins: [page],
    },
  ],
  apis: [{ identifier: 'https://api.example.com/', scopes: ['read:messages'] }],
  clientGrants: [],
});

const web: StepClient = { method: 'client_secret_post', clientId: 'web', secret: 'sec' };
const memory = {};

/** Send a step to the emulator as the page would, and diagnose the answer with its endpoint. */
async function call(tenant: TenantConfig, step: StepRequest) {
  const http = steps.stepHttp(origin, step, 'json');
  const answer = await handleTenantRequest(
    {
      method: http.method,
      path: new URL(http.url).pathname,
      headers: { ...Object.fromEntries(http.headers), origin: page },
      body: http.body ?? '',
    },
    tenant,
    key,
    now,
    memory,
  );
  expect(answer.headers['access-control-allow-origin']).toBe(page);
  const exchange: Exchange = {
    ...httpExchange(answer.body, answer.status, 'direct'),
    endpoint: { path: step.path, source: 'request' },
  };
  return {
    status: answer.status,
    json: exchange.json as Record<string, unknown>,
    diagnoses: diagnose({ exchange, pageOrigin: page, now }),
  };
}

async function token(
  tenant: TenantConfig,
  form: Partial<Omit<RequestForm, 'fields'>> & { fields: Partial<RequestForm['fields']> },
) {
  const validated = validateForm({
    ...emptyForm(),
    domain: origin,
    ...form,
    fields: { ...emptyFields(), ...form.fields },
  });
  if (!validated.ok) throw new Error(JSON.stringify(validated.error));
  const http = buildHttpRequest(validated.value);
  const answer = await handleTenantRequest(
    {
      method: 'POST',
      path: '/oauth/token',
      headers: { ...Object.fromEntries(http.headers), origin: page },
      body: http.body ?? '',
    },
    tenant,
    key,
    now,
    memory,
  );
  const exchange: Exchange = {
    ...httpExchange(answer.body, answer.status, 'direct'),
    endpoint: { path: '/oauth/token', source: 'request' },
  };
  const diagnoses = diagnose({ exchange, request: validated.value, pageOrigin: page, now });
  return {
    status: answer.status,
    json: exchange.json as Record<string, unknown>,
    diagnoses,
    ids: diagnoses.map((d) => d.id),
  };
}

describe('passwordless', () => {
  test('start sends a code; the OTP grant takes it once; a wrong code is Auth0’s wording', async () => {
    const tenant = config();
    const started = await call(
      tenant,
      steps.passwordlessStart(web, {
        connection: 'email',
        to: 'a@example.com',
        send: 'code',
        authParams: { scope: 'openid' },
      }),
    );
    expect(started.status).toBe(200);
    expect(started.json).toMatchObject({ email: 'a@example.com', email_verified: false });
    expect(started.diagnoses.map((d) => [d.id, d.severity])).toEqual([['flow.step-ok', 'success']]);
    const code = lastCode(memory, 'a@example.com') ?? '';
    const otp = {
      grantType: 'http://auth0.com/oauth/grant-type/passwordless/otp',
      fields: { client_id: 'web', client_secret: 'sec', username: 'a@example.com', realm: 'email', scope: 'openid' },
    };
    const wrong = await token(tenant, {
      ...otp,
      fields: { ...otp.fields, otp: code === '000000' ? '111111' : '000000' },
    });
    expect(wrong.json).toEqual({ error: 'invalid_grant', error_description: 'Wrong email or verification code.' });
    expect(wrong.ids[0]).toBe('auth0.passwordless-wrong-code');
    const ok = await token(tenant, { ...otp, fields: { ...otp.fields, otp: code } });
    expect(ok.status).toBe(200);
    expect(ok.json.id_token).toBeTypeOf('string');
    expect((await token(tenant, { ...otp, fields: { ...otp.fields, otp: code } })).status).toBe(403);
  });

  test.each([
    [
      { connection: 'email' as const, to: 'food', send: 'code' as const, authParams: {} },
      'bad.email',
      'error in email - email format validation failed: food',
    ],
    [
      { connection: 'sms' as const, to: '0612', send: 'code' as const, authParams: {} },
      'bad.phone_number',
      'String does not match pattern: ^\\+[0-9]{1,15}$',
    ],
  ])('refused start: %o', async (start, error, description) => {
    const answer = await call(config(), steps.passwordlessStart(web, start));
    expect([answer.status, answer.json]).toEqual([400, { error, error_description: description }]);
    expect(answer.diagnoses[0]?.severity).toBe('error');
  });

  test('a confidential client without its secret', async () => {
    const answer = await call(
      config(),
      steps.passwordlessStart(
        { method: 'none', clientId: 'web' },
        { connection: 'email', to: 'a@example.com', send: 'code', authParams: {} },
      ),
    );
    expect(answer.status).toBe(401);
  });
});

describe('MFA', () => {
  const mfaTenant = (): TenantConfig => {
    const tenant = config();
    tenant.mfa = 'always';
    const user = tenant.users[0];
    if (user)
      user.authenticators = [
        { id: 'totp|dev_1', type: 'otp', secret: otpSecret },
        { id: 'push|dev_2', type: 'oob', oobChannel: 'auth0' },
      ];
    return tenant;
  };
  const password = {
    grantType: 'password',
    fields: {
      client_id: 'web',
      client_secret: 'sec',
      username: 'dev@example.com',
      password: 'pw',
      scope: 'openid offline_access',
    },
  };

  test('mfa_required → authenticators → challenge → OTP → tokens', async () => {
    const tenant = mfaTenant();
    const first = await token(tenant, password);
    expect(first.status).toBe(403);
    expect(first.json).toMatchObject({
      error: 'mfa_required',
      mfa_requirements: { challenge: [{ type: 'otp' }, { type: 'push-notification' }] },
    });
    expect(first.ids[0]).toBe('auth0.mfa-required');
    const mfaToken = String(first.json.mfa_token);
    const listed = await call(tenant, steps.mfaAuthenticators(mfaToken));
    expect(listed.json).toEqual([
      { id: 'totp|dev_1', authenticator_type: 'otp', active: true },
      { id: 'push|dev_2', authenticator_type: 'oob', active: true, oob_channel: 'auth0' },
    ]);
    expect(listed.diagnoses[0]?.id).toBe('flow.step-ok');
    const challenged = await call(tenant, steps.mfaChallenge(web, mfaToken, 'otp'));
    expect(challenged.json).toEqual({ challenge_type: 'otp' });
    const mfa = {
      grantType: 'http://auth0.com/oauth/grant-type/mfa-otp',
      fields: { client_id: 'web', client_secret: 'sec', mfa_token: mfaToken },
    };
    const wrong = await token(tenant, {
      ...mfa,
      fields: { ...mfa.fields, otp: '000000' === (await totp(otpSecret, now)) ? '111111' : '000000' },
    });
    expect(wrong.json).toEqual({ error: 'invalid_grant', error_description: 'Invalid otp_code.' });
    expect(wrong.ids[0]).toBe('auth0.mfa-invalid-otp');
    const ok = await token(tenant, { ...mfa, fields: { ...mfa.fields, otp: await totp(otpSecret, now) } });
    expect(ok.status).toBe(200);
    expect(ok.json.refresh_token).toBeTypeOf('string');
  });

  test('a push: pending, slow_down when polled inside the interval, rejected, as Auth0 words them', async () => {
    const tenant = mfaTenant();
    const mfaToken = String((await token(tenant, password)).json.mfa_token);
    const challenge = await call(tenant, steps.mfaChallenge(web, mfaToken, 'oob', 'push|dev_2'));
    expect(challenge.json).toMatchObject({ challenge_type: 'oob' });
    const oob = {
      grantType: 'http://auth0.com/oauth/grant-type/mfa-oob',
      fields: {
        client_id: 'web',
        client_secret: 'sec',
        mfa_token: mfaToken,
        oob_code: String(challenge.json.oob_code),
      },
    };
    const pending = await token(tenant, oob);
    expect(pending.json.error).toBe('authorization_pending');
    expect(pending.diagnoses[0]).toMatchObject({ id: 'auth0.authorization-pending', severity: 'info' });
    expect((await token(tenant, oob)).json.error).toBe('slow_down');
    decide(memory, String(challenge.json.oob_code), false);
    now += 20_000;
    expect((await token(tenant, oob)).json).toEqual({
      error: 'access_denied',
      error_description: 'MFA Authorization rejected.',
    });
  });

  test('enrolment: associate an OTP app, confirm with its first code', async () => {
    const tenant = config();
    tenant.mfa = 'always';
    const first = await token(tenant, password);
    expect(first.json.mfa_requirements).toEqual({
      enroll: [{ type: 'otp' }, { type: 'phone' }, { type: 'push-notification' }],
    });
    const mfaToken = String(first.json.mfa_token);
    const associated = await call(tenant, steps.mfaAssociate(web, mfaToken, 'otp'));
    expect(associated.json).toMatchObject({ authenticator_type: 'otp' });
    expect(String(associated.json.barcode_uri)).toMatch(/^otpauth:\/\/totp\//);
    const otp = await totp(String(associated.json.secret), now);
    const ok = await token(tenant, {
      grantType: 'http://auth0.com/oauth/grant-type/mfa-otp',
      fields: { client_id: 'web', client_secret: 'sec', mfa_token: mfaToken, otp },
    });
    expect(ok.status).toBe(200);
    const again = await call(
      tenant,
      steps.mfaAssociate(web, String((await token(tenant, password)).json.mfa_token), 'otp'),
    );
    expect(again.json).toEqual({ error: 'access_denied', error_description: 'User is already enrolled.' });
  });
});

describe('device flow and CIBA', () => {
  test('device code → pending → slow_down (interval grows) → approved → tokens; then used up', async () => {
    const tenant = config();
    const tv: StepClient = { method: 'none', clientId: 'tv' };
    const code = await call(tenant, steps.deviceCode(tv, 'openid offline_access'));
    expect(code.json).toMatchObject({ expires_in: 900, interval: 5, verification_uri: `${origin}/activate` });
    expect(String(code.json.verification_uri_complete)).toBe(
      `${origin}/activate?user_code=${String(code.json.user_code)}`,
    );
    const poll = {
      grantType: 'urn:ietf:params:oauth:grant-type:device_code',
      clientAuth: 'none' as const,
      fields: { client_id: 'tv', device_code: String(code.json.device_code) },
    };
    expect((await token(tenant, poll)).json.error).toBe('authorization_pending');
    const slow = await token(tenant, poll);
    expect([slow.status, slow.json]).toEqual([
      429,
      { error: 'slow_down', error_description: 'You are polling faster than the specified interval of 10 seconds.' },
    ]);
    expect(slow.ids[0]).toBe('auth0.slow-down');
    now += 10_000;
    decide(memory, String(code.json.device_code), true, 'auth0|1');
    const ok = await token(tenant, poll);
    expect(ok.status).toBe(200);
    expect(ok.json.refresh_token).toBeTypeOf('string');
    now += 10_000;
    expect((await token(tenant, poll)).json.error).toBe('invalid_grant');
  });

  test('an expired device code: expired_token once, then invalid_grant', async () => {
    const tenant = config();
    const code = await call(tenant, steps.deviceCode({ method: 'none', clientId: 'tv' }));
    const poll = {
      grantType: 'urn:ietf:params:oauth:grant-type:device_code',
      clientAuth: 'none' as const,
      fields: { client_id: 'tv', device_code: String(code.json.device_code) },
    };
    now += 901_000;
    const expired = await token(tenant, poll);
    expect(expired.json.error).toBe('expired_token');
    expect(expired.ids[0]).toBe('auth0.expired-token');
    now += 10_000;
    expect((await token(tenant, poll)).json.error).toBe('invalid_grant');
  });

  test('the device endpoint refuses an application without the grant', async () => {
    const answer = await call(config(), steps.deviceCode(web));
    expect(answer.json).toEqual({
      error: 'unauthorized_client',
      error_description: "Grant type 'urn:ietf:params:oauth:grant-type:device_code' not allowed for the client.",
    });
    expect(answer.diagnoses[0]?.id).toBe('auth0.grant-not-allowed');
  });

  test('CIBA: bc-authorize → pending → approved → tokens; Auth0’s wording for a bad hint', async () => {
    const tenant = config();
    const bad = await call(tenant, {
      ...steps.bcAuthorize(web, origin, { userId: 'auth0|nobody', bindingMessage: 'hi', scope: 'openid' }),
    });
    expect(bad.json).toEqual({ error: 'unknown_user_id', error_description: 'User ID is malformed or unknown' });
    const started = await call(
      tenant,
      steps.bcAuthorize(web, origin, { userId: 'auth0|1', bindingMessage: 'Sign in on TV 42', scope: 'openid' }),
    );
    expect(started.json).toMatchObject({ expires_in: 300, interval: 5 });
    const poll = {
      grantType: 'urn:openid:params:grant-type:ciba',
      fields: { client_id: 'web', client_secret: 'sec', auth_req_id: String(started.json.auth_req_id) },
    };
    const pending = await token(tenant, poll);
    expect(pending.json).toEqual({
      error: 'authorization_pending',
      error_description: 'The end-user authorization is pending',
    });
    decide(memory, String(started.json.auth_req_id), true);
    now += 5_000;
    expect((await token(tenant, poll)).status).toBe(200);
  });
});

describe('refresh tokens and revoke', () => {
  test('rotation spends a refresh token; its reuse revokes the family; revoke ends it', async () => {
    const tenant = config();
    const login = await token(tenant, {
      grantType: 'password',
      fields: {
        client_id: 'web',
        client_secret: 'sec',
        username: 'dev@example.com',
        password: 'pw',
        scope: 'openid offline_access',
      },
    });
    const first = String(login.json.refresh_token);
    const refresh = (rt: string) =>
      token(tenant, {
        grantType: 'refresh_token',
        fields: { client_id: 'web', client_secret: 'sec', refresh_token: rt },
      });
    const rotated = await refresh(first);
    const second = String(rotated.json.refresh_token);
    expect(second).not.toBe(first);
    const reuse = await refresh(first);
    expect(reuse.json).toEqual({ error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' });
    expect(reuse.ids[0]).toBe('auth0.invalid-refresh-token');
    expect((await refresh(second)).status).toBe(403);

    const again = String(
      (
        await token(tenant, {
          grantType: 'password',
          fields: {
            client_id: 'web',
            client_secret: 'sec',
            username: 'dev@example.com',
            password: 'pw',
            scope: 'offline_access',
          },
        })
      ).json.refresh_token,
    );
    const revoked = await call(tenant, steps.revokeToken(web, again));
    expect([revoked.status, revoked.diagnoses[0]?.id]).toEqual([200, 'flow.step-ok']);
    expect((await refresh(again)).status).toBe(403);
  });
});

describe('private_key_jwt', () => {
  test.each(['RS256', 'ES256'] as const)('%s: accepted once; a wrong aud is found by the page', async (alg) => {
    const pair = await generateKeyPair(alg, { extractable: true });
    const tenant = config();
    tenant.clients.push({
      clientId: 'm2m',
      authMethod: 'private_key_jwt',
      grantTypes: ['client_credentials'],
      allowedOrigins: [page],
      credentials: [{ kid: 'cred-1', alg, publicJwk: await exportJWK(pair.publicKey) }],
    });
    tenant.clientGrants.push({ clientId: 'm2m', audience: 'https://api.example.com/', scope: ['read:messages'] });
    const signing = await readSigningKey(await exportPKCS8(pair.privateKey), alg);
    if (!signing.ok) throw new Error(signing.error.code);
    const sign = (audience: string) =>
      signAssertion(signing.value, {
        clientId: 'm2m',
        audience,
        now: Math.floor(now / 1000),
        jti: crypto.randomUUID(),
        kid: 'cred-1',
      });
    const request = (assertion: string) =>
      token(tenant, {
        grantType: 'client_credentials',
        clientAuth: 'private_key_jwt',
        fields: { client_id: 'm2m', client_assertion: assertion, audience: 'https://api.example.com/' },
      });
    const assertion = await sign(`${origin}/`);
    expect((await request(assertion)).status).toBe(200);
    const replay = await request(assertion);
    expect([replay.status, replay.ids[0]]).toEqual([401, 'assertion.refused']);
    const wrongAud = await request(await sign(`${origin}/oauth/token`));
    expect(wrongAud.status).toBe(401);
    expect(wrongAud.ids[0]).toBe('assertion.audience');
    expect(wrongAud.diagnoses[0]?.cause).toContain(`${origin}/oauth/token`);
  });
});
