import { headChars } from '../bounds';

/** What an HTML page says, as text: its title, its first words, and the tracking id of Auth0's error page. */
export interface HtmlPage {
  title?: string;
  message?: string;
  trackingId?: string;
}

const entities: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" };
const messageChars = 400;

/**
 * Read an HTML answer for what a person would see: the title, the text (scripts and styles left out, tags dropped,
 * entities decoded) and Auth0's "TRACKING ID". Only the first `headChars` are read; one pass, no markup kept.
 */
export function readHtmlPage(body: string): HtmlPage | undefined {
  const head = body.slice(0, headChars);
  if (!/^\s*<(?:!doctype html|html|head|body)/i.test(head)) return undefined;
  const lower = head.toLowerCase();
  const parts: string[] = [];
  let title: string | undefined;
  for (let at = 0; at < head.length;) {
    const open = head.indexOf('<', at);
    if (open < 0) {
      parts.push(head.slice(at));
      break;
    }
    parts.push(head.slice(at, open), ' ');
    const name = /^<\/?([a-z][a-z0-9]{0,15})/i.exec(head.slice(open, open + 20))?.[1]?.toLowerCase();
    const close = head.indexOf('>', open);
    if (close < 0) break;
    at = close + 1;
    if ((name === 'script' || name === 'style' || name === 'title') && head[open + 1] !== '/') {
      const end = lower.indexOf(`</${name}`, at);
      const inner = head.slice(at, end < 0 ? head.length : end);
      if (name === 'title') title = text(inner) || undefined;
      at = end < 0 ? head.length : head.indexOf('>', end) + 1 || head.length;
    }
  }
  const words = text(parts.join(''));
  const trackingId = /TRACKING ID:?\s{0,8}([A-Za-z0-9-]{6,64})/i.exec(words)?.[1];
  const message = words.length > messageChars ? `${words.slice(0, messageChars)}…` : words;
  return {
    ...(title ? { title } : {}),
    ...(message ? { message } : {}),
    ...(trackingId ? { trackingId } : {}),
  };
}

/** Markup-free text: entities decoded, white space collapsed. */
function text(html: string): string {
  return html
    .replace(/&(#\d{1,6}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (all, entity: string) => {
      const lower = entity.toLowerCase();
      if (entities[lower]) return entities[lower];
      const code = lower.startsWith('#x')
        ? parseInt(lower.slice(2), 16)
        : lower.startsWith('#')
          ? Number(lower.slice(1))
          : NaN;
      return Number.isFinite(code) && code > 31 && code < 0x110000 ? String.fromCodePoint(code) : all;
    })
    .replace(/\s+/g, ' ')
    .trim();
}
