import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { buildHttpRequest } from '../../src/lib/request/build';
import { importCurl } from '../../src/lib/request/curl-import';
import { stepEndpointOf, stepGrants } from '../../src/lib/request/curl-steps';
import { assertionType, visibleFields, type RequestForm } from '../../src/lib/request/form';
import { placeholderIssues } from '../../src/lib/request/placeholders';
import { validateForm } from '../../src/lib/request/validate';

interface Snippet {
  id: string;
  curl: string;
  endpoint: string;
  params: Record<string, string>;
  shape: string[];
}

const snippets = readFileSync('tests/fixtures/pastes/curls.jsonl', 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => JSON.parse(line) as Snippet);
const tokenSnippets = snippets.filter((snippet) => snippet.endpoint === '/oauth/token');

/** Snippets that cannot be imported as published, and the reason the import gives. */
const refused: Record<string, RegExp> = {
  'docs-myaccount-l111':
    /^The body is sent as JSON but does not parse: .*near “"audience": "https:\/\/\{yourDomain\}\/me\/" "auth_session/,
  'docs-configure-implement-native-to-web-l234':
    /^The body is sent as JSON but does not parse: .*"client_id":\{yourClientId\}"/,
  'gh-data-file': /reads its body from the file data2\.json, which this page cannot open/,
};

/** A value as the snippet's author wrote it, and as the tenant reads it (form values are percent-decoded). */
function same(ours: string | undefined, theirs: string): boolean {
  if (ours === undefined) return false;
  if (ours === theirs) return true;
  try {
    if (ours === decodeURIComponent(theirs.replaceAll('+', ' '))) return true;
  } catch {
    // Not percent-encoded.
  }
  try {
    return JSON.stringify(JSON.parse(ours)) === JSON.stringify(JSON.parse(theirs));
  } catch {
    return ours === theirs.replace(/\s*\n\s*/g, ' ');
  }
}

/** Every parameter the form holds, by wire name: grant, the fields shown, the assertion's type, the extras. */
function formParams(form: RequestForm, hadGrant: boolean): Record<string, string> {
  const params: Record<string, string> = hadGrant ? { grant_type: form.grantType } : {};
  for (const name of visibleFields(form)) if (form.fields[name] !== '') params[name] = form.fields[name];
  if (form.clientAuth === 'private_key_jwt') params.client_assertion_type = assertionType;
  for (const line of form.extras.split('\n').filter(Boolean)) {
    const at = line.indexOf('=');
    params[line.slice(0, at)] = line.slice(at + 1);
  }
  return params;
}

/** The parameters of the request the page would send (its curl): the body, and the Basic header's pair. */
function sentParams(form: RequestForm): Record<string, string> | undefined {
  const draft = validateForm(form, { draft: true });
  if (!draft.ok) return undefined;
  const http = buildHttpRequest(draft.value);
  const json = http.headers.some(([, value]) => value === 'application/json');
  const params: Record<string, string> = json
    ? Object.fromEntries(Object.entries(JSON.parse(http.body ?? '{}') as Record<string, string>))
    : Object.fromEntries(new URLSearchParams(http.body ?? ''));
  if (http.headers.some(([name]) => name === 'authorization')) {
    params.client_id = form.fields.client_id;
    params.client_secret = form.fields.client_secret;
  }
  return params;
}

