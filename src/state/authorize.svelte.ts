import { readRedirectAnswer } from '../lib/authorize/answer';
import { readCallback, readWebMessage, type Callback } from '../lib/authorize/callback';
import { bindingFindings, diagnoseRedirect, finding } from '../lib/authorize/diagnose';
import { checkBindings } from '../lib/authorize/checks';
import { codeExchange, silentRequest } from '../lib/authorize/exchange';
import { isLoopbackUrl, type AuthorizeFacts } from '../lib/authorize/facts';
import type { Handoff } from '../lib/authorize/handoff';
import { newFlowSecrets, type FlowSecrets, type WebCrypto } from '../lib/authorize/pkce';
import {
  authorizeUrl,
  emptyAuthorizeForm,
  validateAuthorize,
  wantsAccessToken,
  wantsCode,
  wantsIdToken,
  type AuthorizeIssue,
  type AuthorizeRequest,
} from '../lib/authorize/request';
import type { Diagnosis } from '../lib/diagnose/types';
import type { Exchange } from '../lib/exchange';
import { buildHttpRequest, masked } from '../lib/request/build';
import type { Result } from '../lib/result';
import { authorizeMessages, authorizeUi } from '../lib/text/authorize';
import { pageTexts } from '../lib/text/authorize-page';
import { requestMessages } from '../lib/text/request-messages';
import type { AnalysisLoader } from './analysis.svelte';
import type { FetchRouter } from './network';
import type { SessionState } from './session.svelte';

/** The login window, as the state sees it: whether it is still open. */
export interface LoginWindow {
  readonly closed: boolean;
  /** The window itself, to recognise its web messages. */
  readonly window: unknown;
  close(): void;
}

/** The hidden frame of a silent authentication. */
export interface LoginFrame {
  readonly window: unknown;
  remove(): void;
}

/** What the browser does for the state: open the popup and the frame, and carry messages (src/ui/authorize/windows.ts). */
export interface LoginWindows {
  popup(url: string): LoginWindow | undefined;
  frame(url: string): LoginFrame;
  listen(handlers: {
    handoff(message: Extract<Handoff, { kind: 'callback' }>, ack: () => void): void;
    webMessage(origin: string, source: unknown, data: unknown): void;
  }): () => void;
}

/** The in-page demo tenant, which a popup cannot reach: its login is simulated (src/ui/authorize/SimulatedLogin.svelte). */
export interface DemoTenant {
  origin: string;
  /** Silent authentication against the demo: its answer to a prompt=none web_message request, as a frame would get it. */
  silent(url: string): Promise<Callback | undefined>;
}

type Phase = 'idle' | 'waiting' | 'silent' | 'exchanging';
type Mode = 'popup' | 'silent' | 'simulated' | 'manual';

/** One login in progress: its request and secrets (in memory only), and where its answer is expected from. */
interface Flow {
  request: AuthorizeRequest;
  secrets: FlowSecrets;
  mode: Mode;
  window?: LoginWindow;
  frame?: LoginFrame;
}

export interface AuthorizeOptions {
  session: SessionState;
  analysis: AnalysisLoader;
  router: FetchRouter;
  windows: LoginWindows;
  crypto: WebCrypto;
  demo?: () => DemoTenant | undefined;
  /** Seconds a silent authentication waits for its web message. */
  silentSeconds?: number;
  /** An answer that landed on this page before it had a login waiting (src/ui/authorize/orphan.ts). */
  orphan?: Callback;
}

const closedGraceMs = 1500;

/**
 * The /authorize tab: builds the URL, opens the login window (or the demo's stand-in, or a hidden frame), and
 * takes its answer from wherever it arrives (the hand-off of the page it landed on, the tenant's web message, a
 * paste), checks it against the login in progress, exchanges a code at once, and records every step in the
 * session. The verifier, state and nonce never leave this object.
 */
