import type { Endpoint } from '../../lib/endpoint';
import type { Exchange } from '../../lib/exchange';
import type { StepClient, StepRequest } from '../../lib/flows/client';
import { stepHttp } from '../../lib/flows/steps';
import { buildHttpRequest, maskSecrets } from '../../lib/request/build';
import { curlForScreen, toCurl } from '../../lib/request/curl-export';
import type { TokenRequest } from '../../lib/request/form';
import { flowTexts } from '../../lib/text/flows';
import type { AnalysisLoader } from '../analysis.svelte';
import type { SessionState } from '../session.svelte';
import type { AssertionState } from './assertion.svelte';

/** A step's last request as the page showed it (masked) and as Copy gives it, for the paste-back fallback. */
export interface StepCurl {
  onScreen: string;
  whole: string;
}

/**
 * Sends the steps before the token through the one transport, with the form's tenant and client authentication,
 * and records each answer in the session (diagnosed with its endpoint, listed among the attempts).
 */
export class StepRunner {
  #session: SessionState;
  #analysis: AnalysisLoader;
  #assertion: AssertionState;
  /** Why the last step could not be sent (no tenant, no client id), in words. */
  problem = $state<string | undefined>();
  busy = $state(false);

  constructor(session: SessionState, analysis: AnalysisLoader, assertion: AssertionState) {
    this.#session = session;
    this.#analysis = analysis;
    this.#assertion = assertion;
  }

  /** The tenant the form names, once it parses and (from a link) is confirmed. */
  async origin(): Promise<string | undefined> {
    const { parseTenant } = await this.#analysis.load();
    const tenant = parseTenant(this.#session.draft.form.domain);
    if (!tenant.ok || this.#session.draft.unconfirmedOrigin) {
      this.problem = flowTexts.needDomain;
      return undefined;
    }
    return tenant.value.origin;
  }

  /** The application as the form authenticates it; with a private key, a fresh assertion for this very request. */
  async client(origin: string): Promise<StepClient | undefined> {
    const { form } = this.#session.draft;
    const clientId = form.fields.client_id.trim();
    if (!clientId) {
      this.problem = flowTexts.needClient;
      return undefined;
    }
    const client: StepClient = { method: form.clientAuth, clientId, secret: form.fields.client_secret };
    if (form.clientAuth !== 'private_key_jwt') return client;
    const assertion = (await this.#assertion.sign(clientId, origin)) ?? form.fields.client_assertion.trim();
    if (!assertion) {
      this.problem = flowTexts.needAssertion;
      return undefined;
    }
    return { ...client, assertion };
  }

  /** Send one step; undefined when it could not be sent (the problem says why). */
  async send(
    build: (client: StepClient, origin: string) => StepRequest,
    curl?: (value: StepCurl) => void,
  ): Promise<Exchange | undefined> {
    if (this.busy) return undefined;
    this.busy = true;
    this.problem = undefined;
    try {
      const origin = await this.origin();
      const client = origin && (await this.client(origin));
      if (!origin || !client) return undefined;
      const step = build(client, origin);
      const { encoding } = this.#session.draft.form;
      const http = stepHttp(origin, step, encoding);
      curl?.({ onScreen: toCurl(stepHttp(origin, step, encoding, true)), whole: toCurl(http) });
      const exchange = await this.#send(http);
      this.#session.record(exchange, undefined, { step: flowTexts.stepLabel(step.method, step.path) });
      return exchange;
    } finally {
      this.busy = false;
    }
  }

  /** A token request of a flow (a poll): a fresh assertion when a key is pasted; `record` lists it. */
  async token(request: TokenRequest, label: string): Promise<{ exchange: Exchange; record: () => void }> {
    const assertion =
      request.clientAuth === 'private_key_jwt'
        ? await this.#assertion.sign(
            request.params.find(([name]) => name === 'client_id')?.[1] ?? '',
            request.tenant.origin,
          )
        : undefined;
    const sent: TokenRequest = assertion
      ? {
          ...request,
          params: request.params.map(([name, value]) => [name, name === 'client_assertion' ? assertion : value]),
        }
      : request;
    const exchange = await this.#send(buildHttpRequest(sent));
    return { exchange, record: () => this.#session.record(exchange, sent, { step: label }) };
  }

  /** A step's answer pasted back (the browser could not read it), into the same pipeline. */
  async paste(text: string, path: Endpoint, method: string): Promise<Exchange | string> {
    const { parsePastedResponse } = await this.#analysis.load();
    // The step's endpoint unless the paste itself says which endpoint answered.
    const parsed = parsePastedResponse(text, path);
    if (!parsed.ok) return parsed.error.message;
    const exchange = parsed.value;
    this.#session.record(exchange, undefined, { step: flowTexts.stepLabel(method, path) });
    return exchange;
  }

  /** The curl of a token request as the session shows one (secrets masked) and as Copy gives it. */
  tokenCurl(request: TokenRequest): StepCurl {
    return { onScreen: curlForScreen(maskSecrets(request)), whole: toCurl(buildHttpRequest(request)) };
  }

  async #send(http: ReturnType<typeof buildHttpRequest>): Promise<Exchange> {
    const { sendRequest } = await this.#analysis.load();
    return sendRequest(http, {
      fetch: this.#session.fetchFor(http.url),
      timeoutMs: 20_000,
      pageOrigin: this.#session.pageOrigin,
      online: navigator.onLine,
    });
  }

  /** Validate the form for a grant the flow fills in; its issues are the form's own messages. */
  async validate(grantType: string, fields: Record<string, string>): Promise<TokenRequest | undefined> {
    this.#session.draft.amend({ grantType, fields });
    await this.#assertion.signIntoForm();
    const { validateForm } = await this.#analysis.load();
    const validated = validateForm(this.#session.draft.form);
    if (validated.ok) return validated.value;
    this.problem = validated.error.map((issue) => issue.message).join(' ');
    return undefined;
  }
}
