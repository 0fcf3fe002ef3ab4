import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { httpExchange } from '../../src/lib/exchange';
import { parseFragment } from '../../src/lib/prefill/fragment';
import { buildFragment } from '../../src/lib/prefill/link';
import { buildHttpRequest } from '../../src/lib/request/build';
import { toCurl } from '../../src/lib/request/curl-export';
import { importCurl } from '../../src/lib/request/curl-import';
import { emptyFields, emptyForm, type RequestForm } from '../../src/lib/request/form';
import { grants } from '../../src/lib/request/grants';
import { validateForm } from '../../src/lib/request/validate';
import { parsePastedResponse } from '../../src/lib/response/parse';
import { parseTenant } from '../../src/lib/tenant/domain';
import { decodeInput, viewAt } from '../../src/lib/token/inspect';
import { parseKeyMaterial } from '../../src/lib/verify/keys';

/** CI runs a few hundred cases per property; `npm run fuzz` runs 100,000 (FUZZ_RUNS). */
const numRuns = Number(process.env.FUZZ_RUNS ?? 300);
const timeout = Math.max(20_000, numRuns * 2);
const options = { numRuns };

const b64 = fc.string({
  unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('')),
});
const jsonPart = fc.jsonValue().map((value) => Buffer.from(JSON.stringify(value)).toString('base64url'));
const tokenish = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.tuple(fc.oneof(jsonPart, b64), fc.oneof(jsonPart, b64), b64).map((parts) => parts.join('.')),
  fc.array(fc.oneof(jsonPart, b64, fc.string()), { maxLength: 7 }).map((parts) => parts.join('.')),
  fc.jsonValue().map((value) => JSON.stringify(value)),
  fc
    .record({ access_token: fc.string(), id_token: fc.string(), refresh_token: fc.string() }, { requiredKeys: [] })
    .map((value) => JSON.stringify(value)),
);

describe('parsers never throw and always answer with a typed result', () => {
  test(
    'token input → decode → view',
    () => {
      fc.assert(
        fc.property(tokenish, fc.integer({ min: 0, max: 4102444800000 }), (text, now) => {
          const result = decodeInput(text);
          expect(typeof result.ok).toBe('boolean');
          if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
          else
            for (const view of result.value.tokens)
              expect(['jws', 'jwe', 'opaque', 'malformed']).toContain(viewAt(view, { now }).decoded.kind);
        }),
        options,
      );
    },
    timeout,
  );

  test(
    'pasted response',
    () => {
      const pasted = fc.oneof(
        fc.string(),
        fc
          .tuple(fc.integer({ min: 100, max: 599 }), fc.string(), fc.jsonValue())
          .map(([status, header, body]) => `HTTP/1.1 ${status} X\n${header}: y\n\n${JSON.stringify(body)}`),
        fc.tuple(fc.string(), fc.string()).map(([a, b]) => `< HTTP/2 403 \n< ${a}\n${b}`),
      );
      fc.assert(
        fc.property(pasted, (text) => {
          const result = parsePastedResponse(text);
          if (result.ok)
            expect(['http', 'cors-blocked', 'network-error', 'timeout', 'mixed-content']).toContain(result.value.state);
          else expect(result.error.code).toBe('empty');
        }),
        options,
      );
    },
    timeout,
  );

  test(
    'curl import',
    () => {
      const curl = fc.oneof(
        fc.string(),
        fc
          .array(
            fc.oneof(fc.string(), fc.constantFrom('-d', '-H', '-u', '--url', '--json', '-X', "'", '"', '\\\n', "$'")),
            { maxLength: 12 },
          )
          .map((words) => `curl ${words.join(' ')}`),
        fc
          .string()
          .map((body) => `curl https://t.us.auth0.com/oauth/token -H 'content-type: application/json' -d '${body}'`),
      );
      fc.assert(
        fc.property(curl, (text) => {
          const result = importCurl(text);
          if (result.ok) expect(typeof result.value.form.domain).toBe('string');
          else expect(result.error.length).toBeGreaterThan(0);
        }),
        options,
      );
    },
    timeout,
  );

  test(
    'URL fragment: never a secret in what it returns',
    () => {
      const secret = fc.string({ minLength: 8 }).map((s) => `S3CRET${s}`);
      fc.assert(
        fc.property(
          fc.string(),
          secret,
          fc.constantFrom('client_secret', 'password', 'refresh_token', 'code', 'otp', 'code_verifier'),
          (noise, value, key) => {
            const hash = `#${noise}&${key}=${encodeURIComponent(value)}&domain=dev-x.us.auth0.com`;
            const prefill = parseFragment(hash);
            expect(JSON.stringify(prefill)).not.toContain(value);
            expect(prefill.cleanedHash).not.toContain(key);
          },
        ),
        options,
      );
    },
    timeout,
  );

  test(
    'tenant domain',
    () => {
      fc.assert(
        fc.property(fc.oneof(fc.string(), fc.webUrl(), fc.domain()), (text) => {
          const result = parseTenant(text);
          if (result.ok)
            expect(result.value.origin).toMatch(/^https:\/\/|^http:\/\/(localhost|127\.0\.0\.1|\[::1\]):\d+$/);
          else expect(result.error.message.length).toBeGreaterThan(0);
        }),
        options,
      );
    },
    timeout,
  );

  test(
    'keys',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(
            fc.string(),
            fc.jsonValue().map((v) => JSON.stringify(v)),
          ),
          fc.constantFrom('utf8', 'base64url') as fc.Arbitrary<'utf8' | 'base64url'>,
          (text, encoding) => {
            expect(typeof parseKeyMaterial(text, encoding).ok).toBe('boolean');
          },
        ),
        options,
      );
    },
    timeout,
  );

  test(
    'diagnosis matcher: any answer gets at least one finding',
    () => {
      const body = fc.oneof(
        fc.string(),
        fc
          .record({ error: fc.string(), error_description: fc.string() }, { requiredKeys: ['error'] })
          .map((v) => JSON.stringify(v)),
        fc
          .record({
            error: fc.constantFrom(
              'invalid_grant',
              'access_denied',
              'unauthorized_client',
              'server_error',
              'invalid_request',
            ),
            error_description: fc.string(),
          })
          .map((v) => JSON.stringify(v)),
        fc.jsonValue().map((v) => JSON.stringify(v)),
      );
      fc.assert(
        fc.property(body, fc.option(fc.integer({ min: 100, max: 599 }), { nil: undefined }), (text, status) => {
          const found = diagnose({ exchange: httpExchange(text, status), pageOrigin: 'https://d', now: 0 });
          expect(found.length).toBeGreaterThan(0);
          expect(found.every((d) => d.title.length > 0 && d.id.length > 0)).toBe(true);
        }),
        options,
      );
    },
    timeout,
  );
});

