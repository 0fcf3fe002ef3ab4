import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { readAnswer } from '../../src/lib/diagnose/answer';
import { areas, catalogue } from '../../src/lib/diagnose/catalogue';
import { httpExchange, type Exchange } from '../../src/lib/exchange';
import type { TokenRequest } from '../../src/lib/request/form';
import { parsePastedResponse } from '../../src/lib/response/parse';
import { catalogueTexts, textsByArea } from '../../src/lib/text/en/diagnoses/catalogue';
import { endpointOfLabel, exchangeOf as corpusExchange, grantOf, readCorpus, requestFor } from '../corpus';

const pageOrigin = 'https://debugger.example';

function exchangeOf(status: number | undefined, body: unknown): Exchange {
  if (typeof body === 'string' && /blocked by CORS policy/.test(body)) {
    const pasted = parsePastedResponse(body);
    if (pasted.ok) return pasted.value;
  }
  return httpExchange(typeof body === 'string' ? body : JSON.stringify(body), status);
}

const top = (exchange: Exchange, request?: TokenRequest) => diagnose({ exchange, request, pageOrigin, now: 0 })[0];

const corpus = readCorpus();

describe('every real answer of the corpus reaches its entry', () => {
  test('the corpus holds at least 250 real answers, each with its source and an entry that exists', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(250);
    expect(new Set(corpus.map((line) => line.id)).size).toBe(corpus.length);
    for (const line of corpus) {
      expect(line.source.length, line.id).toBeGreaterThan(0);
      expect(/^(?:generic|network)\./.test(line.expect) || catalogueTexts[line.expect] !== undefined, line.id).toBe(
        true,
      );
    }
    // Only answers whose words say nothing ("...") may expect a fallback.
    const generic = corpus.filter((line) => line.expect.startsWith('generic.'));
    expect(generic.length).toBeLessThan(corpus.length / 50);
    for (const line of generic) expect(JSON.stringify(line.body), line.id).toMatch(/"\.\.\."|^"?"?$/);
  });

  test.each(corpus)('$id ($endpoint)', (line) => {
    const diagnosis = top(corpusExchange(line), requestFor(grantOf(line.grant)));
    expect(diagnosis?.id).toBe(line.expect);
    expect(diagnosis?.title.length).toBeGreaterThan(5);
    expect(diagnosis?.cause.length).toBeGreaterThan(20);
    expect(diagnosis?.fix.length).toBeGreaterThan(0);
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
    ['Rate limit reached', 'Access Denied', 429, 'auth0.rate-limited'],
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

describe('wordings the corpus does not have, from each endpoint, reach the condition', () => {
  test.each([
    [
      'GET /userinfo',
      401,
      '',
      { 'www-authenticate': 'Bearer realm="Users", error="invalid_token"' },
      'auth0.userinfo-token-invalid',
    ],
    [
      'POST /oauth/token',
      403,
      { error: 'access_denied', error_description: 'Reuse of refresh token detected' },
      {},
      'auth0.invalid-refresh-token',
    ],
    [
      'POST /oauth/token',
      403,
      { error: 'invalid_grant', error_description: 'The authorization code has expired' },
      {},
      'auth0.invalid-authorization-code',
    ],
    [
      'POST /oauth/token',
      400,
      { error: 'invalid_grant', error_description: 'Parameter code_verifier is required' },
      {},
      'auth0.pkce-verifier',
    ],
    [
      'POST /oauth/token',
      401,
      { error: 'invalid_client', error_description: 'client_assertion has expired' },
      {},
      'auth0.client-assertion',
    ],
    [
      'POST /oauth/token',
      401,
      { error: 'invalid_client', error_description: 'No public key registered for kid abc' },
      {},
      'auth0.client-assertion-key',
    ],
    [
      'POST /oauth/token',
      401,
      { error: 'invalid_client', error_description: 'The client certificate is missing' },
      {},
      'auth0.mtls-certificate',
    ],
    [
      'GET /authorize',
      400,
      'https://app.example/cb?error=invalid_request&error_description=Pushed%20Authorization%20Requests%20are%20required%20by%20the%20configured%20compliance%20level',
      {},
      'auth0.par-required',
    ],
    [
      'POST /oauth/par',
      400,
      { error: 'invalid_request_object', error_description: 'Request object signature invalid' },
      {},
      'auth0.request-object',
    ],
    [
      'GET /authorize',
      undefined,
      'error=invalid_request&error_description=Invalid+request_uri',
      {},
      'auth0.par-request-uri',
    ],
    [
      'POST /passwordless/start',
      400,
      { error: 'bad.send', error_description: 'send must be code or link' },
      {},
      'auth0.passwordless-parameter',
    ],
    [
      'POST /mfa/associate',
      401,
      { error: 'invalid_token', error_description: 'The mfa_token is expired' },
      {},
      'auth0.mfa-token-invalid',
    ],
    [
      'POST /mfa/challenge',
      403,
      { error: 'unsupported_challenge_type', error_description: 'The user is already enrolled' },
      {},
      'auth0.mfa-already-enrolled',
    ],
    [
      'POST /oauth/revoke',
      400,
      { error: 'unsupported_token_type', error_description: 'Only refresh tokens can be revoked' },
      {},
      'auth0.revoke-token-type',
    ],
    [
      'POST /bc-authorize',
      400,
      { error: 'invalid_request', error_description: 'binding_message contains invalid characters' },
      {},
      'auth0.ciba-binding-message',
    ],
    [
      'Management API /api/v2/roles',
      404,
      { statusCode: 404, error: 'Not Found', message: 'The role does not exist.', errorCode: 'inexistent_role' },
      {},
      'auth0.management-api-not-found',
    ],
    [
      'Management API /api/v2/users',
      401,
      { statusCode: 401, error: 'Unauthorized', message: 'Bad audience: https://x/userinfo' },
      {},
      'auth0.management-api-token-invalid',
    ],
    [
      'POST /oauth/token',
      500,
      { error: 'server_error', error_description: "TypeError: Cannot read properties of undefined (reading 'email')" },
      {},
      'auth0.extensibility-error',
    ],
    [
      'POST /oauth/token',
      400,
      { error: 'invalid_request', error_description: 'Script execution time exceeded' },
      {},
      'auth0.extensibility-timeout',
    ],
    [
      'POST /oauth/token',
      400,
      { error: 'invalid_request', error_description: 'Error from the Login script: callback is not a function' },
      {},
      'auth0.extensibility-error',
    ],
    [
      'GET /authorize',
      undefined,
      { error: 'access_denied', error_description: 'Only employees can log in' },
      {},
      'auth0.access-denied',
    ],
    [
      'POST /dbconnections/signup',
      400,
      {
        name: 'BadRequestError',
        code: 'invalid_password',
        description: { rules: [] },
        message: 'Password is too weak',
        statusCode: 400,
      },
      {},
      'auth0.password-too-weak',
    ],
    ['Resource server', 401, '', { 'www-authenticate': 'Bearer realm="api"' }, 'auth0.api-token-missing'],
    [
      'GET /authorize',
      400,
      '<!DOCTYPE html><html><head><title>Error</title></head><body><p>TECHNICAL DETAILS</p><p>invalid_request: Unknown client: abc123</p><p>Tracking ID: 7fa4c1e2b3d4a5f6e7d8</p></body></html>',
      {},
      'auth0.unknown-client',
    ],
    ['GET /tokeninfo', 401, { error: 'invalid_token', error_description: 'jwt expired' }, {}, 'auth0.legacy-id-token'],
    [
      'POST /oauth/token',
      undefined,
      'Client is not authorized to access \\"https://t.eu.auth0.com/api/v2/\\"',
      {},
      'auth0.client-not-authorized-for-api',
    ],
    [
      'POST /passwordless/start',
      400,
      {
        statusCode: 400,
        error: 'Bad Request',
        message: "Payload validation error: 'Expected type string but found type null' on property connection",
        errorCode: 'invalid_body',
      },
      {},
      'auth0.request-payload',
    ],
    [
      'POST /oauth/token',
      400,
      { error: 'invalid_request', error_description: 'The refresh_token parameter is required' },
      {},
      'auth0.missing-parameter',
    ],
  ] as [string, number | undefined, unknown, Record<string, string>, string][])(
    '%s %s %j',
    (endpoint, status, body, headers, id) => {
      expect(top(corpusExchange({ endpoint, status, body, headers }))?.id).toBe(id);
    },
  );
});

describe('anything unknown falls back to a generic diagnosis', () => {
  test.each([
    [418, "I'm a teapot", 'generic.http-status'],
    [404, '<!DOCTYPE html><html><body>Not Found</body></html>', 'generic.not-found'],
    [502, '<html><body>Bad gateway</body></html>', 'generic.html'],
    [500, 'upstream connect error', 'generic.server-error'],
    [401, '', 'generic.unauthorized'],
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

test('an entry is found in two hops: its texts are in the file of the same name as its data', () => {
  expect(Object.keys(textsByArea).sort()).toEqual(Object.keys(areas).sort());
  for (const [area, entries] of Object.entries(areas)) {
    expect(Object.keys(textsByArea[area] ?? {}).sort(), area).toEqual(entries.map((entry) => entry.id).sort());
  }
});

describe('errors pasted with what surrounds them (tests/fixtures/pastes/errors-in-prose.jsonl)', () => {
  // Issue threads' words, SDK stack traces, CLI and server logs: pasted whole, with the endpoint chosen when the
  // paste does not say it. Each reaches the entry of its real cause.
  const pastes: { id: string; text: string; endpoint: string; grant?: string; expect: string }[] = readFileSync(
    'tests/fixtures/pastes/errors-in-prose.jsonl',
    'utf8',
  )
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; text: string; endpoint: string; grant?: string; expect: string });

  test('they are at least 30', () => expect(pastes.length).toBeGreaterThanOrEqual(30));

  test.each(pastes)('$id', ({ text, endpoint, grant, expect: id }) => {
    const pasted = parsePastedResponse(text, endpointOfLabel(endpoint));
    if (!pasted.ok) throw new Error(pasted.error.message);
    expect(top(pasted.value, requestFor(grantOf(grant)))?.id).toBe(id);
  });
});

describe('Universal Login’s own page texts reach their condition (tests/fixtures/universal-login.jsonl)', () => {
  // The default English error texts of the login pages (Auth0's docs on customizing text elements), as a person
  // copies them from a /u/ page. Texts that name no condition alone ("Something went wrong") are not listed.
  const texts = readFileSync('tests/fixtures/universal-login.jsonl', 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { key: string; text: string; expect: string });

  test('they are at least 90', () => expect(texts.length).toBeGreaterThanOrEqual(90));

  test.each(texts)('$key: $text', ({ text, expect: id }) => {
    const exchange: Exchange = { ...httpExchange(text), endpoint: { path: '/authorize', source: 'chosen' } };
    expect(top(exchange)?.id).toBe(id);
  });
});

describe('a wrapper’s line does not outweigh the answer inside it', () => {
  test.each([
    [
      "AxiosError: Request failed with status code 403\nresponse data: Grant type 'client_credentials' not allowed for the client.",
      'auth0.grant-not-allowed',
    ],
    [
      'Error: Unauthorized\n  body: Client is not authorized to access "https://api". You need to create a "client-grant" associated to this API.',
      'auth0.client-not-authorized-for-api',
    ],
    [
      'Error: Request failed with status code 401\n{"error":"access_denied","error_description":"Service not enabled within domain: https://api"}',
      'auth0.service-not-found',
    ],
  ])('%s', (text, id) => {
    expect(top(httpExchange(text, undefined))?.id).toBe(id);
  });

  test('curl that would not trust the certificate shown for the tenant is TLS inspection, not an unreachable tenant', () => {
    const pasted = parsePastedResponse(
      'curl: (60) SSL certificate problem: unable to get local issuer certificate\nMore details here: https://curl.se/docs/sslcerts.html',
    );
    expect(pasted.ok && top(pasted.value)?.id).toBe('auth0.tls-trust');
  });

  test('Auth0’s error page that shows its details is their condition, not a page without details', () => {
    const page =
      "Oops!, something went wrong\nThere could be a misconfiguration in the system or a service outage.\nunauthorized_client: Client is not authorized for the 'code' response_type\nTRACKING ID: 8b4f";
    expect(top(httpExchange(page, undefined))?.id).toBe('auth0.unauthorized-client');
  });

  // What answered, known from the paste: a token library's error is the person's own API checking a token; a
  // Management API tool named in its output (Terraform's provider, the Deploy CLI) says the Management API answered.
  const library = { path: 'api', source: 'library' };
  const tool = { path: '/api/v2', source: 'tool' };
  test.each([
    [
      'JsonWebTokenError: secretOrPublicKey must be an asymmetric key when using RS256',
      library,
      'auth0.token-alg-mismatch',
    ],
    ['jwt.exceptions.InvalidAudienceError: Invalid audience', library, 'auth0.api-audience-mismatch'],
    [
      'Microsoft.IdentityModel.Tokens.SecurityTokenInvalidAudienceException: IDX10214: Audience validation failed.',
      library,
      'auth0.api-audience-mismatch',
    ],
    ['NotBeforeError: jwt not active', library, 'auth0.id-token-time'],
    [
      'Error: 401 Unauthorized: Invalid token\n\n  with provider["registry.terraform.io/auth0/auth0"],',
      tool,
      'auth0.management-api-token-invalid',
    ],
    [
      "error: Problem running command import during stage processChanges when processing type clients\nerror: Payload validation error: 'Additional properties not allowed: signing_keys' on property #/ (Client)",
      tool,
      'auth0.management-api-payload',
    ],
  ])('the paste says what answered: %s', (text, endpoint, id) => {
    const pasted = parsePastedResponse(text);
    expect(pasted.ok && pasted.value.endpoint).toEqual(endpoint);
    expect(pasted.ok && top(pasted.value)?.id).toBe(id);
  });

  test.each([
    [
      'a FastAPI answer’s detail, before the curl the person quoted',
      'keep getting a 403 error: {"detail":"Invalid issuer"}\n\ncurl -X GET http://127.0.0.1:8000/api/private -H "Authorization: Bearer x"\n\nthe .env file:\nAUTH0_ISSUER = https://x.auth0.com',
      'auth0.api-issuer-mismatch',
    ],
    [
      'an app’s own TypeError in its log, not the tenant’s code',
      "the decoder threw `TypeError: Cannot read property 'getPublicKey' of undefined` for some requests\n\nclient.getSigningKey(header.kid, cb)",
      'not auth0.extensibility-error',
    ],
    [
      'a superagent cross-domain error: the browser refused the token request',
      'Here is err:\n{ "crossDomain": true, "method": "POST", "url": "https://x.auth0.com/oauth/token" }',
      'network.cors-blocked',
    ],
    [
      'Linux handing the callback to another program',
      'gvfs-open: myapp://x.auth0.com/electron/myapp/callback?code=abc&state=xyz',
      'auth0.callback-not-captured',
    ],
  ])('%s', (_, text, id) => {
    const pasted = parsePastedResponse(text);
    const got = pasted.ok ? top(pasted.value)?.id : undefined;
    if (id.startsWith('not ')) expect(got).not.toBe(id.slice(4));
    else expect(got).toBe(id);
  });

  test('a tool’s own part in the fix: pin or exclude, with its own words for it', () => {
    const pasted = parsePastedResponse(
      'error: Problem running command export during stage load when processing type customDomains\nerror: The account is not allowed to perform this operation, please contact our support team',
    );
    const diagnosis = pasted.ok ? top(pasted.value) : undefined;
    expect(diagnosis?.id).toBe('auth0.management-api-plan');
    expect(diagnosis?.fix.join(' ')).toMatch(/the Deploy CLI made this call/i);
    expect(diagnosis?.fix.join(' ')).toContain('AUTH0_EXCLUDED');
  });

  test.each([
    'Error: error:0909006C:PEM routines:get_name:no start line',
    'TypeError: "pkcs8" must be PKCS#8 formatted string',
  ])('a key that is no PEM key: %s', (text) => {
    expect(top(httpExchange(text, undefined))?.id).toBe('auth0.key-format');
  });

  test('jwt-decode handed a token with no payload part: an opaque token, not /userinfo’s refusal', () => {
    const text = 'InvalidTokenError: Invalid token specified: missing part #2';
    expect(top(httpExchange(text, undefined))?.id).toBe('auth0.opaque-access-token');
  });

  test('an API’s own check of a token’s aud is not an unknown API of the token request', () => {
    const text = 'UnauthorizedError: jwt audience invalid. expected: https://api.example.com';
    expect(top(httpExchange(text, undefined))?.id).toBe('auth0.api-audience-mismatch');
  });

  test('an app’s own axios call to Auth0 is not axios inside an Action: Auth0’s own code names the condition', () => {
    const text =
      "AxiosError: Request failed with status code 429\n  data: { error: 'too_many_requests', error_description: 'Global limit has been reached' }";
    expect(top(httpExchange(text, undefined))?.id).toMatch(/^auth0\.(?:management-api-)?rate-limit/);
  });

  test.each([
    ['Auth0.Core.Exceptions.ErrorApiException: Unauthorized', 'generic.unauthorized'],
    [
      'Auth0\\SDK\\Exception\\NetworkException: Unable to complete network request: cURL error 6: Could not resolve host: dev-x.us.auth0.com',
      'auth0.network-unreachable',
    ],
    ['Error: "state" mismatch', 'auth0.sdk-state'],
  ])('an SDK’s exception: %s', (text, id) => {
    expect(top(httpExchange(text, undefined))?.id).toBe(id);
  });

  test('a status a client library printed ("401 Client Error: Unauthorized for url") reaches the fallback', () => {
    const diagnosis = top(
      httpExchange(
        'requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: https://t.eu.auth0.com/oauth/token',
        undefined,
      ),
    );
    expect(diagnosis?.id).toBe('generic.unauthorized');
    expect(diagnosis?.evidence).toContain('401');
  });

  test('a successful login in the tenant log is no error code, and a number in prose is no status', () => {
    const success = top(
      httpExchange('{"date":"2025-01-01T00:00:00Z","type":"s","description":"Successful login","log_id":"9"}', 200),
    );
    expect(success?.title).not.toContain('“s”');
    const prose = readAnswer(
      httpExchange('The token expires in 300 Unauthorized requests later, they said.', undefined),
      0,
    );
    expect(prose.facts.status).toBeUndefined();
  });
});

describe('the diagnosis’s own words follow what the answer says', () => {
  const words = (status: number | undefined, body: unknown, grant?: string, params: [string, string][] = []) => {
    const found = top(exchangeOf(status, body), requestFor(grant, params));
    return `${found?.title ?? ''}\n${found?.cause ?? ''}\n${(found?.fix ?? []).join('\n')}`;
  };

  test.each([
    [
      'a Rule that threw on a missing setting: its settings, not a denial',
      {
        error: 'access_denied',
        error_description: 'The "config.server" property is required and must be of type string.',
      },
      /Rule or Action of this tenant failed[\s\S]*Rules > Settings/,
    ],
    [
      'a reason a person wrote: a denial, and how to show it',
      { error: 'access_denied', error_description: 'No thanks!' },
      /Access denied by a rule[\s\S]*api\.access\.deny[\s\S]*error_description from the callback/,
    ],
    [
      'extensibility_error with a reason, not an exception: a deliberate refusal',
      { error: 'extensibility_error', error_description: 'USER_ACCOUNT_NOT_ACTIVE' },
      /An Action refused this with its own reason/,
    ],
    [
      'extensibility_error with an exception: a crash',
      {
        error: 'extensibility_error',
        error_description: "TypeError: Cannot read properties of undefined (reading 'id')",
      },
      /Your own code failed/,
    ],
    [
      'a Rule requiring a pinned module version',
      { error: 'access_denied', error_description: "Cannot find module 'request@2.56.0'" },
      /require\('request@2\.56\.0'\) pins a version/,
    ],
    [
      'the binding code the user received',
      { error: 'invalid_request', error_description: 'binding_code is required' },
      /received by SMS, voice or email/,
    ],
    [
      'Express’s own 404 page: the path it was asked for, quoted',
      'Cannot GET /.well-known/jwks.json',
      /“Cannot GET \/\.well-known\/jwks\.json” is what an Express/,
    ],
    [
      'an Entra code with a known fix',
      'AADSTS50020: User account from identity provider does not exist in tenant and cannot access the application.',
      /AADSTS50020[\s\S]*multi-tenant/,
    ],
  ])('%s', (_, body, expected) => {
    expect(words(undefined, body)).toMatch(expected);
  });

  test.each([
    [
      'a CLI’s loopback callback on a random port: a fixed port',
      {
        error: 'unauthorized_client',
        error_description:
          'Callback URL mismatch. http://127.0.0.1:62294/callback is not in the list of allowed callback URLs',
      },
      /sent http:\/\/127\.0\.0\.1:62294\/callback[\s\S]*Listen on a fixed port/,
    ],
    [
      'an http callback from a public host: the proxy ends TLS',
      {
        error: 'unauthorized_client',
        error_description:
          'Callback URL mismatch. http://app.example.com/callback is not in the list of allowed callback URLs',
      },
      /behind a proxy or load balancer/,
    ],
    [
      'a Python traceback reading the ID token: ask for openid',
      `Traceback (most recent call last):\n  File "/srv/app/venv/lib/python3.12/site-packages/authlib/integrations/flask_client/apps.py", line 99, in authorize_access_token\nKeyError: 'id_token'`,
      /Your application crashed[\s\S]*openid/,
    ],
    [
      'a browser TypeError through the app’s bundle, reading a profile field: a custom claim',
      "Uncaught (in promise) TypeError: Cannot read properties of undefined (reading 'user_metadata')\n    at Profile (webpack-internal:///./src/Profile.tsx:12:31)",
      /Your application crashed[\s\S]*namespaced custom claim/,
    ],
    [
      'a .NET NullReferenceException: the app, never the tenant',
      'System.NullReferenceException: Object reference not set to an instance of an object.\n   at MyApp.Startup.OnTokenValidated(TokenValidatedContext context) in C:\\src\\MyApp\\Startup.cs:line 71',
      /Your application crashed[\s\S]*first frame of your own code/,
    ],
  ])('%s', (_, body, expected) => {
    expect(words(undefined, body)).toMatch(expected);
  });

  test.each([
    [
      'the same TypeError inside an Auth0 answer',
      { error: 'server_error', error_description: "TypeError: Cannot read properties of undefined (reading 'roles')" },
    ],
    [
      'an SDK passing the tenant code’s words on',
      "utils.ts:290 Uncaught (in promise) Error: Cannot read property 'methods' of undefined\n    at utils.ts:290",
    ],
    [
      'a trace through Auth0’s sandbox',
      "TypeError: Cannot read property 'x' of undefined\n    at /data/_verquire/auth0-authz/node_modules/lib/rule.js:10:5",
    ],
  ])('%s is the tenant’s code', (_, body) => {
    expect(top(exchangeOf(undefined, body))?.id).toBe('auth0.extensibility-error');
  });

  test.each([
    ['jwt expired', /The token expired: get a new one/],
    ['The access token is not yet valid', /not valid yet \(nbf or iat in the future\)/],
    ['Invalid Compact JWS', /not a JWT for this API/],
  ])('an API’s refusal “%s” leads with what it says', (said, expected) => {
    const exchange: Exchange = {
      ...exchangeOf(401, { error: 'invalid_token', error_description: said }),
      endpoint: { path: 'api', source: 'chosen' },
    };
    const found = top(exchange);
    expect(found?.id).toBe('auth0.api-token-invalid');
    expect(found?.fix[0]).toMatch(expected);
  });

  test('OpenID scopes in a client credentials request: remove them, before granting anything', () => {
    const text = words(
      403,
      { error: 'access_denied', error_description: 'Client has not been granted scopes: openid email' },
      'client_credentials',
      [['scope', 'openid email']],
    );
    expect(text).toMatch(/Remove openid, profile, email and offline_access[\s\S]*tick the missing API permissions/);
    const api = words(403, {
      error: 'access_denied',
      error_description: 'Client has not been granted scopes: read:orders',
    });
    expect(api).not.toMatch(/Remove openid/);
  });
});
