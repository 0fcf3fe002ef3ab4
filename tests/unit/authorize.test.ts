import { readFileSync } from 'node:fs';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, test } from 'vitest';
import { pageText, readRedirectAnswer, textOutsideForms } from '../../src/lib/authorize/answer';
import { readCallback, readWebMessage, withoutCallback } from '../../src/lib/authorize/callback';
import { checkBindings } from '../../src/lib/authorize/checks';
import { bindingFindings, diagnoseRedirect } from '../../src/lib/authorize/diagnose';
import { readHandoff } from '../../src/lib/authorize/handoff';
import { halfHash, hashForAlg } from '../../src/lib/authorize/hashes';
import { challengeS256, newFlowSecrets, randomValue, type WebCrypto } from '../../src/lib/authorize/pkce';
import { authorizeUrl, emptyAuthorizeForm, validateAuthorize } from '../../src/lib/authorize/request';

/** RFC 7636 Appendix B: the 32 octets, the verifier they make, and its S256 challenge. */
const rfc7636 = {
  octets: [
    116, 24, 223, 180, 151, 153, 224, 37, 79, 250, 96, 125, 216, 173, 187, 186, 22, 212, 37, 77, 105, 214, 191, 240, 91,
    88, 5, 88, 83, 132, 141, 121,
  ],
  verifier: 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk',
  challenge: 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM',
};
const fixedCrypto: WebCrypto = {
  subtle: crypto.subtle,
  getRandomValues: <T extends ArrayBufferView | null>(array: T) => {
    if (array instanceof Uint8Array) array.set(rfc7636.octets.slice(0, array.length));
    return array;
  },
};

describe('PKCE (RFC 7636)', () => {
  test('Appendix B: the octets make the verifier, and S256 of the verifier is the challenge', async () => {
    expect(randomValue(fixedCrypto)).toBe(rfc7636.verifier);
    expect(await challengeS256(rfc7636.verifier, crypto)).toBe(rfc7636.challenge);
  });
  test('every login gets its own 43-character state, nonce and verifier', async () => {
    const [a, b] = await Promise.all([newFlowSecrets(crypto), newFlowSecrets(crypto)]);
    for (const value of [a.state, a.nonce, a.verifier]) expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Set([a.state, a.nonce, a.verifier, b.state, b.nonce, b.verifier]).size).toBe(6);
    expect(a.challenge).toBe(await challengeS256(a.verifier, crypto));
  });
});

describe('at_hash and c_hash (OIDC Core)', () => {
  test.each([
    // OIDC Core A.3 (id_token token) and A.4 (code id_token), both RS256.
    ['at_hash of A.3', 'jHkWEdUXMU1BwAsC4vtUsZwnNvTIxEl0z9K3vx5KF0Y', '77QmUPtjPfzWtF2AnpK9RQ'],
    ['c_hash of A.4', 'Qcb0Orv1zh30vL1MPRsbm-diHiMwcLyZvn1arpZv-Jxf_11jnpEX3Tgfvk', 'LDktKdoQak3Pk0cnXxCltA'],
  ])('%s', async (_name, value, expected) => {
    expect(await halfHash(value, 'SHA-256', crypto)).toBe(expected);
  });
  test.each([
    ['RS256', 'SHA-256'],
    ['PS384', 'SHA-384'],
    ['ES512', 'SHA-512'],
    ['HS256', 'SHA-256'],
    ['ES256K', 'SHA-256'],
    ['EdDSA', 'SHA-512'],
    ['none', undefined],
    [7, undefined],
  ])('the hash of %s is %s', (alg, hash) => {
    expect(hashForAlg(alg)).toBe(hash);
  });
});

const app = {
  domain: 'dev-x.us.auth0.com',
  clientId: 'spa-client',
  clientSecret: '',
  pageUrl: 'https://debugger.example/tools/',
};
const secrets = { state: 'S', nonce: 'N', challenge: 'C' };

