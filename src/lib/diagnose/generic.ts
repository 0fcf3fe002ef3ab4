import { cut, descriptionChars } from '../bounds';
import { fallbackTexts, oauthErrorTexts } from '../text/en/diagnoses/generic';
import type { Facts, OAuthError } from './facts';
import type { Diagnosis } from './types';

/** RFC 6749 §5.2 fallback for an OAuth error the catalogue does not know. */
export function genericOAuthError(body: OAuthError, facts: Facts): Diagnosis {
  const text = Object.hasOwn(oauthErrorTexts, body.error) ? oauthErrorTexts[body.error] : undefined;
  const id = text ? `generic.${body.error}` : 'generic.unknown-error';
  const severity = body.error === 'authorization_pending' || body.error === 'slow_down' ? 'info' : 'error';
  return { id, severity, evidence: evidenceOf(facts), ...(text ?? fallbackTexts.unknownError)(facts) };
}

/** Fallback by HTTP status for an answer that is not an OAuth body (plain text, HTML, empty). */
export function genericHttp(status: number | undefined, body: string, facts: Facts): Diagnosis {
  const [id, text] = byStatus(status, body);
  return { id, severity: 'error', evidence: evidenceOf(facts), ...text(facts) };
}

function byStatus(
  status: number | undefined,
  body: string,
): [string, (facts: Facts) => ReturnType<typeof fallbackTexts.httpStatus>] {
  if (status === 429) return ['generic.rate-limited', fallbackTexts.rateLimited];
  if (status === 404) return ['generic.not-found', fallbackTexts.notFound];
  if (status === 405) return ['generic.method-not-allowed', fallbackTexts.methodNotAllowed];
  if (status === 415) return ['generic.unsupported-media-type', fallbackTexts.unsupportedMediaType];
  if (status !== undefined && status >= 300 && status < 400) return ['generic.redirect', fallbackTexts.redirect];
  if (/^\s*<(!doctype|html)/i.test(cut(body, descriptionChars))) return ['generic.html', fallbackTexts.html];
  if (status === 401 || status === 403) return ['generic.unauthorized', fallbackTexts.unauthorized];
  if (status !== undefined && status >= 500) return ['generic.server-error', fallbackTexts.serverError];
  if (status !== undefined && status >= 200 && status < 300) return ['generic.no-token', fallbackTexts.noToken];
  return ['generic.http-status', fallbackTexts.httpStatus];
}

export function evidenceOf(facts: Facts): string | undefined {
  if (facts.error)
    return `${facts.status ? `HTTP ${facts.status} ` : ''}${facts.error}${facts.description ? `: ${facts.description}` : ''}`;
  return facts.status ? `HTTP ${facts.status}` : undefined;
}
