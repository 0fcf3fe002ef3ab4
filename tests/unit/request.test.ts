import { describe, expect, test } from 'vitest';
import { buildHttpRequest, maskSecrets } from '../../src/lib/request/build';
import { curlForScreen, shellQuote, toCurl } from '../../src/lib/request/curl-export';
import { importCurl } from '../../src/lib/request/curl-import';
import { emptyFields, emptyForm, type RequestForm } from '../../src/lib/request/form';
import { validateForm } from '../../src/lib/request/validate';
import { grants } from '../../src/lib/request/grants';
import { shellWords } from '../../src/lib/request/shell-words';
import cases from '../fixtures/requests.json';

interface RequestCase {
  name: string;
  form: Partial<Omit<RequestForm, 'fields'>> & { fields: Record<string, string> };
  http?: { url: string; headers: [string, string][]; body: string };
  issues?: string[];
}

const toForm = (input: RequestCase['form']): RequestForm => ({
  ...emptyForm(),
  ...input,
  fields: { ...emptyFields(), ...input.fields },
});

describe('validateForm and buildHttpRequest', () => {
  test.each(cases as RequestCase[])('$name', (fixture) => {
    const result = validateForm(toForm(fixture.form));
    if (fixture.issues) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(
        result.error.map((issue) =>
          fixture.issues?.includes(issue.field) ? issue.field : `${issue.field}: ${issue.message}`,
        ),
      ).toEqual(fixture.issues);
      return;
    }
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(buildHttpRequest(result.value)).toEqual({ method: 'POST', ...fixture.http });
  });
});

