import { checkTexts as t } from '../text/en/verify';
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
  toleranceSeconds: number;
  now: number;
}

/** Validate claims the way an API or an application would (RFC 7519 §4.1, OIDC Core §3.1.3.7). */
export function validateClaims(claims: JsonObject, expect: Expectations): ClaimCheck[] {
  const checks: ClaimCheck[] = [];
  const str = (value: unknown) => (typeof value === 'string' ? value : (JSON.stringify(value) ?? 'missing'));
  if (expect.issuer) {
    const ok = claims.iss === expect.issuer;
    checks.push({
      claim: 'iss',
      status: ok ? 'passed' : 'failed',
      detail: ok ? t.iss.passed(expect.issuer) : t.iss.failed(str(claims.iss), expect.issuer),
    });
  } else checks.push({ claim: 'iss', status: 'not-checked', detail: t.notChecked.iss });
  if (expect.audience) {
    const ok = audiences(claims).includes(expect.audience);
    checks.push({
      claim: 'aud',
      status: ok ? 'passed' : 'failed',
      detail: ok ? t.aud.passed(expect.audience) : t.aud.failed(str(claims.aud), expect.audience),
    });
  } else checks.push({ claim: 'aud', status: 'not-checked', detail: t.notChecked.aud });
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
  if ('azp' in claims) {
    if (expect.clientId) {
      const ok = claims.azp === expect.clientId;
      checks.push({
        claim: 'azp',
        status: ok ? 'passed' : 'failed',
        detail: ok ? t.azp.passed(expect.clientId) : t.azp.failed(str(claims.azp), expect.clientId),
      });
    } else checks.push({ claim: 'azp', status: 'not-checked', detail: t.notChecked.azp });
  }
  if ('nonce' in claims || expect.nonce) {
    if (expect.nonce) {
      const ok = claims.nonce === expect.nonce;
      checks.push({
        claim: 'nonce',
        status: ok ? 'passed' : 'failed',
        detail: ok ? t.nonce.passed() : t.nonce.failed(),
      });
    } else checks.push({ claim: 'nonce', status: 'not-checked', detail: t.notChecked.nonce });
  }
  return checks;
}