describe('round trips hold', () => {
  const value = fc
    .string({ minLength: 1, maxLength: 40 })
    .filter((s) => s.trim() === s && s.trim() !== '' && !/[\r\n]/.test(s));
  const request = fc.record({
    grant: fc.constantFrom(...grants.filter((g) => !g.grantType.endsWith('passwordless/otp'))),
    clientAuth: fc.constantFrom('client_secret_post', 'client_secret_basic', 'none') as fc.Arbitrary<
      RequestForm['clientAuth']
    >,
    encoding: fc.constantFrom('json', 'form') as fc.Arbitrary<RequestForm['encoding']>,
    values: fc.array(value, { minLength: 12, maxLength: 12 }),
  });

  test(
    'request → curl → import → the same request',
    () => {
      let checked = 0;
      fc.assert(
        fc.property(request, ({ grant, clientAuth, encoding, values }) => {
          const auth = grant.confidential && clientAuth === 'none' ? 'client_secret_post' : clientAuth;
          const fields = emptyFields();
          const names = ['client_id', 'client_secret', ...grant.required, ...grant.optional] as (keyof typeof fields)[];
          names.forEach((name, index) => (fields[name] = values[index] ?? 'x'));
          if (grant.grantType === 'authorization_code') fields.redirect_uri = 'https://app.example.com/callback';
          if (grant.grantType.endsWith('token-exchange')) fields.subject_token_type = 'urn:example:token';
          if (fields.client_id.includes(':') && auth === 'client_secret_basic')
            fields.client_id = fields.client_id.replaceAll(':', '');
          const form: RequestForm = {
            ...emptyForm(),
            domain: 'dev-x.us.auth0.com',
            grantType: grant.grantType,
            clientAuth: auth,
            encoding,
            fields,
          };
          const valid = validateForm(form);
          if (!valid.ok) return;
          checked++;
          const http = buildHttpRequest(valid.value);
          const imported = importCurl(toCurl(http));
          expect(imported.ok).toBe(true);
          if (!imported.ok) return;
          const again = validateForm(imported.value.form);
          expect(again.ok && buildHttpRequest(again.value)).toEqual(http);
        }),
        options,
      );
      // The property says something only if most generated requests were valid ones.
      expect(checked).toBeGreaterThan(numRuns * 0.8);
    },
    timeout,
  );

  test(
    'fragment → form → link → the same fragment',
    () => {
      const fields = fc.record(
        {
          domain: fc.constantFrom('dev-x.us.auth0.com', 'login.example.com', 'http://127.0.0.1:3000'),
          client_id: fc.string({ unit: fc.constantFrom(...'abcXYZ019_-.~'.split('')), minLength: 1, maxLength: 32 }),
          audience: value,
          scope: value,
          grant_type: fc.constantFrom(...grants.map((g) => g.grantType)),
          realm: value,
          username: value,
        },
        { requiredKeys: [] },
      );
      fc.assert(
        fc.property(fields, (input) => {
          const hash = buildFragment(input);
          expect(buildFragment(parseFragment(`#${hash}`).fields)).toBe(hash);
        }),
        options,
      );
    },
    timeout,
  );
});
