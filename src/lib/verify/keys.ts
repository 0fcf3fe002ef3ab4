import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { keyFormats, verifyMessages } from '../text/verify';
import { base64urlToBytes } from '../token/jose';
import { describeIssues } from '../token/schemas';
import { pemBlock, pemBytes, pemLabels, pkcs1ToSpki, toPem } from './pem';

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
  | { kind: 'spki'; pem: string; note?: string }
  | { kind: 'x509'; pem: string }
  | { kind: 'secret'; bytes: Uint8Array };

export type SecretEncoding = 'utf8' | 'base64url';

export interface KeyError {
  code: 'empty' | 'not-json' | 'not-jwk' | 'private-key' | 'bad-secret' | 'bad-pem' | 'unsupported';
  message: string;
}

const privateMembers = ['d', 'p', 'q', 'dp', 'dq', 'qi', 'oth', 'k'];
/** The key types jose verifies JWS signatures with (RFC 7518 §6, RFC 8037). */
const knownKeyTypes = new Set(['RSA', 'EC', 'OKP', 'oct']);
/** An OpenSSH public key line, or its bare base64 blob ("ssh-rsa", "ssh-ed25519", "ecdsa-sha2-…"). */
const sshKey =
  /^(?:(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp(?:256|384|521)|sk-[a-z0-9-]+@openssh\.com)\s+[A-Za-z0-9+/]|AAAA(?:B3NzaC1|C3NzaC1lZDI1NTE5|E2VjZHNh))/;

const unsupported = (format: string) =>
  err<KeyError>({ code: 'unsupported', message: verifyMessages.unsupported(format) });

/**
 * Read a pasted key: a JWKS, one JWK, a PEM public key (SPKI or PKCS#1), a certificate, or an HMAC secret.
 * Anything recognisably a key in another format is refused as unsupported, never taken for a secret.
 */
export function parseKeyMaterial(text: string, encoding: SecretEncoding = 'utf8'): Result<KeyMaterial, KeyError> {
  const trimmed = text.trim();
  if (trimmed === '') return err({ code: 'empty', message: verifyMessages.keyEmpty() });
  const labels = pemLabels(trimmed);
  if (labels.some((label) => label.includes('PRIVATE KEY')))
    return err({ code: 'private-key', message: verifyMessages.privateKey() });
  if (labels.length) return readPem(trimmed, labels);
  if (trimmed.startsWith('---- BEGIN SSH2 PUBLIC KEY ----')) return unsupported(keyFormats.ssh2);
  if (sshKey.test(trimmed)) return unsupported(keyFormats.openssh);
  if (trimmed.startsWith('{')) return parseJwkJson(trimmed);
  if (encoding === 'utf8') return ok({ kind: 'secret', bytes: new TextEncoder().encode(text) });
  try {
    return ok({ kind: 'secret', bytes: base64urlToBytes(trimmed) });
  } catch {
    return err({ code: 'bad-secret', message: verifyMessages.badSecret() });
  }
}

function readPem(text: string, labels: string[]): Result<KeyMaterial, KeyError> {
  const spki = pemBlock(text, 'PUBLIC KEY');
  if (spki) return ok({ kind: 'spki', pem: spki });
  const certificate = pemBlock(text, 'CERTIFICATE');
  if (certificate) return ok({ kind: 'x509', pem: certificate });
  const pkcs1Block = pemBlock(text, 'RSA PUBLIC KEY');
  if (pkcs1Block) {
    const der = pemBytes(pkcs1Block, 'RSA PUBLIC KEY');
    const converted = der && pkcs1ToSpki(der);
    if (!converted) return err({ code: 'bad-pem', message: verifyMessages.badPkcs1() });
    return ok({ kind: 'spki', pem: toPem(converted, 'PUBLIC KEY'), note: verifyMessages.pkcs1Converted() });
  }
  const known = labels.find((label) => ['PUBLIC KEY', 'CERTIFICATE', 'RSA PUBLIC KEY'].includes(label));
  // A known label without its END line is a cut paste; any other label is a format this page does not read.
  return known ? err({ code: 'bad-pem', message: verifyMessages.pemCut(known) }) : unsupported(keyFormats.pem(labels));
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
  const read = readJwks(json);
  return read.ok ? ok({ kind: 'jwks', ...read.value }) : read;
}

/**
 * A JWKS or a single JWK as the keys to verify with: private members dropped (an `oct` key is itself the
 * secret), keys of a type jose cannot verify with skipped as RFC 7517 §5 asks, unsupported when none is left.
 */
export function readJwks(json: unknown): Result<{ jwks: Jwks; note?: string }, KeyError> {
  const set = jwksSchema.safeParse(json);
  const single = jwkSchema.safeParse(json);
  const keys = set.success ? set.data.keys : single.success ? [single.data] : undefined;
  if (!keys) return err({ code: 'not-jwk', message: verifyMessages.keyNotJwk() });
  const usable = keys.filter((key) => knownKeyTypes.has(key.kty));
  const skipped = [...new Set(keys.filter((key) => !knownKeyTypes.has(key.kty)).map((key) => key.kty))];
  if (usable.length === 0) return unsupported(keys.length ? keyFormats.jwk(skipped) : keyFormats.emptySet);
  const hadPrivate = usable.some((key) => key.kty !== 'oct' && privateMembers.some((member) => member in key));
  const publicKeys = usable.map((key) =>
    key.kty === 'oct'
      ? key
      : Object.fromEntries(Object.entries(key).filter(([member]) => !privateMembers.includes(member))),
  );
  const jwks = jwksSchema.safeParse({ keys: publicKeys });
  if (!jwks.success) return err({ code: 'not-jwk', message: describeIssues(jwks.error) });
  const notes = [
    ...(hadPrivate ? [verifyMessages.privateJwk()] : []),
    ...(skipped.length ? [verifyMessages.skippedKeys(skipped)] : []),
  ];
  return ok({ jwks: jwks.data, ...(notes.length ? { note: notes.join(' ') } : {}) });
}
