/** An HTML answer as words: Auth0's hosted error page says what failed in its text, its title and a tracking id. */
export interface HtmlPage {
  title?: string;
  /** The visible text, one line per block, without markup, styles or scripts. */
  text: string;
  trackingId?: string;
}

const looksLikeHtml = /^\s*<(?:!doctype|html|head|body|title|meta|div|p|h1|span|table|center)\b/i;
const entity = /&(?<name>amp|lt|gt|quot|apos|nbsp|#39|#x27|#47|#x2f);/gi;
const entities: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  '#39': "'",
  '#x27': "'",
  '#47': '/',
  '#x2f': '/',
};
const blocks = [
  'p',
  'div',
  'br',
  'li',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'title',
  'section',
  'header',
  'footer',
];
const skipped = ['style', 'script', 'noscript', 'template', 'svg'];
const trackingId = /tracking[ -]?id\W{0,20}(?<id>[0-9a-f]{8,64})\b/i;

/**
 * The words of an HTML page, or undefined when the text is not HTML. One pass over the text with indexOf: no
 * pattern runs over the markup, so a page of any size costs what its length costs.
 */
export function htmlPage(html: string): HtmlPage | undefined {
  if (!looksLikeHtml.test(html.slice(0, 1024))) return undefined;
  const lower = html.toLowerCase();
  const parts: string[] = [];
  let title: string | undefined;
  for (let at = 0; at < html.length;) {
    const open = html.indexOf('<', at);
    parts.push(html.slice(at, open < 0 ? html.length : open));
    if (open < 0) break;
    const name = tagName(lower, open + 1);
    if (lower.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
      continue;
    }
    const close = html.indexOf('>', open);
    at = close < 0 ? html.length : close + 1;
    if (skipped.includes(name)) {
      const end = lower.indexOf(`</${name}`, at);
      at = end < 0 ? html.length : Math.max(at, html.indexOf('>', end) + 1 || html.length);
    } else if (name === 'title' && title === undefined) {
      const end = lower.indexOf('</title', at);
      title = clean(html.slice(at, end < 0 ? at : end)) || undefined;
    }
    if (blocks.includes(name.replace(/^\//, ''))) parts.push('\n');
  }
  const text = clean(parts.join(''));
  return { title, text, trackingId: trackingId.exec(text)?.groups?.id };
}

/** The tag's name at `at` (after `<`), lower-case, with a leading `/` for a closing tag. */
function tagName(lower: string, at: number): string {
  let end = at;
  if (lower[end] === '/') end++;
  while (end < lower.length && end - at < 20 && /[a-z0-9]/.test(lower[end] ?? '')) end++;
  return lower.slice(at, end);
}

/** Character references as a copied web page leaves them in text (`Cannot find module &#39;x&#39;`). */
export const unescapeEntities = (text: string): string =>
  text.includes('&') ? text.replace(entity, (_, name: string) => entities[name.toLowerCase()] ?? '') : text;

function clean(text: string): string {
  return unescapeEntities(text)
    .split('\n')
    .map((line) => line.replace(/[ \t\r\f\v]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}
