import { cut, descriptionChars } from '../bounds';
import { catalogue, type CatalogueEntry } from './catalogue';
import type { OAuthError } from './facts';

export interface CatalogueMatch {
  entry: CatalogueEntry;
  captures: Record<string, string>;
}

export interface MatchInput {
  body?: OAuthError;
  /** The raw body text. */
  text: string;
  status?: number;
  /** The grant of the request, when known. */
  grant?: string;
}

/**
 * Find the catalogue entry for an answer. A description match wins whatever the code, since Auth0 words one
 * condition under several codes; then a raw-body pattern; then a code that identifies the condition alone or
 * with the request's grant. A matching code and HTTP status break ties.
 */
export function matchCatalogue(input: MatchInput): CatalogueMatch | undefined {
  // Patterns read a window of the description and of the body (bounds.ts): 10 MB cost what a short answer does.
  const description = input.body?.error_description;
  const windowed = {
    ...input,
    text: cut(input.text, descriptionChars),
    description: description === undefined ? undefined : cut(description, descriptionChars),
  };
  let best: { match: CatalogueMatch; score: number } | undefined;
  for (const entry of catalogue) {
    const scored = score(entry, windowed);
    if (scored && (!best || scored.score > best.score)) best = scored;
  }
  return best?.match;
}

function score(
  entry: CatalogueEntry,
  { body, text, status, grant, description }: MatchInput & { description?: string },
) {
  const code = body?.error;
  const codeRelated = code !== undefined && (entry.errors?.includes(code) || entry.codes?.includes(code));
  const statusFits = status !== undefined && entry.status?.includes(status);
  const bonus = (codeRelated ? 5 : 0) + (statusFits ? 1 : 0);
  if (description !== undefined) {
    for (const pattern of entry.descriptions ?? []) {
      const found = pattern.exec(description);
      if (found) return { match: { entry, captures: clean(found.groups) }, score: 10 + bonus };
    }
  }
  if (status === undefined || !entry.status || statusFits) {
    for (const pattern of entry.bodies ?? []) {
      const found = pattern.exec(text);
      if (found) return { match: { entry, captures: clean(found.groups) }, score: 9 + bonus };
    }
  }
  const grantFits = grant !== undefined && entry.grants?.test(grant) === true;
  if (code !== undefined && (entry.codes?.includes(code) || (grantFits && entry.errors?.includes(code)))) {
    return { match: { entry, captures: {} }, score: 5 + (grantFits ? 1 : 0) + (statusFits ? 1 : 0) };
  }
  return undefined;
}

function clean(groups: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).filter((pair): pair is [string, string] => pair[1] !== undefined),
  );
}
