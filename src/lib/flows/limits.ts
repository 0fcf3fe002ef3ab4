/** Auth0 refuses an assertion that lives longer than 5 minutes; the page signs for 60 seconds. */
export const maxLifetimeS = 300;
export const lifetimeS = 60;

/** The audience Auth0 expects in an assertion for this tenant: its origin and a slash. */
export const tenantAudience = (origin: string): string => `${origin}/`;
