import { findingTexts } from '../text/findings';
import { kindNotes } from '../text/decode';
import { bySeverity } from '../diagnose/severity';
import type { DecodedToken } from './decode';
import type { TokenSource } from './input';
import type { JsonObject } from './schemas';
import { readClock, relativeTime, type Clock, type ClockReading } from './times';

export type FindingSeverity = 'error' | 'warning' | 'info';

export interface Finding {
  id: string;
  severity: FindingSeverity;
  title: string;
  detail: string;
}

const selfNamedKeyParameters = ['jku', 'jwk', 'x5u'];

/** What a person should notice about a decoded token, most serious first; `reading` when the caller has one. */
export function lintToken(decoded: DecodedToken, source: TokenSource, clock: Clock, reading?: ClockReading): Finding[] {
  const findings =
    decoded.kind === 'jws'
      ? [
          ...lintHeader(decoded.header, decoded.signature),
          ...lintClaims(decoded.claims, clock, reading ?? readClock(decoded.claims, clock)),
        ]
      : decoded.kind === 'jwe'
        ? lintJwe(decoded.header)
        : decoded.kind === 'opaque'
          ? [{ id: 'token.opaque', severity: 'info' as const, ...findingTexts.opaque, detail: opaqueNote(source) }]
          : [];
  return findings.sort(bySeverity);
}

function lintHeader(header: JsonObject, signature: string): Finding[] {
  const findings: Finding[] = [];
  const alg = header.alg;
  if (typeof alg === 'string' && alg.toLowerCase() === 'none') {
    findings.push({ id: 'token.alg-none', severity: 'error', ...findingTexts.algNone });
  } else if (typeof alg !== 'string') {
    findings.push({ id: 'token.alg-missing', severity: 'error', ...findingTexts.algMissing });
  } else {
    if (signature === '')
      findings.push({ id: 'token.signature-missing', severity: 'error', ...findingTexts.signatureMissing });
    if (alg.startsWith('HS'))
      findings.push({ id: 'token.shared-secret', severity: 'info', ...findingTexts.sharedSecret });
  }
  for (const parameter of selfNamedKeyParameters.filter((name) => name in header)) {
    findings.push({ id: `token.header-${parameter}`, severity: 'warning', ...findingTexts.selfNamedKey(parameter) });
  }
  return findings;
}

function lintClaims(claims: JsonObject, clock: Clock, { validity, times }: ClockReading): Finding[] {
  const findings: Finding[] = [];
  if (validity.status === 'expired' && typeof claims.exp === 'number') {
    findings.push({
      id: 'token.expired',
      severity: 'warning',
      ...findingTexts.expired(relativeTime(claims.exp * 1000, clock)),
    });
  }
  if (validity.status === 'not-yet-valid' && typeof claims.nbf === 'number') {
    findings.push({
      id: 'token.not-yet-valid',
      severity: 'warning',
      ...findingTexts.notYetValid(relativeTime(claims.nbf * 1000, clock)),
    });
  }
  if (validity.status === 'no-expiry')
    findings.push({ id: 'token.no-expiry', severity: 'warning', ...findingTexts.noExpiry });
  if (typeof claims.iat === 'number' && claims.iat * 1000 > clock.now + 60_000) {
    findings.push({
      id: 'token.issued-in-future',
      severity: 'warning',
      ...findingTexts.issuedInFuture(relativeTime(claims.iat * 1000, clock)),
    });
  }
  for (const [name, time] of times) {
    if (time.hint)
      findings.push({ id: `token.time-${name}`, severity: 'warning', ...findingTexts.timeHint(name, time.hint) });
  }
  return findings;
}

function lintJwe(header: JsonObject): Finding[] {
  return header.alg === 'dir' && header.enc === 'A256GCM'
    ? [
        {
          id: 'token.jwe-no-audience',
          severity: 'info',
          ...findingTexts.jweNoAudience,
          detail: kindNotes.jweNoAudience(),
        },
      ]
    : [{ id: 'token.jwe', severity: 'info', ...findingTexts.jwe, detail: kindNotes.jwe() }];
}

function opaqueNote(source: TokenSource): string {
  if (source === 'refresh_token') return kindNotes.opaqueRefresh();
  return source === 'access_token' ? kindNotes.opaqueAccess() : kindNotes.opaque();
}
