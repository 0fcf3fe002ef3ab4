import { base64url } from 'jose';

/** The one place the decoder touches jose: strict base64url (RFC 4648 §5, no padding) to bytes. */
export function base64urlToBytes(segment: string): Uint8Array {
  return base64url.decode(segment);
}
