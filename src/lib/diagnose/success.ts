import { formatTexts } from '../text/format';
import { requestParam } from '../request/form';
import { decodeToken } from '../token/decode';
import type { TokenResponse } from '../token/schemas';
import { audiences } from '../token/scopes';
import { successTexts } from '../text/diagnoses/success';
import type { Diagnosis, DiagnosisContext } from './types';

const userGrants =
  /^(password|authorization_code|refresh_token|urn:ietf:params:oauth:grant-type:device_code|http:\/\/auth0\.com\/oauth\/grant-type\/(password-realm|passwordless\/otp|mfa-otp|mfa-oob|mfa-recovery-code))$/;
const skewToleranceMs = 60_000;

/** Check a successful token response against what was asked: audience, issuer, times, scopes, extra tokens. */
export function diagnoseSuccess(context: DiagnosisContext, response: TokenResponse): Diagnosis[] {
  const request = context.request;
  const grant = request?.grant.grantType;
  const found: Diagnosis[] = [{ id: 'success.token-issued', severity: 'success', ...successTexts.tokenIssued(grant) }];
  const access = response.access_token !== undefined ? decodeToken(response.access_token, 'access_token') : undefined;
  const requestedAudience = requestParam(request, 'audience');

  if (access?.kind === 'opaque' || (access?.kind === 'jwe' && access.header.alg === 'dir')) {
    found.push({
      id: 'success.opaque-access-token',
      severity: 'warning',
      ...successTexts.opaqueNoAudience(requestedAudience !== undefined),
    });
  }
  const requestedScopes = requestParam(request, 'scope')?.split(/\s+/).filter(Boolean) ?? [];
  if (access?.kind === 'jws') {
    const claims = access.claims;
    const aud = audiences(claims);
    if (requestedAudience && !aud.includes(requestedAudience)) {
      found.push({
        id: 'success.audience-mismatch',
        severity: 'error',
        ...successTexts.audienceMismatch(requestedAudience, aud.length ? formatTexts.list(aud) : formatTexts.missing),
      });
    }
    const expectedIssuer = request ? `${request.tenant.origin}/` : undefined;
    if (expectedIssuer && typeof claims.iss === 'string' && claims.iss !== expectedIssuer) {
      found.push({
        id: 'success.issuer-mismatch',
        severity: 'warning',
        ...successTexts.issuerMismatch(expectedIssuer, claims.iss),
      });
    }
    if (typeof claims.exp === 'number' && claims.exp * 1000 <= context.now) {
      found.push({ id: 'success.expired', severity: 'error', ...successTexts.expired() });
    }
    const future = (['nbf', 'iat'] as const).find((name) => {
      const value = claims[name];
      return typeof value === 'number' && value * 1000 > context.now + skewToleranceMs;
    });
    if (future) found.push({ id: 'success.clock-skew', severity: 'warning', ...successTexts.clockSkew(future) });
    if (
      aud.some((value) => /\/api\/v2\/?$/.test(value)) &&
      claims.gty !== 'client-credentials' &&
      grant !== 'client_credentials'
    ) {
      const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ').filter(Boolean) : [];
      found.push({
        id: 'success.management-api-user-token',
        severity: 'info',
        ...successTexts.managementApiUserToken(scopes),
      });
    }
    if (access.header.alg === 'HS256')
      found.push({ id: 'success.hs256', severity: 'warning', ...successTexts.sharedSecretAlgorithm() });
  }
  const granted = (
    response.scope ?? (access?.kind === 'jws' && typeof access.claims.scope === 'string' ? access.claims.scope : '')
  )
    .split(/\s+/)
    .filter(Boolean);
  const missing = requestedScopes.filter((scope) => !granted.includes(scope) && scope !== 'offline_access');
  if (missing.length && granted.length)
    found.push({ id: 'success.scopes-missing', severity: 'warning', ...successTexts.scopesMissing(missing) });

  if (grant && userGrants.test(grant)) {
    const openid = requestedScopes.includes('openid');
    if (response.id_token === undefined) {
      found.push({
        id: 'success.no-id-token',
        severity: openid ? 'warning' : 'info',
        ...successTexts.noIdToken(openid),
      });
    }
    const offline = requestedScopes.includes('offline_access');
    if (response.refresh_token === undefined && grant !== 'refresh_token') {
      found.push({
        id: 'success.no-refresh-token',
        severity: offline ? 'warning' : 'info',
        ...successTexts.noRefreshToken(offline),
      });
    }
  }
  return found;
}
