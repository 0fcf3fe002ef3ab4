import { compactVerify, createLocalJWKSet, importJWK, importSPKI, importX509, type JSONWebKeySet } from 'jose';
import { verifyMessages } from '../text/verify';
import { decodeToken, signedHeader } from '../token/decode';
import type { Jwk, KeyMaterial } from './keys';

export type SignatureStatus = 'verified' | 'invalid' | 'error';

export interface SignatureResult {
  status: SignatureStatus;
  code:
    | 'verified'
    | 'signature-mismatch'
    | 'no-matching-key'
    | 'multiple-keys'
    | 'alg-not-allowed'
    | 'alg-none'
    | 'not-signed'
    | 'key-unusable'
    | 'unsupported-key'
    | 'keys-unavailable';
  message: string;
  /** The key that verified (or failed to verify) the signature, in words. */
  key?: string;
}

const keyTypes: Record<string, string> = { RSA: 'RSA', EC: 'EC', OKP: 'OKP', oct: 'shared secret' };

/**
 * Verify a JWS signature with jose against the given keys; claims are validated separately, so an expired
 * token still says whether its signature holds. The token's own header never chooses the key's algorithm.
 */
export async function verifySignature(token: string, material: KeyMaterial): Promise<SignatureResult> {
  const header = signedHeader(decodeToken(token));
  if (!header) return { status: 'error', code: 'not-signed', message: verifyMessages.notSigned() };
  const alg = typeof header.alg === 'string' ? header.alg : '';
  const kid = typeof header.kid === 'string' ? header.kid : undefined;
  if (alg.toLowerCase() === 'none' || alg === '')
    return { status: 'invalid', code: 'alg-none', message: verifyMessages.algNone() };

  let key = describe(material, kid);
  try {
    if (material.kind === 'jwks' && alg.startsWith('HS')) return await verifyWithSecretJwk(token, alg, kid, material);
    if (material.kind === 'jwks') {
      const getKey = createLocalJWKSet(material.jwks as JSONWebKeySet);
      await compactVerify(token, async (header, jws) => {
        const found = await getKey(header, jws);
        const used = material.jwks.keys.find((candidate: Jwk) =>
          kid ? candidate.kid === kid : candidate.kty !== 'oct',
        );
        key = verifyMessages.describeKey(used?.kid, keyTypes[used?.kty ?? ''] ?? used?.kty ?? 'JWK');
        return found;
      });
    } else if (material.kind === 'secret') {
      if (!alg.startsWith('HS'))
        return { status: 'invalid', code: 'alg-not-allowed', message: verifyMessages.algNotAllowed(alg), key };
      await compactVerify(token, material.bytes, { algorithms: ['HS256', 'HS384', 'HS512'] });
    } else {
      if (alg.startsWith('HS'))
        return { status: 'invalid', code: 'alg-not-allowed', message: verifyMessages.algNotAllowed(alg), key };
      const imported =
        material.kind === 'spki' ? await importSPKI(material.pem, alg) : await importX509(material.pem, alg);
      await compactVerify(token, imported, { algorithms: [alg] });
    }
    return { status: 'verified', code: 'verified', message: verifyMessages.verified(key), key };
  } catch (error) {
    return failure(error, alg, kid, key, material);
  }
}

/**
 * An HS* token against a JWK Set: only its `oct` keys (RFC 7518 §6.4) can be the secret, chosen as jose
 * chooses public keys (kid when the token names one, the JWK's own alg and use when it states them); jose's
 * JWK Set helper verifies public keys only.
 */
async function verifyWithSecretJwk(
  token: string,
  alg: string,
  kid: string | undefined,
  material: Extract<KeyMaterial, { kind: 'jwks' }>,
): Promise<SignatureResult> {
  const secrets = material.jwks.keys.filter((candidate) => candidate.kty === 'oct');
  // A set of public keys only, and an HMAC alg: an algorithm-confusion attempt.
  if (secrets.length === 0)
    return { status: 'invalid', code: 'alg-not-allowed', message: verifyMessages.algNotAllowed(alg) };
  const named = kid === undefined ? secrets : secrets.filter((candidate) => candidate.kid === kid);
  if (named.length === 0) return { status: 'invalid', code: 'no-matching-key', message: verifyMessages.noKid(kid) };
  const usable = named.filter(
    (candidate) =>
      (candidate.alg === undefined || candidate.alg === alg) &&
      (candidate.use === undefined || candidate.use === 'sig') &&
      (!Array.isArray(candidate.key_ops) || candidate.key_ops.includes('verify')),
  );
  if (usable.length === 0) {
    const key = verifyMessages.describeKey(named[0]?.kid, keyTypes.oct ?? 'oct');
    return { status: 'invalid', code: 'alg-not-allowed', message: verifyMessages.algNotAllowed(alg), key };
  }
  const results: SignatureResult[] = [];
  // Without a kid several secrets may fit; the token verifies when one of them holds.
  for (const candidate of usable) {
    const key = verifyMessages.describeKey(candidate.kid, keyTypes.oct ?? 'oct');
    try {
      await compactVerify(token, await importJWK(candidate, alg), { algorithms: [alg] });
      return { status: 'verified', code: 'verified', message: verifyMessages.verified(key), key };
    } catch (error) {
      results.push(failure(error, alg, kid, key, material));
    }
  }
  const [first] = results;
  return results.length === 1 && first
    ? first
    : { status: 'invalid', code: 'signature-mismatch', message: verifyMessages.mismatchAny() };
}

function failure(
  error: unknown,
  alg: string,
  kid: string | undefined,
  key: string,
  material: KeyMaterial,
): SignatureResult {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code === 'ERR_JWS_SIGNATURE_VERIFICATION_FAILED') {
    return { status: 'invalid', code: 'signature-mismatch', message: verifyMessages.mismatch(key), key };
  }
  if (code === 'ERR_JWKS_NO_MATCHING_KEY') {
    const sameKid =
      material.kind === 'jwks' && kid !== undefined && material.jwks.keys.some((candidate) => candidate.kid === kid);
    return sameKid
      ? { status: 'invalid', code: 'alg-not-allowed', message: verifyMessages.algNotAllowed(alg), key }
      : { status: 'invalid', code: 'no-matching-key', message: verifyMessages.noKid(kid) };
  }
  if (code === 'ERR_JWKS_MULTIPLE_MATCHING_KEYS')
    return { status: 'error', code: 'multiple-keys', message: verifyMessages.multiple() };
  if (code === 'ERR_JOSE_ALG_NOT_ALLOWED')
    return { status: 'invalid', code: 'alg-not-allowed', message: verifyMessages.algNotAllowed(alg), key };
  const detail = error instanceof Error ? error.message : String(error);
  return { status: 'error', code: 'key-unusable', message: verifyMessages.keyUnusable(detail), key };
}

function describe(material: KeyMaterial, kid: string | undefined): string {
  if (material.kind === 'secret') return verifyMessages.describeKey(undefined, 'shared secret');
  if (material.kind === 'jwks') return verifyMessages.describeKey(kid, 'JWK');
  return verifyMessages.describeKey(undefined, material.kind === 'x509' ? 'certificate' : 'public');
}
