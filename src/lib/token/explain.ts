import { audienceValues, claimFallbacks, claimTexts, grantTypeValues, type ClaimText } from '../text/claims';
import { algorithms, headerParameters, types } from '../text/header';

const namespaced = /^https?:\/\/|\//;
const tenantAudience = /^https:\/\/([^/]+)\/(userinfo|api\/v2\/)$/;

/** What a claim means, from RFC 7519, OpenID Connect, RFC 9068 or Auth0; custom claims are named as such. */
export function explainClaim(name: string): ClaimText {
  if (Object.hasOwn(claimTexts, name)) return claimTexts[name] ?? claimFallbacks.custom;
  return namespaced.test(name) ? claimFallbacks.namespaced : claimFallbacks.custom;
}

/** Notes on a claim's value that depend on it: Auth0's own audiences, Auth0's grant names. */
export function claimValueNotes(name: string, value: unknown): string[] {
  if (name === 'aud') {
    const values = Array.isArray(value) ? value : [value];
    return values.flatMap((aud) => {
      const match = typeof aud === 'string' ? tenantAudience.exec(aud) : null;
      if (!match?.[1]) return [];
      return [match[2] === 'userinfo' ? audienceValues.userinfo(match[1]) : audienceValues.managementApi(match[1])];
    });
  }
  if (name === 'gty' && typeof value === 'string' && Object.hasOwn(grantTypeValues, value)) {
    return [grantTypeValues[value] ?? ''];
  }
  return [];
}

/** What a JOSE header parameter means, and what its value means for `alg`, `enc` and `typ`. */
export function explainHeader(name: string, value: unknown): { text?: string; valueText?: string } {
  const text = Object.hasOwn(headerParameters, name) ? headerParameters[name] : undefined;
  if (typeof value !== 'string') return { text };
  const table = name === 'alg' || name === 'enc' ? algorithms : name === 'typ' || name === 'cty' ? types : {};
  const key = name === 'typ' ? Object.keys(table).find((t) => t.toLowerCase() === value.toLowerCase()) : value;
  return { text, valueText: key !== undefined && Object.hasOwn(table, key) ? table[key] : undefined };
}
