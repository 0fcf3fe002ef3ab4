/** RFC 6238 TOTP (SHA-1, 6 digits, 30 s), as an authenticator app computes it from the enrolled secret. */
export async function totp(secretBase32: string, now: number, stepOffset = 0): Promise<string> {
  const counter = Math.floor(now / 30_000) + stepOffset;
  const message = new Uint8Array(8);
  new DataView(message.buffer).setBigUint64(0, BigInt(counter));
  const key = await crypto.subtle.importKey('raw', base32(secretBase32), { name: 'HMAC', hash: 'SHA-1' }, false, [
    'sign',
  ]);
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', key, message));
  const offset = (mac[19] ?? 0) & 0xf;
  const bytes = mac.slice(offset, offset + 4);
  const code = (((bytes[0] ?? 0) & 0x7f) << 24) | ((bytes[1] ?? 0) << 16) | ((bytes[2] ?? 0) << 8) | (bytes[3] ?? 0);
  return String(code % 1_000_000).padStart(6, '0');
}

/** Whether an OTP is the app's code now, or one step either side (RFC 6238 §5.2 allows for drift). */
export async function totpMatches(secretBase32: string, otp: string, now: number): Promise<boolean> {
  for (const offset of [0, -1, 1]) if ((await totp(secretBase32, now, offset)) === otp) return true;
  return false;
}

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A new random secret, base32 (RFC 4648 §6) as otpauth:// URIs carry it. */
export function newSecret(): string {
  return [...crypto.getRandomValues(new Uint8Array(20))].map((byte) => alphabet[byte % 32]).join('');
}

function base32(text: string): Uint8Array<ArrayBuffer> {
  let end = text.length;
  while (text[end - 1] === '=') end--;
  const bits = [...text.slice(0, end).toUpperCase()]
    .map((char) => alphabet.indexOf(char).toString(2).padStart(5, '0'))
    .join('');
  const bytes = new Uint8Array(Math.floor(bits.length / 8));
  for (let i = 0; i < bytes.length; i++) bytes[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return bytes;
}
