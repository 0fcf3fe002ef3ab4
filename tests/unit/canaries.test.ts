import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { shareFragment } from '../../src/lib/prefill/link';
import { basicAuthorization, maskSecrets } from '../../src/lib/request/build';
import { curlForScreen } from '../../src/lib/request/curl-export';
import { secretFields, type FieldName } from '../../src/lib/request/fields';
import { emptyFields, emptyForm, visibleFields, type RequestForm } from '../../src/lib/request/form';
import { grants } from '../../src/lib/request/grants';
import { validateForm } from '../../src/lib/request/validate';
import { buildReport } from '../../src/lib/report';
import { parsePastedResponse } from '../../src/lib/response/parse';

/**
 * Canaries, random recognisable strings, are planted in every place a secret can be typed or pasted; none may come
 * out in the report, the masked curl or the link. At least 10,000 cases in every run (`npm run fuzz`'s FUZZ_RUNS
 * raises it).
 */
const numRuns = Math.max(10_000, Number(process.env.FUZZ_RUNS ?? 0));
const now = Date.parse('2026-11-26T09:00:00Z');

interface Canary {
  value: string;
  /** Its random halves: neither may survive either, so a value cut at a separator still counts as a leak. */
  parts: string[];
}

/** Ten random base-36 characters: cheap to make, and never found in a report by chance. */
const random10 = fc.integer({ min: 36 ** 9, max: 36 ** 10 - 1 }).map((n) => n.toString(36));
// Separators a real secret has and a URL or a form body carries as they are.
const canary: fc.Arbitrary<Canary> = fc
  .tuple(random10, fc.constantFrom('', '-', '_', '.', '~'), random10)
  .map(([a, separator, b]) => ({ value: `${a}${separator}${b}`, parts: [a, b] }));
const canaries = (n: number) => fc.array(canary, { minLength: n, maxLength: n });

const b64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
/** A JWT carrying the canary as its subject and (in base64url's alphabet) as its signature. */
const jwt = (c: string) =>
  `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url({ sub: c, iss: 'https://t/', exp: 4102444800 })}.${c.replace(/[^\w-]/g, '-')}`;

const publicValues: Partial<Record<FieldName, string>> = {
  client_id: 'Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy',
  audience: 'https://api.example.com/',
  scope: 'openid offline_access',
  username: 'dev@example.com',
  realm: 'Username-Password-Authentication',
  redirect_uri: 'https://app.example.com/callback',
  subject_token_type: 'urn:ietf:params:oauth:token-type:access_token',
};
/** Extra parameters whose values are secrets, as people type them. */
const secretExtras = [
  'client_assertion',
  'actor_token',
  'subject_token',
  'code_verifier',
  'otp',
  'binding_code',
  'auth_req_id',
  'id_token_hint',
  'private_key',
  'app_secret',
  'new_password',
  'assertion',
  'login_hint_token',
];

const typedRequest = fc.record({
  grant: fc.constantFrom(...grants),
  clientAuth: fc.constantFrom('client_secret_post', 'client_secret_basic', 'none') as fc.Arbitrary<
    RequestForm['clientAuth']
  >,
  encoding: fc.constantFrom('json', 'form') as fc.Arbitrary<RequestForm['encoding']>,
  extras: fc.subarray(secretExtras),
  secrets: canaries(21),
});

