import { catalogue, type CatalogueEntry } from './catalogue';
import type { OAuthError } from './facts';

export interface CatalogueMatch {
  entry: CatalogueEntry;
  captures: Record<string, string>;
}

/**
 * Find the catalogue entry for an error: a description match wins (whatever the code, since Auth0 words the
 * same condition under several codes), then a code that suffices on its own; the HTTP status breaks ties.
 */
export function matchCatalogue(
  body: OAuthError | undefined,
  text: string,
  status?: number,
): CatalogueMatch | undefined {
  let best: { match: CatalogueMatch; score: number } | undefined;
  for (const entry of catalogue) {
    const scored = score(entry, body, text, status);
    if (scored && (!best || scored.score > best.score)) best = scored;
  }
  return best?.match;
}

function score(entry: CatalogueEntry, body: OAuthError | undefined, text: string, status?: number) {
  const codeMatches = body !== undefined && (entry.errors ?? []).includes(body.error);
  const statusBonus = status !== undefined && entry.status?.includes(status) ? 1 : 0;
  const description = body?.error_description ?? '';
  for (const pattern of entry.descriptions ?? []) {
    const found = body ? pattern.exec(description) : null;
    if (found)
      return { match: { entry, captures: clean(found.groups) }, score: 10 + (codeMatches ? 5 : 0) + statusBonus };
  }
  if (codeMatches && entry.codeSuffices) return { match: { entry, captures: {} }, score: 5 + statusBonus };
  if (!body) {
    for (const pattern of entry.bodies ?? []) {
      const found = pattern.exec(text);
      if (found) return { match: { entry, captures: clean(found.groups) }, score: 10 + statusBonus };
    }
  }
  return undefined;
}

function clean(groups: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).filter((pair): pair is [string, string] => pair[1] !== undefined),
  );
}
