/**
 * PEM blocks (RFC 7468) and the one DER conversion this page needs: a PKCS#1 RSAPublicKey (RFC 8017 A.1.1,
 * "BEGIN RSA PUBLIC KEY") wrapped into the SubjectPublicKeyInfo (RFC 5280 §4.1) that jose's importSPKI reads.
 */

/** At most this many PEM labels are looked at in one paste. */
const maxLabels = 16;

/** The labels of the PEM blocks in a text, in order ("PUBLIC KEY", "CERTIFICATE", "EC PARAMETERS"…). */
export function pemLabels(text: string): string[] {
  const labels: string[] = [];
  // Bounded label length and no nested quantifier: linear in the text.
  for (const match of text.matchAll(/-----BEGIN ([A-Z0-9 ]{1,64})-----/g)) {
    labels.push(match[1] ?? '');
    if (labels.length === maxLabels) break;
  }
  return labels;
}

/** The first whole block with this label, markers included, or undefined. */
export function pemBlock(text: string, label: string): string | undefined {
  const begin = `-----BEGIN ${label}-----`;
  const end = `-----END ${label}-----`;
  const start = text.indexOf(begin);
  if (start < 0) return undefined;
  const stop = text.indexOf(end, start + begin.length);
  return stop < 0 ? undefined : text.slice(start, stop + end.length);
}

/** The DER bytes of a block, or undefined when its body is not base64. */
export function pemBytes(block: string, label: string): Uint8Array | undefined {
  const body = block
    .slice(`-----BEGIN ${label}-----`.length, block.length - `-----END ${label}-----`.length)
    .replace(/\s+/g, '');
  if (body === '' || body.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return undefined;
  try {
    return Uint8Array.from(atob(body), (char) => char.charCodeAt(0));
  } catch {
    return undefined;
  }
}

/** Bytes as a PEM block of this label, 64 characters a line. */
export function toPem(der: Uint8Array, label: string): string {
  let binary = '';
  for (const byte of der) binary += String.fromCharCode(byte);
  const lines = btoa(binary).match(/.{1,64}/g) ?? [];
  return [`-----BEGIN ${label}-----`, ...lines, `-----END ${label}-----`].join('\n');
}

interface Tlv {
  tag: number;
  /** Where the content starts and ends (exclusive). */
  start: number;
  end: number;
}

/** One DER tag-length-value at `offset`, or undefined when it does not fit in `limit`. */
function readTlv(der: Uint8Array, offset: number, limit: number): Tlv | undefined {
  const tag = der[offset];
  const first = der[offset + 1];
  if (tag === undefined || first === undefined) return undefined;
  let length = first;
  let start = offset + 2;
  if (first & 0x80) {
    const count = first & 0x7f;
    // Indefinite length is not DER; four length bytes cover any key.
    if (count === 0 || count > 4) return undefined;
    length = 0;
    for (let i = 0; i < count; i++) length = length * 256 + (der[start + i] ?? NaN);
    start += count;
  }
  const end = start + length;
  return Number.isFinite(end) && end <= limit ? { tag, start, end } : undefined;
}

/** Whether the bytes are exactly SEQUENCE { INTEGER modulus, INTEGER publicExponent }. */
export function isPkcs1RsaPublicKey(der: Uint8Array): boolean {
  const sequence = readTlv(der, 0, der.length);
  if (sequence?.tag !== 0x30 || sequence.end !== der.length) return false;
  const modulus = readTlv(der, sequence.start, sequence.end);
  if (modulus?.tag !== 0x02) return false;
  const exponent = readTlv(der, modulus.end, sequence.end);
  return exponent?.tag === 0x02 && exponent.end === sequence.end;
}

/** The DER encoding of a length (X.690 §8.1.3). */
function derLength(length: number): number[] {
  if (length < 0x80) return [length];
  const bytes: number[] = [];
  for (let rest = length; rest > 0; rest = Math.floor(rest / 256)) bytes.unshift(rest % 256);
  return [0x80 | bytes.length, ...bytes];
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

function der(tag: number, content: Uint8Array): Uint8Array {
  return concat(Uint8Array.from([tag, ...derLength(content.length)]), content);
}

/** AlgorithmIdentifier { rsaEncryption (1.2.840.113549.1.1.1), NULL }. */
const rsaEncryption = Uint8Array.from([
  0x30, 0x0d, 0x06, 0x09, 0x2a, 0x86, 0x48, 0x86, 0xf7, 0x0d, 0x01, 0x01, 0x01, 0x05, 0x00,
]);

/** Wrap a PKCS#1 RSAPublicKey into a SubjectPublicKeyInfo; undefined when the bytes are not one. */
export function pkcs1ToSpki(pkcs1: Uint8Array): Uint8Array | undefined {
  if (!isPkcs1RsaPublicKey(pkcs1)) return undefined;
  // A BIT STRING whose first byte says no bits are unused.
  const bitString = der(0x03, concat(Uint8Array.of(0x00), pkcs1));
  return der(0x30, concat(rsaEncryption, bitString));
}
