import { createContext } from 'svelte';
import { SvelteMap } from 'svelte/reactivity';
import type { Result } from '../lib/result';
import type { FetchRouter } from './network';
import type { ClaimCheck, Expectations, KeyMaterial, SecretEncoding, SignatureResult } from '../lib/verify';

type VerifyModule = typeof import('../lib/verify');

/** Where the keys come from: the typed tenant, the token's issuer once confirmed, or pasted text. */
export type KeySource = { kind: 'tenant'; origin: string } | { kind: 'pasted'; text: string; encoding: SecretEncoding };

export interface Verification {
  signature: SignatureResult;
  checks: ClaimCheck[];
}

/** Signature checks, on request only; keys fetched once per tenant and kept in memory for the session. */
export class VerifierState {
  results = new SvelteMap<string, Verification | 'verifying'>();
  #module: Promise<VerifyModule> | undefined;
  // A cache, not state: nothing renders from it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #tenantKeys = new Map<string, Promise<Result<KeyMaterial, { message: string }>>>();

  #router: FetchRouter;

  constructor(router: FetchRouter) {
    this.#router = router;
  }

  async verify(
    token: string,
    claims: Record<string, unknown>,
    source: KeySource,
    expect: Omit<Expectations, 'now'>,
  ): Promise<void> {
    this.results.set(token, 'verifying');
    const verify = await (this.#module ??= import('../lib/verify'));
    const material =
      source.kind === 'tenant'
        ? await this.#keysOf(source.origin, verify)
        : verify.parseKeyMaterial(source.text, source.encoding);
    // The issuer the tenant's own discovery document declares is the one to compare with.
    const issuer =
      material.ok && material.value.kind === 'jwks' ? (material.value.issuer ?? expect.issuer) : expect.issuer;
    const checks = verify.validateClaims(claims, { ...expect, issuer, now: Date.now() });
    if (!material.ok) {
      this.results.set(token, {
        signature: { status: 'error', code: 'key-unusable', message: material.error.message },
        checks,
      });
      return;
    }
    const signature = await verify.verifySignature(token, material.value);
    const note = material.value.kind === 'jwks' ? material.value.note : undefined;
    this.results.set(token, {
      signature: note ? { ...signature, message: `${signature.message} ${note}` } : signature,
      checks,
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

export const [getVerifier, setVerifier] = createContext<VerifierState>();
