import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { readAnswer } from '../../src/lib/diagnose/answer';
import { endpointOfUrl, type Endpoint } from '../../src/lib/endpoint';
import { httpExchange, type Exchange } from '../../src/lib/exchange';

const now = Date.UTC(2024, 0, 1, 12, 0, 0);
const pageOrigin = 'https://debugger.example';

function exchange(body: unknown, status?: number, headers: Record<string, string> = {}, path?: Endpoint): Exchange {
  return {
    ...httpExchange(typeof body === 'string' ? body : JSON.stringify(body), status),
    headers: Object.entries(headers),
    ...(path ? { endpoint: { path, source: 'chosen' as const } } : {}),
  };
}

describe('an answer is read whatever its shape', () => {
  test.each([
    [
      'RFC 6749',
      { error: 'invalid_grant', error_description: 'Wrong email or password.' },
      ['invalid_grant'],
      ['Wrong email or password.'],
    ],
    [
      'the Management API’s, whose "error" is the reason phrase',
      { statusCode: 403, error: 'Forbidden', message: 'Insufficient scope', errorCode: 'insufficient_scope' },
      ['insufficient_scope'],
      ['Insufficient scope'],
    ],
    [
      '/dbconnections’ name, code and description',
      { name: 'BadRequestError', code: 'user_exists', description: 'The user already exists.', statusCode: 400 },
      ['user_exists', 'BadRequestError'],
      ['The user already exists.'],
    ],
    [
      'a sentence where the code belongs',
      { error: 'Rate limit reached', error_description: 'Access Denied' },
      [],
      ['Rate limit reached', 'Access Denied'],
    ],
    [
      'an SDK’s camel-cased description',
      { error: 'access_denied', errorDescription: 'Service not found: https://api' },
      ['access_denied'],
      ['Service not found: https://api'],
    ],
    [
      'a middleware’s nested error object',
      { error: { name: 'UnauthorizedError', message: 'jwt expired', code: 'invalid_token' } },
      ['invalid_token', 'UnauthorizedError'],
      ['jwt expired'],
    ],
    [
      'a web_message from /authorize (silent authentication, embedded login), its answer inside',
      {
        type: 'authorization_response',
        response: { error: 'invalid_request', error_description: 'Unknown login ticket.' },
      },
      ['invalid_request'],
      ['Unknown login ticket.'],
    ],
    [
      'a tenant log entry with its reason at the top level',
      {
        type: 'fp',
        description: 'Password change required',
        reason: 'Verification failed for the provided custom_password_hash',
      },
      ['fp'],
      ['Password change required', 'Verification failed for the provided custom_password_hash'],
    ],
    [
      'a Guardian log’s failure details',
      { failure_details: { errorCode: 'invalid_phone_number', message: 'Invalid phone number' } },
      ['invalid_phone_number'],
      ['Invalid phone number'],
    ],
    [
      'a redirect back with its query',
      'https://app.example/cb?error=access_denied&error_description=User+is%20not%20allowed&state=x',
      ['access_denied'],
      ['User is not allowed'],
    ],
    [
      'an SDK’s exception line',
      'BadRequestError: invalid_request (parameter organization is required for this client)',
      ['invalid_request'],
      ['parameter organization is required for this client'],
    ],
    [
      'the hosted page’s technical details',
      "unauthorized_client: Grant type 'implicit' not allowed for the client.",
      ['unauthorized_client'],
      ["Grant type 'implicit' not allowed for the client."],
    ],
    [
      'an import job’s errors list',
      { errors: [{ code: 'DUPLICATED_USER', message: 'The user already exist and upsert parameter is false' }] },
      ['DUPLICATED_USER'],
      ['The user already exist and upsert parameter is false'],
    ],
    [
      'GraphQL’s errors with their extensions',
      { errors: [{ message: 'Not authorized', extensions: { code: 'UNAUTHENTICATED' } }] },
      ['UNAUTHENTICATED'],
      ['Not authorized'],
    ],
    [
      'the hosted error page’s Error Code and Error Message',
      'Oops!, something went wrong\nError Code: access_denied\nError Message: Permissions error',
      ['access_denied'],
      ['Permissions error'],
    ],
    [
      'a log line with a known code inline',
      '[auth] login failed access_denied, Unauthorized',
      ['access_denied'],
      ['Unauthorized'],
    ],
    [
      'a code written into a message',
      { message: 'mismatching_state: CSRF Warning! State not equal in request and response.' },
      ['mismatching_state'],
      ['mismatching_state: CSRF Warning! State not equal in request and response.'],
    ],
    [
      'an error object as a browser’s console expands it',
      'Object \nerror: "unauthorized"\nerrorDescription: "Access denied."\nstate: "abc"\n__proto__: Object',
      ['unauthorized'],
      ['Access denied.'],
    ],
    [
      'an error object as Node prints it',
      "{ error: 'access_denied', error_description: 'Unauthorized', statusCode: 401 }",
      ['access_denied'],
      ['Unauthorized'],
    ],
    [
      'prose after “error:” is no code',
      'error: "Request failed with status code 401"',
      [],
      ['error: "Request failed with status code 401"'],
    ],
  ] as [string, unknown, string[], string[]][])('%s', (_name, body, codes, descriptions) => {
    const answer = readAnswer(exchange(body, 400), now);
    expect(answer.codes).toEqual(codes);
    for (const description of descriptions) expect(answer.descriptions).toContain(description);
  });

  test('a WWW-Authenticate challenge without a body: its error, description and scope', () => {
    const answer = readAnswer(
      exchange('', 403, {
        'www-authenticate':
          'Bearer realm="api", error="insufficient_scope", error_description="Insufficient Scope", scope="read:orders write:orders"',
      }),
      now,
    );
    expect(answer.codes).toEqual(['insufficient_scope']);
    expect(answer.descriptions).toEqual(['Insufficient Scope']);
    expect(answer.facts).toMatchObject({ challenge: 'Bearer', requiredScope: 'read:orders write:orders' });
  });

  test('a verification page’s result redirect: its message is the sentence, and a used link is told apart', () => {
    const url = 'https://app.example/validated?message=This%20URL%20can%20be%20used%20only%20once&success=false';
    expect(readAnswer(exchange(url), now).descriptions).toContain('This URL can be used only once');
    const found = top(exchange(url));
    expect(found?.id).toBe('auth0.ticket-expired');
    expect(found?.fix[0]).toMatch(/most likely verified/);
  });

  test('a JSON string’s escaped quotes in a terminal’s text read as quotes', () => {
    const said = 'Client is not authorized to access \\"https://t.eu.auth0.com/api/v2/\\"';
    expect(top(exchange(said))?.id).toBe('auth0.client-not-authorized-for-api');
  });

  test('an HTML error page: its words, its title and its tracking id, never its markup', () => {
    const page =
      '<!DOCTYPE html><html><head><title>Error &amp; more</title><style>.x{color:red}</style><script>var a = "<p>";</script></head>' +
      '<body><h1>Oops!, something went wrong</h1><p>TECHNICAL DETAILS</p><p><span>invalid_request</span>: <span>Unknown client: abc</span></p>' +
      '<p>Tracking ID: <span>7fa4c1e2b3d4a5f6e7d8</span></p></body></html>';
    const answer = readAnswer(exchange(page, 400), now);
    expect(answer.html).toBe(true);
    expect(answer.facts).toMatchObject({ pageTitle: 'Error & more', trackingId: '7fa4c1e2b3d4a5f6e7d8' });
    expect(answer.text).not.toMatch(/<|color:red|var a/);
    expect(answer.codes).toEqual(['invalid_request']);
  });

  test.each([
    ['Retry-After in seconds', { 'retry-after': '12' }, 12],
    ['Retry-After as an HTTP date', { 'retry-after': 'Mon, 01 Jan 2024 12:00:30 GMT' }, 30],
    [
      'x-ratelimit-reset as an epoch time',
      { 'x-ratelimit-reset': String(now / 1000 + 45), 'x-ratelimit-limit': '30' },
      45,
    ],
  ])('%s', (_name, headers, seconds) => {
    expect(readAnswer(exchange('', 429, headers), now).facts.retryAfter).toBe(seconds);
  });
});