describe('134 real curl snippets (tests/fixtures/pastes/curls.jsonl)', () => {
  test.each(tokenSnippets.filter((snippet) => !refused[snippet.id]))(
    'imports $id with every parameter kept',
    (snippet) => {
      const imported = importCurl(snippet.curl);
      if (!imported.ok) throw new Error(imported.error);
      const { form, notes } = imported.value;
      const held = formParams(form, 'grant_type' in snippet.params);
      for (const [name, value] of Object.entries(snippet.params)) {
        expect(same(held[name], value), `${name}: ${held[name]} for ${value}`).toBe(true);
      }
      expect(Object.keys(held).filter((name) => !(name in snippet.params))).toEqual([]);
      // Every parameter is accounted for in the notes' count.
      expect(notes[0]).toMatch(/^Imported \d+ parameters?\./);
      // What the page would send (its curl) carries the same parameters, when the form holds all it needs.
      const sent = sentParams(form);
      if (sent) {
        expect(Object.keys(sent).sort()).toEqual(Object.keys(snippet.params).sort());
        for (const [name, value] of Object.entries(snippet.params)) expect(same(sent[name], value)).toBe(true);
      }
    },
  );

  test.each(Object.entries(refused))('refuses %s with the reason', (id, reason) => {
    const snippet = snippets.find((candidate) => candidate.id === id);
    const imported = importCurl(snippet?.curl ?? '');
    expect(imported.ok).toBe(false);
    if (!imported.ok) expect(imported.error).toMatch(reason);
  });

  test.each(snippets.filter((snippet) => stepEndpointOf(snippet.endpoint)))(
    'a step before the token request ($id, $endpoint): the form is set to its grant, the step gets its values',
    ({ curl, endpoint }) => {
      const imported = importCurl(curl);
      if (!imported.ok) throw new Error(imported.error);
      const step = stepEndpointOf(endpoint);
      expect(imported.value.step?.endpoint).toBe(step);
      expect(imported.value.form.grantType).toBe(step && stepGrants[step]);
      expect(imported.value.notes[0]).toContain(`the step before the token request (${endpoint})`);
      expect(imported.value.placed.map((place) => place.name)).not.toContain('grant_type');
    },
  );

  test.each(snippets.filter((snippet) => snippet.endpoint !== '/oauth/token' && !stepEndpointOf(snippet.endpoint)))(
    'says which endpoint $id calls, and fills nothing',
    ({ curl, endpoint }) => {
      const imported = importCurl(curl);
      expect(imported.ok).toBe(false);
      if (imported.ok) return;
      expect(imported.error).toContain(`calls `);
      expect(imported.error).toContain(`${endpoint}`);
      expect(imported.error).toContain('This page sends only POST /oauth/token today');
    },
  );

  test('the page’s curl can be shown for most of them, placeholders and all', () => {
    const shown = tokenSnippets.filter((snippet) => {
      const imported = importCurl(snippet.curl);
      return imported.ok && sentParams(imported.value.form) !== undefined;
    });
    expect(shown.length).toBeGreaterThanOrEqual(85);
  });
});

describe('placeholders from the docs are named, wherever they are', () => {
  test('the seed’s curl: every YOUR_* placeholder, the domain first', () => {
    const imported = importCurl(`curl --request POST \\
  --url https://YOUR_DOMAIN/oauth/token \\
  --header 'content-type: application/json' \\
  --data '{"grant_type":"password","username": "YOUR_USERNAME","password": "YOUR_PASSWORD","audience": "YOUR_API_IDENTIFIER","client_id": "YOUR_CLIENT_ID","client_secret": "YOUR_CLIENT_SECRET"}'`);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.form.domain).toBe('https://YOUR_DOMAIN');
    expect(placeholderIssues(imported.value.form).map((issue) => [issue.field, issue.placeholder])).toEqual([
      ['domain', 'YOUR_DOMAIN'],
      ['client_id', 'YOUR_CLIENT_ID'],
      ['client_secret', 'YOUR_CLIENT_SECRET'],
      ['username', 'YOUR_USERNAME'],
      ['password', 'YOUR_PASSWORD'],
      ['audience', 'YOUR_API_IDENTIFIER'],
    ]);
  });

  test.each([
    ['https://{yourDomain}', '{yourDomain}'],
    ['https://<YOUR_DOMAIN>', '<YOUR_DOMAIN>'],
    ['https://$tenant.auth0.com', '$tenant'],
    ['${TENANT}', '${TENANT}'],
    ['https://{{companyname}}.auth0.com', '{{companyname}}'],
    ['[TENANT_DOMAIN]', '[TENANT_DOMAIN]'],
    ['https://TENANT_DOMAIN', 'TENANT_DOMAIN'],
    ['your-tenant.auth0.com', 'your-tenant'],
    ['dev-abc123.us.auth0.com', undefined],
  ])('domain %s', (domain, placeholder) => {
    const form = importCurl(`curl https://x.us.auth0.com/oauth/token -d grant_type=client_credentials`);
    if (!form.ok) throw new Error(form.error);
    const issues = placeholderIssues({ ...form.value.form, domain });
    expect(issues.find((issue) => issue.field === 'domain')?.placeholder).toBe(placeholder);
  });

  test('a password may hold what looks like a placeholder elsewhere, but not YOUR_PASSWORD', () => {
    const base = importCurl(
      `curl https://x.us.auth0.com/oauth/token -d grant_type=password -d username=u -d client_id=abcdefgh`,
    );
    if (!base.ok) throw new Error(base.error);
    const at = (password: string) =>
      placeholderIssues({ ...base.value.form, fields: { ...base.value.form.fields, password } }).map(
        (issue) => issue.field,
      );
    expect(at('PASS_WORD...')).toEqual([]);
    expect(at('YOUR_PASSWORD')).toEqual(['password']);
    expect(at('{password}')).toEqual(['password']);
  });
});

