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
