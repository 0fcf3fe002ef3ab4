import type { Exchange } from '../lib/exchange';
import { masked, type HttpRequest } from '../lib/request/build';
import { toCurl } from '../lib/request/curl-export';
import type { TokenSource } from '../lib/token/input';
import { diagnoseUse, type UseTarget } from '../lib/use/diagnose';
import { apiRequest, emptyApiForm, maskRequest, parseApiUrl, userinfoRequest } from '../lib/use/request';
import type { SentToken } from '../lib/use/token';
import { useMessages, useUi } from '../lib/text/use';
import type { AnalysisLoader } from './analysis.svelte';
import type { DecoderState } from './decoder.svelte';
import type { FetchRouter } from './network';
import type { SessionState } from './session.svelte';

/** A token the panel can send, and the tenant it came from (where its /userinfo is). */
export interface Usable extends SentToken {
  key: 'access_token' | 'id_token' | 'pasted';
  tenantOrigin?: string;
}

interface Call {
  request: HttpRequest;
  target: UseTarget;
  token: SentToken;
  tenantOrigin?: string;
  apiOrigin?: string;
}

/**
 * Put a token to use: GET /userinfo of the tenant it came from, or the person's own API, with
 * `Authorization: Bearer`, through the page's one transport; the answer is diagnosed by what it says about the
 * token and recorded in the session. Requests go only to the tenant typed and to the API URL typed here.
 */
export class UseState {
  api = $state(emptyApiForm());
  choice = $state<Usable['key']>('access_token');
  showErrors = $state(false);
  busy = $state<UseTarget | undefined>();
  revealed = $state(false);
  pasted = $state('');
  pasteError = $state<string | undefined>();
  #last = $state.raw<Call | undefined>();
  /** The tokens of the last answer that had any: calling /userinfo replaces the session's exchange, not these. */
  #held: Usable[] = [];
  #session: SessionState;
  #decoder: DecoderState;
  #analysis: AnalysisLoader;
  #router: FetchRouter;

  constructor(session: SessionState, decoder: DecoderState, analysis: AnalysisLoader, router: FetchRouter) {
    this.#session = session;
    this.#decoder = decoder;
    this.#analysis = analysis;
    this.#router = router;
  }

  readonly tokens: Usable[] = $derived.by(() => {
    const received = this.#session.log.tokens.flatMap((view): Usable[] =>
      view.source === 'access_token' || view.source === 'id_token'
        ? [
            {
              key: view.source,
              raw: view.raw,
              source: view.source,
              tenantOrigin: this.#session.log.exchangeContext.tenantOrigin,
            },
          ]
        : [],
    );
    if (received.length) this.#held = received;
    const pasted = this.#decoder.tokens.find((view) => view.source !== 'refresh_token');
    return [
      ...this.#held,
      ...(pasted
        ? [
            {
              key: 'pasted' as const,
              raw: pasted.raw,
              source: 'pasted' as TokenSource,
              tenantOrigin: this.#session.draft.formContext.tenantOrigin,
            },
          ]
        : []),
    ];
  });

  readonly token: Usable | undefined = $derived(
    this.tokens.find((token) => token.key === this.choice) ?? this.tokens[0],
  );
  /** /userinfo of the tenant the token came from, as typed in the form; never a host the token names itself. */
  readonly userinfoUrl: string | undefined = $derived(
    this.token?.tenantOrigin ? `${this.token.tenantOrigin}/userinfo` : undefined,
  );
  readonly apiTarget = $derived(parseApiUrl(this.api.url));
  readonly apiIssues: string[] = $derived.by(() => {
    const built = apiRequest(this.api, 'x');
    return built.ok ? [] : built.error;
  });
  /** The last call as curl; the token masked until revealed. */
  readonly curl: string = $derived(
    this.#last ? toCurl(this.revealed ? this.#last.request : maskRequest(this.#last.request, masked)) : '',
  );

  async callUserinfo(): Promise<void> {
    const token = this.token;
    const tenant = token?.tenantOrigin;
    if (!token || !tenant || this.busy) return;
    await this.#call({ request: userinfoRequest(tenant, token.raw), target: 'userinfo', token, tenantOrigin: tenant });
  }

  async callApi(): Promise<void> {
    this.showErrors = true;
    const token = this.token;
    if (!token || this.busy) return;
    const built = apiRequest(this.api, token.raw);
    if (!built.ok || !this.apiTarget.ok) return;
    await this.#call({
      request: built.value,
      target: 'api',
      token,
      apiOrigin: this.apiTarget.value.origin,
      ...(token.tenantOrigin ? { tenantOrigin: token.tenantOrigin } : {}),
    });
  }

  /** The output of the curl, pasted back when the browser could not read the answer. */
  async readPasted(): Promise<void> {
    const last = this.#last;
    if (!last) return;
    const { parsePastedResponse } = await this.#analysis.load();
    const parsed = parsePastedResponse(this.pasted);
    if (!parsed.ok) {
      this.pasteError = parsed.error.message;
      return;
    }
    this.pasteError = undefined;
    this.#record(last, { ...parsed.value, url: last.request.url });
  }

  async #call(call: Call): Promise<void> {
    this.busy = call.target;
    this.#last = call;
    try {
      const { sendRequest } = await this.#analysis.load();
      const exchange = await sendRequest(call.request, {
        fetch: this.#router.fetchFor(call.request.url),
        timeoutMs: 20_000,
        pageOrigin: this.#session.pageOrigin,
        online: navigator.onLine,
      });
      this.#record(call, exchange);
    } finally {
      this.busy = undefined;
    }
  }

  #record(call: Call, exchange: Exchange): void {
    const endpoint = {
      path: call.target === 'userinfo' ? ('/userinfo' as const) : ('api' as const),
      source: 'request' as const,
    };
    const findings = diagnoseUse({
      target: call.target,
      exchange,
      token: call.token,
      pageOrigin: this.#session.pageOrigin,
      now: Date.now(),
      ...(call.tenantOrigin ? { tenantOrigin: call.tenantOrigin } : {}),
      ...(call.apiOrigin ? { apiOrigin: call.apiOrigin } : {}),
    });
    this.#session.record({ ...exchange, endpoint }, undefined, {
      findings,
      diagnosed: true,
      step: useUi.label(call.request.method, call.request.url),
    });
  }

  /** Why nothing can be sent yet, when nothing can. */
  get blocked(): string | undefined {
    if (!this.token) return useMessages.noToken();
    return undefined;
  }
}
