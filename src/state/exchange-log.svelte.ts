import { boxChars } from '../lib/bounds';
import type { Diagnosis } from '../lib/diagnose';
import type { Exchange, ExchangeState } from '../lib/exchange';
import { requestParam, type TokenRequest } from '../lib/request/form';
import type { AnalysisLoader } from './analysis.svelte';
import type { ClockState } from './clock.svelte';
import type { VerifierState } from './verifier.svelte';

export type RequestStatus = 'idle' | 'sending' | ExchangeState;

/** How many attempts the list keeps; older ones are folded into a count, so a long session's memory stays flat. */
export const keptAttempts = 50;

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
  /** A step before the token (`POST /passwordless/start`, a poll…), when the exchange was one. */
  step?: string;
}

/** What a token of an exchange is verified against when its request does not say (and the nonce of a login). */
export interface Expectations {
  tenantOrigin?: string;
  audience?: string;
  clientId?: string;
  nonce?: string;
}

/**
 * Where an exchange came from besides the exchange itself: what was pasted, the app a console message names, the
 * step it was, and for an exchange made outside the form (the /authorize answer, /userinfo, the person's API) the
 * findings its caller made and what its tokens are verified against.
 */
export interface RecordOptions {
  /** The text pasted back, for the report (its echoed command is shown redacted). */
  pasted?: string;
  /** The step before the token this exchange was, as the attempt list names it. */
  step?: string;
  /** The origin of the app a pasted console message was about; this page's origin otherwise. */
  origin?: string;
  /** Findings the caller made about the exchange, shown before the diagnosis of the answer. */
  findings?: Diagnosis[];
  /** The caller diagnosed the exchange whole (it is no answer of /oauth/token): only its findings are shown. */
  diagnosed?: boolean;
  expect?: Expectations;
}

/**
 * The answers of this session: the one on screen (sent or pasted back) with its diagnosis and tokens, the paste box
 * that takes answers back, and every attempt, newest first. Changed only through its methods; memory only.
 */
export class ExchangeLog {
  #status = $state<RequestStatus>('idle');
  #exchange = $state.raw<Exchange | undefined>();
  /** The request the current exchange answers, when known. */
  #request = $state.raw<TokenRequest | undefined>();
  #recorded = $state.raw<RecordOptions>({});
  /** When the current exchange was recorded: its diagnosis judges times as of then, so a clock tick never redoes it. */
  #at = $state(0);
  #attempts = $state.raw<Attempt[]>([]);
  /** Attempts older than the kept ones: only their number is kept. */
  #folded = $state(0);
  #pasted = $state('');
  #pasteError = $state<string | undefined>();
  #nextId = 1;
  readonly pageOrigin: string;
  #clock: ClockState;
  #analysis: AnalysisLoader;
  #verifier: VerifierState;

  constructor(clock: ClockState, analysis: AnalysisLoader, verifier: VerifierState, pageOrigin: string) {
    this.#clock = clock;
    this.#analysis = analysis;
    this.#verifier = verifier;
    this.pageOrigin = pageOrigin;
  }

  get status(): RequestStatus {
    return this.#status;
  }
  get exchange(): Exchange | undefined {
    return this.#exchange;
  }
  get exchangeRequest(): TokenRequest | undefined {
    return this.#request;
  }
  get attempts(): readonly Attempt[] {
    return this.#attempts;
  }

  /** How many earlier attempts were folded away (the list shows the newest `keptAttempts`). */
  get foldedAttempts(): number {
    return this.#folded;
  }
  /** The paste box's text; past `boxChars` it is diagnosed whole and summarised in the box. */
  get pasted(): string {
    return this.#pasted;
  }
  get pastedLarge(): boolean {
    return this.#pasted.length > boxChars;
  }
  get pasteError(): string | undefined {
    return this.#pasteError;
  }
  /** The origin the current exchange's request came from: this page, or the app a console message named. */
  get origin(): string {
    return this.#recorded.origin ?? this.pageOrigin;
  }

