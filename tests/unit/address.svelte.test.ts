import { describe, expect, test } from 'vitest';
import { AddressState, type AddressBar } from '../../src/state/address.svelte';
import { AnalysisLoader } from '../../src/state/analysis.svelte';
import { ClockState } from '../../src/state/clock.svelte';
import { DecoderState } from '../../src/state/decoder.svelte';
import { FetchRouter } from '../../src/state/network';
import { SessionState } from '../../src/state/session.svelte';
import { VerifierState } from '../../src/state/verifier.svelte';

/** The page's states wired as App.svelte wires them, with an address bar in memory. */
async function page(url: string) {
  let current = new URL(url);
  const replaced: string[] = [];
  const bar: AddressBar = {
    read: () => current,
    replace: (next) => {
      replaced.push(next);
      current = new URL(next, current);
    },
  };
  const clock = new ClockState();
  const analysis = new AnalysisLoader();
  await analysis.load();
  const router = new FetchRouter();
  const session = new SessionState(clock, analysis, new VerifierState(router), router, url);
  const decoder = new DecoderState(clock, analysis);
  const address = new AddressState(analysis, session, decoder, bar);
  return {
    address,
    session,
    decoder,
    replaced,
    bar,
    go: (hash: string) => {
      current = new URL(hash, current);
    },
  };
}

describe('links into the page', () => {
  test('a domain not run by Auth0 waits for confirmation; the send validation says so until then', async () => {
    const p = await page('https://debugger.example/#domain=login.acme.com&client_id=abcdefgh');
    await p.address.read();
    expect(p.session.draft.form.domain).toBe('login.acme.com');
    expect(p.session.draft.unconfirmedOrigin).toBe('https://login.acme.com');
    expect(p.session.draft.formContext.tenantOrigin).toBeUndefined();
    const issues = p.session.draft.validation.ok ? [] : p.session.draft.validation.error;
    expect(issues[0]).toEqual({ field: 'domain', message: expect.stringContaining('https://login.acme.com') });
    p.session.draft.confirmDomain();
    expect(p.session.draft.unconfirmedOrigin).toBeUndefined();
    expect(p.session.draft.formContext.tenantOrigin).toBe('https://login.acme.com');
  });

  test('a typed domain the form cannot read yet is pending, not missing, for the token view', async () => {
    const analysis = new AnalysisLoader();
    const router = new FetchRouter();
    const session = new SessionState(
      new ClockState(),
      analysis,
      new VerifierState(router),
      router,
      'https://debugger.example/',
    );
    expect(session.draft.formContext.tenantPending).toBe(false);
    session.draft.setDomain('dev-x.us.auth0.com');
    // The request form's code is still loading: the tenant is neither known nor absent.
    expect(session.draft.formContext).toMatchObject({ tenantOrigin: undefined, tenantPending: true });
    await analysis.loadRequest();
    expect(session.draft.formContext).toMatchObject({
      tenantOrigin: 'https://dev-x.us.auth0.com',
      tenantPending: false,
    });
  });

  test.each([
    ['an Auth0 domain', 'dev-x.us.auth0.com'],
    ['a loopback tenant', 'http://127.0.0.1:3000'],
  ])('%s from a link needs no confirmation', async (_, domain) => {
    const p = await page(`https://debugger.example/#domain=${encodeURIComponent(domain)}`);
    await p.address.read();
    expect(p.session.draft.form.domain).toBe(domain);
    expect(p.session.draft.unconfirmedOrigin).toBeUndefined();
  });

  test('a domain the person types is theirs, even where a link put another', async () => {
    const p = await page('https://debugger.example/#domain=login.acme.com');
    await p.address.read();
    p.session.draft.setDomain('login.acme.co');
    expect(p.session.draft.unconfirmedOrigin).toBeUndefined();
  });

  test('a changed fragment is read again: secrets leave the address bar, a token-only link keeps the form', async () => {
    const p = await page('https://debugger.example/');
    p.go('#domain=dev-x.us.auth0.com&client_secret=S3CRET');
    await p.address.read();
    expect(p.session.draft.form.domain).toBe('dev-x.us.auth0.com');
    expect(p.replaced.at(-1)).toBe('/#domain=dev-x.us.auth0.com');
    expect(p.address.notes.join(' ')).toContain('client_secret');
    p.go('#token=eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    await p.address.read();
    expect(p.decoder.input).toBe('eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.');
    expect(p.session.draft.form.domain).toBe('dev-x.us.auth0.com');
    expect(p.replaced.at(-1)).toBe('/');
  });

  test('secrets in the query are removed, with a warning naming the host they reached', async () => {
    const p = await page('https://debugger.example/tool/?password=pw&refresh_token=rt&x=1');
    await p.address.read();
    expect(p.replaced).toEqual(['/tool/?x=1']);
    expect(p.address.notes).toEqual([expect.stringMatching(/password, refresh_token .*debugger\.example/)]);
  });
});
