/**
 * The static first screen in another language, without another page: the build renders the shell in each language
 * (src/shell.ts) and keeps only what differs, the words, keyed by the element they belong to (its place among the
 * piece's elements) and their place among its text. A visitor in that language gets those words written into the
 * English shell as text (never as HTML), and the app still loads on their first intent.
 */
export interface PieceTranslation {
  /** How many elements the piece has: a page whose parser built another tree is not written into. */
  elements: number;
  /** [element, text segment, words]: the segment-th text of the element that is not only spaces. */
  texts: [number, number, string][];
  /** [element, attribute, value], for the attributes that carry words. */
  attrs: [number, string, string][];
}

export interface ShellTranslation {
  lang: string;
  title: string;
  tagline: string;
  description: string;
  pieces: Record<string, PieceTranslation>;
}

const voidTags = new Set([
  'area',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
const wordAttrs = new Set(['aria-label', 'aria-description', 'placeholder', 'title', 'alt', 'label']);
// A tag's attributes never hold "<" here (the scan from a "<" stops at the next one, so no input makes it quadratic);
// comments are read as text (the shell has none: staticHtml strips Svelte's markers).
const token = /<(\/?)([a-zA-Z][\w-]*)(\s(?:[^<>"']|"[^"<]*"|'[^'<]*')*)?>|[^<]+|</g;
const attr = /([^\s"'=/>]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g;
const entity = /&(?:#(\d{1,7})|#x([0-9a-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi;
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** HTML's character references, as the parser decodes them into the DOM's text. */
export function decodeHtml(text: string): string {
  return text.replace(entity, (_, dec?: string, hex?: string, name?: string) =>
    dec
      ? String.fromCodePoint(Number(dec))
      : hex
        ? String.fromCodePoint(parseInt(hex, 16))
        : (named[name?.toLowerCase() ?? ''] ?? ''),
  );
}

interface Reading {
  tags: string[];
  texts: Map<string, string>;
  attrs: Map<string, string>;
}

/** The piece's elements in document order, its words by element and segment, and its worded attributes. */
function read(html: string): Reading {
  const tags: string[] = [];
  const texts = new Map<string, string>();
  const attrs = new Map<string, string>();
  const open: number[] = [];
  const segments = new Map<number, number>();
  for (const found of html.matchAll(token)) {
    const [whole, closing, name, rest = ''] = found;
    if (name === undefined) {
      if (!/\S/.test(whole)) continue;
      const parent = open.at(-1) ?? -1;
      const segment = segments.get(parent) ?? 0;
      segments.set(parent, segment + 1);
      texts.set(`${parent}:${segment}`, decodeHtml(whole));
      continue;
    }
    const tag = name.toLowerCase();
    if (closing) {
      let at = open.length - 1;
      while (at >= 0 && tags[open[at] ?? -1] !== tag) at--;
      if (at >= 0) open.length = at;
      continue;
    }
    const index = tags.length;
    tags.push(tag);
    for (const [, key = '', a, b, c] of rest.matchAll(attr)) {
      if (wordAttrs.has(key.toLowerCase())) attrs.set(`${index}:${key.toLowerCase()}`, decodeHtml(a ?? b ?? c ?? ''));
    }
    if (!voidTags.has(tag) && !/\/\s*$/.test(rest)) open.push(index);
  }
  return { tags, texts, attrs };
}

const sameKeys = (a: Map<string, string>, b: Map<string, string>) =>
  a.size === b.size && [...a.keys()].every((key) => b.has(key));

/**
 * What turns `english` into `other` (the same components rendered in another language), or undefined when they
 * differ in more than words: other elements, or text where the other has none.
 */
export function translationOf(english: string, other: string): PieceTranslation | undefined {
  const en = read(english);
  const to = read(other);
  if (en.tags.join() !== to.tags.join() || !sameKeys(en.texts, to.texts) || !sameKeys(en.attrs, to.attrs))
    return undefined;
  const texts: PieceTranslation['texts'] = [];
  for (const [key, words] of to.texts) {
    if (en.texts.get(key) === words) continue;
    const [element = '', segment = ''] = key.split(':');
    texts.push([Number(element), Number(segment), words]);
  }
  const attrs: PieceTranslation['attrs'] = [];
  for (const [key, value] of to.attrs) {
    if (en.attrs.get(key) === value) continue;
    const at = key.indexOf(':');
    attrs.push([Number(key.slice(0, at)), key.slice(at + 1), value]);
  }
  return { elements: en.tags.length, texts, attrs };
}

/**
 * What writes a piece's words into the shell under `root`, as text, or undefined unless every element and segment is
 * where the build saw it (a tree the parser built otherwise). Nothing is written until it is called, so a caller can
 * check every piece before writing any.
 */
export function planTranslation(root: Element, piece: PieceTranslation): (() => void) | undefined {
  const elements = root.querySelectorAll('*');
  if (elements.length !== piece.elements) return undefined;
  const segmentsOf = (element: Element) =>
    [...element.childNodes].filter((node): node is Text => node.nodeType === 3 && /\S/.test(node.nodeValue ?? ''));
  const writes: [Text, string][] = [];
  for (const [index, segment, words] of piece.texts) {
    const element = index < 0 ? root : elements[index];
    const text = element ? segmentsOf(element)[segment] : undefined;
    if (!text) return undefined;
    writes.push([text, words]);
  }
  return () => {
    for (const [node, words] of writes) node.nodeValue = words;
    for (const [index, name, value] of piece.attrs) elements[index]?.setAttribute(name, value);
  };
}
