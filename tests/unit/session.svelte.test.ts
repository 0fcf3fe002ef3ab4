import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { AnalysisLoader } from '../../src/state/analysis.svelte';
import { ClockState } from '../../src/state/clock.svelte';
import { DecoderState } from '../../src/state/decoder.svelte';
import { FetchRouter } from '../../src/state/network';
import { PasteState } from '../../src/state/paste.svelte';
import { keptAttempts } from '../../src/state/exchange-log.svelte';
import { SessionState } from '../../src/state/session.svelte';
import { VerifierState } from '../../src/state/verifier.svelte';
import own from '../fixtures/pastes/own.json';

const tenant = 'https://dev-x.us.auth0.com';
const pageUrl = 'https://debugger.example/';
const seedResponse = readFileSync('src/lib/examples/seed-token-response.json', 'utf8');
const ownText = (id: string) => own.find((record) => record.id === id)?.text ?? '';

/** The page's states wired as App.svelte wires them, with a tenant that records every call. */
async function page() {
  const calls: string[] = [];
  const router = new FetchRouter();
  router.route(tenant, (input, init) => {
    calls.push(`${init?.method ?? 'GET'} ${String(input)}`);
    return Promise.resolve(
      new Response('{"error":"access_denied","error_description":"Unauthorized"}', {
        status: 401,
        headers: { 'content-type': 'application/json' },
      }),
    );
  });
  const clock = new ClockState();
  const analysis = new AnalysisLoader();
  await analysis.load();
  const session = new SessionState(clock, analysis, new VerifierState(router), router, pageUrl);
  const decoder = new DecoderState(clock, analysis);
  const paste = new PasteState(analysis, decoder, session);
  return { calls, session, decoder, paste };
}

const seedCurl = `curl --request POST \\
  --url https://YOUR_DOMAIN/oauth/token \\
  --header 'content-type: application/json' \\
  --data '{"grant_type":"password","username": "YOUR_USERNAME","password": "YOUR_PASSWORD","audience": "YOUR_API_IDENTIFIER","client_id": "YOUR_CLIENT_ID","client_secret": "YOUR_CLIENT_SECRET"}'`;

beforeEach(() => vi.stubGlobal('navigator', { onLine: true }));
afterEach(() => vi.unstubAllGlobals());