export class AuthorizeState {
  form = $state(emptyAuthorizeForm(''));
  showErrors = $state(false);
  phase = $state<Phase>('idle');
  /** Findings about the login window itself (blocked, closed, no answer): shown in the tab, not as an exchange. */
  notices = $state.raw<Diagnosis[]>([]);
  pasted = $state('');
  pasteError = $state<string | undefined>();
  /** The demo's stand-in for the login window: the /authorize URL it shows, while it is open. */
  simulated = $state<string | undefined>();
  /** Whether a login is waiting for its answer (the popup may be closed: a paste can still bring it). */
  pending = $state(false);
  #prepared = $state.raw<FlowSecrets | undefined>();
  #flow: Flow | undefined;
  #options: AuthorizeOptions;
  #stopListening: (() => void) | undefined;
  #watch: ReturnType<typeof setInterval> | undefined;
  #silentTimer: ReturnType<typeof setTimeout> | undefined;
  // Bookkeeping, not state: nothing renders from these two.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #handled = new Set<string>();
  /** Tenants an interactive login succeeded with since the page opened: silent login_required then means cookies. */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #loggedIn = new Set<string>();

  constructor(options: AuthorizeOptions) {
    this.#options = options;
    this.form = emptyAuthorizeForm(options.session.pageUrl);
    void this.#prepare();
    if (options.orphan) void this.receive(options.orphan, 'pasted');
  }

  readonly validation: Result<AuthorizeRequest, AuthorizeIssue[]> = $derived.by(() => {
    const session = this.#options.session;
    const checked = validateAuthorize(this.form, {
      domain: session.draft.form.domain,
      clientId: session.draft.form.fields.client_id,
      clientSecret: session.draft.form.fields.client_secret,
      pageUrl: session.pageUrl,
    });
    if (!session.draft.unconfirmedOrigin) return checked;
    const issue: AuthorizeIssue = {
      field: 'domain',
      message: requestMessages.confirmDomain(session.draft.unconfirmedOrigin),
    };
    return { ok: false, error: [issue, ...(checked.ok ? [] : checked.error)] };
  });