/** One line of what people paste, with a canary (or two) where a credential goes. */
const pieces: ((c: string, d: string) => string)[] = [
  (c) => `$ curl -i https://dev-x.us.auth0.com/oauth/token -H 'authorization: ${basicAuthorization('cid', c)}'`,
  (c, d) =>
    `curl -s -u cid:${c} -d grant_type=refresh_token -d refresh_token=${d} https://dev-x.us.auth0.com/oauth/token`,
  (c) => `curl --user 'cid:${c}' --url https://dev-x.us.auth0.com/oauth/token`,
  (c) => `curl -H "Authorization: Bearer ${c}" https://api.example.com/`,
  (c, d) => `curl --data '{"grant_type":"password","password":"${c}","client_secret":"${d}"}'`,
  (c, d) => `--data 'grant_type=authorization_code&code=${c}&code_verifier=${d}&redirect_uri=https%3A%2F%2Fapp'`,
  (c) =>
    `--data-urlencode "client_assertion=${c}" --data-urlencode client_assertion_type=urn:ietf:params:oauth:client-assertion-type:jwt-bearer`,
  (c) => `-H 'cookie: did=${c}; did_compat=${c}' -H 'x-api-key: ${c}'`,
  (c) => `-H 'DPoP: ${jwt(c)}'`,
  (c) => `> authorization: Basic ${Buffer.from(`cid:${c}`).toString('base64')}`,
  (c) => `> Authorization: Bearer ${c}`,
  (c) => `> cookie: auth0=${c}`,
  (c) => `set-cookie: did=${c}; Path=/; HttpOnly`,
  (c) => `https://app.example.com/callback?code=${c}&state=xyz`,
  (c, d) => `https://app.example.com/callback#access_token=${c}&id_token=${jwt(d)}&token_type=Bearer`,
  (c, d) => `access_token=${c}&token_type=Bearer&refresh_token=${d}&expires_in=86400`,
  (c, d) => `{ access_token: '${c}', refresh_token: "${d}" }`,
  (c) => `{\\"refresh_token\\":\\"${c}\\",\\"scope\\":\\"openid\\"}`,
  (c) => `Bearer ${c}`,
  (c) => jwt(c),
];

/** A JSON answer with canaries in every secret member it has. */
const jsonBody = fc
  .record({
    kind: fc.constantFrom('success', 'error', 'mfa', 'device'),
    description: fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('![x](https://e/x.png)', '<img src=x>')),
    piece: fc.nat(pieces.length - 1),
    c: canaries(8),
  })
  .map(({ kind, description, piece, c }) => {
    const v = c.map((one) => one.value);
    const body =
      kind === 'success'
        ? {
            access_token: jwt(v[0] ?? ''),
            id_token: jwt(v[1] ?? ''),
            refresh_token: v[2],
            token_type: 'Bearer',
            expires_in: 86400,
            scope: 'openid',
          }
        : kind === 'mfa'
          ? { error: 'mfa_required', error_description: 'Multifactor authentication required', mfa_token: v[3] }
          : kind === 'device'
            ? {
                device_code: v[4],
                user_code: v[5],
                verification_uri_complete: `https://t/activate?user_code=${v[5]}`,
                interval: 5,
              }
            : {
                error: 'invalid_grant',
                error_description: `${description} ${(pieces[piece] ?? pieces[0])?.(v[6] ?? '', v[7] ?? '')}`,
              };
    return { text: JSON.stringify(body), planted: c };
  });

const paste = fc
  .record({
    shape: fc.constantFrom('include', 'verbose', 'bare'),
    command: fc.subarray(
      pieces.map((_, index) => index),
      { maxLength: 4 },
    ),
    status: fc.constantFrom(200, 400, 401, 403, 429, 500),
    body: fc.oneof(
      jsonBody,
      fc.tuple(fc.nat(pieces.length - 1), canaries(2)).map(([piece, c]) => ({
        text: (pieces[piece] ?? pieces[0])?.(c[0]?.value ?? '', c[1]?.value ?? '') ?? '',
        planted: c,
      })),
    ),
    c: canaries(8),
  })
  .map(({ shape, command, status, body, c }) => {
    const lines = command.map((index, at) => pieces[index]?.(c[at * 2]?.value ?? '', c[at * 2 + 1]?.value ?? '') ?? '');
    const planted = [...c.slice(0, command.length * 2), ...body.planted];
    const header = `set-cookie: did=${c[7]?.value}; Path=/`;
    const text =
      shape === 'include'
        ? [...lines, `HTTP/2 ${status}`, 'content-type: application/json', header, '', body.text].join('\n')
        : shape === 'verbose'
          ? [...lines.map((line) => `> ${line}`), `< HTTP/2 ${status}`, `< ${header}`, '<', body.text].join('\n')
          : [...lines, body.text].join('\n');
    return { text, planted: [...planted, ...(shape === 'bare' ? [] : c.slice(7, 8))] };
  });

