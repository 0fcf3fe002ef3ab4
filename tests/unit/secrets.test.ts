import { describe, expect, test } from 'vitest';
import { maskSecrets } from '../../src/lib/request/build';
import { curlForScreen } from '../../src/lib/request/curl-export';
import { fieldNames, secretFields } from '../../src/lib/request/fields';
import { emptyFields, emptyForm } from '../../src/lib/request/form';
import { validateForm } from '../../src/lib/request/validate';
import { parseFragment } from '../../src/lib/prefill/fragment';
import { prefillKeys, shareFragment } from '../../src/lib/prefill/link';
import { isSecretName } from '../../src/lib/secrets/names';
import { credentialsIn, redactText } from '../../src/lib/secrets/shapes';

const R = '[redacted]';

describe('isSecretName: one list of what is secret', () => {
  test('the form’s secret fields are exactly the credential-bearing ones', () => {
    expect([...secretFields].sort()).toEqual(
      [
        'client_secret',
        'client_assertion',
        'auth_req_id',
        'password',
        'refresh_token',
        'code',
        'code_verifier',
        'otp',
        'mfa_token',
        'oob_code',
        'binding_code',
        'recovery_code',
        'device_code',
        'subject_token',
      ].sort(),
    );
    expect(fieldNames.filter((name) => !secretFields.has(name))).toEqual([
      'client_id',
      'audience',
      'scope',
      'username',
      'realm',
      'redirect_uri',
      'subject_token_type',
    ]);
  });

  test.each([
    // Extra parameters people type.
    ['client_assertion', true],
    ['actor_token', true],
    ['subject_token', true],
    ['auth_req_id', true],
    ['id_token_hint', true],
    ['login_hint_token', true],
    ['assertion', true],
    ['private_key', true],
    ['privateKeyPem', true],
    ['my_app_secret', true],
    ['db_password', true],
    ['clientSecret', true],
    ['x-api-key', true],
    ['apiKey', true],
    ['binding_code', true],
    ['user_code', true],
    // Response members.
    ['access_token', true],
    ['id_token', true],
    ['refresh_token', true],
    ['mfa_token', true],
    ['recovery_code', true],
    ['device_code', true],
    ['verification_uri_complete', true],
    ['barcode_uri', true],
    ['secret', true],
    // Headers.
    ['Authorization', true],
    ['proxy-authorization', true],
    ['Cookie', true],
    ['set-cookie', true],
    ['DPoP', true],
    ['x-auth-token', true],
    // Public, although a secret word is in some of them.
    ['token_type', false],
    ['subject_token_type', false],
    ['actor_token_type', false],
    ['requested_token_type', false],
    ['issued_token_type', false],
    ['client_assertion_type', false],
    ['token_type_hint', false],
    ['refresh_token_expires_in', false],
    ['token_endpoint', false],
    ['token_endpoint_auth_method', false],
    ['id_token_signing_alg_values_supported', false],
    ['client_id', false],
    ['username', false],
    ['audience', false],
    ['scope', false],
    ['redirect_uri', false],
    ['grant_type', false],
    ['organization', false],
    ['connection', false],
    ['error', false],
    ['error_description', false],
    ['expires_in', false],
    ['content-type', false],
    ['www-authenticate', false],
    ['code_challenge_method', false],
    ['errorCode', false],
  ])('%s → %s, in a form body, in JSON and as a header line alike', (name, secret) => {
    expect(isSecretName(name)).toBe(secret);
    for (const text of [`a=1&${name}=VALUE-9x&b=2`, `{"${name}": "VALUE-9x"}`, `> ${name}: VALUE-9x`])
      expect(redactText(text, R)).toBe(secret ? text.replace('VALUE-9x', R) : text);
  });

  test('no key of a shared link is a secret', () => {
    expect(prefillKeys.filter(isSecretName)).toEqual([]);
  });
});