  /** The URL the next login opens (state, nonce and challenge fresh for it). */
  readonly url: string = $derived.by(() =>
    this.validation.ok && this.#prepared ? authorizeUrl(this.validation.value, this.#prepared) : '',
  );
  /** The same URL for the screen: the nonce, kept like a secret, is masked. */
  readonly urlOnScreen: string = $derived(
    this.#prepared ? this.url.replace(`nonce=${this.#prepared.nonce}`, `nonce=${masked}`) : '',
  );
  readonly ready = $derived(this.#prepared !== undefined);

  /** Open the login window with the prepared secrets: called within the click, so no popup blocker objects. */
  login(): void {
    this.showErrors = true;
    const checked = this.validation;
    const secrets = this.#prepared;
    if (!checked.ok || !secrets) return;
    const url = authorizeUrl(checked.value, secrets);
    this.#renew();
    const demo = this.#options.demo?.();
    const simulated = demo !== undefined && checked.value.tenant.origin === demo.origin;
    this.#begin({ request: checked.value, secrets, mode: simulated ? 'simulated' : 'popup' });
    this.notices = [];
    if (simulated) {
      this.simulated = url;
      this.phase = 'waiting';
      return;
    }
    const opened = this.#options.windows.popup(url);
    if (!opened) {
      // The login stays pending: opened by hand in another tab, its answer is handed over or pasted.
      this.notices = [finding('authorize.popup-blocked', 'warning', pageTexts.popupBlocked())];
      this.phase = 'idle';
      return;
    }
    if (this.#flow) this.#flow.window = opened;
    this.phase = 'waiting';
    this.#watchWindow(opened);
  }

  /**
   * The URL copied to be opened by hand (popups blocked, another browser profile): its login becomes the one in
   * progress, so the answer, handed over or pasted, is checked against it. The next Log in makes fresh secrets.
   */
  manual(): string {
    this.showErrors = true;
    const checked = this.validation;
    const secrets = this.#prepared;
    if (!checked.ok || !secrets) return '';
    this.#begin({ request: checked.value, secrets, mode: 'manual' });
    return authorizeUrl(checked.value, secrets);
  }

  /** prompt=none with response_mode=web_message in a hidden frame, the SPA SDK's way of renewing a session. */
  silent(): void {
    this.showErrors = true;
    const checked = this.validation;
    const secrets = this.#prepared;
    if (!checked.ok || !secrets) return;
    const request = silentRequest(checked.value);
    const url = authorizeUrl(request, secrets);
    this.#renew();
    this.#begin({ request, secrets, mode: 'silent' });
    this.notices = [];
    this.phase = 'silent';
    const seconds = this.#options.silentSeconds ?? 10;
    this.#silentTimer = setTimeout(() => this.#silentTimedOut(seconds), seconds * 1000);
    const demo = this.#options.demo?.();
    if (demo && request.tenant.origin === demo.origin) {
      // The simulation knows at once when no message will come; a real frame is only known silent by its timeout.
      void demo.silent(url).then((answer) => (answer ? this.receive(answer, 'direct') : this.#silentTimedOut(seconds)));
      return;
    }
    const frame = this.#options.windows.frame(url);
    if (this.#flow) this.#flow.frame = frame;
  }

  /** Stop waiting for the login window (and close it); a pasted answer still completes the login. */
  stop(): void {
    this.#flow?.window?.close();
    this.#flow?.frame?.remove();
    this.simulated = undefined;
    this.#stopWatching();
    this.phase = 'idle';
  }

  /** The demo's login window was closed before it sent an answer back. */
  simulatedClosed(): void {
    this.simulated = undefined;
    if (this.phase === 'waiting') this.#closedWithoutAnswer();
  }

  /** Take a pasted answer: the URL sent back to, what was posted, or the text of an error page. */
  async receivePasted(): Promise<void> {
    const text = this.pasted;
    const read = readCallback(text);
    if (read.ok) {
      this.pasteError = undefined;
      await this.receive(read.value, 'pasted');
      return;
    }
    const answer = readRedirectAnswer(text);
    const facts = this.#facts(this.#flow);
    const found = read.error === 'empty' ? undefined : diagnoseRedirect(answer, facts);
    if (!found) {
      this.pasteError = read.error === 'empty' ? authorizeMessages.pasteEmpty() : authorizeMessages.pasteNoAnswer();
      return;
    }
    this.pasteError = undefined;
    this.#record(this.#answerExchange({ carrier: 'query', params: {} }, 'pasted', text), [found]);
  }

  /** An answer of /authorize, however it arrived: checked against the login in progress, then used. */
  async receive(callback: Callback, via: 'direct' | 'pasted'): Promise<void> {
    const flow = this.#flow;
    const { params } = callback;
    const facts = this.#facts(flow, callback);
    if (!flow) {
      const error = params.error !== undefined ? await this.#redirectFinding(callback, facts) : [];
      const orphan = finding('authorize.no-login-pending', 'warning', pageTexts.noLoginPending(facts));
      this.#record(this.#answerExchange(callback, via), [orphan, ...error]);
      return;
    }
    if (params.state !== flow.secrets.state) {
      // Refused; the login stays pending, so a forged answer arriving first cannot end the real one.
      const refusal =
        params.state === undefined
          ? finding('authorize.state-missing', 'error', pageTexts.stateMissing())
          : finding('authorize.state-mismatch', 'error', pageTexts.stateMismatch(facts));
      const error = params.error !== undefined ? await this.#redirectFinding(callback, facts) : [];
      this.#record(this.#answerExchange(callback, via), [
        refusal,
        ...error.map((d) => ({ ...d, severity: 'warning' as const })),
      ]);
      return;
    }
    this.#end(flow);
    const origin = flow.request.tenant.origin;
    if (params.error !== undefined) {
      this.#record(this.#answerExchange(callback, via), await this.#redirectFinding(callback, facts));
      return;
    }
    if (flow.mode !== 'silent') this.#loggedIn.add(origin);
    const notes = this.#carrierNotes(flow, callback, facts);
    const type = flow.request.responseType;
    const missing = [
      ...(wantsCode(type) && params.code === undefined ? ['code'] : []),
      ...(wantsIdToken(type) && params.id_token === undefined ? ['id_token'] : []),
      ...(wantsAccessToken(type) && params.access_token === undefined ? ['access_token'] : []),
    ].map((part) => finding('authorize.missing-part', 'error', pageTexts.partMissing(part, facts)));
    const bindings = params.id_token
      ? bindingFindings(
          await checkBindings(
            {
              idToken: params.id_token,
              nonce: flow.secrets.nonce,
              ...(params.access_token ? { accessToken: params.access_token } : {}),
              ...(params.code ? { code: params.code } : {}),
              requireAtHash: wantsAccessToken(type),
              requireCHash: wantsCode(type),
            },
            this.#options.crypto,
          ),
        )
      : [];
    if (params.code !== undefined) {
      await this.#exchangeCode(flow, params.code, [
        ...missing,
        ...notes,
        ...bindings.filter((d) => d.severity !== 'success'),
      ]);
      return;
    }
    const expect = { tenantOrigin: origin, clientId: flow.request.clientId, nonce: flow.secrets.nonce };
    this.#record(this.#answerExchange(callback, via), [...missing, ...bindings, ...notes], {
      diagnosed: params.access_token === undefined,
      expect,
    });
  }

  async #exchangeCode(flow: Flow, code: string, findings: Diagnosis[]): Promise<void> {
    this.phase = 'exchanging';
    try {
      const { sendRequest } = await this.#options.analysis.load();
      const request = codeExchange(flow.request, code, flow.secrets.verifier);
      const session = this.#options.session;
      const exchange = await sendRequest(buildHttpRequest(request), {
        fetch: this.#options.router.fetchFor(request.tenant.origin),
        timeoutMs: 20_000,
        pageOrigin: session.pageOrigin,
        online: navigator.onLine,
      });
      const idToken = idTokenOf(exchange.json);
      const bindings = idToken
        ? bindingFindings(await checkBindings({ idToken, nonce: flow.secrets.nonce }, this.#options.crypto))
        : [];
      session.record({ ...exchange, endpoint: { path: '/oauth/token', source: 'request' } }, request, {
        findings: [...findings, ...bindings],
        expect: { nonce: flow.secrets.nonce },
      });
    } finally {
      this.phase = 'idle';
    }
  }

  /** The /authorize side's reading of an error, else the token endpoint catalogue's, as diagnose() gives it. */
  async #redirectFinding(callback: Callback, facts: AuthorizeFacts): Promise<Diagnosis[]> {
    const { params } = callback;
    const answer = { error: params.error, description: params.error_description, text: params.error_description ?? '' };
    const own = diagnoseRedirect(answer, facts);
    if (own) return [own];
    const analysis = await this.#options.analysis.load();
    const exchange = this.#answerExchange(callback, 'direct');
    return analysis.diagnose({ exchange, pageOrigin: this.#options.session.pageOrigin, now: Date.now() }).slice(0, 1);
  }

  /** Notes on how the answer travelled: a code through the query, an answer sent back to another URL. */
  #carrierNotes(flow: Flow, callback: Callback, facts: AuthorizeFacts): Diagnosis[] {
    const notes: Diagnosis[] = [];
    if (callback.carrier === 'query' && callback.params.code !== undefined)
      notes.push(finding('authorize.code-in-query', 'info', pageTexts.codeInQuery(facts)));
    if (callback.carrier === 'form_post') notes.push(finding('authorize.form-post', 'info', pageTexts.formPost()));
    if (callback.returnedTo && withoutQuery(callback.returnedTo) !== withoutQuery(flow.request.redirectUri))
      notes.push(finding('authorize.returned-elsewhere', 'warning', pageTexts.returnedElsewhere(facts)));
    return notes;
  }

  /** The answer of /authorize as an exchange of the session: its parameters, the code masked (it is not shown). */
  #answerExchange(callback: Callback, via: 'direct' | 'pasted', text?: string): Exchange {
    const shown = { ...callback.params, ...(callback.params.code !== undefined ? { code: masked } : {}) };
    const body = text ?? JSON.stringify(shown, null, 2);
    return {
      transport: via,
      state: 'http',
      headers: [],
      body,
      json: text === undefined ? shown : undefined,
      evidence: [],
      endpoint: { path: '/authorize', source: via === 'direct' ? 'request' : 'chosen' },
      ...(callback.returnedTo ? { url: callback.returnedTo } : {}),
    };
  }

  #record(
    exchange: Exchange,
    findings: Diagnosis[],
    options: { diagnosed?: boolean; expect?: { tenantOrigin?: string; clientId?: string; nonce?: string } } = {},
  ): void {
    this.#options.session.record(exchange, undefined, {
      findings,
      diagnosed: options.diagnosed ?? true,
      step: authorizeUi.answerLabel,
      ...(options.expect ? { expect: options.expect } : {}),
    });
  }

  #facts(flow: Flow | undefined, callback?: Callback): AuthorizeFacts {
    const request = flow?.request;
    const redirectUri = request?.redirectUri ?? this.form.redirectUri;
    const param = (name: string) => request?.params.find(([key]) => key === name)?.[1];
    return {
      pageOrigin: this.#options.session.pageOrigin,
      redirectUri,
      ...(callback?.returnedTo ? { returnedTo: callback.returnedTo } : {}),
      ...(request
        ? {
            tenantOrigin: request.tenant.origin,
            clientId: request.clientId,
            responseType: request.responseType,
            ...(request.responseMode ? { responseMode: request.responseMode } : {}),
            loggedInBefore: this.#loggedIn.has(request.tenant.origin),
          }
        : {}),
      ...(param('audience') ? { audience: param('audience') } : {}),
      ...(param('prompt') ? { prompt: param('prompt') } : {}),
      silent: flow?.mode === 'silent',
      loopback: isLoopbackUrl(redirectUri),
    };
  }

  #begin(flow: Flow): void {
    this.#end(this.#flow);
    this.#flow = flow;
    this.pending = true;
    this.#stopListening ??= this.#options.windows.listen({
      handoff: (message, ack) => {
        if (!this.#flow || this.#handled.has(message.id)) return;
        this.#handled.add(message.id);
        ack();
        void this.receive(
          { carrier: message.carrier, params: message.params, returnedTo: message.returnedTo },
          'direct',
        );
      },
      webMessage: (origin, source, data) => {
        const current = this.#flow;
        if (!current || origin !== current.request.tenant.origin) return;
        const from = current.mode === 'silent' ? current.frame?.window : current.window?.window;
        const answer = from !== undefined && source === from ? readWebMessage(data) : undefined;
        if (answer) void this.receive(answer, 'direct');
      },
    });
  }

  /** The login is answered (or replaced): its window and frame go, and nothing waits for it any more. */
  #end(flow: Flow | undefined): void {
    if (!flow) return;
    flow.window?.close();
    flow.frame?.remove();
    this.#stopWatching();
    if (this.#flow === flow) {
      this.#flow = undefined;
      this.pending = false;
      this.simulated = undefined;
      this.phase = 'idle';
    }
  }

  #watchWindow(opened: LoginWindow): void {
    this.#stopWatching();
    this.#watch = setInterval(() => {
      if (!opened.closed) return;
      this.#stopWatching();
      // A page landing on the redirect URI hands its answer over before it closes; give it a moment to arrive.
      this.#silentTimer = setTimeout(() => {
        if (this.#flow?.window === opened && this.phase === 'waiting') this.#closedWithoutAnswer();
      }, closedGraceMs);
    }, 400);
  }

  #closedWithoutAnswer(): void {
    this.phase = 'idle';
    this.notices = [finding('authorize.popup-closed', 'error', pageTexts.popupClosed(this.#facts(this.#flow)))];
  }

  #silentTimedOut(seconds: number): void {
    const flow = this.#flow;
    if (!flow || flow.mode !== 'silent') return;
    const facts = this.#facts(flow);
    this.#end(flow);
    this.notices = [finding('authorize.silent-no-message', 'error', pageTexts.silentNoMessage(facts, seconds))];
  }

  #stopWatching(): void {
    clearInterval(this.#watch);
    clearTimeout(this.#silentTimer);
    this.#watch = undefined;
  }

  /** Fresh state, nonce and verifier for the next login, made ahead so the popup opens within the click. */
  #renew(): void {
    this.#prepared = undefined;
    void this.#prepare();
  }

  async #prepare(): Promise<void> {
    this.#prepared = await newFlowSecrets(this.#options.crypto);
  }

  /** Stop listening for answers: the tab's page is going away. */
  dispose(): void {
    this.stop();
    this.#stopListening?.();
    this.#stopListening = undefined;
  }
}

function idTokenOf(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined;
  const token = (json as Record<string, unknown>).id_token;
  return typeof token === 'string' ? token : undefined;
}

function withoutQuery(url: string): string {
  return url.replace(/[?#][\s\S]*$/, '');
}
