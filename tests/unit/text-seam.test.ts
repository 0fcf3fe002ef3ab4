/// <reference types="vite/client" />
import { afterEach, describe, expect, test } from 'vitest';
import { loadTexts, onTextRead, setLocale } from '../../src/lib/text/locale';
import { ui } from '../../src/lib/text/ui';
import { validityTexts } from '../../src/lib/text/times';

afterEach(() => {
  setLocale('en');
  onTextRead(() => {});
});

describe('the text seam', () => {
  test('no module of lib or state reads a text while it loads, so none is frozen in the language of the moment', async () => {
    const reads: string[] = [];
    onTextRead(() => reads.push(new Error().stack?.split('\n').slice(3, 5).join(' ') ?? ''));
    const modules = import.meta.glob(['../../src/lib/**/*.ts', '../../src/state/**/*.ts', '!../../src/lib/text/**']);
    for (const load of Object.values(modules)) await load();
    expect(reads).toEqual([]);
  }, 60_000);

  test('reads the language of the moment, on every read and every call', async () => {
    const label = ui.theme.label;
    const expired = validityTexts.expired('x');
    setLocale('ja');
    // Not loaded yet: English still.
    expect(ui.theme.label).toBe(label);
    await loadTexts('ja', 'boot');
    await loadTexts('ja', 'analysis');
    expect(ui.theme.label).not.toBe(label);
    expect(validityTexts.expired('x')).not.toBe(expired);
    setLocale('en');
    expect(ui.theme.label).toBe(label);
    expect(Object.keys(ui)).toContain('theme');
  });

  test('tells the tracker of each read', () => {
    let reads = 0;
    onTextRead(() => reads++);
    void ui.theme;
    validityTexts.expired('x');
    expect(reads).toBe(2);
  });
});
