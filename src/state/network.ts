/** Which fetch serves which origin: the browser's for real tenants, the demo's for the in-page tenant. */
export class FetchRouter {
  #routes = new Map<string, typeof fetch>();

  route(origin: string, fetchImpl: typeof fetch): void {
    this.#routes.set(origin, fetchImpl);
  }

  /** The fetch for a URL or origin; undefined means the browser's own. */
  fetchFor(url: string): typeof fetch | undefined {
    try {
      return this.#routes.get(new URL(url).origin);
    } catch {
      return undefined;
    }
  }
}
