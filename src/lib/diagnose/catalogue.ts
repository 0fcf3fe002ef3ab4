import type { Severity } from './types';

/**
 * One known Auth0 condition and how to recognise it. Adding an Auth0 error is one entry here, its texts in
 * text/en/diagnoses/, and a fixture line; never a new branch in code.
 */
export interface CatalogueEntry {
  id: string;
  severity?: Severity;
  /** The OAuth `error` codes this condition arrives with. */
  errors?: string[];
  /**
   * `error_description` patterns; named groups become facts the texts quote. A match outranks the code. Every
   * pattern must take linear time on any text (tests/unit/bounded.test.ts times each one on 100,000 hostile
   * characters): a gap between two phrases is bounded (`.{0,200}`), never `.*` that each repeat of the first
   * phrase would scan to the end again.
   */
  descriptions?: RegExp[];
  /** Codes that alone identify the condition, whatever the description says. */
  codes?: string[];
  /** With one of `errors`, a request of these grants identifies the condition. */
  grants?: RegExp;
  /** Patterns for the raw body: plain text, HTML, or JSON that is not an RFC 6749 error; `status`, when set, must match too. */
  bodies?: RegExp[];
  status?: number[];
}

const mfaGrant = /mfa-(otp|oob|recovery-code)$/;
const deviceGrant = /device_code$/;