const top = (input: Exchange) => diagnose({ exchange: input, pageOrigin, now })[0];

describe('facts from the headers feed the words', () => {
  test('retry after 12 s', () => {
    const diagnosis = top(
      exchange({ error: 'too_many_requests', error_description: 'Rate limit exceeded.' }, 429, { 'retry-after': '12' }),
    );
    expect(diagnosis?.id).toBe('auth0.rate-limited');
    expect(diagnosis?.fix[0]).toContain('Wait 12 s');
  });

  test('the scopes a Management API call misses', () => {
    const diagnosis = top(
      exchange(
        {
          statusCode: 403,
          error: 'Forbidden',
          message: 'Insufficient scope, expected any of: read:clients, read:client_summary',
          errorCode: 'insufficient_scope',
        },
        403,
        {},
        '/api/v2',
      ),
    );
    expect(diagnosis?.id).toBe('auth0.management-api-insufficient-scope');
    expect(diagnosis?.title).toContain('read:clients, read:client_summary');
  });

  test('the scope a resource server asks for', () => {
    const diagnosis = top(
      exchange(
        '',
        403,
        { 'www-authenticate': 'Bearer realm="api", error="insufficient_scope", scope="read:orders"' },
        'api',
      ),
    );
    expect(diagnosis?.id).toBe('auth0.api-insufficient-scope');
    expect(diagnosis?.title).toContain('read:orders');
  });
});

