import { base64url } from 'jose';
import type { WebCrypto } from './pkce';

/**
 * The SHA-2 hash an ID token's `alg` implies for `at_hash` and `c_hash` (OIDC Core §3.1.3.6, §3.3.2.11): the
 * hash of the signature algorithm; EdDSA with Ed25519 uses SHA-512. Undefined for an algorithm with no hash.
 */
export function hashForAlg(alg: unknown): 'SHA-256' | 'SHA-384' | 'SHA-512' | undefined {
  if (typeof alg !== 'string') return undefined;
  if (alg === 'EdDSA' || alg === 'Ed25519') return 'SHA-512';
  const bits = /^(?:HS|RS|PS|ES)(256|384|512)K?$/.exec(alg)?.[1];
  return bits ? `SHA-${bits as '256' | '384' | '512'}` : undefined;
}

/** The left-most half of the hash of the value's ASCII octets, base64url: what `at_hash` and `c_hash` hold. */
export async function halfHash(
  value: string,
  hash: 'SHA-256' | 'SHA-384' | 'SHA-512',
  crypto: WebCrypto,
): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest(hash, new TextEncoder().encode(value)));
  return base64url.encode(digest.slice(0, digest.length / 2));
}