/** Auth0's token-endpoint conditions, grouped as the Dashboard groups their fixes. */
export const catalogue: CatalogueEntry[] = [
  // Grants, clients and client authentication
  {
    id: 'auth0.grant-not-allowed',
    errors: ['unauthorized_client'],
    descriptions: [
      /grant[ _]type '?(?<grant>[^'\s]+?)'? (?:is )?not (?:allowed|enabled|authorized) for (?:the|this) (?:client|application)/i,
    ],
  },
  {
    id: 'auth0.unsupported-grant-type',
    codes: ['unsupported_grant_type'],
    descriptions: [/unsupported grant[ _]type/i],
  },
  {
    id: 'auth0.client-authentication-failed',
    errors: ['access_denied', 'invalid_client', 'unauthorized'],
    descriptions: [
      /^unauthorized\.?$/i,
      /client authentication failed/i,
      /invalid client credentials/i,
      /client[_ ]secret (?:is )?(?:invalid|wrong|incorrect)/i,
    ],
    status: [401],
  },
  { id: 'auth0.invalid-client', codes: ['invalid_client'] },
  { id: 'auth0.client-assertion', errors: ['invalid_client', 'invalid_request'], descriptions: [/client_assertion/i] },
  {
    id: 'auth0.unknown-client',
    errors: ['unauthorized_client', 'invalid_client', 'invalid_request'],
    descriptions: [/^invalid client\.?$/i, /unknown client/i, /client (?:not found|does not exist)/i],
  },
  {
    id: 'auth0.missing-client-id',
    errors: ['invalid_request'],
    descriptions: [/missing client_id/i, /client_id (?:parameter )?is required/i],
  },
  { id: 'auth0.unauthorized-client', codes: ['unauthorized_client'] },
  {
    id: 'auth0.cross-origin-login-disabled',
    errors: ['unauthorized_client', 'access_denied'],
    descriptions: [/cross[- ]origin login not allowed/i],
  },
  { id: 'auth0.origin-not-allowed', bodies: [/^\s*Origin (?<origin>\S+) is not allowed\.?\s*$/i], status: [403] },
  {
    id: 'auth0.legacy-endpoint-oidc',
    errors: ['invalid_request', 'unauthorized_client'],
    descriptions: [/OIDC conformant clients cannot use \/oauth\/(?<endpoint>ro|access_token)/i],
  },
  { id: 'auth0.endpoint-disabled', codes: ['endpoint_disabled'], descriptions: [/endpoint (?:is )?disabled/i] },

  // APIs, audiences, client grants and scopes
  {
    id: 'auth0.service-not-found',
    errors: ['access_denied', 'invalid_request', 'invalid_target'],
    descriptions: [
      /service not (?:found|enabled within domain):? ?(?<audience>\S*)/i,
      /audience (?:is )?(?:invalid|not found|does not exist)/i,
    ],
  },
  {
    id: 'auth0.no-audience',
    errors: ['access_denied', 'invalid_request'],
    descriptions: [/no audience parameter was provided/i, /audience (?:parameter )?is required/i],
  },
  {
    id: 'auth0.client-not-authorized-for-api',
    errors: ['access_denied', 'unauthorized_client'],
    descriptions: [
      /client (?:"[^"]*" )?is not authorized to access "?(?<audience>[^"\s]+?)"?\.?(?: you need to create|$)/i,
      /create a "?client-grant"?/i,
    ],
  },
  {
    id: 'auth0.client-not-authorized-user-flow',
    errors: ['invalid_request', 'access_denied', 'unauthorized_client'],
    descriptions: [/is not authorized to access resource server "?(?<audience>[^"\s]*)"?/i],
  },
  {
    id: 'auth0.scopes-not-granted',
    errors: ['access_denied', 'invalid_scope'],
    descriptions: [/(?:client )?has not been granted scopes?:? ?(?<scope>.*?)\.?$/im],
  },
  { id: 'auth0.invalid-scope', codes: ['invalid_scope'], descriptions: [/scope must be an? (?:array|string)/i] },
  {
    id: 'auth0.organization',
    errors: ['invalid_request', 'access_denied', 'unauthorized_client', 'invalid_grant'],
    descriptions: [/organi[sz]ation/i],
  },

  // Connections and users
  {
    id: 'auth0.no-default-connection',
    errors: ['server_error', 'invalid_request'],
    descriptions: [
      /not configured with (?:a )?default connection/i,
      /default (?:connection|directory) (?:is )?not (?:configured|set)/i,
    ],
  },
  {
    id: 'auth0.connection-not-found',
    errors: ['invalid_request', 'access_denied'],
    descriptions: [
      /connection (?:was )?not found/i,
      /connection .{0,200}does not exist/i,
      /missing connection parameter/i,
      /connection is not yet configured/i,
    ],
  },
  {
    id: 'auth0.connection-disabled',
    errors: ['invalid_request', 'access_denied', 'unauthorized_client'],
    descriptions: [
      /connection (?:was|is) (?:disabled|not enabled)/i,
      /connection is not enabled for (?:this|the) client/i,
    ],
  },
  { id: 'auth0.strategy-not-supported', errors: ['invalid_request'], descriptions: [/strategy does not support/i] },
  {
    id: 'auth0.wrong-credentials',
    errors: ['invalid_grant', 'access_denied'],
    codes: ['invalid_user_password'],
    descriptions: [
      /wrong (?:email|username|phone number|phone|user ?name) or password/i,
      /invalid (?:username|email|user) or password/i,
    ],
  },
  {
    id: 'auth0.user-blocked',
    errors: ['unauthorized', 'access_denied', 'invalid_grant'],
    codes: ['blocked_user'],
    descriptions: [/user is blocked/i, /^blocked user\.?$/i, /user (?:has been|was) blocked/i],
  },
  {
    id: 'auth0.email-not-verified',
    errors: ['unauthorized', 'access_denied'],
    descriptions: [/verify (?:your )?e-?mail/i, /e-?mail (?:is )?not verified/i],
  },
  { id: 'auth0.rule-denied', codes: ['unauthorized'] },
  { id: 'auth0.password-expired', codes: ['password_expired'], descriptions: [/password (?:has )?expired/i] },
  {
    id: 'auth0.password-leaked',
    codes: ['password_leaked'],
    descriptions: [/password .{0,200}(?:breach|leaked|disclosed)/i],
  },
  {
    id: 'auth0.refresh-token-user-deleted',
    errors: ['invalid_grant'],
    descriptions: [/generated for a user who doesn'?t exist anymore/i],
  },

  // Attack protection and rate limits
  {
    id: 'auth0.too-many-attempts',
    codes: ['too_many_attempts'],
    descriptions: [/blocked after multiple consecutive login attempts/i, /suspicious login behavior/i],
  },
  {
    id: 'auth0.requires-verification',
    codes: ['requires_verification'],
    descriptions: [/suspicious request requires verification/i],
  },
  { id: 'auth0.m2m-quota', errors: ['too_many_requests', 'access_denied', 'quota_exceeded'], descriptions: [/quota/i] },
  { id: 'auth0.rate-limited', codes: ['too_many_requests', 'rate_limit_exceeded'], descriptions: [/rate limit/i] },
  { id: 'auth0.management-api-rate-limit', bodies: [/"statusCode"\s*:\s*429/, /global limit has been reached/i] },

  // MFA
  {
    id: 'auth0.mfa-required',
    codes: ['mfa_required', 'a0.mfa_required'],
    descriptions: [/multifactor authentication required/i],
  },
  {
    id: 'auth0.mfa-enrollment-required',
    codes: ['unsupported_challenge_type', 'a0.mfa_registration_required', 'mfa_registration_required'],
  },
  {
    id: 'auth0.mfa-invalid-otp',
    errors: ['invalid_grant'],
    codes: ['a0.mfa_invalid_code'],
    descriptions: [/invalid otp(?:_code)?/i, /invalid (?:mfa|one[- ]time) code/i],
    grants: mfaGrant,
  },
  { id: 'auth0.mfa-invalid-binding-code', errors: ['invalid_grant'], descriptions: [/invalid binding_?code/i] },
  {
    id: 'auth0.mfa-rejected',
    errors: ['invalid_grant', 'access_denied'],
    descriptions: [/mfa authorization rejected/i],
  },
  {
    id: 'auth0.mfa-token-invalid',
    errors: ['invalid_grant', 'expired_token'],
    descriptions: [/malformed mfa_token/i, /mfa_token is expired/i, /invalid mfa_token/i],
  },
  { id: 'auth0.mfa-recovery-code-invalid', errors: ['invalid_grant'], descriptions: [/invalid recovery[ _]code/i] },

  // Passwordless
  {
    id: 'auth0.passwordless-wrong-code',
    errors: ['invalid_grant', 'access_denied'],
    descriptions: [
      /wrong (?:email|phone number|phone) or verification code/i,
      /verification code (?:has )?expired/i,
      /invalid verification code/i,
    ],
  },

  // Authorization codes, PKCE, redirect URIs
  {
    id: 'auth0.invalid-authorization-code',
    errors: ['invalid_grant'],
    descriptions: [/invalid authorization code/i, /authorization code (?:has )?(?:expired|already (?:been )?used)/i],
  },
  {
    id: 'auth0.pkce-verifier',
    errors: ['invalid_grant', 'invalid_request'],
    descriptions: [/code[ _]verifier/i, /code[ _]challenge/i],
  },
  {
    id: 'auth0.invalid-redirect-uri',
    errors: ['invalid_request', 'invalid_grant', 'unauthorized_client'],
    descriptions: [/redirect_uri/i, /callback url mismatch/i],
  },
  {
    id: 'auth0.missing-parameter',
    errors: ['invalid_request'],
    // \b: a match starts where a word starts, so a 100,000-character word is tried once, not once per character.
    descriptions: [/missing required parameter:? ?(?<parameter>\w+)/i, /\b(?<parameter>\w+) is required/i],
  },

  // Refresh tokens
  {
    id: 'auth0.invalid-refresh-token',
    errors: ['invalid_grant', 'access_denied'],
    descriptions: [
      /(?:unknown|invalid|expired|revoked).{0,200}refresh[ _]token/i,
      /refresh[ _]token.{0,200}(?:invalid|expired|revoked|reuse)/i,
    ],
  },
  { id: 'auth0.missing-refresh-token', codes: ['missing_refresh_token'], descriptions: [/missing refresh token/i] },

  // Polling grants: device, MFA out-of-band, CIBA
  { id: 'auth0.authorization-pending', severity: 'info', codes: ['authorization_pending'] },
  { id: 'auth0.slow-down', severity: 'warning', codes: ['slow_down'] },
  { id: 'auth0.expired-token', codes: ['expired_token'] },
  {
    id: 'auth0.device-denied',
    errors: ['access_denied'],
    descriptions: [/user cancell?ed the confirmation/i],
    grants: deviceGrant,
  },
  {
    id: 'auth0.device-code-invalid',
    errors: ['invalid_grant'],
    descriptions: [
      /(?:invalid|expired|unknown|used).{0,200}device[ _]code/i,
      /device[ _]code .{0,200}(?:invalid|expired|not found|already)/i,
    ],
    grants: deviceGrant,
  },
  { id: 'auth0.ciba-denied', errors: ['access_denied'], descriptions: [/end-user denied the authorization request/i] },

  // Token exchange and newer grants
  {
    id: 'auth0.delegation-depth',
    errors: ['invalid_request'],
    descriptions: [/delegation chain .{0,200}depth exceeds/i],
  },
  { id: 'auth0.invalid-assertion', errors: ['invalid_grant'], descriptions: [/assertion is invalid or has expired/i] },
  {
    id: 'auth0.token-exchange',
    errors: ['invalid_request', 'invalid_grant', 'unauthorized_client', 'access_denied'],
    descriptions: [/subject_token/i, /token exchange profile/i, /custom token exchange/i],
  },
  { id: 'auth0.federated-refresh-token-missing', codes: ['federated_connection_refresh_token_not_found'] },
  { id: 'auth0.dpop-nonce', severity: 'warning', codes: ['use_dpop_nonce'] },
  { id: 'auth0.invalid-dpop-proof', codes: ['invalid_dpop_proof'] },

  // Actions, Rules and Hooks
  {
    id: 'auth0.extensibility-error',
    errors: ['server_error', 'invalid_request', 'access_denied'],
    descriptions: [
      /unknown error occurred/i,
      /^bad request\.?$/i,
      /(?:hook|action|rule|script) (?:execution )?(?:failed|error|timed out)/i,
    ],
  },
  { id: 'auth0.access-denied', codes: ['access_denied'] },

  // Sessions and embedded login (answers seen around the token request)
  {
    id: 'auth0.login-required',
    codes: ['login_required'],
    descriptions: [/^login required\.?$/i, /multifactor authentication required/i],
  },
  { id: 'auth0.consent-required', codes: ['consent_required'] },
  { id: 'auth0.interaction-required', codes: ['interaction_required'] },
  {
    id: 'auth0.embedded-login-request',
    errors: ['invalid_request'],
    descriptions: [/all and only of client_id, credential_type/i, /invalid request body/i],
  },
  { id: 'auth0.unsupported-credential-type', codes: ['unsupported_credential_type'] },
  {
    id: 'auth0.embedded-authentication-error',
    errors: ['access_denied'],
    descriptions: [/^authentication error\.?$/i],
  },

  // Non-OAuth answers
  { id: 'auth0.empty-preflight', bodies: [/^\s*$/], status: [200, 204] },
];
