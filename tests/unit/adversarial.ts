import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'svelte/compiler';
import ts from 'typescript';

/** One regular expression literal written in src/, where it is written. */
export interface FoundPattern {
  where: string;
  regex: RegExp;
}

/** Characters of 100,000: the length a paste or a description may have without freezing the tab. */
export const adversarialLength = 100_000;

const root = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.(ts|svelte)$/.test(entry.name) ? [path] : [];
  });
}

function fromLiteral(text: string): RegExp {
  const end = text.lastIndexOf('/');
  return new RegExp(text.slice(1, end), text.slice(end + 1));
}

/**
 * Every regular expression literal in src/ (TypeScript modules and Svelte components, script and markup), found
 * by parsing the source: a pattern added anywhere is timed without anyone listing it. A `RegExp` built at run
 * time cannot be timed this way, so `dynamic` lists them for the test to refuse.
 */
export function collectPatterns(): { patterns: FoundPattern[]; dynamic: string[] } {
  const found = sourceFiles(join(root, 'src')).map((path) =>
    patternsIn(relative(root, path), readFileSync(path, 'utf8')),
  );
  return { patterns: found.flatMap((file) => file.patterns), dynamic: found.flatMap((file) => file.dynamic) };
}

/** The regex literals of one source file, and where it builds a `RegExp` at run time. */
export function patternsIn(file: string, text: string): { patterns: FoundPattern[]; dynamic: string[] } {
  const patterns: FoundPattern[] = [];
  const dynamic: string[] = [];
  if (file.endsWith('.svelte')) {
    walkSvelte(parse(text, { modern: true }), (node) => {
      const where = `${file}:${text.slice(0, node.start).split('\n').length}`;
      if (node.regex) patterns.push({ where, regex: new RegExp(node.regex.pattern, node.regex.flags) });
      else dynamic.push(where);
    });
    return { patterns, dynamic };
  }
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const visit = (node: ts.Node): void => {
    const where = () => `${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral)
      patterns.push({ where: where(), regex: fromLiteral(node.getText()) });
    else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp')
      dynamic.push(where());
    ts.forEachChild(node, visit);
  };
  visit(source);
  return { patterns, dynamic };
}

interface EsNode {
  type?: string;
  start: number;
  regex?: { pattern: string; flags: string };
  callee?: { type?: string; name?: string };
}

/** Visit every regex literal and every `RegExp(…)` call in a Svelte component's AST. */
function walkSvelte(node: unknown, found: (node: EsNode) => void, seen = new Set<unknown>()): void {
  if (typeof node !== 'object' || node === null || seen.has(node)) return;
  seen.add(node);
  const candidate = node as EsNode;
  if (candidate.type === 'Literal' && candidate.regex) found(candidate);
  if (
    (candidate.type === 'NewExpression' || candidate.type === 'CallExpression') &&
    candidate.callee?.type === 'Identifier' &&
    candidate.callee.name === 'RegExp'
  )
    found({ ...candidate, regex: undefined });
  for (const [key, value] of Object.entries(node)) {
    if (key !== 'parent') walkSvelte(value, found, seen);
  }
}

/** `text` repeated (whole) up to `length` characters. */
export function repeatTo(text: string, length = adversarialLength): string {
  return text.repeat(Math.max(1, Math.floor(length / Math.max(1, text.length))));
}

/** What makes a backtracking engine stumble: long runs of one kind of character, nesting, repeated pairs. */
const singles = ['a', 'A', '0', '_', ' ', '\t', '\n', '\r\n', '"', "'", '`', '-', '.', '/', ':', '=', '<', '>'];
const more = ['{', '[', '(', '*', '#', '&', '?', '\\', '$', ',', '|', '%', '+', '~', '@', 'é', '\u0000'];
const pairs = ['a=', 'a.', 'a:', 'a ', 'a\n', '"a', "'a", 'a-', 'a/', '< ', '> ', '* ', 'a\t', 'eyJ', 'eyJ.'];
const shapes = ['{{{{[[[[', '[{"a":', '{"a":"', '"\\"', 'HTTP/1.1 ', 'curl: (', '< HTTP/2 ', 'Bearer ', '-H '];

/** The generic adversarial inputs, each of `adversarialLength` characters; the same with a character that fails an anchor. */
export function genericInputs(length = adversarialLength): { name: string; text: string }[] {
  const bases = [...singles, ...more, ...pairs, ...shapes].map((unit) => ({
    name: `${JSON.stringify(unit)} × n`,
    text: repeatTo(unit, length),
  }));
  return [
    ...bases,
    ...bases
      .filter((_, index) => index < singles.length + more.length)
      .map(({ name, text }) => ({ name: `${name} + "\\n!"`, text: `${text.slice(0, length - 2)}\n!` })),
    { name: 'a × n + " x"', text: `${'a'.repeat(length - 2)} x` },
  ];
}

/**
 * The literal stretches of a pattern, read from its source: "(?<p>\w+) is required" gives "a is required" and
 * " is required", "grant[ _]type" gives "grant type". Repeating a pattern's own words is what drives `.*` and
 * `\w+` before a literal into quadratic time.
 */
export function literalFragments(regex: RegExp): string[] {
  const source = regex.source;
  const fragments: string[] = [];
  /** Split at alternatives only, and also at every unbounded repetition. */
  let whole = '';
  let piece = '';
  const push = (text: string) => text.length > 1 && fragments.push(text);
  const add = (text: string) => {
    whole += text;
    piece += text;
  };
  const classSample: Record<string, string> = {
    d: '0',
    D: 'a',
    w: 'a',
    W: ' ',
    s: ' ',
    S: 'a',
    n: '\n',
    r: '\r',
    t: '\t',
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i] ?? '';
    if (char === '\\') {
      const next = source[++i] ?? '';
      if (next === 'b' || next === 'B' || /\d/.test(next)) continue;
      if (next === 'p' || next === 'P') {
        i = source.indexOf('}', i);
        add('a');
      } else add(classSample[next] ?? next);
    } else if (char === '[') {
      let end = i + 1;
      if (source[end] === '^') end++;
      if (source[end] === ']') end++;
      while (end < source.length && source[end] !== ']') end += source[end] === '\\' ? 2 : 1;
      const body = source.slice(i + 1, end);
      if (body.startsWith('^')) add(body.includes('a') ? 'x' : 'a');
      else add(body.startsWith('\\') ? (classSample[body[1] ?? ''] ?? body[1] ?? '') : (body[0] ?? ''));
      i = end;
    } else if (char === '(') {
      if (source[i + 1] === '?') {
        const named = /^\?<(?![=!])[^>]*>/.exec(source.slice(i + 1));
        i += named ? named[0].length : source[i + 2] === '<' ? 3 : 2;
      }
    } else if (char === '|') {
      push(whole);
      push(piece);
      whole = piece = '';
    } else if (char === '*' || char === '+' || (char === '{' && /^\{\d+,\d*\}/.test(source.slice(i)))) {
      if (char === '{') i = source.indexOf('}', i);
      push(piece);
      piece = '';
    } else if (char === '{' && /^\{\d+\}/.test(source.slice(i))) {
      i = source.indexOf('}', i);
    } else if (char === '.') add('x');
    else if (!')?^$'.includes(char)) add(char);
  }
  push(whole);
  push(piece);
  return [...new Set(fragments)];
}

/** The adversarial inputs made of one pattern's own literals: the fragment repeated, spaced, and cut by a line break. */
export function fragmentInputs(regex: RegExp, length = adversarialLength): { name: string; text: string }[] {
  return literalFragments(regex).flatMap((fragment) => [
    { name: `${JSON.stringify(fragment)} × n`, text: repeatTo(fragment, length) },
    { name: `${JSON.stringify(`${fragment} `)} × n + "\\n!"`, text: `${repeatTo(`${fragment} `, length - 2)}\n!` },
    { name: `${JSON.stringify(fragment)} + "a" × n`, text: `${fragment}${'a'.repeat(length - fragment.length)}` },
  ]);
}

/**
 * The fastest of up to three runs, in milliseconds: a run over four budgets is not run again (a quadratic pattern
 * takes seconds), and taking the fastest keeps a garbage collection pause from failing a linear one.
 */
export function fastest(run: () => unknown, budgetMs: number): number {
  let best = Infinity;
  for (let attempt = 0; attempt === 0 || (attempt < 3 && best > budgetMs && best < 4 * budgetMs); attempt++) {
    const start = performance.now();
    run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** Run a pattern as the code uses it: every match for a global pattern, the first otherwise. */
export function runPattern(regex: RegExp, text: string): void {
  const fresh = new RegExp(regex.source, regex.flags);
  if (fresh.global) text.replace(fresh, '');
  else fresh.exec(text);
}
