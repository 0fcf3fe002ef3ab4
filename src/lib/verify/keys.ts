import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { verifyMessages } from '../text/en/verify';
import { base64urlToBytes } from '../token/jose';
import { describeIssues } from '../token/schemas';

/** A JWK as RFC 7517 §4 describes it; unknown members kept. */
export const jwkSchema = z.looseObject({
  kty: z.string(),
  kid: z.optional(z.string()),
  alg: z.optional(z.string()),
  use: z.optional(z.string()),
});
export type Jwk = z.infer<typeof jwkSchema>;
/** A JWK Set (RFC 7517 §5). */
export const jwksSchema = z.looseObject({ keys: z.array(jwkSchema) });
export type Jwks = z.infer<typeof jwksSchema>;

/** Key material a token can be verified with. */
export type KeyMaterial =
  | { kind: 'jwks'; jwks: Jwks; note?: string; issuer?: string }
  | { kind: 'spki'; pem: string }
  | { kind: 'x509'; pem: string }
  | { kind: 'secret'; bytes: Uint8Array };

export type SecretEncoding = 'utf8' | 'base64url';

export interface KeyError {
  code: 'empty' | 'not-json' | 'not-jwk' | 'private-key' | 'bad-secret';
  message: string;
}

const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];

/** Read a pasted key: a JWKS, one JWK, a PEM public key or certificate, or an HMAC secret. */
export function parseKeyMaterial(text: string, encoding: SecretEncoding = 'utf8'): Result<KeyMaterial, KeyError> {
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty', message: verifyMessages.keyEmpty() });
  if (/-----BEGIN (?:RSA |EC |ENCRYPTED )?PRIVATE KEY-----/.test(trimmed)) {
    return err({ code: 'private-key', message: verifyMessages.privateKey() });
  }
  if (trimmed.includes('-----BEGIN PUBLIC KEY-----')) return ok({ kind: 'spki', pem: trimmed });
  if (trimmed.includes('-----BEGIN CERTIFICATE-----')) return ok({ kind: 'x509', pem: trimmed });
  if (trimmed.startsWith('{')) return parseJwkJson(trimmed);
  if (encoding === 'utf8') return ok({ kind: 'secret', bytes: new TextEncoder().encode(text) });
  try {
    return ok({ kind: 'secret', bytes: base64urlToBytes(trimmed) });
  } catch {
    return err({ code: 'bad-secret', message: verifyMessages.badSecret() });
  }
}

function parseJwkJson(text: string): Result<KeyMaterial, KeyError> {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return err({
      code: 'not-json',
      message: verifyMessages.keyNotJson(error instanceof Error ? error.message : String(error)),
    });
  }
  const set = jwksSchema.safeParse(json);
  const single = jwkSchema.safeParse(json);
  const keys = set.success ? set.data.keys : single.success ? [single.data] : undefined;
  if (!keys) return err({ code: 'not-jwk', message: verifyMessages.keyNotJwk() });
  // A symmetric JWK (kty "oct") is itself the secret; every other private member is dropped.
  const hadPrivate = keys.some((key) => key.kty !== 'oct' && privateMembers.some((member) => member in key));
  const publicKeys = keys.map((key) =>
    key.kty === 'oct'
      ? key
      : Object.fromEntries(Object.entries(key).filter(([member]) => !privateMembers.includes(member))),
  );
  const jwks = jwksSchema.safeParse({ keys: publicKeys });
  if (!jwks.success) return err({ code: 'not-jwk', message: describeIssues(jwks.error) });
  return ok({ kind: 'jwks', jwks: jwks.data, ...(hadPrivate ? { note: verifyMessages.privateJwk() } : {}) });
}
