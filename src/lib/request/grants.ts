import type { FieldName } from './fields';

export interface GrantDefinition {
  /** The wire grant_type. */
  grantType: string;
  required: FieldName[];
  optional: FieldName[];
  /** Grants only a confidential client may use (RFC 6749 §4.4). */
  confidential?: boolean;
  /** A grant this page has no fields for (CIBA, webauthn, Token Vault…): sent as written, its parameters extras. */
  custom?: boolean;
  docs: string;
}

/** Every grant Auth0's /oauth/token accepts, with the parameters each takes (Auth0 Authentication API). */
export const grants: GrantDefinition[] = [
  {
    grantType: 'password',
    required: ['username', 'password'],
    optional: ['audience', 'scope'],
    docs: 'https://auth0.com/docs/api/authentication/resource-owner-password-flow/get-token',
  },
  {
    grantType: 'http://auth0.com/oauth/grant-type/password-realm',
    required: ['username', 'password', 'realm'],
    optional: ['audience', 'scope'],
    docs: 'https://auth0.com/docs/get-started/authentication-and-authorization-flow/resource-owner-password-flow/call-your-api-using-resource-owner-password-flow',
  },
  {
    grantType: 'client_credentials',
    required: [],
    optional: ['audience', 'scope'],
    confidential: true,
    docs: 'https://auth0.com/docs/api/authentication/client-credential-flow/get-token',
  },
  {
    grantType: 'authorization_code',
    required: ['code'],
    optional: ['code_verifier', 'redirect_uri'],
    docs: 'https://auth0.com/docs/api/authentication/authorization-code-flow/get-token',
  },
  {
    grantType: 'refresh_token',
    required: ['refresh_token'],
    optional: ['scope'],
    docs: 'https://auth0.com/docs/api/authentication/refresh-token/refresh-token',
  },
  {
    grantType: 'urn:ietf:params:oauth:grant-type:device_code',
    required: ['device_code'],
    optional: [],
    docs: 'https://auth0.com/docs/api/authentication/device-authorization-flow/get-token',
  },
  {
    grantType: 'urn:openid:params:grant-type:ciba',
    required: ['auth_req_id'],
    optional: [],
    confidential: true,
    docs: 'https://auth0.com/docs/api/authentication/login/check-back-channel-login-status',
  },
  {
    grantType: 'http://auth0.com/oauth/grant-type/passwordless/otp',
    required: ['username', 'otp', 'realm'],
    optional: ['audience', 'scope'],
    docs: 'https://auth0.com/docs/api/authentication/passwordless/authenticate-user',
  },
  {
    grantType: 'http://auth0.com/oauth/grant-type/mfa-otp',
    required: ['mfa_token', 'otp'],
    optional: [],
    docs: 'https://auth0.com/docs/api/authentication/muti-factor-authentication/verify-mfa-with-otp',
  },
  {
    grantType: 'http://auth0.com/oauth/grant-type/mfa-oob',
    required: ['mfa_token', 'oob_code'],
    optional: ['binding_code'],
    docs: 'https://auth0.com/docs/api/authentication/muti-factor-authentication/verify-with-out-of-band',
  },
  {
    grantType: 'http://auth0.com/oauth/grant-type/mfa-recovery-code',
    required: ['mfa_token', 'recovery_code'],
    optional: [],
    docs: 'https://auth0.com/docs/api/authentication/muti-factor-authentication/verify-with-recovery-code',
  },
  {
    grantType: 'urn:ietf:params:oauth:grant-type:token-exchange',
    required: ['subject_token', 'subject_token_type'],
    optional: ['audience', 'scope'],
    docs: 'https://auth0.com/docs/authenticate/custom-token-exchange',
  },
];

export function findGrant(grantType: string): GrantDefinition | undefined {
  return grants.find((grant) => grant.grantType === grantType);
}

/** RFC 6749 §A.10: a grant type is a name (`client_credentials`) or an absolute URI. */
const grantName = /^(?:[A-Za-z0-9._-]{1,128}|[a-z][a-z0-9+.-]{0,30}:[^\s]{1,512})$/;

/**
 * The grant for a grant_type: one this page knows, or another well-formed one (CIBA, webauthn, Token Vault…) that
 * it sends as written, with Audience and Scope as fields and every other parameter among the extras.
 */
export function grantFor(grantType: string): GrantDefinition | undefined {
  const known = findGrant(grantType);
  if (known || !grantName.test(grantType)) return known;
  return {
    grantType,
    required: [],
    optional: ['audience', 'scope'],
    custom: true,
    docs: 'https://www.rfc-editor.org/rfc/rfc6749#section-4.5',
  };
}

/** The fields a grant shows, in the order they are sent. */
export function grantFields(grant: GrantDefinition): FieldName[] {
  return [...grant.required, ...grant.optional];
}
