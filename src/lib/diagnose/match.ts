import type { EndpointFact } from '../endpoint';
import type { Answer } from './answer';
import { catalogue } from './catalogue';
import type { CatalogueEntry } from './catalogue/entry';

export interface CatalogueMatch {
  entry: CatalogueEntry;
  captures: Record<string, string>;
  /** The sentence a description pattern matched: what the texts quote as the answer's words. */
  said?: string;
}

export interface MatchInput {
  answer: Answer;
  status?: number;
  /** The grant of the request, when known. */
  grant?: string;
  /** The endpoint that answered and how the page knows; unset is taken as /oauth/token, guessed. */
  endpoint?: EndpointFact;
}

/**
 * Find the catalogue entry for an answer. A sentence match wins whatever the code, since Auth0 words one condition
 * under several codes; then a raw-body pattern; then a code that identifies the condition alone (within its
 * endpoints) or with the request's grant. A related code, the endpoint, the grant and the HTTP status break ties.
 * An entry scoped to other endpoints is never chosen for an answer whose endpoint the page knows.
 */
export function matchCatalogue(input: MatchInput): CatalogueMatch | undefined {
  let best: { match: CatalogueMatch; score: number } | undefined;
  const context = contextOf(input);
  for (const entry of catalogue) {
    const scored = score(entry, context);
    if (scored && (!best || scored.score > best.score)) best = scored;
  }
  return best?.match;
}

/**
 * The entries most likely behind an answer no entry recognises, best first: those of its endpoint, its code, its
 * grant and its status, never one the endpoint or the answer's own words rule out.
 */
export function suggestEntries(input: MatchInput, limit = 3): CatalogueEntry[] {
  const context = contextOf(input);
  return catalogue
    .map((entry, index) => ({ entry, index, rank: rank(entry, context) }))
    .filter((candidate) => candidate.rank > 0)
    .sort((a, b) => b.rank - a.rank || a.index - b.index)
    .slice(0, limit)
    .map(({ entry }) => entry);
}

interface Context extends MatchInput {
  codes: string[];
  path: string;
  /** Whether the page knows the endpoint (not the /oauth/token it assumes when nothing says). */
  known: boolean;
  /** The answer's words and challenge together, for `unless`. */
  said: string;
  /** Whether the answer has a sentence of its own besides the prose around it (a description, an error's line). */
  ownWords: boolean;
  /** Whether one of its codes names a condition, not one of RFC 6749's that wrap many. */
  specificCode: boolean;
}

/** The codes of RFC 6749 and 6750 (and the HTTP words in their place): each wraps many conditions. */
const wrapperCodes = new Set([
  'invalid_request',
  'invalid_client',
  'invalid_grant',
  'unauthorized_client',
  'unsupported_grant_type',
  'unsupported_response_type',
  'invalid_scope',
  'access_denied',
  'server_error',
  'temporarily_unavailable',
  'invalid_token',
  'insufficient_scope',
  'unauthorized',
  'forbidden',
  'bad request',
]);

function contextOf(input: MatchInput): Context {
  const { answer } = input;
  const codes = answer.codes.map((code) => code.toLowerCase());
  return {
    ...input,
    codes,
    path: input.endpoint?.path ?? '/oauth/token',
    known: input.endpoint !== undefined && input.endpoint.source !== 'default',
    said: [
      ...answer.descriptions,
      answer.text,
      answer.facts.challengeHeader ? `www-authenticate: ${answer.facts.challengeHeader}` : '',
    ].join('\n'),
    ownWords: answer.errorLines.length > 0 || answer.descriptions.some((line) => line !== answer.text),
    specificCode: codes.some((code) => !wrapperCodes.has(code)),
  };
}

/** What the entry has in common with the answer, or undefined when the endpoint or the answer rule it out. */
function fit(entry: CatalogueEntry, context: Context) {
  const onEndpoint = entry.endpoints?.some((endpoint) => endpoint === context.path) ?? false;
  if (entry.endpoints && !onEndpoint && context.known) return undefined;
  const shapes = !entry.onlyAt || onEndpoint;
  if (entry.unless?.some((pattern) => pattern.test(context.said))) return undefined;
  if (entry.requires?.some((pattern) => !pattern.test(context.said))) return undefined;
  const grantFits = context.grant !== undefined && entry.grants?.test(context.grant) === true;
  if (entry.grantOnly && !grantFits) return undefined;
  if (context.grant !== undefined && entry.notGrants?.test(context.grant)) return undefined;
  let captures: Record<string, string> = {};
  const at = entry.codesAt;
  let identifies =
    (shapes && context.codes.some((code) => entry.codes?.includes(code))) ||
    (at !== undefined &&
      at.endpoints.some((endpoint) => endpoint === context.path) &&
      (!at.bare || context.answer.descriptions.length === 0) &&
      context.codes.some((code) => at.codes.includes(code)));
  const statusFits = context.status !== undefined && (entry.status?.includes(context.status) ?? false);
  if (shapes && !identifies && entry.codePattern) {
    for (const code of context.answer.codes) {
      const found = entry.codePattern.exec(code);
      if (found) {
        identifies = true;
        captures = clean(found.groups);
        break;
      }
    }
  }
  return {
    identifies,
    captures,
    related: identifies || context.codes.some((code) => entry.errors?.includes(code)),
    shapes,
    onEndpoint,
    statusFits,
    grantFits,
    // The status alone names it, but only as a last resort: any sentence or code another entry knows says more, and
    // a JSON answer's own code that no entry knows is the fallback's to rank, not the status's to name (in printed
    // text, a code-shaped word such as Terraform's `auth0_action.my_action` may be no code at all).
    byStatus:
      entry.byStatus === true &&
      statusFits &&
      onEndpoint &&
      context.known &&
      (!context.answer.json || context.codes.length === 0),
  };
}

