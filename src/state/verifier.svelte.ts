import type { Result } from '../lib/result';
import type { FetchRouter } from './network';
import type { ClaimCheck, Expectations, KeyMaterial, SecretEncoding, SignatureResult } from '../lib/verify';

type VerifyModule = typeof import('../lib/verify');

/** Where the keys come from, as the person picked it: the typed tenant, the token's issuer, or pasted text. */
export type KeySource =
  | { kind: 'tenant'; origin: string }
  | { kind: 'issuer'; origin: string }
  | { kind: 'pasted'; text: string; encoding: SecretEncoding };

export interface Verification {
  signature: SignatureResult;
  checks: ClaimCheck[];
}

/** Signature checks, on request only; keys fetched once per tenant and kept in memory for the session. */
export class VerifierState {
  /**
   * Each token's verification. Never changed in place: a new map replaces it on every change, so a raw state tells
   * what reads it (and the page's first load does without svelte/reactivity's SvelteMap).
   */
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #results = $state.raw<ReadonlyMap<string, Verification | 'verifying'>>(new Map());
  #module: Promise<VerifyModule> | undefined;
  // A cache, not state: nothing renders from it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #tenantKeys = new Map<string, Promise<Result<KeyMaterial, { code: string; message: string }>>>();

  #router: FetchRouter;

  constructor(router: FetchRouter) {
    this.#router = router;
  }

  get results(): ReadonlyMap<string, Verification | 'verifying'> {
    return this.#results;
  }

  #set(token: string, result: Verification | 'verifying'): void {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    this.#results = new Map(this.#results).set(token, result);
  }

  /**
   * Verify with the keys of the source picked, and only then judge the claims: a token whose signature does not
   * verify gets its checks withheld. Only the tenant's own discovery document may set the expected issuer.
   */
  async verify(
    token: string,
    claims: Record<string, unknown>,
    source: KeySource,
    expect: Omit<Expectations, 'now'>,
  ): Promise<void> {
    this.#set(token, 'verifying');
    const verify = await (this.#module ??= import('../lib/verify'));
    const material =
      source.kind === 'pasted'
        ? verify.parseKeyMaterial(source.text, source.encoding)
        : await this.#keysOf(source.origin, verify);
    const judge = () =>
      verify.validateClaims(claims, {
        ...expect,
        issuer:
          (source.kind === 'tenant' && material.ok && 'issuer' in material.value ? material.value.issuer : undefined) ??
          expect.issuer,
        issuerChosenByToken: source.kind === 'issuer',
        now: Date.now(),
      });
    if (!material.ok) {
      const code =
        material.error.code === 'unsupported'
          ? 'unsupported-key'
          : source.kind === 'pasted'
            ? 'key-unusable'
            : 'keys-unavailable';
      this.#set(token, {
        signature: { status: 'error', code, message: material.error.message },
        checks: verify.withheldChecks(judge()),
      });
      return;
    }
    const signature = await verify.verifySignature(token, material.value);
    const note = 'note' in material.value ? material.value.note : undefined;
    this.#set(token, {
      signature: note ? { ...signature, message: `${signature.message} ${note}` } : signature,
      checks: signature.status === 'verified' ? judge() : verify.withheldChecks(judge()),
    });
  }

  #keysOf(origin: string, verify: VerifyModule) {
    let keys = this.#tenantKeys.get(origin);
    if (!keys) {
      keys = verify.loadTenantKeys(origin, (url) => verify.fetchJson(url, { fetch: this.#router.fetchFor(url) }));
      this.#tenantKeys.set(origin, keys);
      // Only a successful fetch is kept: a failure is tried again on the next press.
      void keys.then((result) => !result.ok && this.#tenantKeys.delete(origin));
    }
    return keys;
  }
}
