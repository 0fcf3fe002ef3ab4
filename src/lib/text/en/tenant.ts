/** Messages for the Tenant domain field. */
export const tenantMessages = {
  empty: () =>
    'Type your tenant domain, e.g. dev-abc123.us.auth0.com (Dashboard > Settings > Custom Domains, or any application’s Domain).',
  spaces: () => 'A domain has no spaces: check for a stray space or a second value pasted in.',
  scheme: (scheme: string) => `“${scheme}” is not a tenant address: use https://YOUR_DOMAIN (or just the domain).`,
  insecure: () =>
    'Auth0 tenants are reached over https only. http:// is accepted just for local test tenants on localhost or 127.0.0.1 with a port.',
  localNeedsPort: () => 'A local tenant needs its port, e.g. http://127.0.0.1:3000.',
  dashboard: (suggestion?: string) =>
    suggestion
      ? `manage.auth0.com is the Dashboard, not your tenant. From this Dashboard URL your tenant domain is probably ${suggestion}.`
      : 'manage.auth0.com is the Dashboard, not your tenant. Your tenant domain looks like dev-abc123.us.auth0.com: find it as the Domain of any application.',
  tooLong: (length: number) =>
    `This is ${length.toLocaleString('en')} characters long; a domain has at most 253. Type only the tenant domain.`,
  invalid: (detail: string) =>
    `This is not a domain name: ${detail.length > 300 ? `${detail.slice(0, 300)}…` : detail}`,
  credentials: () => 'Leave user names and passwords out of the domain: they go in their own fields.',
  noDot: () => 'A tenant domain has dots in it, like dev-abc123.us.auth0.com.',
  backslash: (host: string) =>
    `A domain has no backslash. A browser reads “\\” as “/”, so this would send requests to ${host || 'another host'}, with the rest as a path. Type the tenant domain alone.`,
  lookalikeSeparator: (char: string, host: string) =>
    `“${char}” (U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}) in “${host}” looks like part of a domain but a browser turns it into a separator, so requests would go to another host than the one you see. Type the domain with plain “.” dots.`,
  pathHost: (host: string, segment: string) =>
    `This sends requests to ${host}; “${segment}” is only a path on it. If your tenant is ${segment}, type just that.`,
};

export const tenantNotes = {
  nonAscii: (typed: string, ascii: string) =>
    `“${typed}” has letters outside plain ASCII, which can imitate others: its real name is ${ascii}. Auth0 tenant domains are plain ASCII.`,
  pathDropped: (path: string) => `Only the domain is used: “${path}” was dropped, and requests go to /oauth/token.`,
};
