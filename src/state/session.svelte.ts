import { createContext } from 'svelte';
import { boxChars } from '../lib/bounds';
import type { Diagnosis } from '../lib/diagnose';
import type { Exchange, ExchangeState } from '../lib/exchange';
import { buildHttpRequest, maskSecrets } from '../lib/request/build';
import { curlForScreen, toCurl } from '../lib/request/curl-export';
import {
  emptyFields,
  emptyForm,
  requestParam,
  type FormIssue,
  type RequestForm,
  type TokenRequest,
} from '../lib/request/form';
import { buildFragment, prefillKeys } from '../lib/prefill/link';
import type { Result } from '../lib/result';
import type { FetchRouter } from './network';
import type { AnalysisLoader } from './analysis.svelte';
import type { ClockState } from './clock.svelte';
import type { VerifierState } from './verifier.svelte';

export type RequestStatus = 'idle' | 'sending' | ExchangeState;

/** One exchange of this session, as the attempt list shows it. Kept in memory only. */
export interface Attempt {
  id: number;
  at: number;
  grantType?: string;
  transport: Exchange['transport'];
  state: ExchangeState;
  status?: number;
  elapsedMs?: number;
  top?: Pick<Diagnosis, 'id' | 'title' | 'severity' | 'breadcrumb'>;
}

/** The request form, the exchange it led to (sent or pasted back), its diagnosis, and the attempts so far. */
export class SessionState {
  form = $state<RequestForm>(emptyForm());
  timeoutSeconds = $state(20);
  /** Validation messages show once the person tried to send, or per field once it was left. */
  showErrors = $state(false);
  touched = $state<Record<string, boolean>>({});
  revealSecrets = $state(false);
  status = $state<RequestStatus>('idle');
  exchange = $state.raw<Exchange | undefined>();
  /** The request the current exchange answers, when known. */
  exchangeRequest = $state.raw<TokenRequest | undefined>();
  attempts = $state.raw<Attempt[]>([]);
  pasted = $state('');
  /** A pasted response too big to lay out in its box (over `boxChars`): diagnosed whole, summarised in the box. */
  readonly pastedLarge = $derived(this.pasted.length > boxChars);
  pasteError = $state<string | undefined>();
  curlImport = $state('');
  importNotes = $state.raw<{ ok: boolean; notes: string[] } | undefined>();

  readonly pageOrigin: string;
  #clock: ClockState;
  #analysis: AnalysisLoader;
  #verifier: VerifierState;
  #controller: AbortController | undefined;
  #nextId = 1;

  readonly pageUrl: string;
  #router: FetchRouter;

