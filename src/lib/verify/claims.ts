import { checkTexts as t } from '../text/verify';
import { numericDateSchema, type JsonObject } from '../token/schemas';
import { audiences } from '../token/scopes';

export type CheckStatus = 'passed' | 'failed' | 'not-checked';

export interface ClaimCheck {
  claim: 'iss' | 'aud' | 'exp' | 'nbf' | 'azp' | 'nonce';
  status: CheckStatus;
  detail: string;
}

/** What the token is checked against: the request or the person's input. */
export interface Expectations {
  /** https://TENANT/ with its trailing slash. */
  issuer?: string;
  /** The requested audience (access token) or the client id (ID token). */
  audience?: string;
  clientId?: string;
  nonce?: string;
  /** The keys came from the issuer the token names: comparing iss with that issuer would prove nothing. */
  issuerChosenByToken?: boolean;
  toleranceSeconds: number;
  now: number;
}

/** The claims compared with one expected value; each has texts for passed, failed and not checked. */
type Compared = 'iss' | 'aud' | 'azp' | 'nonce';
const comparedTexts: Record<
  Compared,
  { passed: (expected: string) => string; failed: (actual: string, expected: string) => string }
> = t;

const shown = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'missing'));

/** Passed or failed as `matches` says, or not checked when nothing is expected. */
function compare(
  claim: Compared,
  expected: string | undefined,
  actual: unknown,
  matches: (expected: string) => boolean = (value) => actual === value,
): ClaimCheck {
  if (!expected) return { claim, status: 'not-checked', detail: t.notChecked[claim] };
  const texts = comparedTexts[claim];
  return matches(expected)
    ? { claim, status: 'passed', detail: texts.passed(expected) }
    : { claim, status: 'failed', detail: texts.failed(shown(actual), expected) };
}

/** Validate claims the way an API or an application would (RFC 7519 §4.1, OIDC Core §3.1.3.7). */
export function validateClaims(claims: JsonObject, expect: Expectations): ClaimCheck[] {
  const iss =
    !expect.issuer && expect.issuerChosenByToken
      ? { claim: 'iss' as const, status: 'not-checked' as const, detail: t.issuerFromToken() }
      : compare('iss', expect.issuer, claims.iss);
  const checks: ClaimCheck[] = [
    iss,
    compare('aud', expect.audience, claims.aud, (audience) => audiences(claims).includes(audience)),
  ];
  const tolerance = expect.toleranceSeconds * 1000;
  const exp = numericDateSchema.safeParse(claims.exp);
  if (!exp.success) checks.push({ claim: 'exp', status: 'failed', detail: t.exp.missing() });
  else {
    const ok = expect.now < exp.data * 1000 + tolerance;
    checks.push({ claim: 'exp', status: ok ? 'passed' : 'failed', detail: ok ? t.exp.passed() : t.exp.failed() });
  }
  const nbf = numericDateSchema.safeParse(claims.nbf);
  if (nbf.success) {
    const ok = expect.now >= nbf.data * 1000 - tolerance;
    checks.push({ claim: 'nbf', status: ok ? 'passed' : 'failed', detail: ok ? t.nbf.passed() : t.nbf.failed() });
  }
  if ('azp' in claims) checks.push(compare('azp', expect.clientId, claims.azp));
  if ('nonce' in claims || expect.nonce) checks.push(compare('nonce', expect.nonce, claims.nonce));
  return checks;
}

/** The same checks, none trusted: claims of a token whose signature did not verify are not judged. */
export function withheldChecks(checks: ClaimCheck[]): ClaimCheck[] {
  return checks.map(({ claim }) => ({ claim, status: 'not-checked', detail: t.unverified() }));
}