describe('redactText: credentials in pasted text', () => {
  test.each([
    [
      'curl -i with a Basic header and a refresh token, and its answer',
      `$ curl -i https://t.us.auth0.com/oauth/token -H 'authorization: Basic Y2lkOnNlY3JldC12YWx1ZQ==' -d 'grant_type=refresh_token&refresh_token=v1.OLDREFRESH' \nHTTP/2 200\ncontent-type: application/json\n\n{"access_token":"eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln","refresh_token":"v1.NEWREFRESH","token_type":"Bearer","expires_in":86400}`,
      `$ curl -i https://t.us.auth0.com/oauth/token -H 'authorization: Basic ${R}' -d 'grant_type=refresh_token&refresh_token=${R}' \nHTTP/2 200\ncontent-type: application/json\n\n{"access_token":"${R}","refresh_token":"${R}","token_type":"Bearer","expires_in":86400}`,
    ],
    [
      'curl -v request and response lines',
      '> POST /oauth/token HTTP/2\n> authorization: Basic Y2lkOnNlY3JldA==\n> Cookie: did=s%3Av0%3Aabc\n< HTTP/2 401\n< set-cookie: did=XYZ; Path=/\n< content-type: application/json',
      `> POST /oauth/token HTTP/2\n> authorization: Basic ${R}\n> Cookie: ${R}\n< HTTP/2 401\n< set-cookie: ${R}\n< content-type: application/json`,
    ],
    [
      'curl credential options',
      "curl -u myclient:S3cret https://x --user=id:pw1234 -su 'a:b c' --oauth2-bearer tok123 -b did=1 --user nocolon",
      `curl -u myclient:${R} https://x --user=id:${R} -su 'a:${R}' --oauth2-bearer ${R} -b ${R} --user nocolon`,
    ],
    [
      'a redirect URL with a code, and a fragment with tokens',
      'https://app.example.com/cb?code=AUTHCODE9876&state=xyz#access_token=OPAQUE&id_token=eyJa.eyJb.c&token_type=Bearer',
      `https://app.example.com/cb?code=${R}&state=xyz#access_token=${R}&id_token=${R}&token_type=Bearer`,
    ],
    [
      'form bodies and JSON bodies of a command line',
      `-d client_secret=abc%2B12 --data-urlencode 'password=hunter2' --json '{"client_assertion":"eyJh.eyJp.sg","client_assertion_type":"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"}'`,
      `-d client_secret=${R} --data-urlencode 'password=${R}' --json '{"client_assertion":"${R}","client_assertion_type":"urn:ietf:params:oauth:client-assertion-type:jwt-bearer"}'`,
    ],
    [
      'a JavaScript object in a console message, and escaped JSON',
      `{ access_token: 'abcdefgh', "password": 'p w', refresh_token: "abc123" } {\\"refresh_token\\":\\"ESCAPED\\",\\"scope\\":\\"openid\\"}`,
      `{ access_token: '${R}', "password": '${R}', refresh_token: "${R}" } {\\"refresh_token\\":\\"${R}\\",\\"scope\\":\\"openid\\"}`,
    ],
    [
      'headers of a raw request',
      'x-api-key: KEY1234567\nAuthorization: Bearer opaqueBEARER1\nDPoP: eyJ0eXAiOiJkcG9wK2p3dCJ9.eyJ.x\nAccept: */*',
      `x-api-key: ${R}\nAuthorization: Bearer ${R}\nDPoP: ${R}\nAccept: */*`,
    ],
    [
      'JSON numbers are redacted, JSON literals are not secrets',
      '"otp": 123456, "mfa_token": null',
      `"otp": ${R}, "mfa_token": null`,
    ],
    [
      'a JWE and a pretty-printed header',
      'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0..aXY.Y3Q.dGFn ewogICJhbGciOiAiUlMyNTYiCn0.e30.c2ln',
      `${R} ${R}`,
    ],
    [
      'a cut-off paste: an unclosed value is still redacted',
      '{"refresh_token":"v1.MRrtCUTOFF',
      `{"refresh_token":"${R}`,
    ],
  ])('%s', (_name, input, expected) => {
    expect(redactText(input, R)).toBe(expected);
  });

  test.each([
    'Invalid authorization code: the code was used. Bearer token missing.',
    'WWW-Authenticate: Bearer realm="auth0", error="invalid_token", error_description="The token expired"',
    "Grant type 'refresh_token' not allowed for the client. Use client_secret_basic: HTTP Basic header.",
    '{"error":"invalid_grant","error_description":"Unknown or invalid refresh token."}',
    'Service not found: https://api.example.com/?audience=x&scope=openid%20profile',
    'token_type=Bearer&expires_in=86400&scope=openid',
  ])('leaves prose and public values alone: %s', (text) => {
    expect(redactText(text, R)).toBe(text);
  });

  test('finds the values it replaces, the secret inside a Basic header and their decoded forms', () => {
    expect(credentialsIn('authorization: Basic Y2lkOnNlY3JldCUyQnZhbHVl\nclient_secret=a%2Bb&code=xyz', R)).toEqual([
      'Y2lkOnNlY3JldCUyQnZhbHVl',
      'secret%2Bvalue',
      'secret+value',
      'a%2Bb',
      'a+b',
      'xyz',
    ]);
  });

  test('known values are replaced anywhere, the longest first; short ones are left', () => {
    expect(redactText('echo SECRETVALUE and SECRET and abc', R, ['SECRET', 'SECRETVALUE', 'abc'])).toBe(
      `echo ${R} and ${R} and abc`,
    );
  });

  // No paste may freeze the tab: each pattern is linear, also on the strings that make a backtracking regex crawl
  // (a quadratic one takes minutes on these). The best of two runs is timed, so a busy machine does not fail it.
  test.each([
    ['name=value pairs without end', 'a=a'.repeat(350_000)],
    ['unclosed quotes', '"a":"'.repeat(200_000)],
    ['backslashes in a quoted value', `"password":"${'\\'.repeat(1_000_000)}`],
    ['long words', 'x'.repeat(1_000_000)],
    ['colons', 'a:'.repeat(500_000)],
    ['header-like lines', 'authorization: x\n'.repeat(60_000)],
    ['JWT starts', 'eyJ.'.repeat(250_000)],
    ['curl options', ' -u '.repeat(250_000)],
    ['curl users', ' -u a:b'.repeat(150_000)],
    ['spaces', ' '.repeat(1_000_000)],
    ['schemes', 'Bearer '.repeat(150_000)],
  ])('1 MB of %s is redacted in linear time (under 1.5 s)', (_name, text) => {
    const timings = [0, 1].map(() => {
      const start = performance.now();
      redactText(text, R, credentialsIn(text, R));
      return performance.now() - start;
    });
    expect(Math.min(...timings)).toBeLessThan(1500);
  });
});

