import { cut, descriptionChars } from '../bounds';
import type { Diagnosis, Severity } from '../diagnose/types';
import { pageTexts } from '../text/authorize-page';
import type { FindingText } from '../text/authorize-paths';
import { redirectTexts } from '../text/authorize-redirect';
import type { RedirectAnswer } from './answer';
import type { BindingCheck } from './checks';
import type { AuthorizeFacts } from './facts';
import { matchRedirect } from './redirect-errors';

/** Conditions that are the person's choice or a step to take, rather than a fault. */
const notFaults: Record<string, Severity> = {
  'authorize.user-cancelled': 'warning',
  'authorize.consent-declined': 'warning',
  'authorize.login-required': 'warning',
  'authorize.consent-required': 'warning',
  'authorize.interaction-required': 'warning',
  'authorize.mfa-required': 'warning',
};

/**
 * The finding for an error of the /authorize side, with what the page knows of its login (the redirect_uri it
 * sent, a silent attempt, localhost); undefined when no condition of the /authorize side recognises it, and the
 * token endpoint's catalogue is asked instead.
 */
export function diagnoseRedirect(answer: RedirectAnswer, facts: AuthorizeFacts): Diagnosis | undefined {
  const match = matchRedirect(answer);
  const text = match && redirectTexts[match.condition.id];
  if (!match || !text) return undefined;
  const all: AuthorizeFacts = {
    ...facts,
    ...(answer.error !== undefined ? { error: cut(answer.error, descriptionChars) } : {}),
    ...(answer.description !== undefined ? { description: cut(answer.description, descriptionChars) } : {}),
    ...(answer.trackingId ? { trackingId: answer.trackingId } : {}),
    ...match.captures,
  };
  return finding(match.condition.id, notFaults[match.condition.id] ?? 'error', text(all), evidenceOf(answer));
}

/** A finding of the page's own (state, popup, ID token bindings), from its text. */
export function finding(id: string, severity: Severity, text: FindingText, evidence?: string): Diagnosis {
  return { id, severity, ...text, ...(evidence ? { evidence } : {}) };
}

/** The ID token's bindings to its login as findings: one failure each, or one success naming what was checked. */
export function bindingFindings(checks: BindingCheck[]): Diagnosis[] {
  if (checks.length === 0) return [];
  const failed = checks.filter((check) => check.status !== 'matches');
  if (failed.length === 0)
    return [finding('authorize.id-token-bound', 'success', pageTexts.bound(checks.map((check) => check.claim)))];
  return failed.map((check) =>
    check.claim === 'nonce'
      ? finding(`authorize.nonce-${check.status}`, 'error', pageTexts.nonceMismatch(check.status === 'differs'))
      : finding(
          `authorize.${check.claim.replace('_', '-')}-${check.status}`,
          'error',
          pageTexts.hashMismatch(check.claim, check.status === 'missing'),
        ),
  );
}

function evidenceOf(answer: RedirectAnswer): string | undefined {
  if (answer.error) return `${answer.error}${answer.description ? `: ${answer.description}` : ''}`;
  return answer.description ? cut(answer.description, 300) : undefined;
}
