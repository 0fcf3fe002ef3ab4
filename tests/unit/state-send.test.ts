import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnalysisLoader } from '../../src/state/analysis.svelte';
import { ClockState } from '../../src/state/clock.svelte';
import { FetchRouter } from '../../src/state/network';
import { SessionState } from '../../src/state/session.svelte';
import { VerifierState, type KeySource } from '../../src/state/verifier.svelte';

const tenant = 'https://dev-x.us.auth0.com';
const pageUrl = 'https://debugger.example/';

/** A fetch for the tenant's origin that records each call and answers as `answer` says. */
function tenantFetch(answer: (url: string, init?: RequestInit) => Promise<Response>) {
  const calls: string[] = [];
  const fetchImpl: typeof fetch = (input, init) => {
    calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
    return answer(String(input), init);
  };
  return { calls, fetchImpl };
}

const hang = (_: string, init?: RequestInit) =>
  new Promise<Response>((_, reject) => init?.signal?.addEventListener('abort', () => reject(init.signal?.reason)));
const tokenError = () =>
  Promise.resolve(
    new Response('{"error":"access_denied","error_description":"Unauthorized"}', {
      status: 401,
      headers: { 'content-type': 'application/json' },
    }),
  );

function session(router: FetchRouter): SessionState {
  const state = new SessionState(new ClockState(), new AnalysisLoader(), new VerifierState(router), router, pageUrl);
  state.draft.fill({
    domain: tenant,
    grantType: 'client_credentials',
    clientAuth: 'client_secret_post',
    encoding: 'json',
    fields: { client_id: 'cid', client_secret: 'secret' },
  });
  return state;
}

beforeEach(() => vi.stubGlobal('navigator', { onLine: true }));
afterEach(() => vi.unstubAllGlobals());

describe('SessionState.send: one at a time, and never stuck on “Sending…”', () => {
  test('five submits in a row send one request', async () => {
    const router = new FetchRouter();
    const { calls, fetchImpl } = tenantFetch(tokenError);
    router.route(tenant, fetchImpl);
    const state = session(router);
    await Promise.all([state.send(), state.send(), state.send(), state.send(), state.send()]);
    expect(calls).toEqual([`POST ${tenant}/oauth/token`]);
    expect(state.log.status).toBe('http');
    expect(state.log.attempts).toHaveLength(1);
  });

  test('the next send goes once the first has answered', async () => {
    const router = new FetchRouter();
    const { calls, fetchImpl } = tenantFetch(tokenError);
    router.route(tenant, fetchImpl);
    const state = session(router);
    await state.send();
    await state.send();
    expect(calls).toHaveLength(2);
  });

  test('cancel stops the send under way, and the attempt says cancelled', async () => {
    const router = new FetchRouter();
    const { calls, fetchImpl } = tenantFetch(hang);
    router.route(tenant, fetchImpl);
    const state = session(router);
    const pending = state.send();
    await vi.waitFor(() => expect(state.sending).toBe(true));
    await state.send();
    state.cancel();
    await pending;
    expect(state.log.status).toBe('cancelled');
    expect(state.log.attempts.map((attempt) => attempt.state)).toEqual(['cancelled']);
    expect(state.log.diagnoses[0]?.id).toBe('network.cancelled');
    expect(calls).toHaveLength(1);
  });

  test.each([
    ['negative', -5],
    ['zero', 0],
    ['fractional', 2.5],
    ['huge', 1e9],
    ['empty', null],
    ['missing', undefined],
  ])('a %s timeout sends nothing and says what it needs', async (_, seconds) => {
    const router = new FetchRouter();
    const { calls, fetchImpl } = tenantFetch(tokenError);
    router.route(tenant, fetchImpl);
    const state = session(router);
    state.draft.setTimeout(seconds);
    await state.send();
    expect(calls).toEqual([]);
    expect(state.log.status).toBe('idle');
    expect(state.draft.timeoutIssue).toBe('Timeout is a whole number of seconds from 1 to 120.');
  });

  test('an exception inside the page becomes a page-error attempt, not an endless “Sending…”', async () => {
    class BrokenRouter extends FetchRouter {
      override fetchFor(): typeof fetch | undefined {
        throw new TypeError('router exploded');
      }
    }
    const state = session(new BrokenRouter());
    await state.send();
    expect(state.log.status).toBe('page-error');
    expect(state.sending).toBe(false);
    expect(state.log.diagnoses[0]).toMatchObject({
      id: 'network.page-error',
      evidence: 'The page failed while sending: TypeError: router exploded',
    });
    // And the next send is not blocked by the one that failed.
    await state.send();
    expect(state.log.attempts).toHaveLength(2);
  });
});

