import type { RequestForm, TokenRequest } from '../request/form';
import { parseTenant, tenantFromDashboardPath } from '../tenant/domain';
import { lintTexts } from '../text/diagnoses/lints';
import { bySeverity } from './severity';
import type { Diagnosis } from './types';

const userGrants =
  /^(password|authorization_code|http:\/\/auth0\.com\/oauth\/grant-type\/(password-realm|passwordless\/otp))$/;

/** What a person should know about a request before sending it; none of these stops the send. */
export function lintRequest(form: RequestForm, request: TokenRequest | undefined): Diagnosis[] {
  const found: Diagnosis[] = [];
  const tenant = parseTenant(form.domain);
  if (!tenant.ok && tenant.error.code === 'dashboard') {
    let suggestion: string | undefined;
    try {
      suggestion = tenantFromDashboardPath(
        new URL(/^https?:/.test(form.domain.trim()) ? form.domain.trim() : `https://${form.domain.trim()}`).pathname,
      );
    } catch {
      suggestion = undefined;
    }
    found.push({ id: 'lint.dashboard-domain', severity: 'error', ...lintTexts.dashboardDomain(suggestion) });
  }
  // Each value is trimmed once: trimming a 10 MB field of spaces takes tens of milliseconds.
  const scope = form.fields.scope.trim();
  const audience = form.fields.audience.trim();
  const grant = form.grantType;
  if (scope.includes(',')) found.push({ id: 'lint.scope-commas', severity: 'warning', ...lintTexts.scopeCommas() });
  if (grant === 'client_credentials' && !audience) {
    found.push({
      id: 'lint.client-credentials-without-audience',
      severity: 'warning',
      ...lintTexts.clientCredentialsWithoutAudience(),
    });
  }
  if (grant === 'password')
    found.push({ id: 'lint.password-without-realm', severity: 'info', ...lintTexts.passwordWithoutRealm() });
  if (grant === 'authorization_code' && form.clientAuth === 'none' && !form.fields.code_verifier.trim()) {
    found.push({
      id: 'lint.public-code-without-verifier',
      severity: 'warning',
      ...lintTexts.publicCodeWithoutVerifier(),
    });
  }
  if (userGrants.test(grant) && grant !== 'authorization_code' && !audience) {
    found.push({ id: 'lint.no-audience', severity: 'info', ...lintTexts.noAudienceUserGrant() });
  }
  if (userGrants.test(grant) && /\/api\/v2\/?$/.test(audience)) {
    found.push({ id: 'lint.management-api-user-token', severity: 'info', ...lintTexts.managementApiUserToken() });
  }
  if (/(^|\s)offline_access(\s|$)/.test(scope))
    found.push({ id: 'lint.offline-access', severity: 'info', ...lintTexts.offlineAccess() });
  if (form.clientAuth !== 'none' && request && !request.tenant.local) {
    found.push({ id: 'lint.secret-from-browser', severity: 'info', ...lintTexts.secretFromBrowser() });
  }
  return found.sort(bySeverity);
}