describe('the /authorize URL', () => {
  test('code with PKCE by default, in the fragment, with the tenant’s parameters after the page’s own', () => {
    const form = emptyAuthorizeForm(app.pageUrl);
    form.params.audience = 'https://api.example.com/';
    form.params.organization = 'org_1';
    form.extras = 'ext-param=1 2';
    const request = validateAuthorize(form, app);
    expect(request.ok).toBe(true);
    if (!request.ok) return;
    expect(authorizeUrl(request.value, secrets)).toBe(
      'https://dev-x.us.auth0.com/authorize?response_type=code&client_id=spa-client&redirect_uri=https%3A%2F%2Fdebugger.example%2Ftools%2F&scope=openid+profile+email&state=S&nonce=N&code_challenge=C&code_challenge_method=S256&response_mode=fragment&audience=https%3A%2F%2Fapi.example.com%2F&organization=org_1&ext-param=1+2',
    );
  });
  test('implicit has no challenge; the tenant’s default mode sends none', () => {
    const form = { ...emptyAuthorizeForm(app.pageUrl), responseType: 'token id_token', responseMode: '' };
    const request = validateAuthorize(form, app);
    expect(request.ok && authorizeUrl(request.value, secrets)).toBe(
      'https://dev-x.us.auth0.com/authorize?response_type=id_token+token&client_id=spa-client&redirect_uri=https%3A%2F%2Fdebugger.example%2Ftools%2F&scope=openid+profile+email&state=S&nonce=N',
    );
  });
  test.each([
    ['no client id', {}, { ...app, clientId: ' ' }, 'client_id'],
    ['a tenant that is not one', {}, { ...app, domain: 'ftp://x' }, 'domain'],
    ['a relative redirect URI', { redirectUri: '/callback' }, app, 'redirect_uri'],
    ['an unknown response type', { responseType: 'code token2' }, app, 'response_type'],
    ['tokens in the query', { responseType: 'id_token', responseMode: 'query' }, app, 'response_mode'],
    ['form_post to this static page', { responseMode: 'form_post' }, app, 'response_mode'],
    ['a secret-named extra', { extras: 'client_secret=x' }, app, 'extras'],
    ['an extra that is the page’s own', { extras: 'state=mine' }, app, 'extras'],
    ['a secret client without its secret', { clientAuth: 'client_secret_post' as const }, app, 'client_secret'],
  ])('refuses %s', (_name, change, fields, field) => {
    const result = validateAuthorize({ ...emptyAuthorizeForm(app.pageUrl), ...change }, fields);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.map((issue) => issue.field)).toContain(field);
  });
  test('form_post to a server of the person’s own is fine: what was posted is pasted back', () => {
    const form = { ...emptyAuthorizeForm('https://app.example.com/callback'), responseMode: 'form_post' };
    expect(validateAuthorize(form, app).ok).toBe(true);
  });
  test('prompt and max_age are checked', () => {
    const form = emptyAuthorizeForm(app.pageUrl);
    form.params.prompt = 'sometimes';
    form.params.max_age = '1h';
    const result = validateAuthorize(form, app);
    expect(!result.ok && result.error.map((issue) => issue.field)).toEqual(['prompt', 'max_age']);
  });
});