describe('RequestDraft: the request being written', () => {
  test('a curl with placeholders is imported, named, shown as a curl, and never sent', async () => {
    const { session, calls } = await page();
    const notes = await session.draft.importCurl(seedCurl);
    expect(notes.ok).toBe(true);
    expect(notes.notes.at(-1)).toBe(
      'Replace the placeholders before sending: YOUR_DOMAIN, YOUR_CLIENT_ID, YOUR_CLIENT_SECRET, YOUR_USERNAME, YOUR_PASSWORD, YOUR_API_IDENTIFIER.',
    );
    // The curl of the example can be copied before it can be sent.
    expect(session.draft.curl).toContain('--url https://YOUR_DOMAIN/oauth/token');
    expect(session.draft.ready).toBe(false);
    // No message before the person tries to send.
    expect(session.draft.errorOf('client_id')).toBeUndefined();

    expect(await session.send()).toEqual({ sent: false, reason: 'placeholders' });
    expect(calls).toEqual([]);
    expect(session.log.status).toBe('idle');
    expect(session.draft.errorOf('domain')).toMatch(/^Tenant domain still holds YOUR_DOMAIN, a placeholder/);
    expect(session.draft.errorOf('password')).toMatch(/^Password still holds YOUR_PASSWORD/);
  });

  test('once every placeholder is replaced, Send sends', async () => {
    const { session, calls } = await page();
    await session.draft.importCurl(seedCurl);
    session.draft.setDomain(tenant);
    session.draft.setField('client_id', 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy');
    session.draft.setField('client_secret', 'secret-1');
    session.draft.setField('username', 'dev@example.com');
    session.draft.setField('password', 'correct horse');
    session.draft.setField('audience', `${tenant}/api/v2/`);
    expect(session.draft.placeholders).toEqual([]);
    expect(await session.send()).toEqual({ sent: true, attempt: 1 });
    expect(calls).toEqual([`POST ${tenant}/oauth/token`]);
  });

  test('fill forgets what was touched; a redirect’s code sets the grant and the redirect URI', async () => {
    const { session } = await page();
    session.draft.touch('domain');
    expect(session.draft.errorOf('domain')).toBeDefined();
    session.draft.fill({ domain: tenant });
    expect(session.draft.touched('domain')).toBe(false);
    session.draft.useAuthorizationCode('c0de', 'http://localhost:3000/callback');
    expect(session.draft.form).toMatchObject({ grantType: 'authorization_code' });
    expect(session.draft.form.fields).toMatchObject({ code: 'c0de', redirect_uri: 'http://localhost:3000/callback' });
  });
});

describe('ExchangeLog: answers pasted back, as people copy them', () => {
  test.each([
    ['seed-step-2-zsh', 'auth0.grant-not-allowed'],
    ['seed-step-3-body-percent', 'auth0.no-default-connection'],
    ['seed-step-3-trailing-prompt', 'auth0.no-default-connection'],
  ])('%s is diagnosed as %s', async (id, diagnosis) => {
    const { session } = await page();
    expect(await session.pasteResponse(ownText(id))).toBe(true);
    expect(session.log.diagnoses[0]?.id).toBe(diagnosis);
    expect(session.log.attempts[0]).toMatchObject({ transport: 'pasted', top: { id: diagnosis } });
  });

  test('the seed’s token response with zsh’s % is a success, said once', async () => {
    const { session } = await page();
    await session.pasteResponse(`${seedResponse.trim()}%`);
    expect(session.log.diagnoses.map((d) => d.id)).toContain('success.token-issued');
    expect(session.log.tokens.map((token) => token.source)).toEqual(['access_token']);
  });

  test('a console message from another app is about that app’s origin, not this page’s', async () => {
    const { session } = await page();
    await session.pasteResponse(
      "Access to fetch at 'https://dev-x.us.auth0.com/oauth/token' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    );
    const [cors] = session.log.diagnoses;
    expect(cors?.id).toBe('network.cors-blocked');
    expect(cors?.fix.join(' ')).toContain('add http://localhost:3000 to Allowed Web Origins');
    expect(JSON.stringify(cors)).not.toContain('debugger.example');
    expect(session.log.origin).toBe('http://localhost:3000');
  });

  test('the report of a pasted curl -i shows its command, its secrets redacted', async () => {
    const { session } = await page();
    await session.pasteResponse(ownText('ansi-colour-prompt'));
    const report = session.log.report();
    expect(report).toContain('The command that was run, as pasted:');
    expect(report).toContain('`HTTP 401`');
  });
});

describe('PasteState: Paste anything sends each kind where it belongs', () => {
  test('a JWT goes to the decoder', async () => {
    const { paste, decoder, session } = await page();
    const outcome = await paste.take(ownText('bare-jwt'));
    expect(outcome).toEqual({ route: 'decoder', ok: true });
    expect(decoder.input).toBe(ownText('bare-jwt'));
    expect(session.log.attempts).toEqual([]);
  });

  test('a curl command goes to the form, with its notes', async () => {
    const { paste, session } = await page();
    const outcome = await paste.take(seedCurl);
    expect(outcome?.route).toBe('import');
    expect(outcome?.imported?.notes[0]).toBe('Imported 6 parameters.');
    expect(session.draft.form.grantType).toBe('password');
  });

  test('curl output with its command goes to the diagnosis, and its command to the form on request', async () => {
    const { paste, session } = await page();
    const outcome = await paste.take(ownText('seed-step-2-zsh'));
    expect(outcome).toEqual({ route: 'response', ok: true });
    expect(paste.reading).toMatchObject({ kind: 'curl-output', endpoint: '/oauth/token' });
    expect(session.log.diagnoses[0]?.id).toBe('auth0.grant-not-allowed');
    expect(session.draft.form.domain).toBe('');
    await paste.use('import');
    expect(session.draft.form.domain).toBe('https://dev-e3ybvpddsjl3sbd7.us.auth0.com');
  });

  test('what it cannot tell waits for a choice', async () => {
    const { paste, decoder } = await page();
    expect(await paste.take(ownText('bare-random-string'))).toBeUndefined();
    expect(paste.reading?.route).toBe('choose');
    expect(decoder.input).toBe('');
    await paste.use('decoder');
    expect(decoder.input).toBe(ownText('bare-random-string'));
  });

  test('a redirect with a code fills the form; one with an error is diagnosed', async () => {
    const { paste, session } = await page();
    await paste.take(ownText('redirect-code'));
    expect(session.draft.form.fields.code).toBe('AbC123xyz');
    expect(session.draft.form.fields.redirect_uri).toBe('http://localhost:3000/callback');
    await paste.take(ownText('redirect-error'));
    expect(session.log.exchange?.json).toEqual({
      error: 'access_denied',
      error_description: 'Service not found: https://api',
    });
  });

  test('typing is read but sent nowhere until taken', async () => {
    const { paste, decoder } = await page();
    await paste.type(ownText('bare-jwt'));
    expect(paste.reading?.kind).toBe('token');
    expect(decoder.input).toBe('');
  });
});

describe('DecoderState', () => {
  test('a paste too big for the box, then Clear: the box is empty and small again', async () => {
    const { decoder } = await page();
    decoder.set('x'.repeat(200_000));
    expect(decoder.large).toBe(true);
    decoder.clear();
    expect(decoder.input).toBe('');
    expect(decoder.large).toBe(false);
  });
});

describe('ExchangeLog: the attempt list stays bounded', () => {
  test('after more answers than it keeps, the newest are listed and the rest are a count', async () => {
    const { session } = await page();
    const answers = keptAttempts + 25;
    for (let n = 0; n < answers; n++)
      await session.pasteResponse(`HTTP/2 ${n % 2 ? 401 : 403}\n\n{"error":"access_denied"}`);
    expect(session.log.attempts).toHaveLength(keptAttempts);
    expect(session.log.foldedAttempts).toBe(25);
    // Newest first: the last answer (n = answers - 1, even: 403) leads the list.
    expect(session.log.attempts[0]?.status).toBe(answers % 2 ? 403 : 401);
    expect(session.log.attempts[0]?.id).toBe(answers);
  });
});

describe('RequestDraft: a link read late never overwrites what the person typed', () => {
  test('typed values stay; the link fills the rest, and its domain still waits for confirmation', async () => {
    const { session } = await page();
    const { draft } = session;
    draft.setGrant('client_credentials');
    draft.setField('client_id', 'typed-client');
    draft.fill(
      { domain: 'tenant.example.invalid', grantType: 'password', fields: { client_id: 'link', audience: 'urn:api' } },
      { fromLink: true },
    );
    expect(draft.form).toMatchObject({
      domain: 'tenant.example.invalid',
      grantType: 'client_credentials',
      fields: { client_id: 'typed-client', audience: 'urn:api' },
    });
    expect(draft.unconfirmedOrigin).toBe('https://tenant.example.invalid');
  });

  test('a domain the person typed is theirs: kept, and not a link’s to confirm', async () => {
    const { session } = await page();
    const { draft } = session;
    draft.setDomain('mine.example.com');
    draft.fill({ domain: 'other.example.invalid', grantType: 'password', fields: {} }, { fromLink: true });
    expect(draft.form.domain).toBe('mine.example.com');
    expect(draft.unconfirmedOrigin).toBeUndefined();
  });

  test('a fill that is not a link (a curl, the demo) replaces everything', async () => {
    const { session } = await page();
    const { draft } = session;
    draft.setField('client_id', 'typed-client');
    draft.fill({ domain: 'dev-x.us.auth0.com', grantType: 'password', fields: { client_id: 'curl' } });
    expect(draft.form.fields.client_id).toBe('curl');
  });
});
