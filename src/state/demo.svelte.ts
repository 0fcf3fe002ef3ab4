import { demoCredentials, demoOrigin } from '../demo/constants';
import type { TenantConfig } from '../demo/demo-tenant';
import type { FetchRouter } from './network';
import type { SessionState } from './session.svelte';

type DemoModule = typeof import('../demo/demo-tenant');
type Navigate = ReturnType<DemoModule['demoNavigate']>;

/** The in-page demo tenant: its settings as Dashboard-like switches, answering the page's requests. */
export class DemoController {
  #config = $state<TenantConfig | undefined>();
  #module = $state.raw<DemoModule | undefined>();
  #router: FetchRouter;
  #session: SessionState;
  #pageOrigin: string;
  #navigate: Navigate | undefined;

  constructor(router: FetchRouter, session: SessionState, pageOrigin: string) {
    this.#router = router;
    this.#session = session;
    this.#pageOrigin = pageOrigin;
  }

  /**
   * Fill the form with the demo's values at once, then load the demo and set the tenant up as the story's
   * author found it. A send made before it has loaded waits for it instead of reaching the network.
   */
  async start(): Promise<void> {
    const c = demoCredentials;
    this.#session.draft.fill({
      domain: demoOrigin,
      grantType: 'password',
      clientAuth: 'client_secret_post',
      encoding: 'json',
      fields: {
        client_id: c.clientId,
        client_secret: c.clientSecret,
        username: c.username,
        password: c.password,
        audience: `${demoOrigin}/api/v2/`,
      },
    });
    const ready = this.#load();
    this.#router.route(demoOrigin, async (input, init) => (await ready)(input, init));
    await ready;
  }

  async #load(): Promise<typeof fetch> {
    const demo = (this.#module ??= await import('../demo/demo-tenant'));
    const key = await demo.createSigningKey();
    this.#config = demo.seedConfig(this.#pageOrigin);
    const config = () => $state.snapshot(this.#config) ?? demo.seedConfig(this.#pageOrigin);
    const memory = {};
    this.#navigate = demo.demoNavigate(config, key, memory);
    return demo.demoFetch(config, key, this.#pageOrigin, memory);
  }

  /** A page of the demo tenant as the login window would load it (see demoNavigate). */
  navigate(method: 'GET' | 'POST', url: string, body?: string): ReturnType<Navigate> {
    if (!this.#navigate) return Promise.reject(new Error('The demo tenant has not started'));
    return this.#navigate(method, url, body);
  }

  /** The demo tenant's settings, once it has loaded. */
  get config(): Readonly<TenantConfig> | undefined {
    return this.#config;
  }

  get module(): DemoModule | undefined {
    return this.#module;
  }

  hasGrant(grant: string): boolean {
    return this.#config?.clients[0]?.grantTypes.includes(grant) ?? false;
  }

  setGrant(grant: string, on: boolean): void {
    const client = this.#config?.clients[0];
    if (!client) return;
    const others = client.grantTypes.filter((g) => g !== grant);
    client.grantTypes = on ? [...others, grant] : others;
  }

  get defaultDirectory(): string | undefined {
    return this.#config?.defaultDirectory;
  }

  setDefaultDirectory(directory: string | undefined): void {
    if (this.#config) this.#config.defaultDirectory = directory || undefined;
  }

  get originAllowed(): boolean {
    return this.#config?.clients[0]?.allowedOrigins.includes(this.#pageOrigin) ?? false;
  }

  setOriginAllowed(on: boolean): void {
    const client = this.#config?.clients[0];
    if (client) client.allowedOrigins = on ? [this.#pageOrigin] : [];
  }

  get m2mAuthorized(): boolean {
    return (this.#config?.clientGrants.length ?? 0) > 0;
  }

  setM2mAuthorized(on: boolean): void {
    const config = this.#config;
    const api = demoCredentials.api;
    if (!config || !api) return;
    config.clientGrants = on
      ? [{ clientId: config.clients[0]?.clientId ?? '', audience: api, scope: ['read:messages'] }]
      : [];
  }

  get pageOrigin(): string {
    return this.#pageOrigin;
  }

  /** Allowed Callback URLs holds this page's own URL, the /authorize tab's redirect URI. */
  get callbackAllowed(): boolean {
    return this.#config?.clients[0]?.callbacks?.includes(this.#session.pageUrl) ?? false;
  }

  setCallbackAllowed(on: boolean): void {
    const client = this.#config?.clients[0];
    if (!client) return;
    const others = (client.callbacks ?? []).filter((url) => url !== this.#session.pageUrl);
    client.callbacks = on ? [...others, this.#session.pageUrl] : others;
  }

  /** The first post-login Action, on or off. */
  get actionEnabled(): boolean {
    return this.#config?.actions?.[0]?.enabled ?? false;
  }

  setActionEnabled(on: boolean): void {
    const action = this.#config?.actions?.[0];
    if (action) action.enabled = on;
  }
}
