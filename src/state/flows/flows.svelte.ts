import type { Endpoint } from '../../lib/endpoint';
import { createContext } from 'svelte';
import type { Exchange } from '../../lib/exchange';
import { flowTexts } from '../../lib/text/flows';
import type { AnalysisLoader } from '../analysis.svelte';
import type { SessionState } from '../session.svelte';
import { AssertionState } from './assertion.svelte';
import { MfaFlow } from './mfa.svelte';
import { Poller } from './poller.svelte';
import { StepRunner } from './runner.svelte';
import { StepView } from './step-view.svelte';

export type Flows = typeof import('../../lib/flows/index');

export const grants = {
  otp: 'http://auth0.com/oauth/grant-type/passwordless/otp',
  device: 'urn:ietf:params:oauth:grant-type:device_code',
  ciba: 'urn:openid:params:grant-type:ciba',
  mfaOtp: 'http://auth0.com/oauth/grant-type/mfa-otp',
  mfaOob: 'http://auth0.com/oauth/grant-type/mfa-oob',
  mfaRecovery: 'http://auth0.com/oauth/grant-type/mfa-recovery-code',
} as const;

/** Every flow of the steps before the token, made once, when the first of them is shown. */
export class FlowsState {
  readonly runner: StepRunner;
  readonly assertion: AssertionState;
  readonly mfa: MfaFlow;
  readonly passwordless = new StepView();
  readonly device = new StepView();
  readonly ciba = new StepView();
  readonly revoke = new StepView();
  readonly poller: Poller;
  /** What the device flow shows the user: the user code and where to enter it. */
  deviceCode = $state.raw<{ userCode: string; uri: string; complete?: string } | undefined>();
  /** Where the passwordless code went, once the start step succeeded. */
  sentTo = $state<string | undefined>();
  #session: SessionState;
  #flows: Flows;

  constructor(session: SessionState, analysis: AnalysisLoader, flows: Flows) {
    this.#session = session;
    this.#flows = flows;
    this.assertion = new AssertionState(session, () => Promise.resolve(flows));
    this.runner = new StepRunner(session, analysis, this.assertion);
    this.poller = new Poller(flows);
    this.mfa = new MfaFlow(session, this.runner, this.poller, flows);
  }

  /** POST /passwordless/start, then the passwordless grant with Username and Realm filled in. */
  async startPasswordless(connection: 'email' | 'sms', to: string, send: 'code' | 'link'): Promise<void> {
    const { fields } = this.#session.draft.form;
    const authParams = Object.fromEntries(
      (['scope', 'audience'] as const).flatMap((name) => (fields[name].trim() ? [[name, fields[name].trim()]] : [])),
    );
    const exchange = await this.runner.send(
      (client) => this.#flows.passwordlessStart(client, { connection, to: to.trim(), send, authParams }),
      (curl) => (this.passwordless.curl = curl),
    );
    this.passwordless.exchange = exchange;
    this.#start = { connection, to: to.trim() };
    if (exchange) this.#passwordlessAnswered(exchange);
  }

  #start: { connection: 'email' | 'sms'; to: string } | undefined;

  #passwordlessAnswered(exchange: Exchange): void {
    if (exchange.state !== 'http' || exchange.status !== 200 || !this.#start) return;
    const { connection, to } = this.#start;
    this.sentTo = to;
    this.#session.draft.amend({ grantType: grants.otp, fields: { username: to, realm: connection, otp: '' } });
  }

  /** POST /oauth/device/code, then poll with the device code until the user approves. */
  async requestDeviceCode(): Promise<void> {
    this.poller.stop('idle');
    this.deviceCode = undefined;
    const { fields } = this.#session.draft.form;
    const exchange = await this.runner.send(
      (client) => this.#flows.deviceCode(client, fields.scope.trim() || undefined, fields.audience.trim() || undefined),
      (curl) => (this.device.curl = curl),
    );
    this.device.exchange = exchange;
    if (exchange) await this.#deviceAnswered(exchange);
  }

  async #deviceAnswered(exchange: Exchange): Promise<void> {
    const answer = this.#flows.deviceCodeAnswer.safeParse(exchange.json);
    if (!answer.success) return;
    const { device_code, user_code, verification_uri, verification_uri_complete, interval, expires_in } = answer.data;
    this.deviceCode = {
      userCode: user_code,
      uri: verification_uri,
      ...(verification_uri_complete ? { complete: verification_uri_complete } : {}),
    };
    await this.#poll(grants.device, { device_code }, interval, expires_in);
  }

  /** POST /bc-authorize, then poll with the auth_req_id until the user approves on their phone. */
  async startBackchannel(userId: string, bindingMessage: string): Promise<void> {
    this.poller.stop('idle');
    const { fields } = this.#session.draft.form;
    const scope = fields.scope.trim().split(/\s+/).includes('openid')
      ? fields.scope.trim()
      : `openid ${fields.scope.trim()}`.trim();
    const exchange = await this.runner.send(
      (client, origin) =>
        this.#flows.bcAuthorize(client, origin, {
          userId: userId.trim(),
          bindingMessage: bindingMessage.trim(),
          scope,
          ...(fields.audience.trim() ? { audience: fields.audience.trim() } : {}),
        }),
      (curl) => (this.ciba.curl = curl),
    );
    this.ciba.exchange = exchange;
    if (exchange) await this.#cibaAnswered(exchange);
  }

  async #cibaAnswered(exchange: Exchange): Promise<void> {
    const answer = this.#flows.backchannelAnswer.safeParse(exchange.json);
    if (answer.success)
      await this.#poll(
        grants.ciba,
        { auth_req_id: answer.data.auth_req_id },
        answer.data.interval,
        answer.data.expires_in,
      );
  }

  /** Fill the grant, then poll /oauth/token with it at the tenant's pace. */
  async #poll(grantType: string, fields: Record<string, string>, interval?: number, expiresIn?: number): Promise<void> {
    const request = await this.runner.validate(grantType, fields);
    if (!request) return;
    this.poller.start(interval, expiresIn, () => this.runner.token(request, flowTexts.pollLabel));
  }

  /** POST /oauth/revoke for the form's refresh token. */
  async revokeRefreshToken(): Promise<void> {
    const token = this.#session.draft.form.fields.refresh_token.trim();
    if (!token) return;
    const exchange = await this.runner.send(
      (client) => this.#flows.revokeToken(client, token),
      (curl) => (this.revoke.curl = curl),
    );
    this.revoke.exchange = exchange;
  }

  /** A step's answer pasted back after a CORS block: the flow goes on from it. */
  async pasteBack(view: StepView, text: string, path: Endpoint): Promise<void> {
    const pasted = await this.runner.paste(text, path, 'POST');
    if (typeof pasted === 'string') {
      view.pasteError = pasted;
      return;
    }
    view.pasteError = undefined;
    view.exchange = pasted;
    if (view === this.passwordless) this.#passwordlessAnswered(pasted);
    if (view === this.device) await this.#deviceAnswered(pasted);
    if (view === this.ciba) await this.#cibaAnswered(pasted);
  }
}

export const [getFlows, setFlows] = createContext<FlowsState>();
