import { pageFindings, stepAnswered } from '../flows/checks';
import { tokenResponseSchema } from '../token/schemas';
import { catalogueTexts } from '../text/en/diagnoses/catalogue';
import { gatherFacts, oauthError } from './facts';
import { evidenceOf, genericHttp, genericOAuthError } from './generic';
import { matchCatalogue } from './match';
import { diagnoseNetwork } from './network';
import { diagnoseSuccess } from './success';
import { bySeverity } from './severity';
import type { Diagnosis, DiagnosisContext } from './types';
import { diagnoseVerification } from './verification';

/** Every finding about one exchange, most important first. */
export function diagnose(context: DiagnosisContext): Diagnosis[] {
  // What the page itself sees first (the client assertion it sent), and a step before the token that did its job.
  const found = [
    ...pageFindings(context),
    ...(stepAnswered(context) ??
      (context.exchange.state === 'http' ? diagnoseHttp(context) : diagnoseNetwork(context))),
  ];
  for (const { token, signature, checks } of context.verifications ?? []) {
    found.push(...diagnoseVerification(token, signature, checks));
  }
  return found.sort(bySeverity);
}

function diagnoseHttp(context: DiagnosisContext): Diagnosis[] {
  const { exchange } = context;
  const body = oauthError(context);
  const success = tokenResponseSchema.safeParse(exchange.json);
  if (!body && success.success && success.data.access_token !== undefined)
    return diagnoseSuccess(context, success.data);
  const match = matchCatalogue({
    body,
    text: exchange.body,
    status: exchange.status,
    grant: context.request?.grant.grantType,
  });
  if (match) {
    const facts = gatherFacts(context, body, match.captures);
    const text = catalogueTexts[match.entry.id];
    if (text)
      return [
        { id: match.entry.id, severity: match.entry.severity ?? 'error', evidence: evidenceOf(facts), ...text(facts) },
      ];
  }
  const facts = gatherFacts(context, body);
  return [body ? genericOAuthError(body, facts) : genericHttp(exchange.status, exchange.body, facts)];
}

export type { Diagnosis, DiagnosisContext, Severity } from './types';
