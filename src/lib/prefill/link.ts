import type { RequestForm } from '../request/form';
import { isSecretName } from '../secrets/names';

/** The link parameters the form takes (see shared/ui-contract.md), all of them public. */
export const prefillKeys = ['domain', 'client_id', 'audience', 'scope', 'grant_type', 'realm', 'username'] as const;
export type PrefillKey = (typeof prefillKeys)[number];

/** The link for the form's public fields; the same keys parseFragment reads. */
export function buildFragment(fields: Partial<Record<PrefillKey, string>>): string {
  const params = new URLSearchParams();
  for (const key of prefillKeys) {
    const value = fields[key]?.trim();
    if (value) params.set(key, value);
  }
  return params.toString();
}

/** A value that carries a token, whatever field it was typed in (tried only where a run of token characters starts). */
const tokenShaped = /(?<![\w-])(?:eyJ|eyAi|ewo[gK]|ew0K)[\w-]{2,}\./;

/**
 * The fragment Copy link shares: the form's public fields only, never a secret-named key, never a value with a
 * token in it, and the domain without a user:password@, query or fragment.
 */
export function shareFragment(form: Pick<RequestForm, 'domain' | 'grantType' | 'fields'>): string {
  const values: Record<PrefillKey, string> = {
    domain: form.domain.replace(/[?#][\s\S]*$/, '').replace(/^([a-z][a-z0-9+.-]*:\/\/)?[^/@]*@/i, '$1'),
    grant_type: form.grantType,
    client_id: form.fields.client_id,
    audience: form.fields.audience,
    scope: form.fields.scope,
    realm: form.fields.realm,
    username: form.fields.username,
  };
  return buildFragment(
    Object.fromEntries(
      prefillKeys
        .filter((key) => !isSecretName(key) && !tokenShaped.test(values[key]))
        .map((key) => [key, values[key]]),
    ),
  );
}