describe('VerifierState: keys only from the source picked; claims judged only under a valid signature', () => {
  const now = Math.floor(Date.now() / 1000);

  async function signed(iss: string) {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256' };
    const token = await new SignJWT({ sub: 'x', iss, exp: now + 600 })
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .sign(privateKey);
    return { token, jwk, claims: { sub: 'x', iss, exp: now + 600 } };
  }

  /** A host serving discovery (with the given issuer) and its JWKS. */
  function host(origin: string, issuer: string, jwks: unknown) {
    return tenantFetch(async (url) => {
      if (url === `${origin}/.well-known/openid-configuration`)
        return Response.json({ issuer, jwks_uri: `${origin}/.well-known/jwks.json` });
      if (url === `${origin}/.well-known/jwks.json`) return Response.json(jwks);
      return new Response('not found', { status: 404 });
    });
  }

  async function verify(verifier: VerifierState, token: string, claims: Record<string, unknown>, source: KeySource) {
    await verifier.verify(token, claims, source, { issuer: `${tenant}/`, toleranceSeconds: 60 });
    const result = verifier.results.get(token);
    if (typeof result !== 'object') throw new Error('no result');
    return { signature: result.signature, checks: Object.fromEntries(result.checks.map((c) => [c.claim, c.status])) };
  }

  test('the tenant’s keys verify, and iss is compared with the tenant', async () => {
    const { token, jwk, claims } = await signed(`${tenant}/`);
    const router = new FetchRouter();
    router.route(tenant, host(tenant, `${tenant}/`, { keys: [jwk] }).fetchImpl);
    const result = await verify(new VerifierState(router), token, claims, { kind: 'tenant', origin: tenant });
    expect(result.signature.status).toBe('verified');
    expect(result.checks).toMatchObject({ iss: 'passed', exp: 'passed' });
  });

  test('a discovery document naming a foreign issuer: an error, checks withheld, no key fetched', async () => {
    const { token, jwk, claims } = await signed('https://attacker.example/');
    const router = new FetchRouter();
    const served = host(tenant, 'https://attacker.example/', { keys: [jwk] });
    router.route(tenant, served.fetchImpl);
    const result = await verify(new VerifierState(router), token, claims, { kind: 'tenant', origin: tenant });
    expect(result.signature).toMatchObject({ status: 'error', code: 'keys-unavailable' });
    expect(result.signature.message).toMatch(/names another issuer \(https:\/\/attacker\.example\/\)/);
    expect(Object.values(result.checks)).toEqual(['not-checked', 'not-checked', 'not-checked']);
    expect(served.calls).toEqual([`GET ${tenant}/.well-known/openid-configuration`]);
  });

  test('keys from the issuer the token names: verified, but iss not compared with itself', async () => {
    const issuer = 'https://issuer.example';
    const { token, jwk, claims } = await signed(`${issuer}/`);
    const router = new FetchRouter();
    router.route(issuer, host(issuer, `${issuer}/`, { keys: [jwk] }).fetchImpl);
    const verifier = new VerifierState(router);
    await verifier.verify(token, claims, { kind: 'issuer', origin: issuer }, { toleranceSeconds: 60 });
    const result = verifier.results.get(token);
    expect(typeof result === 'object' && result.signature.status).toBe('verified');
    expect(typeof result === 'object' && result.checks.find((check) => check.claim === 'iss')).toMatchObject({
      status: 'not-checked',
      detail: expect.stringContaining('came from the issuer this token names'),
    });
  });

  test('a signature that does not hold: invalid, and no claim is shown as passed', async () => {
    const { token, claims } = await signed(`${tenant}/`);
    const other = await signed(`${tenant}/`);
    const router = new FetchRouter();
    router.route(tenant, host(tenant, `${tenant}/`, { keys: [other.jwk] }).fetchImpl);
    const result = await verify(new VerifierState(router), token, claims, { kind: 'tenant', origin: tenant });
    expect(result.signature.status).toBe('invalid');
    expect(Object.values(result.checks)).toEqual(['not-checked', 'not-checked', 'not-checked']);
  });

  test.each([
    ['an SSH key', 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQC7 dev@laptop'],
    ['EC parameters', '-----BEGIN EC PARAMETERS-----\nBggqhkjOPQMBBw==\n-----END EC PARAMETERS-----'],
    ['a JWK of an unknown kty', '{"kty":"XYZ"}'],
  ])('%s pasted: error, unsupported key format, never invalid', async (_, text) => {
    const { token, claims } = await signed(`${tenant}/`);
    const result = await verify(new VerifierState(new FetchRouter()), token, claims, {
      kind: 'pasted',
      text,
      encoding: 'utf8',
    });
    expect(result.signature).toMatchObject({ status: 'error', code: 'unsupported-key' });
    expect(result.signature.message).toMatch(/^Unsupported key format: /);
  });
});