describe('what leaves the form: the curl on screen and the link', () => {
  const form = {
    ...emptyForm(),
    domain: 'dev-x.us.auth0.com',
    grantType: 'authorization_code',
    clientAuth: 'client_secret_basic' as const,
    fields: {
      ...emptyFields(),
      client_id: 'cid',
      client_secret: 'SECRET-client',
      code: 'SECRET-code',
      code_verifier: 'SECRET-verifier',
      username: 'dev@example.com',
    },
    extras: 'client_assertion=SECRET-assertion\nactor_token=SECRET-actor\norganization=org_123',
  };

  test('the on-screen curl masks secret extra parameters too', () => {
    const valid = validateForm(form);
    expect(valid.ok).toBe(true);
    if (!valid.ok) return;
    const shown = curlForScreen(maskSecrets(valid.value));
    expect(shown).not.toMatch(/SECRET/);
    expect(shown).toContain('"organization":"org_123"');
    expect(shown).toContain('"client_assertion":"••••••••","actor_token":"••••••••"');
    expect(shown).toContain("--header 'authorization: Basic ••••••••'");
  });

  test('Copy link carries public fields only, and no credential typed into them', () => {
    expect(shareFragment(form)).toBe(
      'domain=dev-x.us.auth0.com&client_id=cid&grant_type=authorization_code&username=dev%40example.com',
    );
    const fragment = shareFragment({
      ...form,
      domain: 'https://id:SECRET-pw@dev-x.us.auth0.com/authorize?code=SECRET-code#access_token=x',
      fields: { ...form.fields, audience: 'eyJhbGciOiJIUzI1NiJ9.eyJ4IjoxfQ.sig' },
    });
    expect(fragment).not.toMatch(/SECRET|eyJ/);
    expect(parseFragment(`#${fragment}`).fields.domain).toBe('https://dev-x.us.auth0.com/authorize');
  });

  test('a link never fills a secret, whatever its name', () => {
    const prefill = parseFragment(
      '#domain=dev-x.us.auth0.com&client_assertion=S1&actor_token=S2&my_secret=S3&access_token=S4&api_key=S5',
    );
    expect(JSON.stringify(prefill)).not.toMatch(/S[1-5]/);
    expect(prefill.cleanedHash).toBe('#domain=dev-x.us.auth0.com');
  });
});
