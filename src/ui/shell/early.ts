/**
 * The claims of a token pasted before the app has loaded, as the token states them: inlined into index.html's head
 * at build time (vite.config.ts, by hash in the CSP), so on a slow phone a paste shows its claims as soon as the box
 * takes it, not once the app's code has arrived. The app then draws the whole view in its place (explanations,
 * times, checks, signature). Only the plain forms are read here (a JWT, a "Bearer" header, a token response); every
 * other paste waits for the app, which reads everything. Nothing here may grow with the paste beyond one pass.
 */

import { base64urlToBytes } from '../../lib/token/jose';

/** The most text read here; a longer paste waits for the app, which shows it in parts. */
export const earlyChars = 100_000;
/** The most rows drawn per token; the app's view has the rest. */
export const earlyRows = 200;

export interface EarlyToken {
  /** Where the token was found: `access_token` or `id_token` in a token response; none for a bare token. */
  name?: string;
  claims: Array<[name: string, value: string]>;
}

/** Only the characters of a compact JWS, three parts: a JWE (five) or anything else waits for the app. */
const compact = /^[\w-]+\.[\w-]+\.[\w-]*$/;
const bearer = /^(?:authorization\s*:\s*)?bearer\s+/i;

// schemas.ts has this check too, but importing it would inline zod with it (11 KB instead of 2).
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A segment's JSON, through the decoder's own strict base64url (jose). */
const json = (part: string): unknown =>
  JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(base64urlToBytes(part)));

/** Seconds since 1970 named by a time claim, shown as an instant too. */
const times = new Set(['exp', 'iat', 'nbf', 'auth_time']);

function display(name: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (times.has(name) && typeof value === 'number' && Number.isFinite(value) && Math.abs(value) < 1e11) {
    return `${value} (${new Date(value * 1000).toISOString().replace('.000Z', 'Z')})`;
  }
  return JSON.stringify(value);
}

function claimsOf(token: string, name?: string): EarlyToken | undefined {
  if (!compact.test(token)) return undefined;
  const [header = '', payload = ''] = token.split('.');
  try {
    const claims = json(payload);
    if (!isObject(json(header)) || !isObject(claims)) return undefined;
    const rows = Object.entries(claims)
      .slice(0, earlyRows)
      .map(([key, value]): [string, string] => [key, display(key, value)]);
    return { name, claims: rows };
  } catch {
    return undefined;
  }
}

/**
 * The tokens of `text` and their claims, when it is one of the plain forms: a JWT, `Bearer <jwt>`,
 * `Authorization: Bearer <jwt>`, or a token response (JSON with `access_token` / `id_token`). Empty otherwise.
 */
export function earlyTokens(text: string): EarlyToken[] {
  if (text.length > earlyChars) return [];
  const trimmed = text.trim().replace(bearer, '');
  if (trimmed.startsWith('{')) {
    let response: unknown;
    try {
      response = JSON.parse(trimmed);
    } catch {
      return [];
    }
    if (!isObject(response)) return [];
    return ['access_token', 'id_token'].flatMap((name) => {
      const value = response[name];
      const token = typeof value === 'string' ? claimsOf(value, name) : undefined;
      return token ? [token] : [];
    });
  }
  const token = claimsOf(trimmed);
  return token ? [token] : [];
}

/**
 * Draw `tokens` into the shell's early view: one table per token, cloned from the view's own (its words come from
 * the text layer, written at build time), every claim as text.
 */
export function drawEarly(view: HTMLElement, template: HTMLTableElement, tokens: EarlyToken[]): void {
  const tables = tokens.map((token) => {
    const table = template.cloneNode(true) as HTMLTableElement;
    if (token.name) table.createCaption().textContent = token.name;
    const body = table.tBodies[0] ?? table.createTBody();
    for (const [name, value] of token.claims) {
      const row = body.insertRow();
      row.dataset.claim = name;
      const head = document.createElement('th');
      head.scope = 'row';
      head.textContent = name;
      row.append(head);
      row.insertCell().textContent = value;
    }
    return table;
  });
  view.querySelectorAll('table').forEach((table) => table.remove());
  view.append(...tables);
  view.hidden = tables.length === 0;
}

/**
 * Until the app replaces the shell (and with it the early view), draw the token box's text on every change: typed
 * or pasted natively (an input event), or pasted through the shell's own paste handling (src/ui/shell/watch.ts,
 * which inserts the text itself, so no input event follows).
 */
export function startEarly(document: Document): void {
  let template: HTMLTableElement | undefined;
  const draw = (event: Event) => {
    const box = event.target;
    if (!(box instanceof HTMLTextAreaElement) || box.id !== 'token-input') return;
    const view = document.querySelector<HTMLElement>('[data-testid="token-early"]');
    if (!view?.isConnected || !box.isConnected) return;
    template ??= view.querySelector('table')?.cloneNode(true) as HTMLTableElement | undefined;
    if (template) drawEarly(view, template, earlyTokens(box.value));
  };
  document.addEventListener('input', draw, { capture: true, passive: true });
  document.addEventListener('paste', (event) => event.defaultPrevented && draw(event), { passive: true });
}
