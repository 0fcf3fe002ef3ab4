/// <reference types="vite/client" />
import { describe, expect, test } from 'vitest';

type Module = Record<string, unknown>;
const strip = (prefix: string, modules: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(modules).map(([path, module]) => [
      path.slice(path.indexOf(prefix) + prefix.length),
      module as Module,
    ]),
  );
const en = strip('/text/en/', import.meta.glob('../../src/lib/text/en/**/*.ts', { eager: true }));
const ja = Object.fromEntries(
  Object.entries(strip('/text/ja/', import.meta.glob('../../src/lib/text/ja/**/*.ts', { eager: true }))).filter(
    ([file]) => file !== 'boot.ts' && file !== 'analysis.ts',
  ),
);
const chunks = import.meta.glob(['../../src/lib/text/ja/boot.ts', '../../src/lib/text/ja/analysis.ts'], {
  eager: true,
});

/** Every path in a text value: object keys (Record maps of ids too), array items, and each function's arity. */
function shape(value: unknown, path = ''): string[] {
  if (typeof value === 'function') return [`${path}()/${value.length}`];
  if (Array.isArray(value)) return [`${path}[]`];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => [`${path}.${key}`, ...shape(inner, `${path}.${key}`)]);
  return [`${path}:${typeof value}`];
}

const facts = {
  error: 'invalid_grant',
  description: 'Wrong email or password.',
  status: 403,
  grant: 'password',
  audience: 'https://api.example.com',
  clientId: 'abc123',
  connection: 'Username-Password-Authentication',
  scope: 'openid profile',
  pageOrigin: 'https://debugger.example',
  tenantOrigin: 'https://tenant.auth0.com',
  endpoint: '/oauth/token',
  endpointSource: 'url',
  retryAfter: 30,
  rateLimit: '10',
  rateRemaining: '0',
  requiredScope: 'read:users',
  challenge: 'Bearer error="invalid_token"',
  pageTitle: 'Error',
  trackingId: 't-1',
  code: 'status',
  location: 'https://elsewhere.example',
  iss: 'https://tenant.auth0.com/',
  sub: 'abc123',
  name: 'exp',
  kind: 'jws',
};
const candidates = (arity: number): unknown[][] =>
  [facts, 3, 'sample', ['a', 'b']].map((sample) => Array.from({ length: Math.max(arity, 1) }, () => sample));

/** Every function inside a text value, with its path. */
function functions(value: unknown, path: string): [string, (...args: unknown[]) => unknown][] {
  if (typeof value === 'function') return [[path, value as (...args: unknown[]) => unknown]];
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) => functions(inner, `${path}.${key}`));
  return [];
}

const words = (value: unknown): string => JSON.stringify(value, (_, inner: unknown) => inner ?? 'undefined');

describe('Japanese mirrors English', () => {
  test('the same files', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en))('%s: every export, every key, every function with the same arity', (file) => {
    const english = en[file] ?? {};
    const japanese = ja[file] ?? {};
    expect(Object.keys(japanese).sort()).toEqual(Object.keys(english).sort());
    // Order is not meaning: texts are looked up by name and id.
    for (const name of Object.keys(english))
      expect(shape(japanese[name], name).sort()).toEqual(shape(english[name], name).sort());
  });

  test('the two chunks together hold every area, once', () => {
    const areas = Object.values(chunks).flatMap((chunk) => Object.keys((chunk as { texts: Module }).texts));
    expect(areas.sort()).toEqual(
      Object.keys(en)
        .map((file) => file.replace(/\.ts$/, ''))
        .sort(),
    );
  });

  test('each Japanese function, called with the sample facts English words cleanly, says no "undefined", "[object" or "NaN"', () => {
    const unclean = /undefined|\[object|NaN/;
    const say = (fn: (...args: unknown[]) => unknown, args: unknown[]): string | undefined => {
      try {
        return words(fn(...args));
      } catch {
        return undefined;
      }
    };
    let called = 0;
    const broken: string[] = [];
    for (const file of Object.keys(en)) {
      const english = new Map(Object.entries(en[file] ?? {}).flatMap(([name, value]) => functions(value, name)));
      for (const [name, value] of Object.entries(ja[file] ?? {})) {
        for (const [path, fn] of functions(value, name)) {
          const reference = english.get(path);
          // The samples English words cleanly (a function of a string is not judged on what a number does to it).
          const samples = candidates(fn.length).filter(
            (sample) => reference && !unclean.test(say(reference, sample) ?? 'NaN'),
          );
          if (!samples.length) continue;
          called++;
          const said = samples.map((sample) => say(fn, sample)).find((words) => words !== undefined);
          if (said === undefined || unclean.test(said))
            broken.push(`${file}:${path}: ${said?.slice(0, 200) ?? 'threw'}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(called).toBeGreaterThan(400);
  });
});
