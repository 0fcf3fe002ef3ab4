import type { AssertionAlg, KeyErrorCode, SigningKey } from '../../lib/flows/assertion';
import type { AssertionFinding } from '../../lib/flows/checks';
import type { DecodedToken } from '../../lib/token/decode';
import type { SessionState } from '../session.svelte';

type Flows = typeof import('../../lib/flows/index');

/**
 * The private key that signs private_key_jwt assertions, in this page's memory only: it is read into a
 * non-extractable CryptoKey, never sent, never in the curl, the report or a link. Every request gets a fresh
 * assertion (Auth0 takes a jti once), signed just before it leaves.
 */
export class AssertionState {
  #text = $state('');
  alg = $state<AssertionAlg>('RS256');
  kid = $state('');
  /** Empty: the tenant's own audience (its origin and a slash). */
  audience = $state('');
  key = $state.raw<SigningKey | undefined>();
  error = $state<KeyErrorCode | undefined>();
  reading = $state(false);
  /** The last assertion signed, decoded for the screen, and what the page finds wrong in it. */
  last = $state.raw<{ token: DecodedToken; findings: AssertionFinding[] } | undefined>();
  #session: SessionState;
  #flows: () => Promise<Flows>;
  #reads = 0;

  constructor(session: SessionState, flows: () => Promise<Flows>) {
    this.#session = session;
    this.#flows = flows;
    session.beforeSend(() => this.signIntoForm());
  }

  get text(): string {
    return this.#text;
  }

  /** Take a pasted key (or the algorithm changed): read it; a later paste wins over a slower earlier one. */
  async setKey(text: string = this.#text): Promise<void> {
    this.#text = text;
    const read = ++this.#reads;
    if (text.trim() === '') {
      this.key = undefined;
      this.error = undefined;
      this.last = undefined;
      return;
    }
    this.reading = true;
    const { readSigningKey } = await this.#flows();
    const result = await readSigningKey(text, this.alg);
    if (read !== this.#reads) return;
    this.reading = false;
    this.key = result.ok ? result.value : undefined;
    this.error = result.ok ? undefined : result.error.code;
    if (result.ok) {
      this.alg = result.value.alg;
      if (result.value.kid && !this.kid) this.kid = result.value.kid;
    }
  }

  /** A fresh assertion for this client and tenant, or undefined without a usable key. */
  async sign(clientId: string, origin: string): Promise<string | undefined> {
    const key = this.key;
    if (!key || !clientId) return undefined;
    const { signAssertion, tenantAudience, checkAssertion, decodeToken } = await this.#flows();
    const now = Date.now();
    const assertion = await signAssertion(key, {
      clientId,
      audience: this.audience.trim() || tenantAudience(origin),
      now: Math.floor(now / 1000),
      jti: crypto.randomUUID(),
      ...(this.kid.trim() ? { kid: this.kid.trim() } : {}),
    });
    this.last = { token: decodeToken(assertion), findings: checkAssertion(assertion, clientId, origin, now) };
    return assertion;
  }

  /** With private_key_jwt and a key: sign a fresh assertion into the form's Client assertion. */
  async signIntoForm(): Promise<void> {
    const { form } = this.#session.draft;
    if (form.clientAuth !== 'private_key_jwt' || !this.key) return;
    const { parseTenant } = await this.#flows();
    const tenant = parseTenant(form.domain);
    if (!tenant.ok) return;
    const assertion = await this.sign(form.fields.client_id.trim(), tenant.value.origin);
    if (assertion) this.#session.draft.amend({ fields: { client_assertion: assertion } });
  }

  /** Forget the key. */
  clear(): void {
    void this.setKey('');
  }
}
