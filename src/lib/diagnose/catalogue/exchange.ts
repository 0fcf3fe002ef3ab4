import { grantsOf, type CatalogueEntry } from './entry';

/** Token exchange (custom profiles, on-behalf-of, Token Vault), assertions, DPoP, and PAR/FAPI. */
export const exchange: CatalogueEntry[] = [
  {
    // Native to Web SSO: a session transfer token from the native app, exchanged or sent to /authorize.
    id: 'auth0.session-transfer',
    codePattern: /^session_transfer/,
    descriptions: [/session[ _]transfer/i],
    // The Management API refusing the setting itself: the tenant's plan, not a token.
    unless: [/not allowed to (?:modify|set|use|enable)/i],
    weight: 1,
  },
  {
    id: 'auth0.delegation-depth',
    errors: ['invalid_request'],
    descriptions: [/delegation chain .{0,200}depth exceeds/i],
  },
  {
    id: 'auth0.invalid-assertion',
    errors: ['invalid_grant'],
    descriptions: [/assertion is invalid or has expired/i, /^invalid assertion\.?$/i],
  },
  {
    id: 'auth0.token-exchange-denied',
    codes: ['unauthorized_actor', 'unauthorized_login'],
    errors: ['access_denied', 'invalid_request'],
    descriptions: [
      /not authorized to act on behalf of/i,
      /cannot login due to reason/i,
      /token exchange (?:was )?(?:rejected|denied|refused)/i,
      /validation failed in (?:the |an? )?action/i,
    ],
    grants: grantsOf.exchange,
  },
  {
    id: 'auth0.token-exchange-actor',
    codes: ['setactor_required'],
    errors: ['invalid_request'],
    descriptions: [/setactor is required/i, /actor[_ ]token (?:is )?required/i],
    weight: 1,
  },
  {
    id: 'auth0.token-exchange-mfa',
    errors: ['invalid_request'],
    descriptions: [/mfa is not supported .{0,60}actor_token/i],
    weight: 1,
  },
  {
    id: 'auth0.token-exchange-token-type',
    errors: ['invalid_request', 'invalid_grant'],
    descriptions: [/(?:subject|requested|actor)_token_type/i],
    weight: 1,
  },
  {
    id: 'auth0.token-exchange-audience',
    errors: ['invalid_request', 'access_denied', 'invalid_target'],
    descriptions: [/\bcte audience\b/i, /audience (?:is )?not allowed/i],
    grants: grantsOf.exchange,
  },
  {
    id: 'auth0.token-exchange',
    errors: ['invalid_request', 'invalid_grant', 'unauthorized_client', 'access_denied'],
    descriptions: [
      /subject[_ ]token/i,
      /token exchange profile/i,
      /custom token exchange/i,
      /actor[_ ]token .{0,40}(?:invalid|expired)/i,
    ],
  },
  {
    id: 'auth0.token-vault-connection',
    errors: ['invalid_request', 'access_denied'],
    descriptions: [/token vault/i, /connected accounts? .{0,40}not enabled/i],
    weight: 1,
  },
  {
    // Token Vault's exchange: no identity of the user on that connection (or login_hint names another one).
    id: 'auth0.token-vault-identity',
    endpoints: ['/oauth/token'],
    codes: ['user_not_found'],
    descriptions: [/identity user not found/i],
    grants: grantsOf.exchange,
  },
  { id: 'auth0.federated-refresh-token-missing', codes: ['federated_connection_refresh_token_not_found'] },
  {
    id: 'auth0.dpop-nonce',
    severity: 'warning',
    codes: ['use_dpop_nonce', 'invalid_dpop_nonce'],
    errors: ['invalid_request', 'invalid_dpop_proof', 'invalid_token'],
    descriptions: [/\bnonce\b.{0,60}\bdpop\b/i, /\bdpop\b.{0,60}\bnonce\b/i],
    weight: 1,
  },
  {
    id: 'auth0.invalid-dpop-proof',
    codes: ['invalid_dpop_proof'],
    errors: ['invalid_request', 'invalid_token'],
    descriptions: [
      /dpop proof/i,
      /dpop (?:key|jkt|binding)/i,
      /\bjkt\b|\bcnf\b|confirmation mismatch/i,
      /dpop (?:is )?required|requires? dpop/i,
    ],
  },
  {
    id: 'auth0.par-required',
    errors: ['invalid_request', 'unauthorized_client'],
    descriptions: [
      /pushed authorization requests? (?:are |is )?required/i,
      /\bpar (?:is )?required/i,
      /require_pushed_authorization_requests/i,
    ],
  },
  {
    id: 'auth0.par-request-uri',
    endpoints: ['/authorize', '/oauth/par'],
    codes: ['invalid_request_uri'],
    errors: ['invalid_request'],
    descriptions: [/request_uri/i],
  },
  {
    id: 'auth0.request-object',
    codes: ['invalid_request_object', 'request_not_supported'],
    descriptions: [/request object/i, /\bJAR\b/],
  },
];
