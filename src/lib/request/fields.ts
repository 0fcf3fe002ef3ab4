import { isSecretName } from '../secrets/names';

/** The parameters a token request can carry, by their wire names (RFC 6749 §4, Auth0 Authentication API). */
export const fieldNames = [
  'client_id',
  'client_secret',
  'client_assertion',
  'audience',
  'scope',
  'username',
  'password',
  'realm',
  'refresh_token',
  'code',
  'code_verifier',
  'redirect_uri',
  'otp',
  'mfa_token',
  'oob_code',
  'binding_code',
  'recovery_code',
  'device_code',
  'auth_req_id',
  'subject_token',
  'subject_token_type',
] as const;

export type FieldName = (typeof fieldNames)[number];

/** Fields whose values are secrets (src/lib/secrets/ decides): masked on screen, redacted in reports, never in a URL. */
export const secretFields: ReadonlySet<FieldName> = new Set(fieldNames.filter(isSecretName));

export function isFieldName(name: string): name is FieldName {
  return (fieldNames as readonly string[]).includes(name);
}