describe('reading the answer of /authorize', () => {
  test.each([
    ['the fragment', 'https://debugger.example/#code=abc&state=S', 'fragment', { code: 'abc', state: 'S' }],
    ['the query', 'https://debugger.example/p?x=1&code=abc&state=S#top', 'query', { code: 'abc', state: 'S', x: '1' }],
    [
      'an error in the query',
      'http://localhost:3000/cb?error=access_denied&error_description=Nope%20today&state=S',
      'query',
      { error: 'access_denied', error_description: 'Nope today' },
    ],
    [
      'implicit tokens',
      'https://d.example/#id_token=a.b.c&state=S&token_type=Bearer',
      'fragment',
      { id_token: 'a.b.c' },
    ],
    ['a posted body', 'code=abc&state=S', 'form_post', { code: 'abc', state: 'S' }],
    ['DevTools’ Form Data', 'code: abc\nstate: S\n', 'form_post', { code: 'abc', state: 'S' }],
    [
      'Auth0’s form_post page',
      '<form method="post" action="https://app.example.com/cb"><input type="hidden" name="code" value="a&amp;b"/><input type="hidden" name="state" value="S"/></form>',
      'form_post',
      { code: 'a&b', state: 'S' },
    ],
  ])('from %s', (_name, text, carrier, params) => {
    const read = readCallback(text);
    expect(read.ok).toBe(true);
    expect(read.ok && read.value.carrier).toBe(carrier);
    expect(read.ok && read.value.params).toMatchObject(params);
  });
  test.each([
    ['', 'empty'],
    ['https://debugger.example/', 'no-parameters'],
    ['https://debugger.example/#domain=x&client_id=y', 'not-a-callback'],
    ['just words', 'no-parameters'],
  ])('%j is not an answer (%s)', (text, code) => {
    expect(readCallback(text)).toEqual({ ok: false, error: code });
  });
  test('a web message of the tenant, and nothing else', () => {
    expect(readWebMessage({ type: 'authorization_response', response: { code: 'c', state: 's' } })).toEqual({
      carrier: 'web_message',
      params: { code: 'c', state: 's' },
    });
    expect(readWebMessage({ type: 'other', response: {} })).toBeUndefined();
    expect(readWebMessage('authorization_response')).toBeUndefined();
  });
  test('the address bar keeps what is not the answer', () => {
    expect(withoutCallback({ pathname: '/t/', search: '?code=x&state=y&lang=ja', hash: '' })).toBe('/t/?lang=ja');
    expect(withoutCallback({ pathname: '/', search: '', hash: '#code=x&state=y' })).toBe('/');
    expect(withoutCallback({ pathname: '/', search: '', hash: '#domain=a.auth0.com' })).toBe('/#domain=a.auth0.com');
  });
  test('the hand-off between tabs reads only its own messages', () => {
    const callback = {
      kind: 'callback',
      id: '1',
      carrier: 'fragment',
      params: { code: 'c' },
      returnedTo: 'https://d/',
    };
    expect(readHandoff(callback)).toEqual(callback);
    expect(readHandoff({ kind: 'ack', id: '1' })).toEqual({ kind: 'ack', id: '1' });
    expect(
      readHandoff({ kind: 'callback', id: '1', carrier: 'query', params: { code: 7 }, returnedTo: '' }),
    ).toBeUndefined();
  });
  test('a page is read as words, a line per block, without its title, scripts or styles', () => {
    const html =
      '<html><head><title>Log in | Tenant</title><style>p{color:red}</style></head><body><h1>Welcome</h1>' +
      '<p>Log in to <b>My&nbsp;App</b> &amp; continue</p><script>alert(1)</script>Line<br>two</body></html>';
    expect(pageText(html)).toBe('Welcome\nLog in to My App & continue\nLine\ntwo');
  });
  test('a login box is read around its form: the fields and buttons are not repeated as text', () => {
    const html =
      '<main><h1>Welcome</h1><p>Log in to continue.</p><form method="post" action="/u/login">' +
      '<label>Email address<input name="username"></label><button>Continue</button></form>' +
      '<p>Wrong email or password.</p></main>';
    expect(textOutsideForms(html)).toBe('Welcome\nLog in to continue.\nWrong email or password.');
  });
});

