import { beforeAll, describe, expect, test } from 'vitest';
import { renderShell, renderShells, staticHtml, type Shell } from '../../src/shell';
import type { ShellTranslation } from '../../src/ui/shell/translation';
import { decodeHtml, translationOf } from '../../src/ui/shell/translation';

describe('the static first screen (built into index.html)', () => {
  let shell: Shell;
  beforeAll(async () => {
    shell = await renderShell();
  });

  test('holds the boxes a person starts with, each with its id, in English and empty', () => {
    for (const id of ['paste-anything', 'token-input', 'curl-import', 'field-domain', 'field-client_id', 'field-grant'])
      expect(shell.app).toContain(`id="${id}"`);
    expect(shell.app).toContain('data-testid="token-input"');
    expect(shell.app).toContain('Paste a token');
    for (const id of ['paste-anything', 'token-input', 'curl-import'])
      expect(shell.app).toMatch(new RegExp(`<textarea id="${id}"[^>]*></textarea>`));
  });

  test('disables every button, and the header’s switches, but not the form’s choices', () => {
    const buttons = shell.app.match(/<button\b[^>]*>/g) ?? [];
    expect(buttons.length).toBeGreaterThan(5);
    for (const button of buttons) expect(button).toMatch(/\sdisabled/);
    expect(shell.language).toMatch(/<select disabled/);
    expect(shell.theme).toMatch(/<select disabled/);
    expect(shell.app).toMatch(/<select id="field-grant"/);
  });

  test('carries no hydration markers and no style attributes (the CSP allows none)', () => {
    for (const html of Object.values(shell)) {
      expect(html).not.toContain('<!--');
      expect(html).not.toMatch(/\sstyle=/);
    }
  });

  test('a button already disabled is not disabled twice', () => {
    expect(staticHtml('<button type="button" disabled="">Clear</button><!--[-1-->')).toBe(
      '<button type="button" disabled="">Clear</button>',
    );
  });
});

describe('the first screen in another language: its words only', () => {
  test('what differs is kept by element and text segment, attributes with words too, decoded as the DOM holds them', () => {
    const en = '<label>Paste a token <textarea placeholder="eyJ…"></textarea></label><p>A &amp; B<b>x</b> tail</p>';
    const ja = '<label>トークンを貼り付け <textarea placeholder="eyJ…"></textarea></label><p>A と B<b>x</b> 末尾</p>';
    expect(translationOf(en, ja)).toEqual({
      elements: 4,
      texts: [
        [0, 0, 'トークンを貼り付け '],
        [2, 0, 'A と B'],
        [2, 1, ' 末尾'],
      ],
      attrs: [],
    });
    expect(translationOf('<p title="Copy">x</p>', '<p title="コピー">x</p>')?.attrs).toEqual([[0, 'title', 'コピー']]);
    expect(decodeHtml('&lt;a&gt; &#39;b&#x27; &quot;')).toBe(`<a> 'b' "`);
  });

  test('a shell that differs in more than words gets none (its visitors get the app at once)', () => {
    expect(translationOf('<p>a</p>', '<p>a<b>b</b></p>')).toBeUndefined();
    expect(translationOf('<p>a</p><p></p>', '<p>a</p><p>b</p>')).toBeUndefined();
  });

  test('Japanese: every piece of the shell, its header and its title, worded', async () => {
    const { shell, translations } = await renderShells();
    const ja = translations.find((translation: ShellTranslation) => translation.lang === 'ja');
    expect(ja?.title).toBe('Auth0 トークンデバッガー');
    expect(Object.keys(ja?.pieces ?? {}).sort()).toEqual(['app', 'language', 'theme']);
    expect(ja?.pieces.app?.texts.length).toBeGreaterThan(30);
    // Every worded segment of the English shell that is a sentence has its Japanese counterpart.
    expect(ja?.pieces.app?.texts.some(([, , words]) => words.includes('トークンを貼り付け'))).toBe(true);
    expect(shell.app).toContain('Paste a token');
  });
});
