/**
 * What every request of this page carries: no cookies, no cache, no referrer, and no redirect followed. A
 * browser would re-send a POST's body (the secret, the password) to wherever a 307 or 308 points; with
 * `manual` it stops at the 3xx and hands over an `opaqueredirect` response instead.
 */
export const requestInit = {
  credentials: 'omit',
  cache: 'no-store',
  referrerPolicy: 'no-referrer',
  redirect: 'manual',
} as const satisfies RequestInit;

/** Longer Location values are cut for the screen; a header can hold hundreds of kilobytes. */
const maxLocation = 500;

/**
 * Whether a response is a redirect rather than an answer. A browser gives `opaqueredirect` (status 0, no
 * Location) under `redirect: 'manual'`; an injected fetch may give the 3xx itself; a fetch that followed
 * anyway shows it in `redirected` or in a final URL that is not the one asked for.
 */
export function redirectOf(
  response: Response,
  requested: string,
): { location?: string; followed: boolean } | undefined {
  if (response.type === 'opaqueredirect') return { followed: false };
  if (response.status >= 300 && response.status < 400) {
    const location = response.headers.get('location');
    return { followed: false, ...(location ? { location: resolve(location, requested) } : {}) };
  }
  if (response.redirected || (response.url !== '' && withoutHash(response.url) !== withoutHash(requested)))
    return { followed: true, location: resolve(response.url, requested) };
  return undefined;
}

function resolve(location: string, base: string): string {
  let href: string;
  try {
    href = new URL(location, base).href;
  } catch {
    href = location;
  }
  return href.length > maxLocation ? `${href.slice(0, maxLocation)}…` : href;
}

function withoutHash(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.hash = '';
    return parsed.href;
  } catch {
    return url;
  }
}
