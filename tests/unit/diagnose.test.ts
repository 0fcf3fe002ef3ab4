import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { catalogue } from '../../src/lib/diagnose/catalogue';
import { httpExchange, type Exchange } from '../../src/lib/exchange';
import { findGrant, grants } from '../../src/lib/request/grants';
import type { TokenRequest } from '../../src/lib/request/form';
import { parsePastedResponse } from '../../src/lib/response/parse';
import { catalogueTexts } from '../../src/lib/text/en/diagnoses/catalogue';
import expected from '../fixtures/auth0-token-errors.expected.json';

interface ErrorCase {
  id: string;
  grant?: string;
  status?: number | null;
  body: unknown;
}

const cases: ErrorCase[] = readFileSync(new URL('../fixtures/auth0-token-errors.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as ErrorCase);

const pageOrigin = 'https://debugger.example';

/** A request of the given grant, as the form would have built it. */
function requestFor(grantType?: string, params: [string, string][] = []): TokenRequest | undefined {
  const grant = grantType ? findGrant(grantType) : undefined;
  if (!grant) return undefined;
  return {
    tenant: { origin: 'https://dev-x.us.auth0.com', host: 'dev-x.us.auth0.com', local: false, auth0: true },
    grant,
    clientAuth: 'client_secret_post',
    encoding: 'json',
    params: [['client_id', 'Q4cCWeXX'], ...params] as TokenRequest['params'],
    extras: [],
  };
}

/** The first wire grant type named in a corpus line's free-text grant field. */
const grantOf = (text = '') =>
  grants.map((g) => g.grantType).find((g) => text.split(/[\s|/()]+/).includes(g) || text.startsWith(g));

function exchangeOf(status: number | undefined, body: unknown): Exchange {
  if (typeof body === 'string' && /blocked by CORS policy/.test(body)) {
    const pasted = parsePastedResponse(body);
    if (pasted.ok) return pasted.value;
  }
  return httpExchange(typeof body === 'string' ? body : JSON.stringify(body), status);
}

const top = (exchange: Exchange, request?: TokenRequest) => diagnose({ exchange, request, pageOrigin, now: 0 })[0];

describe('every real Auth0 error in the corpus reaches its specific entry', () => {
  test.each(cases)('$id', (line) => {
    const diagnosis = top(exchangeOf(line.status ?? undefined, line.body), requestFor(grantOf(line.grant)));
    expect(diagnosis?.id).toBe((expected as Record<string, string>)[line.id]);
    expect(diagnosis?.id.startsWith('generic.')).toBe(false);
    expect(diagnosis?.title.length).toBeGreaterThan(5);
    expect(diagnosis?.cause.length).toBeGreaterThan(20);
  });
});

describe('new wordings of known conditions still land on the right entry', () => {
  test.each([
    [
      'unauthorized_client',
      "Grant type 'urn:ietf:params:oauth:grant-type:device_code' not allowed for the client",
      403,
      'auth0.grant-not-allowed',
      'Device Code grant not enabled for this application',
    ],
    ['access_denied', 'Unknown or invalid refresh token', 403, 'auth0.invalid-refresh-token'],
    [
      'access_denied',
      'Service not found: https://my-api.example',
      403,
      'auth0.service-not-found',
      'No API with identifier https://my-api.example',
    ],
    [
      'access_denied',
      'Client has not been granted scopes: read:users, update:users',
      403,
      'auth0.scopes-not-granted',
      'Scopes not granted: read:users, update:users',
    ],
    [
      'access_denied',
      'Client is not authorized to access "https://x.eu.auth0.com/api/v2/".',
      403,
      'auth0.client-not-authorized-for-api',
      'This application is not authorized for https://x.eu.auth0.com/api/v2/',
    ],
    ['invalid_grant', 'wrong email or password', 403, 'auth0.wrong-credentials'],
    ['invalid_grant', 'Wrong phone number or verification code.', 403, 'auth0.passwordless-wrong-code'],
    ['invalid_grant', 'MFA Authorization rejected.', 403, 'auth0.mfa-rejected'],
    ['expired_token', 'mfa_token is expired', 403, 'auth0.mfa-token-invalid'],
    [
      'invalid_grant',
      "The refresh_token was generated for a user who doesn't exist anymore.",
      403,
      'auth0.refresh-token-user-deleted',
    ],
    [
      'password_leaked',
      'This login attempt has been blocked because the password you are using was previously disclosed through a data breach.',
      401,
      'auth0.password-leaked',
    ],
    ['too_many_requests', 'Too many requests', 429, 'auth0.rate-limited'],
    ['invalid_grant', 'Failed to verify code verifier', 403, 'auth0.pkce-verifier'],
    ['server_error', 'Authorization server not configured with default connection', 500, 'auth0.no-default-connection'],
    [
      'invalid_request',
      'Missing required parameter: refresh_token',
      400,
      'auth0.missing-parameter',
      'Missing parameter: refresh_token',
    ],
    ['unauthorized', 'Access from your country is not allowed', 401, 'auth0.rule-denied'],
    ['access_denied', 'Only employees may use this app', 403, 'auth0.access-denied'],
  ] as [string, string, number, string, string?][])('%s: %s', (error, description, status, id, title) => {
    const diagnosis = top(exchangeOf(status, { error, error_description: description }));
    expect(diagnosis?.id).toBe(id);
    if (title) expect(diagnosis?.title).toBe(title);
  });

  test('the request fills in what the error leaves out', () => {
    const request = requestFor('password', [['realm', 'My-DB']]);
    const diagnosis = top(
      exchangeOf(403, {
        error: 'unauthorized_client',
        error_description: "Grant type 'password' not allowed for the client.",
      }),
      request,
    );
    expect(diagnosis?.cause).toContain('Q4cCWeXX');
    expect(diagnosis?.breadcrumb).toEqual([
      'Applications',
      'Applications',
      'your app',
      'Settings',
      'Advanced Settings',
      'Grant Types',
      'Password',
    ]);
    expect(diagnosis?.docs).toMatch(/^https:\/\/auth0\.com\/docs\//);
  });
});

describe('anything unknown falls back to a generic diagnosis', () => {
  test.each([
    [429, 'Too Many Requests', 'generic.rate-limited'],
    [404, '<!DOCTYPE html><html><body>Not Found</body></html>', 'generic.not-found'],
    [502, '<html><body>Bad gateway</body></html>', 'generic.html'],
    [500, 'upstream connect error', 'generic.server-error'],
    [401, 'Unauthorized', 'generic.unauthorized'],
    [400, '{"error":"weird_error","error_description":"Never seen"}', 'generic.unknown-error'],
    [400, '{"error":"invalid_request","error_description":"Something new"}', 'generic.invalid_request'],
    [500, '{"error":"server_error","error_description":"Something broke"}', 'generic.server_error'],
    [200, '{"hello":"world"}', 'generic.no-token'],
  ])('HTTP %i %s', (status, body, id) => {
    expect(top(exchangeOf(status, body))?.id).toBe(id);
  });
});

test('every catalogue entry has its texts, and ids are unique', () => {
  const ids = catalogue.map((entry) => entry.id);
  expect(new Set(ids).size).toBe(ids.length);
  expect(ids.filter((id) => !catalogueTexts[id])).toEqual([]);
  expect(Object.keys(catalogueTexts).filter((id) => !ids.includes(id))).toEqual([]);
});