/** Everything of a canary that must not come out: the value, its halves, and its Basic encodings. */
const traces = (planted: Canary[]): string[] =>
  planted.flatMap(({ value, parts }) => [
    value,
    ...parts,
    basicAuthorization('cid', value).slice(6),
    Buffer.from(`cid:${value}`).toString('base64'),
  ]);

function leaked(text: string, found: string[]): string[] {
  // Markdown escapes do not hide a secret: look at the text as it renders too.
  const rendered = text.replace(/\\(.)/g, '$1');
  return found.filter((trace) => text.includes(trace) || rendered.includes(trace));
}

describe('canaries never leave', () => {
  test(
    `planted in a request and a paste, none reaches the report, the masked curl or the link (${numRuns.toLocaleString('en')} cases)`,
    () => {
      let requests = 0;
      let pastes = 0;
      fc.assert(
        fc.property(
          typedRequest,
          paste,
          fc.boolean(),
          ({ grant, clientAuth, encoding, extras, secrets }, pasted, withRequest) => {
            const auth = grant.confidential && clientAuth === 'none' ? 'client_secret_post' : clientAuth;
            const visible = visibleFields({ grantType: grant.grantType, clientAuth: auth });
            const fields = emptyFields();
            const typed: Canary[] = [];
            visible.forEach((name, index) => {
              const secret = secrets[index];
              if (secretFields.has(name) && secret) {
                fields[name] = secret.value;
                typed.push(secret);
              } else fields[name] = publicValues[name] ?? '';
            });
            if (grant.grantType.endsWith('passwordless/otp')) fields.realm = 'email';
            const extraLines = extras
              .filter((name) => !(visible as string[]).includes(name))
              .map((name, index) => {
                const secret = secrets[8 + index] ?? secrets[0];
                if (secret) typed.push(secret);
                return `${name}=${secret?.value}`;
              });
            const form: RequestForm = {
              ...emptyForm(),
              domain: 'dev-x.us.auth0.com',
              grantType: grant.grantType,
              clientAuth: auth,
              encoding,
              fields,
              extras: [...extraLines, 'organization=org_123', 'connection=google-oauth2'].join('\n'),
            };
            const valid = validateForm(form);
            expect(valid.ok).toBe(true);
            if (!valid.ok) return;
            requests++;
            const typedTraces = traces(typed);
            expect(leaked(curlForScreen(maskSecrets(valid.value)), typedTraces)).toEqual([]);
            expect(leaked(shareFragment(form), typedTraces)).toEqual([]);

            const exchange = parsePastedResponse(pasted.text);
            if (!exchange.ok) return;
            pastes++;
            const request = withRequest ? valid.value : undefined;
            const diagnoses = diagnose({ exchange: exchange.value, request, pageOrigin: 'https://d', now });
            const report = buildReport({ request, exchange: exchange.value, diagnoses });
            expect(leaked(report, [...traces(pasted.planted), ...(request ? typedTraces : [])])).toEqual([]);
            // The report stays useful: the answer's status and the request's public fields are still in it.
            if (exchange.value.state === 'http') expect(report).toContain('`HTTP');
            if (request) expect(report).toContain('| client_id | `Q4cCWeXXVl79APpfoT8WP1k7zygYDKJy` |');
          },
        ),
        { numRuns },
      );
      expect(requests).toBe(numRuns);
      expect(pastes).toBe(numRuns);
    },
    Math.max(60_000, numRuns * 10),
  );
});
