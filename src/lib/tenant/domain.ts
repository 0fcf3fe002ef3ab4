import { err, ok, type Result } from '../result';
import { tenantMessages, tenantNotes } from '../text/tenant';

/** A tenant the page may call: an https origin, or a loopback http origin with a port (local test tenants). */
export interface Tenant {
  origin: string;
  host: string;
  local: boolean;
  /** An Auth0-operated host (`*.auth0.com`, `*.auth0app.com`) or loopback; a custom domain is not. */
  auth0: boolean;
  /** Set when part of what was typed was dropped, e.g. a pasted /oauth/token path. */
  note?: string;
  /** Set when the name had characters outside ASCII: what it looked like is not what it is. */
  warning?: string;
}

export type TenantErrorCode =
  | 'empty'
  | 'spaces'
  | 'scheme'
  | 'insecure'
  | 'local-needs-port'
  | 'dashboard'
  | 'invalid'
  | 'credentials'
  | 'no-dot'
  | 'backslash'
  | 'lookalike-separator'
  | 'path-host';

export interface TenantError {
  code: TenantErrorCode;
  message: string;
}

const maxTyped = 2048;
const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);
const dashboardPath = /^\/dashboard\/([a-z0-9-]+)\/([a-z0-9-]+)/i;
const hostname = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z0-9-]{2,63}$/;
/** A path segment shaped like a domain name; file names such as jwks.json are not. */
const domainSegment = /^(?:[a-z0-9-]{1,63}\.){1,10}[a-z]{2,63}$/i;
const fileEndings = new Set(['json', 'js', 'html', 'htm', 'txt', 'xml', 'php', 'aspx']);
/** What URL parsing would turn into a host separator: a full-width or ideographic dot becomes "." and so on. */
const separators = /[./\\@:?#%]/;
/** Dots that IDNA mapping (UTS #46) turns into "." although Unicode normalisation keeps them. */
const idnaDots = new Set(['\u3002', '\uff0e', '\uff61']);

/** Turn what a person typed as the tenant into an origin: a bare domain, a URL, or a pasted /oauth/token URL. */
export function parseTenant(text: string): Result<Tenant, TenantError> {
  const typed = text.trim();
  if (typed === '') return fail('empty', tenantMessages.empty());
  // A host name has at most 253 characters; a pasted URL with a path a few more. Longer is not a domain at all.
  if (typed.length > maxTyped) return fail('invalid', tenantMessages.tooLong(typed.length));
  if (/\s/.test(typed)) return fail('spaces', tenantMessages.spaces());
  // "host:443" has a colon too; a scheme is only what stands before "://" or a colon not followed by a port.
  const scheme = /^([a-z][a-z0-9+.-]{0,30}):(?!\d)/i.exec(typed)?.[1]?.toLowerCase();
  if (scheme && scheme !== 'http' && scheme !== 'https') return fail('scheme', tenantMessages.scheme(`${scheme}:`));
  // URL parsing reads "\" as "/" and maps look-alike dots to ".": either would send requests to another host.
  if (typed.includes('\\')) return fail('backslash', tenantMessages.backslash(hostBefore(typed, '\\')));
  const typedHost = hostPart(typed);
  const lookalike = [...typedHost].find(
    (char) => char > '\u007f' && (idnaDots.has(char) || separators.test(char.normalize('NFKC'))),
  );
  if (lookalike || typedHost.includes('%')) {
    return fail('lookalike-separator', tenantMessages.lookalikeSeparator(lookalike ?? '%', typedHost));
  }
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
  const pathHost = url.pathname.split('/').find(isDomainSegment);
  if (pathHost) return fail('path-host', tenantMessages.pathHost(host, pathHost));
  const path = `${url.pathname}${url.search}${url.hash}`;
  const note = path === '/' || path === '' ? undefined : tenantNotes.pathDropped(path);
  const warning = /[^\x20-\x7e]/.test(typedHost) ? tenantNotes.nonAscii(typedHost, host) : undefined;
  return ok({
    origin: url.origin,
    host: url.host,
    local,
    auth0: local || isAuth0Host(host),
    ...(note ? { note } : {}),
    ...(warning ? { warning } : {}),
  });
}

/** Hosts Auth0 itself runs; anything else (a custom domain, another site) is the tenant only if the person says so. */
export function isAuth0Host(host: string): boolean {
  return (host.endsWith('.auth0.com') || host.endsWith('.auth0app.com')) && !host.endsWith('.manage.auth0.com');
}

/** The tenant domain a Dashboard URL names: /dashboard/{region}/{tenant}/… → {tenant}.{region}.auth0.com. */
export function tenantFromDashboardPath(path: string): string | undefined {
  const match = dashboardPath.exec(path);
  if (!match?.[1] || !match[2]) return undefined;
  return `${match[2].toLowerCase()}.${match[1].toLowerCase()}.auth0.com`;
}

/** The host as typed: after any scheme, up to the first path, query or fragment delimiter. */
function hostPart(typed: string): string {
  const rest = typed.replace(/^[a-z][a-z0-9+.-]{0,30}:\/\//i, '');
  const end = rest.search(/[/?#]/);
  return end === -1 ? rest : rest.slice(0, end);
}

function hostBefore(typed: string, delimiter: string): string {
  return hostPart(typed.slice(0, typed.indexOf(delimiter)));
}

function isDomainSegment(segment: string): boolean {
  return domainSegment.test(segment) && !fileEndings.has(segment.slice(segment.lastIndexOf('.') + 1).toLowerCase());
}

const fail = (code: TenantErrorCode, message: string) => err({ code, message });
