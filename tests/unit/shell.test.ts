import { describe, expect, test } from 'vitest';
import { renderShell, staticHtml } from '../../src/shell';

describe('the static first screen (built into index.html)', () => {
  const shell = renderShell();

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