describe('curl export and import', () => {
  const valid = (cases as RequestCase[]).filter((fixture) => fixture.http);

  test.each(valid)('round trip: $name', (fixture) => {
    const form = toForm(fixture.form);
    const request = validateForm(form);
    if (!request.ok) throw new Error('fixture should be valid');
    const imported = importCurl(toCurl(buildHttpRequest(request.value)));
    if (!imported.ok) throw new Error(imported.error);
    const again = validateForm(imported.value.form);
    expect(again.ok && buildHttpRequest(again.value)).toEqual(buildHttpRequest(request.value));
    expect(imported.value.form.clientAuth).toBe(form.clientAuth);
    expect(imported.value.form.encoding).toBe(form.encoding);
    expect(imported.value.form.grantType).toBe(form.grantType);
  });

  test('the curl runs in bash as is: quotes inside values survive', () => {
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(shellWords(`curl --data ${shellQuote(`{"a":"it's $HOME \`x\`"}`)}`)).toEqual({
      ok: true,
      value: ['curl', '--data', `{"a":"it's $HOME \`x\`"}`],
    });
  });

  test('the curl on screen hides every secret, Basic included', () => {
    const request = validateForm(toForm((cases as RequestCase[])[1]?.form ?? { fields: {} }));
    if (!request.ok) throw new Error('fixture should be valid');
    const shown = curlForScreen(maskSecrets(request.value));
    expect(shown).not.toContain('s3cr');
    expect(shown).not.toContain('YWJj');
    expect(shown).toContain("--header 'authorization: Basic ••••••••'");
  });

  test('the seed’s curl from the memo imports completely', () => {
    const imported = importCurl(`curl --request POST \\
  --url https://YOUR_DOMAIN/oauth/token \\
  --header 'content-type: application/json' \\
  --data '{"grant_type":"password","username": "YOUR_USERNAME","password": "YOUR_PASSWORD","audience": "YOUR_API_IDENTIFIER","client_id": "YOUR_CLIENT_ID","client_secret": "YOUR_CLIENT_SECRET"}'`);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    const { form, notes } = imported.value;
    expect(form).toMatchObject({
      // Placeholders are kept as written, so Send can name them.
      domain: 'https://YOUR_DOMAIN',
      grantType: 'password',
      clientAuth: 'client_secret_post',
      encoding: 'json',
      extras: '',
    });
    expect(form.fields).toMatchObject({
      client_id: 'YOUR_CLIENT_ID',
      client_secret: 'YOUR_CLIENT_SECRET',
      username: 'YOUR_USERNAME',
      password: 'YOUR_PASSWORD',
      audience: 'YOUR_API_IDENTIFIER',
    });
    expect(notes).toEqual([
      'Imported 6 parameters.',
      'Where each went: grant_type → Grant type, username → Username, password → Password, audience → Audience, client_id → Client ID, client_secret → Client secret.',
    ]);
    expect(imported.value.placed.map((place) => `${place.name}→${place.field ?? place.to}`)).toEqual([
      'grant_type→grant',
      'username→username',
      'password→password',
      'audience→audience',
      'client_id→client_id',
      'client_secret→client_secret',
    ]);
  });

  test.each([
    {
      name: 'short options, -u and --data-urlencode',
      curl: `curl -sS -XPOST https://t.us.auth0.com/oauth/token -u 'abc:s3cret' --data-urlencode 'grant_type=client_credentials' --data-urlencode "audience=https://api.example.com/"`,
      expect: { grantType: 'client_credentials', clientAuth: 'client_secret_basic', encoding: 'form' },
      fields: { client_id: 'abc', client_secret: 's3cret', audience: 'https://api.example.com/' },
    },
    {
      name: '--json and unknown flags',
      curl: `curl --json '{"grant_type":"refresh_token","client_id":"c","refresh_token":"r"}' --url "https://t.us.auth0.com/oauth/token" --frobnicate`,
      expect: { grantType: 'refresh_token', clientAuth: 'none', encoding: 'json' },
      fields: { client_id: 'c', refresh_token: 'r' },
      note: 'Options this page does not use: --frobnicate.',
    },
    {
      name: 'a Windows cmd curl with ^ continuations and double quotes',
      curl: 'curl --request POST ^\n  --url "https://t.us.auth0.com/oauth/token" ^\n  --header "content-type: application/x-www-form-urlencoded" ^\n  --data "grant_type=password&username=u&password=p&client_id=c&client_secret=s&scope=openid%20profile"',
      expect: { grantType: 'password', clientAuth: 'client_secret_post', encoding: 'form' },
      fields: { username: 'u', password: 'p', scope: 'openid profile' },
    },
  ])('imports $name', ({ curl, expect: form, fields, note }) => {
    const imported = importCurl(curl);
    expect(imported.ok).toBe(true);
    if (!imported.ok) return;
    expect(imported.value.form).toMatchObject(form);
    expect(imported.value.form.fields).toMatchObject(fields);
    if (note) expect(imported.value.notes).toContain(note);
  });

  test.each([
    ['', 'Paste a curl command, e.g. the one from Auth0’s docs or from your terminal.'],
    ['wget https://t/oauth/token', 'This does not start with curl: paste the whole command.'],
    [`curl 'https://t.us.auth0.com/oauth/token`, 'This curl cannot be read: a single quote is never closed.'],
    [
      'curl https://t.us.auth0.com/userinfo -H "authorization: Bearer x"',
      /^This curl calls GET \/userinfo, not \/oauth\/token: \/userinfo reads the user’s profile/,
    ],
    [
      `curl https://t.us.auth0.com/oauth/token -H 'content-type: application/json' -d '{"a":'`,
      /^The body is sent as JSON but does not parse/,
    ],
  ])('refuses %j with a reason', (curl, reason) => {
    const imported = importCurl(curl);
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error).toMatch(reason);
  });
});

test('every grant Auth0 accepts is offered', () => {
  expect(grants.map((grant) => grant.grantType)).toEqual([
    'password',
    'http://auth0.com/oauth/grant-type/password-realm',
    'client_credentials',
    'authorization_code',
    'refresh_token',
    'urn:ietf:params:oauth:grant-type:device_code',
    'urn:openid:params:grant-type:ciba',
    'http://auth0.com/oauth/grant-type/passwordless/otp',
    'http://auth0.com/oauth/grant-type/mfa-otp',
    'http://auth0.com/oauth/grant-type/mfa-oob',
    'http://auth0.com/oauth/grant-type/mfa-recovery-code',
    'urn:ietf:params:oauth:grant-type:token-exchange',
  ]);
});