describe('the endpoint decides what the same words mean', () => {
  test.each([
    ['/oauth/token', 'auth0.client-authentication-failed'],
    ['/userinfo', 'auth0.userinfo-token-invalid'],
  ] as [Endpoint, string][])('"Unauthorized" from %s', (path, id) => {
    const diagnosis = top(exchange('Unauthorized', 401, {}, path));
    expect(diagnosis?.id).toBe(id);
    expect(diagnosis?.endpoint).toEqual({ path, source: 'chosen' });
  });

  test.each([
    ['/passwordless/start', 'auth0.passwordless-connection-not-found'],
    ['/oauth/token', 'auth0.connection-not-found'],
  ] as [Endpoint, string][])('"Connection does not exist" from %s', (path, id) => {
    expect(
      top(exchange({ error: 'invalid_request', error_description: 'Connection does not exist' }, 400, {}, path))?.id,
    ).toBe(id);
  });
});

describe('an answer no entry knows: said plainly, the likeliest settings ranked, nothing the evidence contradicts', () => {
  test('an unknown code from /userinfo never blames the client secret', () => {
    const diagnosis = top(exchange({ error: 'weird_error', error_description: 'Never seen' }, 401, {}, '/userinfo'));
    expect(diagnosis?.id).toBe('generic.unknown-error');
    expect(diagnosis?.cause).toContain('does not know this exact answer');
    expect(diagnosis?.suggestions?.map((s) => s.id)).toEqual([
      'auth0.userinfo-wrong-token',
      'auth0.userinfo-token-invalid',
    ]);
    expect(JSON.stringify(diagnosis)).not.toMatch(/client[ _]secret/i);
  });

  test('an empty 401 from /oauth/token points at the application’s credentials first', () => {
    const diagnosis = top(exchange('', 401, {}, '/oauth/token'));
    expect(diagnosis?.id).toBe('generic.unauthorized');
    expect(diagnosis?.suggestions?.[0]?.id).toBe('auth0.client-authentication-failed');
    expect(diagnosis?.fix.at(-1)).toContain('Copy report');
  });

  test('a user already enrolled is never told to enrol', () => {
    for (const body of [
      { error: 'unsupported_challenge_type', error_description: 'The user is already enrolled' },
      { error: 'not_enrolled', error_description: 'cannot enroll twice' },
    ]) {
      const diagnosis = top(exchange(body, 403, {}, '/mfa/associate'));
      expect(diagnosis?.id).not.toBe('auth0.mfa-enrollment-required');
      expect(diagnosis?.suggestions?.map((s) => s.id) ?? []).not.toContain('auth0.mfa-enrollment-required');
    }
  });

  test('when nothing said which endpoint answered, the fallback says where to choose it', () => {
    const pasted = {
      ...exchange({ error: 'weird_error' }, 400),
      endpoint: { path: '/oauth/token' as const, source: 'default' as const },
    };
    expect(top(pasted)?.fix.join(' ')).toContain('Answered by');
  });
});

describe('the endpoint a URL names', () => {
  test.each([
    ['https://dev-x.us.auth0.com/oauth/token', '/oauth/token'],
    ['https://dev-x.us.auth0.com/userinfo?x=1', '/userinfo'],
    ['https://dev-x.us.auth0.com/login/callback?code=a', '/authorize'],
    // Built under another base: go-auth0 v2 put the token URL under the Management API's.
    ['https://dev-x.us.auth0.com/api/v2/oauth/token', '/oauth/token'],
    ['https://dev-x.us.auth0.com/api/v2/users/auth0|1', '/api/v2'],
    ['https://proxy.example/auth/.well-known/jwks.json', '/.well-known/jwks.json'],
    ['https://api.example.com/orders', undefined],
  ])('%s', (url, endpoint) => {
    expect(endpointOfUrl(url)).toBe(endpoint);
  });
});
