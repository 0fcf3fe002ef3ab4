import { describe, expect, test } from 'vitest';
import { parseFragment } from '../../src/lib/prefill/fragment';
import { fragmentLang, onlyLang, withLang } from '../../src/lib/prefill/lang';
import { startLocale } from '../../src/lib/text/locale';

describe('choosing the language', () => {
  test.each([
    [undefined, ['ja-JP', 'en-US'], 'ja'],
    [undefined, ['en-US', 'ja'], 'en'],
    [undefined, ['fr-FR', 'ja'], 'ja'],
    [undefined, ['fr-FR', 'de'], 'en'],
    [undefined, [], 'en'],
    ['en', ['ja-JP'], 'en'],
    ['ja', ['en-US'], 'ja'],
    ['xx', ['ja-JP'], 'ja'],
  ] as const)('a link saying %s, a browser preferring %j: %s', (lang, preferred, expected) => {
    expect(startLocale(lang, preferred)).toBe(expected);
  });

  test('#lang= is read before anything else, and Copy link adds or replaces it', () => {
    expect(fragmentLang('#domain=t.auth0.com&lang=ja')).toBe('ja');
    expect(fragmentLang('#domain=t.auth0.com')).toBeUndefined();
    expect(withLang('https://p.example/', 'ja')).toBe('https://p.example/#lang=ja');
    expect(withLang('https://p.example/#domain=t.auth0.com&lang=en', 'ja')).toBe(
      'https://p.example/#domain=t.auth0.com&lang=ja',
    );
    expect(withLang('https://p.example/#domain=t.auth0.com', undefined)).toBe('https://p.example/#domain=t.auth0.com');
  });

  test('a link keeps its lang in the address bar and does not call it unknown', () => {
    const prefill = parseFragment('#domain=t.auth0.com&lang=ja');
    expect(prefill.lang).toBe('ja');
    expect(prefill.cleanedHash).toBe('#domain=t.auth0.com&lang=ja');
    expect(prefill.notes.join(' ')).not.toMatch(/lang/);
    const unknown = parseFragment('#lang=xx');
    expect(unknown.lang).toBeUndefined();
    expect(unknown.cleanedHash).toBe('');
  });
});

describe('the language of a fragment, read cheaply on every hashchange', () => {
  test('found at a parameter boundary only, whatever the size of the rest', () => {
    const token = `token=${'%22'.repeat(400_000)}`;
    expect(fragmentLang(`#${token}&lang=ja`)).toBe('ja');
    expect(fragmentLang(`#lang=en&${token}`)).toBe('en');
    expect(fragmentLang(`#${token}`)).toBeUndefined();
    expect(fragmentLang('#token=xlang=ja')).toBeUndefined();
    expect(onlyLang(`#${token}`)).toBe(false);
    expect(onlyLang('#lang=ja')).toBe(true);
    expect(onlyLang('#lang=ja&domain=t.auth0.com')).toBe(false);
  });
});
