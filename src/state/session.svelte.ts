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
import { shareFragment } from '../lib/prefill/link';
import type { Result } from '../lib/result';
import { requestMessages } from '../lib/text/en/request-messages';
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
  /** How the list names an exchange without a grant: `GET /userinfo`, `Answer of /authorize`. */
  label?: string;
}

/** What a token of an exchange is verified against when its request does not say (and the nonce of a login). */
export interface Expectations {
  tenantOrigin?: string;
  audience?: string;
  clientId?: string;
  nonce?: string;
}

/** How an exchange made outside the form (the /authorize answer, /userinfo, the person's API) is recorded. */
export interface RecordOptions {
  /** Findings the caller made about the exchange, shown before the diagnosis of the answer. */
  findings?: Diagnosis[];
  /** The caller diagnosed the exchange whole (it is no answer of /oauth/token): only its findings are shown. */
  diagnosed?: boolean;
  expect?: Expectations;
  label?: string;
}

/** The request form, the exchange it led to (sent or pasted back), its diagnosis, and the attempts so far. */
export class SessionState {
  form = $state<RequestForm>(emptyForm());
  /** Seconds; the number field gives null or undefined when empty, and validation says so. */
  timeoutSeconds = $state<number | null | undefined>(20);
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
  /** Set at once on submit, before anything is awaited: a second submit meanwhile sends nothing. */
  #busy = false;
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

  /**
   * A domain that arrived by link (or bookmarklet) and is not run by Auth0 is only a suggestion: nothing is sent
   * to it, nor are keys fetched from it, until the person confirms it. Typing in the field makes it theirs.
   */
  #linkDomain = $state<string | undefined>();
  #confirmedOrigin = $state<string | undefined>();

