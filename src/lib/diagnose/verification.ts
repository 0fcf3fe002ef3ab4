import { verificationTexts } from '../text/diagnoses/verification';
import type { ClaimCheck } from '../verify/claims';
import type { SignatureResult } from '../verify/verify';
import type { Diagnosis } from './types';

/** Turn a finished verification into diagnosis cards: a broken signature, and each failed claim check. */
export function diagnoseVerification(token: string, signature: SignatureResult, checks: ClaimCheck[]): Diagnosis[] {
  const found: Diagnosis[] = [];
  if (signature.status !== 'verified') {
    found.push({
      id: 'verify.signature',
      severity: 'error',
      evidence: signature.code,
      ...verificationTexts.signatureInvalid(token, signature.message),
    });
  }
  for (const check of checks.filter((c) => c.status === 'failed')) {
    found.push({
      id: `verify.${check.claim}`,
      severity: 'error',
      ...verificationTexts.checkFailed(token, check.claim, check.detail),
    });
  }
  return found;
}