function score(entry: CatalogueEntry, context: Context) {
  const found = fit(entry, context);
  if (!found) return undefined;
  const { related, onEndpoint, statusFits, grantFits } = found;
  const ties = (statusFits ? 1 : 0) + (onEndpoint ? 2 : 0) + (grantFits ? 1 : 0) + (entry.weight ?? 0);
  const bonus = (related ? 5 : 0) + ties;
  // The error's own line first: a pattern met there outweighs the same entry's, or another's, met in prose.
  const { errorLines, descriptions } = context.answer;
  for (const [said, weight] of [
    ...errorLines.map((line): [string, number] => [line, 3]),
    // The answer's own sentence before the prose around it: a pattern met only in the prose ranks a little lower.
    ...descriptions.map((line): [string, number] => [line, line === context.answer.text && context.ownWords ? -2 : 0]),
  ]) {
    // Words met only in the prose around the answer, for an entry that knows none of the answer's own codes: below
    // any entry that the code identifies (an app's own `AxiosError … status code 429` around Auth0's too_many_requests).
    // RFC 6749's own codes wrap many conditions (`access_denied` around "nonce mismatch"): they do not count here.
    const aside = weight <= 0 && !related && said === context.answer.text && context.specificCode;
    for (const pattern of entry.descriptions ?? []) {
      const match = pattern.exec(said);
      if (match)
        return {
          match: { entry, captures: { ...found.captures, ...clean(match.groups) }, said },
          score: aside ? ties - 50 : 10 + bonus + weight,
        };
    }
  }
  for (const said of descriptions) {
    // The whole paste is the answer's own sentence only when it is one line and nothing else in it is one.
    if (said === context.answer.text && (descriptions.length > 1 || said.includes('\n'))) continue;
    for (const pattern of entry.ownDescriptions ?? []) {
      const match = pattern.exec(said);
      if (match)
        return { match: { entry, captures: { ...found.captures, ...clean(match.groups) }, said }, score: 10 + bonus };
    }
  }
  if (found.shapes && (context.status === undefined || !entry.status || statusFits)) {
    for (const pattern of entry.bodies ?? []) {
      const match = pattern.exec(context.answer.text);
      if (match) return { match: { entry, captures: { ...found.captures, ...clean(match.groups) } }, score: 9 + bonus };
    }
    const challenge = context.answer.facts.challengeHeader;
    for (const pattern of challenge === undefined ? [] : (entry.challenges ?? [])) {
      const match = pattern.exec(challenge ?? '');
      if (match) return { match: { entry, captures: { ...found.captures, ...clean(match.groups) } }, score: 9 + bonus };
    }
  }
  const byGrant = grantFits && context.codes.some((code) => entry.errors?.includes(code));
  if (found.identifies || byGrant) return { match: { entry, captures: found.captures }, score: 5 + ties };
  // Below any code or sentence another entry knows, whatever the ties.
  if (found.byStatus) return { match: { entry, captures: found.captures }, score: ties - 100 };
  return undefined;
}

function rank(entry: CatalogueEntry, context: Context): number {
  const found = fit(entry, context);
  if (!found || entry.severity === 'info') return 0;
  const { onEndpoint, statusFits, grantFits } = found;
  // A code the entry knows, wherever it counts; or else its HTTP status where it answers.
  const known = context.codes.some(
    (code) =>
      entry.codes?.includes(code) ||
      entry.errors?.includes(code) ||
      entry.codesAt?.codes.includes(code) ||
      entry.codePattern?.test(code),
  );
  if (!known && !(statusFits && (onEndpoint || !entry.endpoints))) return 0;
  return (known ? 4 : 0) + (statusFits ? 2 : 0) + (grantFits ? 2 : 0) + (onEndpoint ? 1 : 0);
}

function clean(groups: Record<string, string | undefined> | undefined): Record<string, string> {
  return Object.fromEntries(
    Object.entries(groups ?? {}).filter((pair): pair is [string, string] => pair[1] !== undefined),
  );
}
