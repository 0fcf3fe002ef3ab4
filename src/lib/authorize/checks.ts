import { decodeToken } from '../token/decode';
import { halfHash, hashForAlg } from './hashes';
import type { WebCrypto } from './pkce';

/** One binding of an ID token to its login, as checked. */
export interface BindingCheck {
  claim: 'nonce' | 'at_hash' | 'c_hash';
  status: 'matches' | 'differs' | 'missing';
}

export interface BindingInput {
  idToken: string;
  /** The nonce this login sent. */
  nonce: string;
  /** The access token that came with the ID token from /authorize, when one did. */
  accessToken?: string;
  /** The code that came with the ID token from /authorize, when one did. */
  code?: string;
  /** Whether at_hash / c_hash must be present (OIDC Core §3.2.2.10, §3.3.2.11), or are checked only when present. */
  requireAtHash?: boolean;
  requireCHash?: boolean;
}

/**
 * Check that an ID token was issued for this login: its nonce (OIDC Core §3.1.3.7 step 11), and the hashes of the
 * access token and code it came with. Nothing is checked on a token that is not a readable JWS.
 */
export async function checkBindings(input: BindingInput, crypto: WebCrypto): Promise<BindingCheck[]> {
  const decoded = decodeToken(input.idToken, 'id_token');
  if (decoded.kind !== 'jws') return [];
  const claims = decoded.claims;
  const checks: BindingCheck[] = [
    {
      claim: 'nonce',
      status: claims.nonce === undefined ? 'missing' : claims.nonce === input.nonce ? 'matches' : 'differs',
    },
  ];
  const hash = hashForAlg(decoded.header.alg);
  const bound = async (claim: 'at_hash' | 'c_hash', value: string | undefined, required: boolean | undefined) => {
    if (value === undefined) return;
    const actual = claims[claim];
    if (actual === undefined) {
      if (required) checks.push({ claim, status: 'missing' });
      return;
    }
    const expected = hash ? await halfHash(value, hash, crypto) : undefined;
    checks.push({ claim, status: expected !== undefined && actual === expected ? 'matches' : 'differs' });
  };
  await bound('at_hash', input.accessToken, input.requireAtHash);
  await bound('c_hash', input.code, input.requireCHash);
  return checks;
}
