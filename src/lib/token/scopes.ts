import { managementApiScopes, openIdScopes, scopeFallbacks } from '../text/scopes';
import { permissionsClaimSchema, scopeClaimSchema, type JsonObject } from './schemas';

export interface ScopeItem {
  name: string;
  description?: string;
}

export interface ScopeList {
  /** The claim the list came from: `scope` (space-separated, RFC 8693 §4.2) or `scp` (an array). */
  claim: 'scope' | 'scp';
  items: ScopeItem[];
}

const managementAudience = /^https:\/\/[^/]+\/api\/v2\/?$/;
const permissionShape = /^([a-z_]+):([\w.-]+)$/i;

/** The token's scopes, one item each, described where this page knows them. */
export function scopeList(claims: JsonObject): ScopeList | undefined {
  const claim = 'scope' in claims ? 'scope' : 'scp' in claims ? 'scp' : undefined;
  if (!claim) return undefined;
  const parsed = scopeClaimSchema.safeParse(claims[claim]);
  if (!parsed.success) return undefined;
  const names = typeof parsed.data === 'string' ? parsed.data.split(/\s+/).filter(Boolean) : parsed.data;
  const management = audiences(claims).some((aud) => managementAudience.test(aud));
  return { claim, items: names.map((name) => describeScope(name, management)) };
}

/** Auth0's `permissions` claim (RBAC), one item each. */
export function permissionList(claims: JsonObject): ScopeItem[] | undefined {
  const parsed = permissionsClaimSchema.safeParse(claims.permissions);
  if (!parsed.success) return undefined;
  const management = audiences(claims).some((aud) => managementAudience.test(aud));
  return parsed.data.map((name) => describeScope(name, management));
}

/** `aud` as a list, whether the token holds one string or an array (RFC 7519 §4.1.3). */
export function audiences(claims: JsonObject): string[] {
  const aud = claims.aud;
  if (typeof aud === 'string') return [aud];
  return Array.isArray(aud) ? aud.filter((value): value is string => typeof value === 'string') : [];
}

function describeScope(name: string, management: boolean): ScopeItem {
  const known = Object.hasOwn(openIdScopes, name)
    ? openIdScopes[name]
    : Object.hasOwn(managementApiScopes, name)
      ? managementApiScopes[name]
      : undefined;
  if (known) return { name, description: known };
  const shape = permissionShape.exec(name);
  if (!shape?.[1] || !shape[2]) return { name };
  return {
    name,
    description: management ? scopeFallbacks.managementApi(shape[1], shape[2]) : scopeFallbacks.apiPermission(),
  };
}