describe('the ID token belongs to its login', () => {
  const sign = async (claims: Record<string, unknown>) => {
    const { privateKey } = await generateKeyPair('RS256');
    return new SignJWT(claims).setProtectedHeader({ alg: 'RS256' }).sign(privateKey);
  };
  test('nonce, at_hash and c_hash that match', async () => {
    const token = await sign({
      nonce: 'N',
      at_hash: await halfHash('AT', 'SHA-256', crypto),
      c_hash: await halfHash('CODE', 'SHA-256', crypto),
    });
    const checks = await checkBindings({ idToken: token, nonce: 'N', accessToken: 'AT', code: 'CODE' }, crypto);
    expect(checks).toEqual([
      { claim: 'nonce', status: 'matches' },
      { claim: 'at_hash', status: 'matches' },
      { claim: 'c_hash', status: 'matches' },
    ]);
    expect(bindingFindings(checks).map((d) => [d.id, d.severity])).toEqual([['authorize.id-token-bound', 'success']]);
  });
  test('another nonce, a swapped access token, a c_hash missing where required', async () => {
    const token = await sign({ nonce: 'other', at_hash: await halfHash('AT', 'SHA-256', crypto) });
    const checks = await checkBindings(
      { idToken: token, nonce: 'N', accessToken: 'SWAPPED', code: 'CODE', requireCHash: true },
      crypto,
    );
    expect(bindingFindings(checks).map((d) => d.id)).toEqual([
      'authorize.nonce-differs',
      'authorize.at-hash-differs',
      'authorize.c-hash-missing',
    ]);
  });
  test('an ID token without a nonce, and a key that is not used', async () => {
    await exportJWK((await generateKeyPair('ES256')).publicKey);
    const checks = await checkBindings({ idToken: await sign({ sub: 'x' }), nonce: 'N' }, crypto);
    expect(bindingFindings(checks)[0]?.id).toBe('authorize.nonce-missing');
  });
});

