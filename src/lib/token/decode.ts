import { decodeMessages, partNames } from '../text/decode';
import { base64urlToBytes } from './jose';
import { formatTexts } from '../text/format';
import { isJsonObject, jsonTypeOf, type JsonObject } from './schemas';
import type { TokenSource } from './input';

export type DecodeErrorCode =
  | 'empty-token'
  | 'part-count'
  | 'empty-part'
  | 'not-base64url'
  | 'padded-base64'
  | 'bad-length'
  | 'not-utf8'
  | 'not-json'
  | 'not-object'
  | 'bad-characters'
  | 'cut-jwt'
  | 'not-a-token';

export interface DecodeError {
  code: DecodeErrorCode;
  message: string;
  /** Zero-based index of the part at fault, when one is. */
  part?: number;
}

export type DecodedToken =
  | { kind: 'jws'; header: JsonObject; claims: JsonObject; signature: string }
  | { kind: 'jwe'; header: JsonObject }
  | { kind: 'opaque' }
  | {
      kind: 'malformed';
      error: DecodeError;
      /** The JWS header, when it decoded and a later part did not. */
      header?: JsonObject;
    };

const base64urlAlphabet = /^[A-Za-z0-9_-]*$/;
const base64urlChar = /^[A-Za-z0-9_-]$/;
const tokenChar = /^[A-Za-z0-9\-._~+/=]$/;
const standardBase64Alphabet = /^[A-Za-z0-9+/=_-]*$/;
/** RFC 6750 §2.1 b64token: the characters an opaque bearer token may hold. */
const b64token = /^[A-Za-z0-9\-._~+/]+=*$/;
const utf8 = new TextDecoder('utf-8', { fatal: true });
/** Auth0's opaque tokens are a few dozen characters; far shorter or longer strings without dots are not tokens. */
const opaqueLength = { min: 16, max: 2048 };

/** Decode one token without verifying it: JWS header and claims, JWE protected header, or nothing for opaque. */
export function decodeToken(raw: string, source: TokenSource = 'pasted'): DecodedToken {
  if (raw === '') return malformed({ code: 'empty-token', message: decodeMessages.emptyToken() });
  const parts = raw.split('.');
  if (parts.length === 3) return decodeJws(parts);
  if (parts.length === 5) return decodeJwe(parts);
  if (!b64token.test(raw)) {
    return malformed({ code: 'bad-characters', message: decodeMessages.badCharacters(firstOffending(raw, tokenChar)) });
  }
  if (source === 'refresh_token') return { kind: 'opaque' };
  if (parts.length > 1) return malformed({ code: 'part-count', message: decodeMessages.partCount(parts.length) });
  if (raw.startsWith('eyJ') && raw.length > 16) return malformed({ code: 'cut-jwt', message: decodeMessages.cutJwt() });
  if (raw.length < opaqueLength.min || raw.length > opaqueLength.max) {
    return malformed({
      code: 'not-a-token',
      message: decodeMessages.notAToken(raw.length, raw.length > opaqueLength.max),
    });
  }
  return { kind: 'opaque' };
}

function decodeJws(parts: string[]): DecodedToken {
  const [header, payload, signature = ''] = parts;
  const decodedHeader = decodeJsonPart(header ?? '', 0, partNames.jws[0]);
  if (!decodedHeader.ok) return malformed(decodedHeader.error);
  const decodedClaims = decodeJsonPart(payload ?? '', 1, partNames.jws[1]);
  if (!decodedClaims.ok) return malformed(decodedClaims.error, decodedHeader.value);
  const signatureError = checkAlphabet(signature, 2, partNames.jws[2]);
  if (signatureError) return malformed(signatureError, decodedHeader.value);
  return { kind: 'jws', header: decodedHeader.value, claims: decodedClaims.value, signature };
}

function decodeJwe(parts: string[]): DecodedToken {
  const decodedHeader = decodeJsonPart(parts[0] ?? '', 0, partNames.jwe[0]);
  if (!decodedHeader.ok) return malformed(decodedHeader.error);
  for (const [index, part] of parts.entries()) {
    const error = checkAlphabet(part, index, partNames.jwe[index] ?? '');
    if (error) return malformed(error);
  }
  return { kind: 'jwe', header: decodedHeader.value };
}

/** Payload faults of a JWS that is still signed as sent: RFC 7515 signs any octets, RFC 7519 wants a JSON object. */
const contentFaults: DecodeErrorCode[] = ['not-utf8', 'not-json', 'not-object'];

/**
 * The header of a token whose signature can be checked: a JWS with claims, or one whose payload is intact but
 * not a claims set (RFC 7520's plain-text payloads).
 */
export function signedHeader(decoded: DecodedToken): JsonObject | undefined {
  if (decoded.kind === 'jws') return decoded.header;
  if (decoded.kind === 'malformed' && decoded.error.part === 1 && contentFaults.includes(decoded.error.code))
    return decoded.header;
  return undefined;
}

type PartResult = { ok: true; value: JsonObject } | { ok: false; error: DecodeError };

function decodeJsonPart(segment: string, part: number, name: string): PartResult {
  if (segment === '')
    return { ok: false, error: { code: 'empty-part', part, message: decodeMessages.emptyPart(part, name) } };
  const alphabetError = checkAlphabet(segment, part, name);
  if (alphabetError) return { ok: false, error: alphabetError };
  let text: string;
  try {
    text = utf8.decode(base64urlToBytes(segment));
  } catch {
    return { ok: false, error: { code: 'not-utf8', part, message: decodeMessages.notUtf8(part, name) } };
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, error: { code: 'not-json', part, message: decodeMessages.notJson(part, name, detail) } };
  }
  if (!isJsonObject(json)) {
    return {
      ok: false,
      error: { code: 'not-object', part, message: decodeMessages.notObject(part, name, jsonTypeOf(json)) },
    };
  }
  return { ok: true, value: json };
}

function checkAlphabet(segment: string, part: number, name: string): DecodeError | undefined {
  if (base64urlAlphabet.test(segment)) {
    return segment.length % 4 === 1
      ? { code: 'bad-length', part, message: decodeMessages.badLength(part, name) }
      : undefined;
  }
  if (standardBase64Alphabet.test(segment)) {
    return { code: 'padded-base64', part, message: decodeMessages.paddedBase64(part, name) };
  }
  return {
    code: 'not-base64url',
    part,
    message: decodeMessages.notBase64url(part, name, firstOffending(segment, base64urlChar)),
  };
}

/** Name the first character that fails a one-character pattern, readably: "a space", "U+202E", or the character quoted. */
function firstOffending(text: string, pattern: RegExp): string {
  for (const char of text) {
    if (pattern.test(char)) continue;
    if (char === ' ') return formatTexts.character.space;
    if (char === '\t') return formatTexts.character.tab;
    const code = char.codePointAt(0) ?? 0;
    if (code < 0x20 || (code >= 0x7f && code <= 0xa0) || (code >= 0x200b && code <= 0x206f) || code === 0xfeff) {
      return formatTexts.character.invisible(code.toString(16).toUpperCase().padStart(4, '0'));
    }
    return JSON.stringify(char);
  }
  return 'an unexpected character';
}

const malformed = (error: DecodeError, header?: JsonObject): DecodedToken =>
  header ? { kind: 'malformed', error, header } : { kind: 'malformed', error };
