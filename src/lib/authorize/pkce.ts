import { base64url } from 'jose';

/** What this module needs of WebCrypto; tests and the page both pass `globalThis.crypto`. */
export type WebCrypto = Pick<Crypto, 'getRandomValues' | 'subtle'>;

/**
 * An unguessable value for `state`, `nonce` or a PKCE `code_verifier`: 32 random octets, base64url (43
 * characters, within RFC 7636 §4.1's 43–128 unreserved characters).
 */
export function randomValue(crypto: WebCrypto, bytes = 32): string {
  return base64url.encode(crypto.getRandomValues(new Uint8Array(bytes)));
}

/** RFC 7636 §4.2: `code_challenge = BASE64URL(SHA256(ASCII(code_verifier)))`, the S256 method. */
export async function challengeS256(verifier: string, crypto: WebCrypto): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier));
  return base64url.encode(new Uint8Array(digest));
}

/** The values one login carries, made before the button is pressed so the popup opens within the click. */
export interface FlowSecrets {
  state: string;
  nonce: string;
  verifier: string;
  challenge: string;
}

/** Fresh state, nonce and PKCE pair for one /authorize request. */
export async function newFlowSecrets(crypto: WebCrypto): Promise<FlowSecrets> {
  const verifier = randomValue(crypto);
  return {
    state: randomValue(crypto),
    nonce: randomValue(crypto),
    verifier,
    challenge: await challengeS256(verifier, crypto),
  };
}
