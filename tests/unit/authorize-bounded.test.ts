import { describe, expect, test } from 'vitest';
import { readRedirectAnswer } from '../../src/lib/authorize/answer';
import { readCallback, withoutCallback } from '../../src/lib/authorize/callback';
import { diagnoseRedirect } from '../../src/lib/authorize/diagnose';
import { redirectConditions } from '../../src/lib/authorize/redirect-errors';
import { readChallenges } from '../../src/lib/use/challenge';
import { diagnoseUse } from '../../src/lib/use/diagnose';
import { apiRequest } from '../../src/lib/use/request';
import { fastest, fragmentInputs, genericInputs, repeatTo } from './adversarial';

/** What a single task may take on any input, as for the other entry points (tests/unit/bounded.test.ts). */
const budgetMs = 200;
const tenMB = 10 * 1024 * 1024;
const generic = genericInputs();

/** Every way text from outside enters the /authorize and /userinfo side of the page; `true`: pasted, so up to 10 MB. */
const entryPoints: [string, (text: string) => unknown, boolean?][] = [
  ['readCallback', readCallback, true],
  ['readCallback (URL)', (text) => readCallback(`https://d.example/cb?code=${text}#state=${text}`)],
  ['readCallback (form)', (text) => readCallback(`<form action="${text}"><input name="code" value="${text}">`)],
  ['withoutCallback', (text) => withoutCallback({ pathname: '/', search: `?${text}`, hash: `#${text}` })],
  [
    'readRedirectAnswer + diagnoseRedirect',
    (text) => diagnoseRedirect(readRedirectAnswer(text), { pageOrigin: 'x' }),
    true,
  ],
  [
    'diagnoseRedirect (description)',
    (text) => diagnoseRedirect({ error: 'access_denied', description: text, text }, { pageOrigin: 'x' }),
  ],
  ['readChallenges', readChallenges],
  [
    'diagnoseUse (challenge and body)',
    (text) =>
      diagnoseUse({
        target: 'api',
        exchange: {
          transport: 'direct',
          state: 'http',
          status: 401,
          headers: [['www-authenticate', text]],
          body: text,
          evidence: [],
        },
        token: { raw: text, source: 'pasted' },
        pageOrigin: 'x',
        now: 0,
      }),
    true,
  ],
  ['apiRequest', (text) => apiRequest({ url: text, method: 'POST', headers: text, body: text }, text)],
];

describe('the /authorize and /userinfo entry points stay under 200 ms on any input', () => {
  test.each(entryPoints.map(([name, run, pasted]) => ({ name, run, pasted })))(
    '$name',
    ({ name, run, pasted }) => {
      for (const { name: input, text } of generic) {
        const ms = fastest(() => run(text), budgetMs);
        expect(ms, `${name} on ${input}: ${ms.toFixed(1)} ms`).toBeLessThan(budgetMs);
      }
      // A URL the page lands on is at most 2 MB (Chromium's limit); a paste or an answer may be 10 MB.
      if (!pasted) return;
      for (const text of [repeatTo('code=a&', tenMB), `<input name="code" value="${'a'.repeat(tenMB)}">`]) {
        const ms = fastest(() => run(text), budgetMs);
        expect(ms, `${name} on 10 MB: ${ms.toFixed(1)} ms`).toBeLessThan(budgetMs);
      }
    },
    300_000,
  );
  test('a description made of each condition’s own words', () => {
    for (const condition of redirectConditions) {
      for (const { name, text } of (condition.patterns ?? []).flatMap((regex) => fragmentInputs(regex))) {
        const ms = fastest(() => diagnoseRedirect(readRedirectAnswer(text), { pageOrigin: 'x' }), budgetMs);
        expect(ms, `${condition.id} on ${name}: ${ms.toFixed(1)} ms`).toBeLessThan(budgetMs);
      }
    }
  }, 300_000);
});
