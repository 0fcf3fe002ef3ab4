import { test as base, expect, type Page } from '@playwright/test';

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

interface Guard {
  /** Let the page reach a server the test itself started. */
  allowOrigin(origin: string): void;
  /** Every request the page made, as URLs. */
  requests: string[];
  /**
   * Let a tenant the test started keep the session cookies it sets with Set-Cookie (as Auth0 does for its login
   * session): those are the tenant's, not the page's. Any other cookie still fails the test.
   */
  allowTenantCookies(origin: string): void;
}

/**
 * Every test runs under guard: a request to a host the test did not start fails it, and so does a
 * Content-Security-Policy violation, an uncaught error in the page, a dialog, or anything written to storage or
 * cookies.
 */
export const test = base.extend<{ guard: Guard; pointerArrives: boolean }>({
  /**
   * The page starts its app on a person's first intent (src/main.ts), as a person shows it: the pointer comes onto
   * the page before they click anything. So after every navigation of `page` the mouse moves onto it (the top left
   * corner, where the header is and no control fetches anything). Tests of the deferral itself turn this off.
   */
  pointerArrives: [true, { option: true }],
  guard: [
    async ({ context, baseURL }, use) => {
      const allowed = new Set([new URL(baseURL ?? 'http://127.0.0.1').origin]);
      const cookieTenants = new Set<string>();
      const tenantCookies = new Set<string>();
      const guard: Guard = {
        allowOrigin: (origin) => allowed.add(new URL(origin).origin),
        requests: [],
        allowTenantCookies: (origin) => cookieTenants.add(new URL(origin).origin),
      };
      const settled: Promise<void>[] = [];
      context.on('response', (response) => {
        if (!cookieTenants.has(new URL(response.url()).origin)) return;
        settled.push(
          response
            .headerValue('set-cookie')
            .then((header) => {
              for (const line of header?.split('\n') ?? []) tenantCookies.add(line.split('=')[0]?.trim() ?? '');
            })
            .catch(() => undefined),
        );
      });
      // The popup of a login is a page of this context too: an error in it fails the test like one in the page.
      const crashes: string[] = [];
      context.on('page', (opened) =>
        opened.on('pageerror', (error) => crashes.push(`${error.name}: ${error.message}`)),
      );
      const forbidden: string[] = [];
      // Observed, not intercepted: Playwright answers CORS preflights itself for routed requests, which would
      // hide exactly the browser behaviour this product diagnoses. The machine has no outside network anyway.
      context.on('request', (request) => {
        const url = request.url();
        guard.requests.push(url);
        if (/^https?:/.test(url) && !allowed.has(new URL(url).origin)) forbidden.push(url);
      });
      await context.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (event) => {
          window.__cspViolations?.push(`${event.violatedDirective} ${event.blockedURI}`);
        });
      });
      await use(guard);
      expect(forbidden, 'requests to hosts the test did not start').toEqual([]);
      await Promise.all(settled);
      // A tenant's cookie is known by the Set-Cookie it was seen to send, or, where a test allows tenant cookies, by
      // being HttpOnly: the page's scripts cannot write one of those, and a popup that closes itself right after
      // its answer can take that answer's headers with it before they are read.
      const cookies = (await context.cookies()).filter(
        (cookie) => !tenantCookies.has(cookie.name) && !(cookieTenants.size > 0 && cookie.httpOnly),
      );
      expect(cookies, 'cookies').toEqual([]);
      expect(crashes, 'uncaught errors in other pages of the context').toEqual([]);
    },
    { auto: true },
  ],
  page: async ({ page, pointerArrives }, use) => {
    if (pointerArrives) arriveAfterNavigation(page);
    const dialogs: string[] = [];
    const cspConsole: string[] = [];
    const crashes: string[] = [];
    // Bad input gets a message, never a crash: an uncaught exception or unhandled rejection fails the test.
    page.on('pageerror', (error) => crashes.push(`${error.name}: ${error.message}`));
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspConsole.push(message.text());
    });
    await use(page);
    if (!page.isClosed() && page.url().startsWith('http')) {
      expect(await page.evaluate(() => window.__cspViolations ?? []), 'CSP violations').toEqual([]);
      expect(await storageUsed(page), 'storage written').toEqual({ local: 0, session: 0, indexedDB: [] });
    }
    expect(cspConsole, 'CSP messages in the console').toEqual([]);
    expect(crashes, 'uncaught errors in the page').toEqual([]);
    expect(dialogs, 'dialogs opened').toEqual([]);
  },
});

/** Move the mouse onto the page after each navigation `page` makes, a pixel off where it was so it is a move. */
function arriveAfterNavigation(page: Page): void {
  let moves = 0;
  const arrive = async () => {
    if (!page.url().startsWith('http')) return;
    moves++;
    await page.mouse.move(8 + (moves % 2), 8);
    // And the app takes the static screen over before the test goes on (its Send button works then): what a test
    // does in the instant of the swap is not what it means to test. Pages without the form pass at once.
    await page
      .waitForFunction(() => !document.querySelector('#request-form button[type="submit"][disabled]'), undefined, {
        timeout: 10_000,
      })
      .catch(() => undefined);
  };
  const after =
    <A extends unknown[], R>(navigate: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      const result = await navigate.apply(page, args);
      await arrive();
      return result;
    };
  Object.assign(page, {
    goto: after(page.goto),
    reload: after(page.reload),
    goBack: after(page.goBack),
    goForward: after(page.goForward),
  });
}

async function storageUsed(page: Page) {
  return page.evaluate(async () => ({
    local: localStorage.length,
    session: sessionStorage.length,
    indexedDB: (await indexedDB.databases()).map((db) => db.name),
  }));
}

export { expect };
