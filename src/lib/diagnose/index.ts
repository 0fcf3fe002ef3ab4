import { pageFindings, stepAnswered } from '../flows/checks';
import { tokenResponseSchema } from '../token/schemas';
import { catalogueTexts } from '../text/diagnoses/catalogue';
import { readAnswer } from './answer';
import { endpointOf, gatherFacts } from './facts';
import { evidenceOf, fallback } from './generic';
import { matchCatalogue, suggestEntries } from './match';
import { diagnoseNetwork } from './network';
import { diagnoseSuccess } from './success';
import { bySeverity } from './severity';
import type { Diagnosis, DiagnosisContext, Suggestion } from './types';
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
  const answer = readAnswer(exchange, context.now);
  const endpoint = endpointOf(context);
  const success = tokenResponseSchema.safeParse(exchange.json);
  if (!answer.codes.length && success.success && success.data.access_token !== undefined)
    return diagnoseSuccess(context, success.data);
  const input = {
    answer,
    status: exchange.status ?? answer.facts.status,
    grant: context.request?.grant.grantType,
    endpoint,
  };
  const match = matchCatalogue(input);
  const scoped = endpoint ? { endpoint } : {};
  if (match) {
    // The words quoted are those that named the condition (a log entry's details, the error's own line), when a
    // sentence did; else the answer's first.
    const facts = {
      ...gatherFacts(context, answer, match.captures),
      ...(match.said ? { description: match.said } : {}),
    };
    const text = catalogueTexts[match.entry.id];
    if (text)
      return [
        {
          id: match.entry.id,
          severity: match.entry.severity ?? 'error',
          evidence: evidenceOf(facts),
          ...scoped,
          ...text(facts),
        },
      ];
  }
  const facts = gatherFacts(context, answer);
  // A success has nothing to rank.
  const failed = exchange.status === undefined || exchange.status >= 300;
  const suggestions = (failed ? suggestEntries(input) : []).flatMap((entry): Suggestion[] => {
    const text = catalogueTexts[entry.id]?.(facts);
    return text
      ? [{ id: entry.id, title: text.title, ...(text.breadcrumb ? { breadcrumb: text.breadcrumb } : {}) }]
      : [];
  });
  return [{ ...fallback(answer, facts, suggestions), ...scoped }];
}

export type { Diagnosis, DiagnosisContext, Severity, Suggestion } from './types';