  constructor(
    clock: ClockState,
    analysis: AnalysisLoader,
    verifier: VerifierState,
    router: FetchRouter,
    pageUrl: string,
  ) {
    this.#clock = clock;
    this.#analysis = analysis;
    this.#verifier = verifier;
    this.#router = router;
    this.pageUrl = pageUrl.replace(/[?#][\s\S]*$/, '');
    this.pageOrigin = /^[a-z]+:\/\/[^/?#]+/i.exec(pageUrl)?.[0] ?? '';
  }

  /** Validation needs the analysis chunk; until it arrives the form is neither valid nor showing errors. */
  readonly validation: Result<TokenRequest, FormIssue[]> = $derived.by(
    () => this.#analysis.module?.validateForm(this.form) ?? { ok: false, error: [] },
  );
  readonly curl = $derived(this.validation.ok ? toCurl(buildHttpRequest(this.validation.value)) : '');
  readonly curlOnScreen = $derived(
    this.validation.ok ? (this.revealSecrets ? this.curl : curlForScreen(maskSecrets(this.validation.value))) : '',
  );
  /** When the current exchange was recorded: its diagnosis judges times as of then, so a clock tick never redoes it. */
  #exchangeAt = $state(0);
  readonly diagnoses: Diagnosis[] = $derived.by(() => {
    const analysis = this.#analysis.module;
    if (!analysis || !this.exchange) return [];
    // Verifications the person asked for on the tokens received feed the same cards.
    const verifications = this.#decodedTokens.flatMap((token) => {
      const verification = this.#verifier.results.get(token.raw);
      return typeof verification === 'object' ? [{ token: token.source.replace('_', ' '), ...verification }] : [];
    });
    const context = { exchange: this.exchange, request: this.exchangeRequest, pageOrigin: this.pageOrigin };
    return analysis.diagnose({ ...context, verifications, now: this.#exchangeAt });
  });
  readonly lints: Diagnosis[] = $derived.by(
    () => this.#analysis.module?.lintRequest(this.form, this.validation.ok ? this.validation.value : undefined) ?? [],
  );
  /** The tokens of the exchange, decoded once from its parsed body; a clock tick only redoes their times. */
  readonly #decodedTokens = $derived.by(() => {
    const analysis = this.#analysis.module;
    if (!analysis || this.exchange?.json === undefined) return [];
    const decoded = analysis.decodeResponse(this.exchange.json);
    return decoded.ok ? decoded.value.tokens : [];
  });
  readonly tokens = $derived.by(() => {
    const analysis = this.#analysis.module;
    return analysis ? this.#decodedTokens.map((view) => analysis.viewAt(view, { now: this.#clock.now })) : [];
  });

  /** What a token pasted in the decoder is verified against: the form as it stands. */
  readonly formContext = $derived.by(() => {
    const tenant = this.#analysis.module?.parseTenant(this.form.domain);
    return {
      tenantOrigin: tenant?.ok ? tenant.value.origin : undefined,
      audience: this.form.fields.audience.trim() || undefined,
      clientId: this.form.fields.client_id.trim() || undefined,
    };
  });
  /** What a token received is verified against: the request that got it. */
  readonly exchangeContext = $derived.by(() => {
    const request = this.exchangeRequest;
    return {
      tenantOrigin: request?.tenant.origin,
      audience: requestParam(request, 'audience'),
      clientId: requestParam(request, 'client_id'),
    };
  });

  /** Send the form's request from the browser; an older exchange still under way is cancelled. */
  async send(): Promise<void> {
    this.showErrors = true;
    const { validateForm, sendRequest } = await this.#analysis.load();
    const validation = validateForm(this.form);
    if (!validation.ok) return;
    const request = validation.value;
    this.#controller?.abort();
    const controller = (this.#controller = new AbortController());
    this.status = 'sending';
    try {
      const exchange = await sendRequest(buildHttpRequest(request), {
        fetch: this.#router.fetchFor(request.tenant.origin),
        timeoutMs: this.timeoutSeconds * 1000,
        signal: controller.signal,
        pageOrigin: this.pageOrigin,
        online: navigator.onLine,
      });
      if (controller.signal.aborted) return;
      this.#record(exchange, request);
    } catch {
      // Aborted because a newer send started: that one reports.
    }
  }

  /** Notes about what a link filled in or refused, shown once at the top. */
  prefillNotes = $state.raw<string[]>([]);

  /** Replace the form's values (from a link, a curl, the demo); fields not given are emptied. */
  fill(values: Partial<Omit<RequestForm, 'fields'>> & { fields?: Partial<RequestForm['fields']> }): void {
    this.form = { ...emptyForm(), ...values, fields: { ...emptyFields(), ...values.fields } };
    this.showErrors = false;
    this.touched = {};
  }

  /** A link to this page with the form's public fields; never a secret. */
  shareLink(): string {
    const fragment = buildFragment({
      domain: this.form.domain,
      grant_type: this.form.grantType,
      ...Object.fromEntries(
        prefillKeys
          .filter((key) => key !== 'domain' && key !== 'grant_type')
          .map((key) => [key, this.form.fields[key]]),
      ),
    });
    return `${this.pageUrl}#${fragment}`;
  }

  /** The Markdown report of the current exchange, secrets redacted; built only when asked for. */
  report(): string {
    const analysis = this.#analysis.module;
    if (!analysis || !this.exchange) return '';
    return analysis.buildReport({ request: this.exchangeRequest, exchange: this.exchange, diagnoses: this.diagnoses });
  }

  /** The paste box's text as typed: diagnosed when the person asks. */
  typeResponse(text: string): void {
    this.pasted = text;
  }

  /** A response pasted whole: taken as it is, however long, and diagnosed at once. */
  pasteResponse(text: string): Promise<void> {
    this.pasted = text;
    return this.diagnosePasted();
  }

  /** Take a pasted response into the same pipeline as a direct send. */
  async diagnosePasted(): Promise<void> {
    const { parsePastedResponse } = await this.#analysis.load();
    const parsed = parsePastedResponse(this.pasted);
    if (!parsed.ok) {
      this.pasteError = parsed.error.message;
      return;
    }
    this.pasteError = undefined;
    this.#controller?.abort();
    this.#record(parsed.value, this.validation.ok ? this.validation.value : this.exchangeRequest);
  }

  /** Fill the form from a pasted curl command. */
  async importCurl(): Promise<void> {
    const { importCurl } = await this.#analysis.load();
    const imported = importCurl(this.curlImport);
    if (!imported.ok) {
      this.importNotes = { ok: false, notes: [imported.error] };
      return;
    }
    this.form = imported.value.form;
    this.importNotes = { ok: true, notes: imported.value.notes };
  }

  #record(exchange: Exchange, request: TokenRequest | undefined): void {
    this.#clock.tick();
    this.#exchangeAt = this.#clock.now;
    this.exchange = exchange;
    this.exchangeRequest = request;
    this.status = exchange.state;
    const [top] = this.diagnoses;
    const attempt: Attempt = {
      id: this.#nextId++,
      at: this.#exchangeAt,
      grantType: request?.grant.grantType,
      transport: exchange.transport,
      state: exchange.state,
      status: exchange.status,
      elapsedMs: exchange.elapsedMs,
      top: top && { id: top.id, title: top.title, severity: top.severity, breadcrumb: top.breadcrumb },
    };
    this.attempts = [attempt, ...this.attempts];
  }
}

export const [getSession, setSession] = createContext<SessionState>();
