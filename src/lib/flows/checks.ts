import type { Diagnosis, DiagnosisContext } from '../diagnose/types';
import { requestParam } from '../request/form';
import { flowDiagnoses as t } from '../text/flows-diagnoses';
import { decodeToken } from '../token/decode';
import { maxLifetimeS, tenantAudience } from './limits';

/** What the page finds wrong in a client assertion, by reading it: no request is needed for any of these. */
export type AssertionFinding =
  | { id: 'assertion.malformed' }
  | { id: 'assertion.audience'; aud: string; expected: string }
  | { id: 'assertion.issuer'; iss: string; sub: string; clientId: string }
  | { id: 'assertion.expired'; exp: number; now: number }
  | { id: 'assertion.lifetime'; lifetime: number }
  | { id: 'assertion.jti' };

const text = (value: unknown): string => (typeof value === 'string' ? value : (JSON.stringify(value) ?? ''));

/**
 * Check a client assertion as Auth0 will (Authenticate with Private Key JWT): iss and sub the client id, aud the
 * tenant with its trailing slash, a jti, not expired (`now` in milliseconds), and at most 5 minutes long.
 */
export function checkAssertion(assertion: string, clientId: string, origin: string, now: number): AssertionFinding[] {
  const decoded = decodeToken(assertion.trim());
  if (decoded.kind !== 'jws') return [{ id: 'assertion.malformed' }];
  const { iss, sub, aud, exp, iat, jti } = decoded.claims;
  const found: AssertionFinding[] = [];
  const expected = tenantAudience(origin);
  if (aud !== expected) found.push({ id: 'assertion.audience', aud: text(aud), expected });
  if (iss !== clientId || sub !== clientId)
    found.push({ id: 'assertion.issuer', iss: text(iss), sub: text(sub), clientId });
  if (typeof exp !== 'number' || exp * 1000 <= now) found.push({ id: 'assertion.expired', exp: Number(exp), now });
  else if (typeof iat === 'number' && exp - iat > maxLifetimeS)
    found.push({ id: 'assertion.lifetime', lifetime: exp - iat });
  if (typeof jti !== 'string' || jti === '') found.push({ id: 'assertion.jti' });
  return found;
}

/** The findings as cards: each names the claim, what it holds and what Auth0 expects. */
export function assertionDiagnoses(findings: AssertionFinding[]): Diagnosis[] {
  return findings.map((finding) => ({ id: finding.id, severity: 'error', ...t.assertion(finding) }));
}

/** The `error` code of a JSON answer, when it carries one. */
function oauthErrorCode(json: unknown): string | undefined {
  const error = json && typeof json === 'object' ? (json as { error?: unknown }).error : undefined;
  return typeof error === 'string' ? error : undefined;
}

/**
 * Findings the page makes itself about an answer to a private_key_jwt request that failed client authentication:
 * what is wrong in the assertion it sent, or, when nothing is, the causes only the tenant can see (a kid or key not
 * registered on the application, another algorithm, a jti used before).
 */
export function pageFindings(context: DiagnosisContext): Diagnosis[] {
  const { exchange, request } = context;
  const assertion = requestParam(request, 'client_assertion');
  if (!request || request.clientAuth !== 'private_key_jwt' || !assertion || exchange.state !== 'http') return [];
  if (exchange.status !== 401 && oauthErrorCode(exchange.json) !== 'invalid_client') return [];
  const findings = checkAssertion(
    assertion,
    requestParam(request, 'client_id') ?? '',
    request.tenant.origin,
    context.now,
  );
  if (findings.length) return assertionDiagnoses(findings);
  return [{ id: 'assertion.refused', severity: 'error', ...t.refused() }];
}

/** The endpoints of the steps before the token, as the page names them in its texts. */
export const stepEndpoints = [
  '/passwordless/start',
  '/mfa/authenticators',
  '/mfa/challenge',
  '/mfa/associate',
  '/oauth/device/code',
  '/bc-authorize',
  '/oauth/revoke',
] as const;
export type StepEndpoint = (typeof stepEndpoints)[number];

export const isStepEndpoint = (endpoint: string | undefined): endpoint is StepEndpoint =>
  (stepEndpoints as readonly string[]).includes(endpoint ?? '');

/** A step that answered 2xx did what it was for; it carries no token, and that is not a failure. */
export function stepAnswered(context: DiagnosisContext): Diagnosis[] | undefined {
  const { exchange } = context;
  const endpoint = exchange.endpoint?.path;
  if (!isStepEndpoint(endpoint) || exchange.state !== 'http' || exchange.status === undefined) return undefined;
  if (exchange.status < 200 || exchange.status >= 300) return undefined;
  // A 200 carrying an OAuth error (the legacy /oauth/revoke answers so) did not do its job: it is diagnosed.
  if (oauthErrorCode(exchange.json) !== undefined) return undefined;
  return [{ id: `flow.step-ok`, severity: 'success', ...t.stepOk(endpoint) }];
}
