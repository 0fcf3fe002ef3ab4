import type { Authenticator, ChallengeAnswer } from '../../lib/flows/answers';
import type { EnrolKind } from '../../lib/flows/steps';
import type { SessionState } from '../session.svelte';
import type { Flows } from './flows.svelte';
import type { Poller } from './poller.svelte';
import { StepView } from './step-view.svelte';
import type { StepRunner } from './runner.svelte';
import { flowTexts } from '../../lib/text/flows';

const mfaOtp = 'http://auth0.com/oauth/grant-type/mfa-otp';
const mfaOob = 'http://auth0.com/oauth/grant-type/mfa-oob';

/**
 * After mfa_required: the mfa_token carried into the MFA grants, the user's authenticators, a challenge (OTP, or
 * push / SMS / email out of band, polled when it is a push), or an enrolment first.
 */
export class MfaFlow {
  readonly list = new StepView();
  readonly challengeView = new StepView();
  readonly enrolView = new StepView();
  authenticators = $state.raw<Authenticator[] | undefined>();
  challenge = $state.raw<ChallengeAnswer | undefined>();
  enrolment = $state.raw<ChallengeAnswer | undefined>();
  #session: SessionState;
  #runner: StepRunner;
  #poller: Poller;
  #flows: Flows;

  constructor(session: SessionState, runner: StepRunner, poller: Poller, flows: Flows) {
    this.#session = session;
    this.#runner = runner;
    this.#poller = poller;
    this.#flows = flows;
  }

  /** The mfa_required answer of the current exchange, when there is one: the offer to go on. */
  readonly offer = $derived.by(() => {
    const answer = this.#flows.mfaRequiredAnswer.safeParse(this.#session.log.exchange?.json);
    return answer.success ? answer.data : undefined;
  });

  /** Carry the mfa_token over into the MFA OTP grant. */
  continue(): void {
    const offer = this.offer;
    if (!offer) return;
    this.#poller.stop('idle');
    this.authenticators = undefined;
    this.challenge = undefined;
    this.enrolment = undefined;
    this.#session.draft.amend({
      grantType: mfaOtp,
      fields: { mfa_token: offer.mfa_token, otp: '', oob_code: '', binding_code: '' },
    });
  }

  get #token(): string {
    return this.#session.draft.form.fields.mfa_token.trim();
  }

  async listAuthenticators(): Promise<void> {
    const token = this.#token;
    const exchange = await this.#runner.send(
      () => this.#flows.mfaAuthenticators(token),
      (curl) => (this.list.curl = curl),
    );
    this.list.exchange = exchange;
    const answer = this.#flows.authenticatorsAnswer.safeParse(exchange?.json);
    this.authenticators = answer.success ? answer.data : undefined;
  }

  async challengeWith(type: 'otp' | 'oob', authenticatorId?: string): Promise<void> {
    this.#poller.stop('idle');
    const token = this.#token;
    const exchange = await this.#runner.send(
      (client) => this.#flows.mfaChallenge(client, token, type, authenticatorId),
      (curl) => (this.challengeView.curl = curl),
    );
    this.challengeView.exchange = exchange;
    const answer = this.#flows.challengeAnswer.safeParse(exchange?.json);
    if (exchange?.status !== 200 || !answer.success) return;
    this.challenge = answer.data;
    await this.#next(answer.data);
  }

  async enrol(kind: EnrolKind, to: string): Promise<void> {
    this.#poller.stop('idle');
    const token = this.#token;
    const exchange = await this.#runner.send(
      (client) => this.#flows.mfaAssociate(client, token, kind, to.trim()),
      (curl) => (this.enrolView.curl = curl),
    );
    this.enrolView.exchange = exchange;
    const answer = this.#flows.challengeAnswer.safeParse(exchange?.json);
    if (exchange?.status !== 200 || !answer.success) return;
    this.enrolment = answer.data;
    await this.#next(answer.data);
  }

  /** What the answer asks for next: the OTP, the binding code, or polling a push. */
  async #next(answer: ChallengeAnswer): Promise<void> {
    if (!answer.oob_code) {
      this.#session.draft.amend({ grantType: mfaOtp, fields: { otp: '' } });
      return;
    }
    this.#session.draft.amend({ grantType: mfaOob, fields: { oob_code: answer.oob_code, binding_code: '' } });
    if (answer.binding_method === 'prompt') return;
    const request = await this.#runner.validate(mfaOob, { oob_code: answer.oob_code });
    if (request) this.#poller.start(undefined, 300, () => this.#runner.token(request, flowTexts.pollLabel));
  }
}
