import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { catalogue } from '../../src/lib/diagnose/catalogue';
import { lintRequest } from '../../src/lib/diagnose/lints';
import { readAnswer } from '../../src/lib/diagnose/answer';
import { matchCatalogue } from '../../src/lib/diagnose/match';
import { httpExchange } from '../../src/lib/exchange';
import { parseFragment } from '../../src/lib/prefill/fragment';
import { buildReport } from '../../src/lib/report';
import { importCurl } from '../../src/lib/request/curl-import';
import { emptyFields, emptyForm } from '../../src/lib/request/form';
import { validateForm } from '../../src/lib/request/validate';
import { parsePastedResponse } from '../../src/lib/response/parse';
import { parseTenant } from '../../src/lib/tenant/domain';
import { readTokenInput } from '../../src/lib/token/input';
import { decodeInput, viewAt } from '../../src/lib/token/inspect';
import {
  collectPatterns,
  fastest,
  fragmentInputs,
  genericInputs,
  patternsIn,
  repeatTo,
  runPattern,
} from './adversarial';

/** One pattern on one 100,000-character input: a linear pattern takes well under a millisecond per 100 KB. */
const patternBudgetMs = 50;
/** One whole entry point on one input, up to 10 MB: what a single task may take without the tab feeling frozen. */
const entryBudgetMs = 200;
const now = Date.UTC(2024, 0, 1);
const pageOrigin = 'https://debugger.example';

const { patterns, dynamic } = collectPatterns();
const generic = genericInputs();

describe('every regular expression in src/ is linear on adversarial input', () => {
  test('the scan finds the patterns, and none is built at run time where it could not be timed', () => {
    expect(dynamic).toEqual([]);
    const found = new Set(patterns.map(({ regex }) => `${regex}`));
    const listed = catalogue.flatMap((entry) => [
      ...(entry.descriptions ?? []),
      ...(entry.ownDescriptions ?? []),
      ...(entry.bodies ?? []),
      ...(entry.challenges ?? []),
      ...(entry.unless ?? []),
      ...(entry.codePattern ? [entry.codePattern] : []),
      ...(entry.grants ? [entry.grants] : []),
    ]);
    expect(listed.length).toBeGreaterThan(300);
    expect(listed.filter((regex) => !found.has(`${regex}`))).toEqual([]);
  });

  test('the scan reads TypeScript and both parts of a Svelte component', () => {
    const svelte = patternsIn(
      'A.svelte',
      '<script lang="ts">const a: RegExp = /a+b/i;</script><p>{x.match(/c*d/)}</p>',
    );
    expect(svelte.patterns.map(({ where, regex }) => `${where} ${regex}`).sort()).toEqual([
      'A.svelte:1 /a+b/i',
      'A.svelte:1 /c*d/',
    ]);
    const module = patternsIn(
      'b.ts',
      'export const e = /e+/g;\nconst f = new RegExp(e.source);\nconst g = RegExp("g");',
    );
    expect(module.patterns.map(({ where, regex }) => `${where} ${regex}`)).toEqual(['b.ts:1 /e+/g']);
    expect(module.dynamic).toEqual(['b.ts:2', 'b.ts:3']);
  });

  test.each(patterns.map(({ where, regex }) => ({ name: `${where} ${regex}`, regex })))(
    '$name',
    ({ regex }) => {
      for (const { name, text } of [...generic, ...fragmentInputs(regex)]) {
        const ms = fastest(() => runPattern(regex, text), patternBudgetMs);
        expect(ms, `${regex} on ${name}: ${ms.toFixed(1)} ms`).toBeLessThan(patternBudgetMs);
      }
    },
    120_000,
  );
});

const form = (text: string) => ({
  ...emptyForm(),
  domain: text,
  fields: { ...emptyFields(), client_id: text, username: text, scope: text },
});
const views = (text: string) => {
  const decoded = decodeInput(text);
  return decoded.ok && decoded.value.tokens.map((view) => viewAt(view, { now }));
};
const errorBody = (fields: Record<string, string>, status = 400) => httpExchange(JSON.stringify(fields), status);

