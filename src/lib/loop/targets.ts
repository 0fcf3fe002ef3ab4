import type { IssueField } from '../request/form';
import { fixTargetLabels } from '../text/fix-targets';

/** What a fix names on this page (a form field, or a switch of the demo tenant), with the words of its link. */
export type FixTarget = { label: string } & (
  | { kind: 'field'; field: IssueField }
  | { kind: 'demo'; control: 'grant'; grant: string }
  | { kind: 'demo'; control: 'directory' | 'origins' | 'm2m' }
);

/** The Dashboard's Grant Types checkboxes that the demo tenant has, by their names. */
const demoGrants: Record<string, string> = {
  Password: 'password',
  'Client Credentials': 'client_credentials',
  'Refresh Token': 'refresh_token',
  'Authorization Code': 'authorization_code',
};

/** The field each finding is about, when its fix is a change to the request (ids are the catalogue's, stable). */
const fields: Record<string, IssueField[]> = {
  'lint.scope-commas': ['scope'],
  'lint.client-credentials-without-audience': ['audience'],
  'lint.no-audience': ['audience'],
  'lint.management-api-user-token': ['audience'],
  'lint.dashboard-domain': ['domain'],
  'lint.public-code-without-verifier': ['code_verifier'],
  'lint.password-without-realm': ['grant_type'],
  'lint.offline-access': ['scope'],
  'success.opaque-access-token': ['audience'],
  'success.audience-mismatch': ['audience'],
  'success.scopes-missing': ['scope'],
  'success.no-id-token': ['scope'],
  'success.no-refresh-token': ['scope'],
  'network.unreachable': ['domain'],
  'network.redirect': ['domain'],
  'network.mixed-content': ['domain'],
  'auth0.no-audience': ['audience'],
  'auth0.service-not-found': ['audience'],
  'auth0.invalid-scope': ['scope'],
  'auth0.scopes-not-granted': ['scope'],
  'auth0.unknown-client': ['client_id'],
  'auth0.missing-client-id': ['client_id'],
  'auth0.invalid-client': ['client_id', 'client_secret'],
  'auth0.client-authentication-failed': ['client_secret', 'client_auth'],
  'auth0.client-assertion': ['client_assertion'],
  'auth0.wrong-credentials': ['username', 'password'],
  'auth0.connection-not-found': ['realm'],
  'auth0.invalid-authorization-code': ['code'],
  'auth0.pkce-verifier': ['code_verifier'],
  'auth0.invalid-redirect-uri': ['redirect_uri'],
  'auth0.invalid-refresh-token': ['refresh_token'],
  'auth0.missing-refresh-token': ['refresh_token'],
  'auth0.mfa-invalid-otp': ['otp'],
  'auth0.mfa-invalid-binding-code': ['binding_code'],
  'auth0.mfa-token-invalid': ['mfa_token'],
  'auth0.mfa-recovery-code-invalid': ['recovery_code'],
  'auth0.passwordless-wrong-code': ['otp'],
  'auth0.device-code-invalid': ['device_code'],
  'auth0.unsupported-grant-type': ['grant_type'],
  'generic.invalid_client': ['client_id', 'client_secret'],
  'generic.invalid_scope': ['scope'],
  'generic.unsupported_grant_type': ['grant_type'],
  'generic.not-found': ['domain'],
  'generic.html': ['domain'],
};

/**
 * What a finding's fix names on this page, to link to: the demo tenant's switch for a Dashboard setting (read from
 * its breadcrumb), and the form's field for a change to the request. `grant` is the request's, for a fix that
 * says "tick the grant you use".
 */
export function fixTargets(finding: { id: string; breadcrumb?: readonly string[] }, grant?: string): FixTarget[] {
  const found: FixTarget[] = [];
  const crumbs = finding.breadcrumb ?? [];
  if (crumbs.includes('Grant Types')) {
    const last = crumbs.at(-1) ?? '';
    const named = demoGrants[last] ?? (grant?.endsWith('/password-realm') ? 'password' : grant);
    if (named && Object.values(demoGrants).includes(named))
      found.push({ kind: 'demo', control: 'grant', grant: named, label: fixTargetLabels.grant(named) });
  }
  if (crumbs.includes('Default Directory'))
    found.push({ kind: 'demo', control: 'directory', label: fixTargetLabels.directory });
  if (crumbs.includes('Allowed Web Origins') || crumbs.includes('Allowed Origins (CORS)'))
    found.push({ kind: 'demo', control: 'origins', label: fixTargetLabels.origins });
  if (
    crumbs[1] === 'APIs' &&
    crumbs[2] !== 'Auth0 Management API' &&
    crumbs.includes('Machine To Machine Applications')
  )
    found.push({ kind: 'demo', control: 'm2m', label: fixTargetLabels.m2m });
  for (const field of fields[finding.id] ?? [])
    found.push({ kind: 'field', field, label: fixTargetLabels.field(field) });
  return found;
}
