import { err, ok, type Result } from '../result';
import { tenantMessages, tenantNotes } from '../text/en/tenant';

/** A tenant the page may call: an https origin, or a loopback http origin with a port (local test tenants). */
export interface Tenant {
  origin: string;
  host: string;
  local: boolean;
  /** Set when part of what was typed was dropped, e.g. a pasted /oauth/token path. */
  note?: string;
}

export type TenantErrorCode =
  'empty' | 'spaces' | 'scheme' | 'insecure' | 'local-needs-port' | 'dashboard' | 'invalid' | 'credentials' | 'no-dot';

export interface TenantError {
  code: TenantErrorCode;
  message: string;
}

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
const dashboardPath = /^\/dashboard\/([a-z0-9-]+)\/([a-z0-9-]+)/i;
const hostname = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;

/** Turn what a person typed as the tenant into an origin: a bare domain, a URL, or a pasted /oauth/token URL. */
export function parseTenant(text: string): Result<Tenant, TenantError> {
  const typed = text.trim();
  if (typed === '') return fail('empty', tenantMessages.empty());
  if (/\s/.test(typed)) return fail('spaces', tenantMessages.spaces());
  // "host:443" has a colon too; a scheme is only what stands before "://" or a colon not followed by a port.
  const scheme = /^([a-z][a-z0-9+.-]*):(?!\d)/i.exec(typed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return fail('scheme', tenantMessages.scheme(`${scheme}:`));
  let url: URL;
  try {
    url = new URL(scheme ? typed : `https://${typed}`);
  } catch {
    return fail('invalid', tenantMessages.invalid(typed));
  }
  // A bare "localhost:3000" means the local http tenant, not https.
  if (!scheme && loopbackHosts.has(url.hostname)) url.protocol = 'http:';
  if (url.username || url.password) return fail('credentials', tenantMessages.credentials());
  const host = url.hostname.toLowerCase();
  if (host === 'manage.auth0.com' || host.endsWith('.manage.auth0.com')) {
    return fail('dashboard', tenantMessages.dashboard(tenantFromDashboardPath(url.pathname)));
  }
  const local = loopbackHosts.has(host);
  if (url.protocol === 'http:' && !local) return fail('insecure', tenantMessages.insecure());
  if (local && url.protocol === 'http:' && url.port === '')
    return fail('local-needs-port', tenantMessages.localNeedsPort());
  if (!local && !hostname.test(host)) {
    return fail(
      host.includes('.') ? 'invalid' : 'no-dot',
      host.includes('.') ? tenantMessages.invalid(host) : tenantMessages.noDot(),
    );
  }
  const path = `${url.pathname}${url.search}${url.hash}`;
  const note = path === '/' || path === '' ? undefined : tenantNotes.pathDropped(path);
  return ok({ origin: url.origin, host: url.host, local, ...(note ? { note } : {}) });
}

/** The tenant domain a Dashboard URL names: /dashboard/{region}/{tenant}/… → {tenant}.{region}.auth0.com. */
export function tenantFromDashboardPath(path: string): string | undefined {
  const match = dashboardPath.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  return `${match[2].toLowerCase()}.${match[1].toLowerCase()}.auth0.com`;
}

const fail = (code: TenantErrorCode, message: string) => err({ code, message });
