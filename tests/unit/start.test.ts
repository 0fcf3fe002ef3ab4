import { describe, expect, test } from 'vitest';
import { startAtOnce } from '../../src/lib/page/start';

const plain = { search: '', hash: '', languages: ['en-US', 'en'], framed: false };

describe('when the app starts: at once, or on a person’s first intent', () => {
  test.each([
    ['an English visitor on the bare page', {}, undefined],
    ['a browser preferring no language the page has', { languages: ['fr-FR', 'de'] }, undefined],
    ['a browser with no languages at all', { languages: [] }, undefined],
    ['English first, Japanese second', { languages: ['en-GB', 'ja'] }, undefined],
    ['a Japanese visitor', { languages: ['ja-JP', 'en-US'] }, 'language'],
    ['Japanese after a language the page lacks', { languages: ['fr-FR', 'ja'] }, 'language'],
    ['a prefill link', { hash: '#domain=dev-x.us.auth0.com&client_id=abc' }, 'address'],
    ['#lang=en from a Japanese browser', { hash: '#lang=en', languages: ['ja'] }, 'address'],
    ['a token link', { hash: '#token=eyJ' }, 'address'],
    ['an answer of /authorize in the query', { search: '?code=abc&state=xyz' }, 'address'],
    ['secrets in the query', { search: '?client_secret=s' }, 'address'],
    ['a frame', { framed: true, hash: '#domain=x' }, 'framed'],
  ] as const)('%s', (_, arrival, expected) => {
    expect(startAtOnce({ ...plain, ...arrival })).toBe(expected);
  });
});
