import { bearerEndpoints } from '../endpoint';
import { fallbackTexts, oauthErrorTexts } from '../text/diagnoses/generic';
import type { Answer } from './answer';
import type { Facts } from './facts';
import type { Diagnosis, Suggestion } from './types';

/**
 * The diagnosis of an answer the catalogue does not know: what its code means by RFC 6749 (or its HTTP status),
 * said plainly to be no known wording, with the likeliest entries ranked below it.
 */
export function fallback(answer: Answer, facts: Facts, suggestions: Suggestion[]): Diagnosis {
  const code = answer.codes[0]?.toLowerCase() ?? (answer.errorText === undefined ? undefined : '');
  const bearer = bearerEndpoints.some((endpoint) => endpoint === facts.endpoint);
  const [id, text] =
    code !== undefined
      ? Object.hasOwn(oauthErrorTexts, code)
        ? [`generic.${code}`, oauthErrorTexts[code]]
        : ['generic.unknown-error', fallbackTexts.unknownError]
      : byStatus(facts.status, answer, bearer, (facts.endpoint ?? '/oauth/token') === '/oauth/token');
  const severity =
    code === 'authorization_pending' || code === 'slow_down' || id === 'generic.success' ? 'info' : 'error';
  const words = (text ?? fallbackTexts.unknownError)(facts);
  return {
    id,
    severity,
    evidence: evidenceOf(facts),
    ...words,
    cause: `${fallbackTexts.notKnown(facts)} ${words.cause}`,
    fix: [
      ...words.fix,
      ...(suggestions.length ? [fallbackTexts.checkSuggestions()] : []),
      ...(facts.endpointSource === 'default' ? [fallbackTexts.pickEndpoint()] : []),
      fallbackTexts.report(),
    ],
    ...(suggestions.length ? { suggestions } : {}),
  };
}

type Words = (facts: Facts) => ReturnType<typeof fallbackTexts.httpStatus>;

function byStatus(
  status: number | undefined,
  answer: Answer,
  bearer: boolean,
  tokenEndpoint: boolean,
): [string, Words] {
  if (status === 429) return ['generic.rate-limited', fallbackTexts.rateLimited];
  if (status === 404) return ['generic.not-found', fallbackTexts.notFound];
  if (status === 405) return ['generic.method-not-allowed', fallbackTexts.methodNotAllowed];
  if (status === 415) return ['generic.unsupported-media-type', fallbackTexts.unsupportedMediaType];
  if (status !== undefined && status >= 300 && status < 400) return ['generic.redirect', fallbackTexts.redirect];
  if (answer.html) return ['generic.html', fallbackTexts.html];
  if (status === 401 || status === 403)
    return ['generic.unauthorized', bearer ? fallbackTexts.bearerRefused : fallbackTexts.unauthorized];
  if (status !== undefined && status >= 500) return ['generic.server-error', fallbackTexts.serverError];
  if (status !== undefined && status >= 200 && status < 300)
    return tokenEndpoint ? ['generic.no-token', fallbackTexts.noToken] : ['generic.success', fallbackTexts.success];
  return ['generic.http-status', fallbackTexts.httpStatus];
}

/** The answer in one line: its status, code and sentence. */
export function evidenceOf(facts: Facts): string | undefined {
  const status = facts.status ? `HTTP ${facts.status}` : '';
  if (facts.error)
    return `${status ? `${status} ` : ''}${facts.error}${facts.description ? `: ${facts.description}` : ''}`;
  if (facts.description) return `${status ? `${status}: ` : ''}${facts.description}`;
  return status || undefined;
}