interface Mined {
  id: string;
  body: unknown;
  condition: string;
}
const mined: Mined[] = readFileSync('tests/fixtures/authorize-redirect-errors.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Mined);

/** The diagnosis each mined condition must land on (a Rule's access_denied reads as an Action's: both are the tenant’s words). */
const expected: Record<string, string> = {
  'callback-url-mismatch': 'authorize.callback-url-mismatch',
  'organization-required': 'authorize.organization-required',
  'organization-name-not-allowed': 'authorize.organization-name',
  'organization-membership-missing': 'authorize.organization-membership',
  'implicit-grant-not-allowed': 'authorize.grant-not-allowed',
  'signup-disabled': 'authorize.signup-disabled',
  'web-origin-not-allowed': 'authorize.web-origin-not-allowed',
  'social-consent-denied': 'authorize.consent-declined',
  'idp-consent-denied': 'authorize.consent-declined',
  'action-denied': 'authorize.access-denied',
  'rule-denied': 'authorize.access-denied',
  'organization-invitation-invalid': 'authorize.organization-invitation',
  'organization-connection-not-enabled': 'authorize.organization-connection',
  'organization-member-quota': 'authorize.organization-quota',
  'organization-user-id-too-long': 'authorize.organization-feature',
  'organization-parameter-invalid': 'authorize.organization-name',
  'organization-feature-disabled': 'authorize.organization-feature',
  'organization-client-not-supported': 'authorize.organization-feature',
  'organization-not-found': 'authorize.organization-name',
  'organization-not-allowed': 'authorize.organization-feature',
  'organization-third-party-not-allowed': 'authorize.organization-name',
  'third-party-parameter-not-allowed': 'authorize.invalid-request',
  'consent-declined': 'authorize.consent-declined',
  'consent-required': 'authorize.consent-required',
  'custom-social-script-error': 'authorize.action-failed',
  'no-connection-enabled': 'authorize.no-connection',
  'missing-parameter': 'authorize.missing-parameter',
  'hosted-error-page-generic': 'authorize.error-page',
  'user-cancelled': 'authorize.user-cancelled',
  'rule-runtime-error': 'authorize.action-failed',
  'audience-not-found': 'authorize.service-not-found',
  'action-runtime-error': 'authorize.action-failed',
  'extensibility-timeout': 'authorize.extensibility-timeout',
  'login-transaction-expired': 'authorize.session-expired',
  'unsupported-response-type': 'authorize.unsupported-response-type',
  'action-session-metadata-invalid': 'authorize.action-failed',
  'action-refresh-token-metadata-invalid': 'authorize.action-failed',
  'scope-conflict': 'authorize.invalid-scope',
};
/** Where the condition alone does not decide: a Rule's UnauthorizedError, implicit refused by its response type. */
const byCase: Record<string, string> = {
  'rule-access-denied-dot-unauthorized': 'authorize.rule-denied',
  'rule-unauthorizederror-denied': 'authorize.rule-denied',
  'lock-signup-unauthorized-access-denied': 'authorize.rule-denied',
  'tpc-implicit-not-available': 'authorize.unsupported-response-type',
};

describe('the /authorize errors mined from the wild land on their own diagnoses', () => {
  test('every condition of the corpus has an expectation', () => {
    expect(mined.length).toBeGreaterThan(70);
    expect(mined.filter((row) => !(row.condition in expected)).map((row) => row.condition)).toEqual([]);
  });
  test.each(mined.map((row) => ({ ...row, want: byCase[row.id] ?? expected[row.condition] })))(
    '$id → $want',
    ({ body, want }) => {
      const answer = readRedirectAnswer(typeof body === 'string' ? body : JSON.stringify(body));
      expect(diagnoseRedirect(answer, { pageOrigin: 'https://debugger.example' })?.id).toBe(want);
    },
  );
});

describe('a redirect error is worded with what the page knows of its login', () => {
  const facts = { pageOrigin: 'http://localhost:5173', redirectUri: 'http://localhost:5173/', loopback: true };
  test('Callback URL mismatch names the exact URL to add, and where', () => {
    const found = diagnoseRedirect(
      readRedirectAnswer(
        'Callback URL mismatch.\nThe provided redirect_uri is not in the list of allowed callback URLs.',
      ),
      facts,
    );
    expect(found?.fix[0]).toBe(
      'Add exactly http://localhost:5173/ to Allowed Callback URLs (comma-separated with the others), then Save Changes.',
    );
    expect(found?.breadcrumb).toEqual([
      'Applications',
      'Applications',
      'your app',
      'Settings',
      'Application URIs',
      'Allowed Callback URLs',
    ]);
  });
  test('a logout return URL not allowed names the exact URL, and Allowed Logout URLs', () => {
    const found = diagnoseRedirect(
      readRedirectAnswer(
        'Oops!, something went wrong\ninvalid_request: The "returnTo" querystring parameter "http://localhost:3000/bye" is not defined as a valid URL in "Allowed Logout URLs".',
      ),
      facts,
    );
    expect(found?.id).toBe('authorize.logout-url-not-allowed');
    expect(found?.fix[0]).toBe(
      'Add exactly http://localhost:3000/bye to the application’s Allowed Logout URLs, then Save Changes; send client_id with the logout so that list is the one used.',
    );
    expect(found?.breadcrumb?.at(-1)).toBe('Allowed Logout URLs');
  });
  test('an Action’s reason is quoted, with where Actions live', () => {
    const found = diagnoseRedirect(
      readRedirectAnswer('?error=access_denied&error_description=Please%20verify%20your%20email'),
      facts,
    );
    expect(found?.cause).toContain('“Please verify your email”');
    expect(found?.breadcrumb).toEqual(['Actions', 'Triggers', 'post-login']);
  });
  test('consent_required on localhost says why', () => {
    const found = diagnoseRedirect({ error: 'consent_required', description: 'Consent required', text: '' }, facts);
    expect(found?.title).toBe('Consent required: Auth0 never skips consent on localhost');
  });
  test('login_required after a login in this page points at third-party cookies', () => {
    const found = diagnoseRedirect(
      { error: 'login_required', description: 'Login required', text: '' },
      { ...facts, silent: true, loggedInBefore: true, tenantOrigin: 'https://dev-x.us.auth0.com' },
    );
    expect(found?.title).toContain('the session cookie did not reach Auth0');
  });
});