  /** The origin that waits for the person's confirmation, when the domain came from a link. */
  readonly unconfirmedOrigin: string | undefined = $derived.by(() => {
    if (this.#linkDomain === undefined || this.form.domain !== this.#linkDomain) return undefined;
    const tenant = this.#analysis.module?.parseTenant(this.form.domain);
    if (!tenant?.ok || tenant.value.auth0 || tenant.value.origin === this.#confirmedOrigin) return undefined;
    return tenant.value.origin;
  });

  /** The person has seen the real origin of a domain from a link and wants to use it. */
  confirmDomain(): void {
    this.#confirmedOrigin = this.unconfirmedOrigin;
  }

  /** Validation needs the analysis chunk; until it arrives the form is neither valid nor showing errors. */
  readonly validation: Result<TokenRequest, FormIssue[]> = $derived.by(() => {
    const validation = this.#analysis.module?.validateForm(this.form) ?? { ok: false, error: [] };
    if (!this.unconfirmedOrigin) return validation;
    const issue: FormIssue = { field: 'domain', message: requestMessages.confirmDomain(this.unconfirmedOrigin) };
    return { ok: false, error: [issue, ...(validation.ok ? [] : validation.error)] };
  });
  /** The timeout field's message, when it is not a whole number of seconds in bounds. */
  readonly timeoutIssue: string | undefined = $derived.by(() => {
    const checked = this.#analysis.module?.validateTimeout(this.timeoutSeconds);
    return checked && !checked.ok ? checked.error : undefined;
  });
  readonly curl = $derived(this.validation.ok ? toCurl(buildHttpRequest(this.validation.value)) : '');
  readonly curlOnScreen = $derived(
    this.validation.ok ? (this.revealSecrets ? this.curl : curlForScreen(maskSecrets(this.validation.value))) : '',
  );
  /** When the current exchange was recorded: its diagnosis judges times as of then, so a clock tick never redoes it. */
  #exchangeAt = $state(0);
  /** How the current exchange was recorded, when not by the form (its findings, expectations). */
  #recorded = $state.raw<RecordOptions>({});
  readonly diagnoses: Diagnosis[] = $derived.by(() => {
    const analysis = this.#analysis.module;
    if (!analysis || !this.exchange) return [];
    // Verifications the person asked for on the tokens received feed the same cards.
    const verifications = this.#decodedTokens.flatMap((token) => {
      const verification = this.#verifier.results.get(token.raw);
      return typeof verification === 'object' ? [{ token: token.source.replace('_', ' '), ...verification }] : [];
    });
    const { findings = [], diagnosed } = this.#recorded;
    if (diagnosed) {
      const verified = verifications.flatMap((v) => analysis.diagnoseVerification(v.token, v.signature, v.checks));
      return [...findings, ...verified].sort(analysis.bySeverity);
    }
    const context = { exchange: this.exchange, request: this.exchangeRequest, pageOrigin: this.pageOrigin };
    const found = analysis.diagnose({ ...context, verifications, now: this.#exchangeAt });
    return findings.length ? [...findings, ...found].sort(analysis.bySeverity) : found;
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
      tenantOrigin: tenant?.ok && !this.unconfirmedOrigin ? tenant.value.origin : undefined,
      audience: this.form.fields.audience.trim() || undefined,
      clientId: this.form.fields.client_id.trim() || undefined,
    };
  });
  /** What a token received is verified against: the request that got it, and what its recorder expects. */
  readonly exchangeContext = $derived.by(() => {
    const request = this.exchangeRequest;
    const expect = this.#recorded.expect ?? {};
    return {
      tenantOrigin: request?.tenant.origin ?? expect.tenantOrigin,
      audience: requestParam(request, 'audience') ?? expect.audience,
      clientId: requestParam(request, 'client_id') ?? expect.clientId,
      nonce: expect.nonce,
    };
  });

  /** Whether a send is under way (the Send button is a Cancel button meanwhile). */
  get sending(): boolean {
    return this.status === 'sending';
  }

  /**
   * Send the form's request from the browser, one at a time: while a send is under way (a double-click, a
   * repeated Enter) a second one sends nothing. Every failure ends in an exchange the page shows.
   */
  async send(): Promise<void> {
    if (this.#busy) return;
    this.#busy = true;
    try {
      await this.#send();
    } catch (error) {
      // sendRequest never rejects; whatever else failed (a chunk that did not load) is still reported.
      const failed = this.#analysis.module?.failedSend(error);
      this.#record(
        failed ?? { transport: 'direct', state: 'page-error', headers: [], body: '', evidence: [] },
        undefined,
      );
    } finally {
      this.#busy = false;
    }
  }

  /** Stop the send under way; its attempt is listed as cancelled. */
  cancel(): void {
    this.#controller?.abort();
  }

  async #send(): Promise<void> {
    this.showErrors = true;
    const { validateForm, validateTimeout, sendRequest } = await this.#analysis.load();
    const validation = validateForm(this.form);
    const timeout = validateTimeout(this.timeoutSeconds);
    if (!validation.ok || !timeout.ok || this.unconfirmedOrigin) return;
    const request = validation.value;
    const controller = (this.#controller = new AbortController());
    this.status = 'sending';
    const exchange = await sendRequest(buildHttpRequest(request), {
      fetch: this.#router.fetchFor(request.tenant.origin),
      timeoutMs: timeout.value * 1000,
      signal: controller.signal,
      pageOrigin: this.pageOrigin,
      online: navigator.onLine,
    });
    // A response pasted meanwhile replaced this exchange; it reports instead.
    if (this.#controller !== controller) return;
    this.#controller = undefined;
    this.#record(exchange, request);
  }

  /** Replace the form's values (from a link, a curl, the demo); fields not given are emptied. */
  fill(
    values: Partial<Omit<RequestForm, 'fields'>> & { fields?: Partial<RequestForm['fields']> },
    { fromLink = false }: { fromLink?: boolean } = {},
  ): void {
    this.form = { ...emptyForm(), ...values, fields: { ...emptyFields(), ...values.fields } };
    this.#linkDomain = fromLink ? this.form.domain : undefined;
    this.#confirmedOrigin = undefined;
    this.showErrors = false;
    this.touched = {};
  }

  /** A link to this page with the form's public fields; never a secret. */
  shareLink(): string {
    return `${this.pageUrl}#${shareFragment(this.form)}`;
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
    this.#controller = undefined;
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

  /**
   * Record an exchange made outside the form (the answer of /authorize and its code exchange, /userinfo, the
   * person's API): it becomes the current exchange and an attempt, diagnosed as the options say.
   */
  record(exchange: Exchange, request?: TokenRequest, options: RecordOptions = {}): void {
    this.#controller?.abort();
    this.#controller = undefined;
    this.#record(exchange, request, options);
  }

  #record(exchange: Exchange, request: TokenRequest | undefined, options: RecordOptions = {}): void {
    this.#clock.tick();
    this.#exchangeAt = this.#clock.now;
    this.#recorded = options;
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
      ...(options.label ? { label: options.label } : {}),
    };
    this.attempts = [attempt, ...this.attempts];
  }
}

export const [getSession, setSession] = createContext<SessionState>();