interface EntryPoint {
  name: string;
  /** Whether it meets 10 MB: the report is built on a click, from a body the page already holds. */
  tenMB: boolean;
  /** Milliseconds for the entry point alone, its input built beforehand. */
  time: (text: string) => number;
}

function entry<T>(name: string, prepare: (text: string) => T, run: (input: T) => unknown, tenMB = true): EntryPoint {
  return { name, tenMB, time: (text) => ((input) => fastest(() => run(input), entryBudgetMs))(prepare(text)) };
}

/** Every way text from outside enters the page, as the page calls it. */
const entryPoints: EntryPoint[] = [
  entry(
    'matchCatalogue (description)',
    (text) => ({
      answer: readAnswer(errorBody({ error: 'invalid_request', error_description: text }), now),
      status: 400,
    }),
    matchCatalogue,
  ),
  entry(
    'diagnose (error description)',
    (text) => errorBody({ error: 'invalid_request', error_description: text }),
    (exchange) => diagnose({ exchange, pageOrigin, now }),
  ),
  entry(
    'diagnose (error code)',
    (text) => errorBody({ error: text }, 403),
    (exchange) => diagnose({ exchange, pageOrigin, now }),
  ),
  entry(
    'diagnose (raw body)',
    (text) => httpExchange(text, 400),
    (exchange) => diagnose({ exchange, pageOrigin, now }),
  ),
  entry(
    'diagnose (an HTML page)',
    (text) =>
      httpExchange(
        `<!doctype html><html><head><title>${text}</title><style>${text}</style></head><body><p>${text}</p></body></html>`,
        400,
      ),
    (exchange) => diagnose({ exchange, pageOrigin, now }),
  ),
  entry(
    'diagnose (a WWW-Authenticate challenge, no body)',
    (text) => ({
      ...httpExchange('', 401),
      headers: [
        ['www-authenticate', `Bearer realm="api", error="invalid_token", error_description="${text}", scope=${text}`],
        ['retry-after', text],
      ] as [string, string][],
      endpoint: { path: '/userinfo' as const, source: 'chosen' as const },
    }),
    (exchange) => diagnose({ exchange, pageOrigin, now }),
  ),
  entry(
    'diagnose (Management API shape, at /api/v2)',
    (text) => ({
      ...httpExchange(JSON.stringify({ statusCode: 404, error: 'Not Found', message: text, errorCode: text }), 404),
      endpoint: { path: '/api/v2' as const, source: 'chosen' as const },
    }),
    (exchange) => diagnose({ exchange, pageOrigin, now }),
  ),
  entry(
    'diagnose (access token)',
    (text) => errorBody({ access_token: text }, 200),
    (exchange) => diagnose({ exchange, pageOrigin, now }),
  ),
  entry('parsePastedResponse', (text) => text, parsePastedResponse),
  entry(
    'parsePastedResponse (curl -i)',
    (text) => `HTTP/2 400 \ncontent-type: text/plain\n\n${text}`,
    parsePastedResponse,
  ),
  entry(
    'parsePastedResponse (a command line and its output)',
    (text) => `$ curl -s https://x.auth0.com/userinfo \\\n  -H 'a: ${text}'\n${text}`,
    parsePastedResponse,
  ),
  entry(
    'parsePastedResponse (a console line)',
    (text) => `GET https://x.auth0.com/userinfo 401 (Unauthorized) ${text}`,
    parsePastedResponse,
  ),
  entry(
    'parsePastedResponse (curl -v)',
    (text) => `> POST /oauth/token\n< HTTP/2 400 \n< a: b\n<\n${text}`,
    parsePastedResponse,
  ),
  entry('readTokenInput', (text) => text, readTokenInput),
  entry('decodeInput + viewAt', (text) => text, views),
  entry('decodeInput + viewAt (a quoted Bearer token)', (text) => `Bearer "${text}"`, views),
  entry('importCurl', (text) => text, importCurl),
  entry(
    'importCurl (as data)',
    (text) => `curl -d ${JSON.stringify(text)} https://t.us.auth0.com/oauth/token`,
    importCurl,
  ),
  entry('parseTenant', (text) => text, parseTenant),
  entry('parseFragment', (text) => `#${text}`, parseFragment),
  entry('parseFragment (token)', (text) => `#token=${text}`, parseFragment),
  entry('parseFragment (domain)', (text) => `#domain=${text}&client_id=x`, parseFragment),
  entry('validateForm + lintRequest', form, (filled) => [validateForm(filled), lintRequest(filled, undefined)]),
  entry(
    'buildReport (body)',
    (text) => httpExchange(text, 400),
    (exchange) => buildReport({ exchange, diagnoses: [] }),
    false,
  ),
  entry(
    'buildReport (JSON)',
    (text) => errorBody({ error: text }),
    (exchange) => buildReport({ exchange, diagnoses: [] }),
    false,
  ),
];

