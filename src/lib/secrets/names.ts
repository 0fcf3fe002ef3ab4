/**
 * What is secret, said once (with shapes.ts beside it): the names whose values are credentials, whatever carries
 * them (request fields, extra parameters, response members, headers, link keys). The form, the on-screen curl, the
 * link reader, Copy link and the report all ask here. This half ships with the page; shapes.ts with the analysis.
 */

/** Names whose values are secret although no secret word is in them. */
const secretNames: ReadonlySet<string> = new Set([
  'code',
  'code_verifier',
  // Not a credential, but it binds an ID token to one login: kept out of links and reports like one.
  'nonce',
  'authorization_code',
  'otp',
  'oob_code',
  'binding_code',
  'recovery_code',
  'device_code',
  'user_code',
  'auth_req_id',
  'verification_uri_complete',
  'barcode_uri',
  'authorization',
  'proxy-authorization',
  'cookie',
  'set-cookie',
  'dpop',
]);
/** A word that makes any name secret: client_secret, new_password, actor_token, client_assertion, x-api-key. */
const secretWord = /secret|passw(?:or)?d|passphrase|token|assertion|private|credential|api[-_]?key|(?:^|[-_])key$/;
/** A name with a secret word that still carries no secret: a type, a lifetime, an endpoint, a method list. */
const publicSuffix = /[-_](?:type|type_hint|expires_in|expires_at|endpoint|supported|methods?)$/;

/** Whether a value under this name (parameter, JSON member, header, link key; any case) is a secret. */
export function isSecretName(name: string): boolean {
  const lower = name.toLowerCase();
  return secretNames.has(lower) || (secretWord.test(lower) && !publicSuffix.test(lower));
}