  /** A send has started: the status says so until it is recorded. */
  sending(): void {
    this.#status = 'sending';
  }

  typeResponse(text: string): void {
    this.#pasted = text;
  }

  failPaste(message: string | undefined): void {
    this.#pasteError = message;
  }

  readonly diagnoses: Diagnosis[] = $derived.by(() => {
    const analysis = this.#analysis.diagnosis;
    const exchange = this.#exchange;
    if (!analysis || !exchange) return [];
    // Verifications the person asked for on the tokens received feed the same cards.
    const verifications = this.#decodedTokens.flatMap((token) => {
      const verification = this.#verifier.results.get(token.raw);
      return typeof verification === 'object' ? [{ token: token.source, ...verification }] : [];
    });
    const { findings = [], diagnosed } = this.#recorded;
    if (diagnosed) {
      const verified = verifications.flatMap((v) => analysis.diagnoseVerification(v.token, v.signature, v.checks));
      return [...findings, ...verified].sort(analysis.bySeverity);
    }
    const found = analysis.diagnose({
      exchange,
      request: this.#request,
      pageOrigin: this.origin,
      verifications,
      now: this.#at,
    });
    return findings.length ? [...findings, ...found].sort(analysis.bySeverity) : found;
  });

  /** The tokens of the exchange, decoded once from its parsed body; a clock tick only redoes their times. */
  readonly #decodedTokens = $derived.by(() => {
    const decode = this.#analysis.decode;
    if (!decode || this.#exchange?.json === undefined) return [];
    const decoded = decode.decodeResponse(this.#exchange.json);
    return decoded.ok ? decoded.value.tokens : [];
  });
  readonly tokens = $derived.by(() => {
    const decode = this.#analysis.decode;
    return decode ? this.#decodedTokens.map((view) => decode.viewAt(view, { now: this.#clock.now })) : [];
  });

  /** What a token received is verified against: the request that got it, and what its recorder expects. */
  readonly exchangeContext = $derived.by(() => {
    const request = this.#request;
    const expect = this.#recorded.expect ?? {};
    return {
      tenantOrigin: request?.tenant.origin ?? expect.tenantOrigin,
      audience: requestParam(request, 'audience') ?? expect.audience,
      clientId: requestParam(request, 'client_id') ?? expect.clientId,
      nonce: expect.nonce,
    };
  });

  /** Record an answer (sent or pasted) as the current one and as the newest attempt. */
  record(exchange: Exchange, request: TokenRequest | undefined, options: RecordOptions = {}): Attempt {
    this.#clock.tick();
    this.#at = this.#clock.now;
    this.#exchange = exchange;
    this.#request = request;
    this.#recorded = options;
    this.#status = exchange.state;
    const [top] = this.diagnoses;
    const attempt: Attempt = {
      id: this.#nextId++,
      at: this.#at,
      grantType: request?.grant.grantType,
      transport: exchange.transport,
      state: exchange.state,
      status: exchange.status,
      elapsedMs: exchange.elapsedMs,
      top: top && { id: top.id, title: top.title, severity: top.severity, breadcrumb: top.breadcrumb },
      ...(options.step ? { step: options.step } : {}),
    };
    const attempts = [attempt, ...this.#attempts];
    if (attempts.length > keptAttempts) this.#folded += attempts.length - keptAttempts;
    this.#attempts = attempts.slice(0, keptAttempts);
    return attempt;
  }

  /** The Markdown report of the current exchange, secrets redacted; built only when asked for. */
  report(): string {
    const analysis = this.#analysis.diagnosis;
    if (!analysis || !this.#exchange) return '';
    return analysis.buildReport({
      request: this.#request,
      exchange: this.#exchange,
      diagnoses: this.diagnoses,
      pasted: this.#recorded.pasted,
    });
  }
}