/** Ten megabytes, as a tenant or a paste may hand over. */
const tenMB = 10 * 1024 * 1024;
const bigBodies: [string, string][] = [
  [
    'an error description of word characters',
    JSON.stringify({ error: 'invalid_request', error_description: 'a'.repeat(tenMB) }),
  ],
  [
    'an error description of "is required "',
    JSON.stringify({ error: 'invalid_request', error_description: repeatTo('is required ', tenMB) }),
  ],
  ['an error code of word characters', JSON.stringify({ error: 'a'.repeat(tenMB) })],
  ['an HTML page', `<!doctype html><html><body>${repeatTo('<p>rate limit</p>\n', tenMB)}</body></html>`],
  ['plain text lines', repeatTo('Origin x is not allowed\n', tenMB)],
  ['line breaks', '\n'.repeat(tenMB)],
  ['spaces', `${' '.repeat(tenMB)}x`],
  ['quotes', '"'.repeat(tenMB)],
  [
    'a token response with a 10 MB access token',
    JSON.stringify({ access_token: 'eyJ'.repeat(tenMB / 3), token_type: 'Bearer' }),
  ],
  [
    'curl -i output',
    `HTTP/1.1 400 Bad Request\ncontent-type: application/json\n\n${JSON.stringify({ error: 'x', error_description: 'y'.repeat(tenMB) })}`,
  ],
  ['curl -v output of many lines', `< HTTP/2 400 \n< a: b\n<\n${repeatTo('{"error":"invalid_request"}\n', tenMB)}`],
];

describe('no entry point takes over 200 ms on any input', () => {
  test.each(entryPoints)(
    '$name on the adversarial inputs',
    ({ name, time }) => {
      for (const { name: input, text } of generic) {
        const ms = time(text);
        expect(ms, `${name} on ${input}: ${ms.toFixed(1)} ms`).toBeLessThan(entryBudgetMs);
      }
    },
    300_000,
  );

  test.each(catalogue.filter((entry) => entry.descriptions).map((entry) => ({ id: entry.id, entry })))(
    'a description made of $id’s own words',
    ({ entry }) => {
      for (const { name, text } of (entry.descriptions ?? []).flatMap((regex) => fragmentInputs(regex))) {
        for (const { name: entryPoint, time } of entryPoints.slice(0, 2)) {
          const ms = time(text);
          expect(ms, `${entryPoint} on ${name}: ${ms.toFixed(1)} ms`).toBeLessThan(entryBudgetMs);
        }
      }
    },
    300_000,
  );

  test.each(bigBodies.map(([name, text]) => ({ name, text })))(
    '10 MB: $name',
    ({ text }) => {
      for (const { name, time } of entryPoints.filter((point) => point.tenMB)) {
        const ms = time(text);
        expect(ms, `${name}: ${ms.toFixed(1)} ms`).toBeLessThan(entryBudgetMs);
      }
    },
    600_000,
  );
});
