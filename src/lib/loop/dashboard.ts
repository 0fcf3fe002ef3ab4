/**
 * Links into the Auth0 Dashboard, built only from what the person typed: the tenant from an Auth0 domain
 * (`{tenant}.{region}.auth0.com`, or `{tenant}.auth0.com` in the US region) and the application's client id. A custom
 * domain, a local or demo tenant, or a placeholder gives no link: the breadcrumb is then only words.
 */

export interface DashboardTenant {
  tenant: string;
  region: string;
}

const auth0Host = /^([a-z0-9][a-z0-9-]{0,62})(?:\.([a-z0-9]{2,8}))?\.auth0\.com$/;
const clientIdShape = /^[A-Za-z0-9_-]{1,128}$/;

/** The Dashboard's tenant and region for a tenant host, when it is Auth0's own. */
export function dashboardTenant(host: string | undefined): DashboardTenant | undefined {
  const match = auth0Host.exec((host ?? '').toLowerCase());
  if (!match?.[1] || match[1] === 'manage') return undefined;
  return { tenant: match[1], region: match[2] ?? 'us' };
}

/** Where a breadcrumb's first steps lead, as the Dashboard's own paths. */
const sections: [string[], string | ((clientId: string | undefined, rest: string[]) => string)][] = [
  [['Applications', 'Applications'], (clientId, rest) => applicationPath(clientId, rest)],
  [['Applications', 'APIs'], 'apis'],
  [['Settings', 'General'], 'tenant/general'],
  [['Settings', 'Advanced'], 'tenant/advanced'],
  [['Authentication', 'Database'], 'connections/database'],
  [['Authentication', 'Passwordless'], 'connections/passwordless'],
  [['Authentication', 'Social'], 'connections/social'],
  [['User Management', 'Users'], 'users'],
  [['Security', 'Attack Protection'], 'security/attack-protection'],
  [['Security', 'Multi-factor Auth'], 'security/mfa'],
  [['Actions', 'Triggers'], 'actions/triggers'],
  [['Monitoring', 'Logs'], 'logs'],
  [['Monitoring', 'Stats'], 'stats'],
  [['Organizations'], 'organizations'],
];

function applicationPath(clientId: string | undefined, rest: string[]): string {
  if (!clientId) return 'applications';
  // rest: ['your app', 'Settings' | 'Credentials' | 'Connections', …]
  const tab = rest[1] === 'Credentials' ? 'credentials' : rest[1] === 'Connections' ? 'connections' : 'settings';
  return `applications/${encodeURIComponent(clientId)}/${tab}`;
}

/** The Dashboard page a breadcrumb names, for this tenant and application, or undefined when it cannot be known. */
export function dashboardUrl(
  breadcrumb: readonly string[] | undefined,
  where: { host?: string; clientId?: string },
): string | undefined {
  const tenant = dashboardTenant(where.host);
  if (!breadcrumb?.length || !tenant) return undefined;
  const clientId = where.clientId && clientIdShape.test(where.clientId) ? where.clientId : undefined;
  for (const [prefix, path] of sections) {
    if (!prefix.every((step, index) => breadcrumb[index] === step)) continue;
    const section = typeof path === 'string' ? path : path(clientId, breadcrumb.slice(prefix.length));
    return `https://manage.auth0.com/dashboard/${tenant.region}/${tenant.tenant}/${section}`;
  }
  return undefined;
}