describe('imports that used to lose something', () => {
  test('authorization_code with audience and scope: both kept, in Extra parameters, and sent', () => {
    const imported = importCurl(
      `curl https://t.us.auth0.com/oauth/token -d grant_type=authorization_code -d client_id=c -d client_secret=s -d code=abc -d audience=https://api -d scope=openid`,
    );
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.form.extras).toBe('audience=https://api\nscope=openid');
    expect(imported.value.notes.join(' ')).toContain('audience has no field for this grant');
    expect(imported.value.notes[1]).toBe(
      'Where each went: grant_type → Grant type, client_id → Client ID, client_secret → Client secret, code → Authorization code, audience → Extra parameters, scope → Extra parameters.',
    );
    const valid = validateForm(imported.value.form);
    expect(valid.ok && buildHttpRequest(valid.value).body).toBe(
      'grant_type=authorization_code&client_id=c&client_secret=s&code=abc&audience=https%3A%2F%2Fapi&scope=openid',
    );
  });

  test('passwordless with auth_session and no username can be sent', () => {
    const imported = importCurl(
      `curl https://t.us.auth0.com/oauth/token -H 'content-type: application/json' -d '{"grant_type":"http://auth0.com/oauth/grant-type/passwordless/otp","client_id":"c","auth_session":"507f1f77bcf86cd799439011","otp":"123456"}'`,
    );
    if (!imported.ok) throw new Error(imported.error);
    const valid = validateForm(imported.value.form);
    expect(valid.ok && buildHttpRequest(valid.value).body).toBe(
      '{"grant_type":"http://auth0.com/oauth/grant-type/passwordless/otp","client_id":"c","otp":"123456","auth_session":"507f1f77bcf86cd799439011"}',
    );
  });

  test('a client_assertion is sent as written, with its type, as private_key_jwt', () => {
    const imported = importCurl(
      `curl https://t.us.auth0.com/oauth/token --data-urlencode grant_type=client_credentials --data-urlencode client_assertion_type=${assertionType} --data-urlencode client_assertion=eyJ.eyJ.sig --data-urlencode audience=https://api`,
    );
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.form.clientAuth).toBe('private_key_jwt');
    const valid = validateForm(imported.value.form);
    expect(valid.ok && buildHttpRequest(valid.value).body).toBe(
      `grant_type=client_credentials&client_assertion_type=${encodeURIComponent(assertionType)}&client_assertion=eyJ.eyJ.sig&audience=https%3A%2F%2Fapi`,
    );
  });

  test('a heredoc body is read as the body', () => {
    const imported = importCurl(`curl -s --request POST \\
  --url "https://t.us.auth0.com/oauth/token" \\
  --header 'Content-Type: application/json' \\
  --data-binary @- <<EOF | jq -r '.refresh_token'
{
  "grant_type": "authorization_code",
  "code": "c0de",
  "client_id": "cid",
  "client_secret": "s",
  "redirect_uri": "https://app.example.com/cb"
}
EOF`);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.form.fields).toMatchObject({
      code: 'c0de',
      client_id: 'cid',
      redirect_uri: 'https://app.example.com/cb',
    });
    expect(imported.value.notes).toContain('What the output was piped to (| jq …) was left out.');
  });

  test('a grant this page has no fields for (CIBA) is sent as written', () => {
    const imported = importCurl(
      `curl https://t.us.auth0.com/oauth/token --data-urlencode 'client_id=c' --data-urlencode 'client_secret=s' --data-urlencode 'auth_req_id=r1' --data-urlencode 'grant_type=urn:openid:params:grant-type:ciba'`,
    );
    if (!imported.ok) throw new Error(imported.error);
    const valid = validateForm(imported.value.form);
    expect(valid.ok && buildHttpRequest(valid.value).body).toBe(
      'grant_type=urn%3Aopenid%3Aparams%3Agrant-type%3Aciba&client_id=c&client_secret=s&auth_req_id=r1',
    );
  });
});

