import { importJWK, importPKCS8, SignJWT, type JWK } from 'jose';
import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { pemLabels } from '../verify/pem';

/** The algorithms Auth0 takes for a private_key_jwt credential that this page signs with. */
export const assertionAlgs = ['RS256', 'PS256', 'ES256'] as const;
export type AssertionAlg = (typeof assertionAlgs)[number];

export { maxLifetimeS, lifetimeS, tenantAudience } from './limits';
import { lifetimeS } from './limits';
/** A private key in PEM or JWK form is a few KB; a longer paste is not a key and is not parsed. */
export const maxKeyChars = 20_000;

export type KeyErrorCode =
  | 'empty'
  | 'too-long'
  | 'public-key'
  | 'pkcs1'
  | 'sec1'
  | 'encrypted'
  | 'not-a-key'
  | 'unsupported-kty'
  | 'unsupported-curve'
  | 'alg-mismatch'
  | 'invalid';

/** A pasted JWK (RFC 7517 §4), private members included; unknown members kept for jose. */
const privateJwkSchema = z.looseObject({
  kty: z.string(),
  d: z.optional(z.string()),
  crv: z.optional(z.string()),
  alg: z.optional(z.string()),
  kid: z.optional(z.string()),
});

export interface SigningKey {
  key: CryptoKey;
  alg: AssertionAlg;
  /** The key's own kid (a JWK's), when it has one. */
  kid?: string;
  /** The algorithms this key can sign with. */
  fits: AssertionAlg[];
}

/**
 * Read a pasted private key: PKCS#8 PEM ("BEGIN PRIVATE KEY") or a JWK with its private members, RSA or EC P-256.
 * `wanted` picks RS256 or PS256 for an RSA key; a JWK's own `alg` wins when it names one of them. The key is
 * imported non-extractable and stays in memory; nothing of it is sent.
 */
export async function readSigningKey(
  text: string,
  wanted?: AssertionAlg,
): Promise<Result<SigningKey, { code: KeyErrorCode }>> {
  if (text.length > maxKeyChars) return err({ code: 'too-long' });
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty' });
  const labels = pemLabels(trimmed);
  if (labels.length) return readPem(trimmed, labels, wanted);
  if (trimmed.startsWith('{')) return readJwk(trimmed, wanted);
  return err({ code: 'not-a-key' });
}

async function readPem(text: string, labels: string[], wanted?: AssertionAlg) {
  if (labels.includes('ENCRYPTED PRIVATE KEY')) return err({ code: 'encrypted' as const });
  if (labels.includes('RSA PRIVATE KEY')) return err({ code: 'pkcs1' as const });
  if (labels.includes('EC PRIVATE KEY')) return err({ code: 'sec1' as const });
  if (!labels.includes('PRIVATE KEY'))
    return err({
      code: labels.some((label) => label.includes('PUBLIC') || label === 'CERTIFICATE') ? 'public-key' : 'not-a-key',
    } as const);
  // Which family the key is: try EC first (it names its curve), then RSA.
  for (const family of [['ES256'], ['RS256', 'PS256']] as AssertionAlg[][]) {
    try {
      const alg = wanted && family.includes(wanted) ? wanted : (family[0] ?? 'RS256');
      const key = await importPKCS8(text, alg);
      return ok({ key, alg, fits: family });
    } catch {
      // not this family
    }
  }
  return err({ code: 'invalid' as const });
}

async function readJwk(text: string, wanted?: AssertionAlg) {
  let jwk: unknown;
  try {
    jwk = JSON.parse(text);
  } catch {
    return err({ code: 'not-a-key' as const });
  }
  const parsed = privateJwkSchema.safeParse(jwk);
  if (!parsed.success) return err({ code: 'not-a-key' as const });
  const value = parsed.data;
  if (value.kty !== 'RSA' && value.kty !== 'EC') return err({ code: 'unsupported-kty' as const });
  if (typeof value.d !== 'string') return err({ code: 'public-key' as const });
  if (value.kty === 'EC' && value.crv !== 'P-256') return err({ code: 'unsupported-curve' as const });
  const fits: AssertionAlg[] = value.kty === 'EC' ? ['ES256'] : ['RS256', 'PS256'];
  const own = assertionAlgs.find((alg) => alg === value.alg);
  if (value.alg !== undefined && !own) return err({ code: 'alg-mismatch' as const });
  const alg = own ?? (wanted && fits.includes(wanted) ? wanted : (fits[0] ?? 'RS256'));
  if (!fits.includes(alg)) return err({ code: 'alg-mismatch' as const });
  try {
    const key = await importJWK({ ...value, alg } as JWK, alg);
    if (!(key instanceof CryptoKey)) return err({ code: 'invalid' as const });
    return ok({ key, alg, fits: own ? [own] : fits, ...(typeof value.kid === 'string' ? { kid: value.kid } : {}) });
  } catch {
    return err({ code: 'invalid' as const });
  }
}

export interface AssertionClaims {
  clientId: string;
  /** Auth0's: the tenant (or custom domain) origin with a trailing slash. */
  audience: string;
  /** Seconds since the epoch. */
  now: number;
  jti: string;
  kid?: string;
}

/**
 * The client_assertion of RFC 7523 §3 as Auth0 takes it: iss = sub = the client id, aud = the tenant, a unique
 * jti, and an exp 60 seconds on.
 */
export function signAssertion(signing: SigningKey, claims: AssertionClaims): Promise<string> {
  return new SignJWT({ jti: claims.jti })
    .setProtectedHeader({ alg: signing.alg, typ: 'JWT', ...(claims.kid ? { kid: claims.kid } : {}) })
    .setIssuer(claims.clientId)
    .setSubject(claims.clientId)
    .setAudience(claims.audience)
    .setIssuedAt(claims.now)
    .setExpirationTime(claims.now + lifetimeS)
    .sign(signing.key);
}
