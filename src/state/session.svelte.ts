import type { Endpoint } from '../lib/endpoint';
import type { Exchange } from '../lib/exchange';
import type { TokenRequest } from '../lib/request/form';
import type { AnalysisLoader } from './analysis.svelte';
import type { ClockState } from './clock.svelte';
import { RequestDraft } from './draft.svelte';
import { ExchangeLog } from './exchange-log.svelte';
import type { FetchRouter } from './network';
import type { RecordOptions } from './exchange-log.svelte';
import type { VerifierState } from './verifier.svelte';

export type { Attempt, RequestStatus } from './exchange-log.svelte';

/** What a send ended in: an attempt recorded, or nothing sent and why. */
export type SendOutcome =
  { sent: true; attempt: number } | { sent: false; reason: 'busy' | 'invalid' | 'placeholders' };

export type { Expectations, RecordOptions } from './exchange-log.svelte';

/**
 * The loop of one session: the request being written (`draft`), the answers so far (`log`), and the two ways from
 * one to the other: sending from the page, and pasting back what curl printed.
 */
export class SessionState {
  readonly draft: RequestDraft;
  readonly log: ExchangeLog;
  readonly pageUrl: string;
  readonly pageOrigin: string;
  #analysis: AnalysisLoader;
  #router: FetchRouter;
  #controller: AbortController | undefined;
  /** Set at once on submit, before anything is awaited: a second submit meanwhile sends nothing. */
  #busy = false;

  constructor(
    clock: ClockState,
    analysis: AnalysisLoader,
    verifier: VerifierState,
    router: FetchRouter,
    pageUrl: string,
  ) {
    this.#analysis = analysis;
    this.#router = router;
    this.pageUrl = pageUrl.replace(/[?#][\s\S]*$/, '');
    this.pageOrigin = /^[a-z]+:\/\/[^/?#]+/i.exec(pageUrl)?.[0] ?? '';
    this.draft = new RequestDraft(analysis, pageUrl);
    this.log = new ExchangeLog(clock, analysis, verifier, this.pageOrigin);
  }

  /** Whether a send is under way (the Send button is a Cancel button meanwhile). */
  get sending(): boolean {
    return this.log.status === 'sending';
  }

  /**
   * Send the form's request from the browser, one at a time: while a send is under way (a double-click, a
   * repeated Enter) a second one sends nothing. Nothing is sent while a field is invalid or holds a placeholder.
   * Every failure ends in an exchange the page shows.
   */
  async send(): Promise<SendOutcome> {
    if (this.#busy) return { sent: false, reason: 'busy' };
    this.#busy = true;
    try {
      return await this.#send();
    } catch (error) {
      // sendRequest never rejects; whatever else failed (a chunk that did not load) is still reported.
      const failed = this.#analysis.request?.failedSend(error);
      const attempt = this.log.record(
        failed ?? { transport: 'direct', state: 'page-error', headers: [], body: '', evidence: [] },
        undefined,
      );
      return { sent: true, attempt: attempt.id };
    } finally {
      this.#busy = false;
    }
  }

  /** Stop the send under way; its attempt is listed as cancelled. */
  cancel(): void {
    this.#controller?.abort();
  }

  /** Hooks run before each send (a fresh client assertion signed into the form). */
  // Not state: nothing on screen depends on the hooks.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #beforeSend = new Set<() => Promise<void>>();

  /** Run `hook` before every send from now on; returns its removal. */
  beforeSend(hook: () => Promise<void>): () => void {
    this.#beforeSend.add(hook);
    return () => this.#beforeSend.delete(hook);
  }

  /** The fetch for a tenant: the demo's in-page one, or the browser's. */
  fetchFor(url: string): typeof fetch | undefined {
    return this.#router.fetchFor(url);
  }

  /**
   * Record an exchange made outside the form (a step before the token, the answer of /authorize and its code
   * exchange, /userinfo, the person's API): it becomes the current exchange and an attempt, diagnosed as the
   * options say. A send under way is cancelled: the newest answer is the one on screen.
   */
  record(exchange: Exchange, request?: TokenRequest, options: RecordOptions = {}): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.log.record(exchange, request, options);
  }

  async #send(): Promise<SendOutcome> {
    this.draft.showAllErrors();
    for (const hook of this.#beforeSend) await hook();
    // The answer's diagnosis and tokens are fetched with the send's code, not after the answer arrived.
    const { validateForm, validateTimeout, sendRequest, placeholderIssues, buildHttpRequest } =
      await this.#analysis.load();
    const form = this.draft.form;
    const validation = validateForm(form);
    const timeout = validateTimeout(this.draft.timeoutSeconds);
    if (placeholderIssues(form).length) return { sent: false, reason: 'placeholders' };
    if (!validation.ok || !timeout.ok || this.draft.unconfirmedOrigin) return { sent: false, reason: 'invalid' };
    const request = validation.value;
    const controller = (this.#controller = new AbortController());
    this.log.sending();
    const exchange = await sendRequest(buildHttpRequest(request), {
      fetch: this.#router.fetchFor(request.tenant.origin),
      timeoutMs: timeout.value * 1000,
      signal: controller.signal,
      pageOrigin: this.pageOrigin,
      online: navigator.onLine,
    });
    // A response pasted meanwhile replaced this exchange; it reports instead.
    if (this.#controller !== controller) return { sent: false, reason: 'busy' };
    this.#controller = undefined;
    return { sent: true, attempt: this.log.record(exchange, request).id };
  }

  /** A response pasted whole: taken as it is, however long, and diagnosed at once. */
  pasteResponse(text: string, endpoint?: Endpoint): Promise<boolean> {
    this.log.typeResponse(text);
    return this.diagnosePasted(endpoint);
  }

  /**
   * Take the pasted response into the same pipeline as a direct send. A console message is read with the origin
   * of the app it names, so its advice is about that app, not this page. `endpoint` is the person's choice of the
   * endpoint that answered, for a paste that does not say. Resolves to whether it was recorded.
   */
  async diagnosePasted(endpoint?: Endpoint): Promise<boolean> {
    const { parsePastedResponse, readConsoleMessage } = await this.#analysis.load();
    const text = this.log.pasted;
    const parsed = parsePastedResponse(text, endpoint);
    if (!parsed.ok) {
      this.log.failPaste(parsed.error.message);
      return false;
    }
    this.log.failPaste(undefined);
    this.#controller?.abort();
    this.#controller = undefined;
    // A browser console message is about the request of the app that logged it: neither the form's nor this page's.
    const message = parsed.value.state === 'http' ? undefined : readConsoleMessage(text);
    const consoleOrigin = message?.origin;
    const request = message
      ? undefined
      : this.draft.validation.ok
        ? this.draft.validation.value
        : this.log.exchangeRequest;
    this.log.record(parsed.value, request, { pasted: text, ...(consoleOrigin ? { origin: consoleOrigin } : {}) });
    return true;
  }
}