describe('a command with more parameters than a form holds', () => {
  test.each([
    [100, true],
    [101, false],
    [20_000, false],
  ])('%i parameters: imported %s', (count, imported) => {
    const params = Array.from({ length: count - 1 }, (_, i) => `-d p${i}=v`).join(' ');
    const result = importCurl(`curl https://dev-x.us.auth0.com/oauth/token -d grant_type=client_credentials ${params}`);
    expect(result.ok).toBe(imported);
    if (!result.ok) expect(result.error).toContain(`sends ${count.toLocaleString('en')} parameters`);
  });
});

describe('a curl run inside a command substitution, as scripts keep the token', () => {
  test.each([
    [
      `TOKEN=$(curl -s -X POST "https://dev-x.us.auth0.com/oauth/token" -d grant_type=client_credentials -d client_id=c | jq -r '.access_token')`,
    ],
    [
      `export TOKEN=$(curl \\\n  --request POST \\\n  --url "https://dev-x.us.auth0.com/oauth/token" \\\n  --data "grant_type=client_credentials&client_id=c")`,
    ],
    ['T=`curl https://dev-x.us.auth0.com/oauth/token -d grant_type=client_credentials -d client_id=c`'],
  ])('%s', (curl) => {
    const imported = importCurl(curl);
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.form.domain).toContain('dev-x.us.auth0.com');
    expect(imported.value.form.grantType).toBe('client_credentials');
    expect(imported.value.form.fields.client_id).toBe('c');
  });
});

describe('the steps before a token request, as Auth0 documents their curls', () => {
  test('/passwordless/start: the box gets the connection, the address and what to send; authParams the scope', () => {
    const imported = importCurl(
      `curl --request POST --url 'https://dev-x.us.auth0.com/passwordless/start' --header 'content-type: application/json' --data '{"client_id": "c", "client_secret": "s", "connection": "sms", "phone_number": "+15555550100", "send": "code", "authParams": {"scope": "openid offline_access", "audience": "https://api"}}'`,
    );
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.step).toEqual({
      endpoint: '/passwordless/start',
      values: { connection: 'sms', to: '+15555550100', send: 'code' },
    });
    expect(imported.value.form.fields).toMatchObject({
      client_id: 'c',
      client_secret: 's',
      scope: 'openid offline_access',
      audience: 'https://api',
    });
    expect(imported.value.form.extras).toBe('');
  });

  test('/bc-authorize: the user of an iss_sub login_hint and the binding message', () => {
    const imported = importCurl(
      `curl -X POST https://dev-x.us.auth0.com/bc-authorize -d client_id=c -d client_secret=s -d scope=openid -d 'binding_message=Confirm 123' --data-urlencode 'login_hint={"format":"iss_sub","iss":"https://dev-x.us.auth0.com/","sub":"auth0|42"}'`,
    );
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.step?.values).toEqual({ userId: 'auth0|42', binding: 'Confirm 123' });
    expect(imported.value.form.fields.scope).toBe('openid');
  });

  test('/oauth/revoke: the token to revoke is the form’s refresh token', () => {
    const imported = importCurl(
      `curl -X POST https://dev-x.us.auth0.com/oauth/revoke -H 'content-type: application/json' -d '{"client_id":"c","client_secret":"s","token":"v1.MRr"}'`,
    );
    if (!imported.ok) throw new Error(imported.error);
    expect(imported.value.form.grantType).toBe('refresh_token');
    expect(imported.value.form.fields.refresh_token).toBe('v1.MRr');
  });
});

test('a curl quoted in backticks in prose is not a command substitution', () => {
  const imported = importCurl(
    '`curl https://dev-x.us.auth0.com/oauth/token -d grant_type=client_credentials -d client_id=C` fails with 401',
  );
  expect(imported.ok && imported.value.form.fields.client_id).not.toBe('C`');
});

test('/passwordless/start: authParams beyond scope and audience go to Extra parameters, not lost', () => {
  const imported = importCurl(
    `curl https://dev-x.us.auth0.com/passwordless/start -H 'content-type: application/json' -d '{"client_id":"c","connection":"email","email":"a@example.com","send":"link","authParams":{"scope":"openid","redirect_uri":"https://app/cb","state":"xyz"}}'`,
  );
  if (!imported.ok) throw new Error(imported.error);
  expect(imported.value.form.fields.scope).toBe('openid');
  expect(imported.value.form.extras).toBe('authParams[redirect_uri]=https://app/cb\nauthParams[state]=xyz');
});
