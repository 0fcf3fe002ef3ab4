import { requestUriShape, sessionTransferTrouble, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { actions, app, docs, logs, said } from './paths';

const cteAction = [...actions, 'custom-token-exchange'];

/** Token exchange, assertions, Token Vault, DPoP and PAR/FAPI. */
export const exchangeTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.session-transfer': (f) => ({
    title: 'The session transfer token was refused (Native to Web SSO)',
    cause: `Native to Web SSO hands a native app's login to a web app with a session transfer token. The token is single-use and lives about a minute; with device binding it is valid only from the IP address or network (ASN) that asked for it, and it is bound to the organization it was issued for. The tenant or the applications may also not have Native to Web SSO turned on.${said(f)}`,
    fix: [
      ...(sessionTransferTrouble(f) === 'other-user'
        ? [
            'The browser already has an Auth0 session of another user: log that session out (or send prompt=login) before opening the web app with the token, or sign in as the same user on both sides.',
          ]
        : []),
      ...(sessionTransferTrouble(f) === 'parent-revoked'
        ? [
            'The refresh token the session transfer token came from was revoked or deleted: log in again in the native app, then ask for a new token, and do not revoke it before the web app has opened.',
          ]
        : []),
      'Ask for a new session_transfer_token right before opening the web app, and send it once (no retry with the same token).',
      'Open the web app from the same device and network as the native app, or relax the web app’s device binding (session_transfer.enforce_device_binding: none).',
      'Check the settings with the Management API (PATCH /api/v2/clients/{id}): the native app needs session_transfer.can_create_session_transfer_token = true, the web app session_transfer.allowed_authentication_methods (cookie or query).',
      'With Organizations: request the token and open the web app for the same organization.',
    ],
    breadcrumb: [...app, 'Settings'],
    docs: docs.nativeToWebSso,
  }),
  'auth0.delegation-depth': () => ({
    title: 'Delegation chain too deep',
    cause: 'Each on-behalf-of exchange nests an act claim; Auth0 allows at most four levels.',
    fix: ['Exchange the original subject token rather than a token that was itself exchanged.'],
    docs: docs.tokenExchange,
  }),
  'auth0.invalid-assertion': () => ({
    title: 'The assertion is invalid or expired',
    cause:
      'The JWT assertion (e.g. an identity assertion for cross-app access) failed validation: signature, audience or expiry.',
    fix: ['Obtain a fresh assertion from its issuer and send it at once; check its aud is this tenant.'],
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-denied': (f) => ({
    title: 'Your Custom Token Exchange Action denied this exchange',
    cause: `The profile’s Action refused the subject (api.access.deny, or rejectInvalidSubjectToken) with its own reason: this is the tenant’s code deciding, not a setting.${said(f)}`,
    fix: [
      'Actions > Library: open the profile’s Custom Token Exchange Action, and watch its real-time logs while you send again.',
      'Check the subject token you send is one the Action accepts.',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-actor': () => ({
    title: 'The exchange needs an actor',
    cause:
      'This token exchange (on behalf of, or a session transfer) must say who acts: the Action must call api.authentication.setActor(), or the request must carry actor_token.',
    fix: [
      'In the Custom Token Exchange Action, call setActor() for the acting party (Actions > Library).',
      'Or send actor_token and actor_token_type as the profile expects.',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-mfa': () => ({
    title: 'MFA cannot run in a delegated exchange',
    cause: 'The profile would require MFA, and an exchange with an actor_token has no user present to complete it.',
    fix: [
      'Do not require MFA for this exchange in the Action (or its post-login Actions), or exchange without an actor.',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-token-type': (f) => ({
    title: 'The token types match no profile',
    cause: `subject_token_type (and requested_token_type, when sent) must be the exact URIs of a Token Exchange Profile of this tenant.${said(f)}`,
    fix: [
      'List the profiles (Management API, GET /api/v2/token-exchange-profiles) and copy subject_token_type exactly.',
      'Leave requested_token_type out unless the profile supports it.',
    ],
    breadcrumb: cteAction,
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange-audience': (f) => ({
    title: 'This API cannot be the audience of the exchange',
    cause: `The audience must be an API this application is authorized for, and one the exchange profile may issue tokens for.${said(f)}`,
    fix: [
      'Applications > APIs > your API > Application Access: authorize this application.',
      'Send the API’s Identifier as audience.',
    ],
    breadcrumb: ['Applications', 'APIs', 'your API', 'Application Access'],
    docs: docs.tokenExchange,
  }),
  'auth0.token-exchange': (f) => ({
    title: 'Token exchange refused',
    cause: `A custom token exchange needs a profile whose subject_token_type matches the one sent, and an Action that accepts the subject token.${said(f)}`,
    fix: [
      'Check the profile’s Subject Token Type equals Subject token type exactly (Token Exchange profiles, via the Management API).',
      'Check the Custom Token Exchange Action’s logs under Monitoring > Logs.',
      'The application needs the Token Exchange grant.',
      '“… Token Exchange Profile is not allowed for the client”: allow that profile type for this application (Management API: PATCH /api/v2/clients/{id} with token_exchange.allow_any_profile_of_type, e.g. ["custom_authentication"]).',
    ],
    breadcrumb: logs,
    docs: docs.tokenExchange,
  }),
  'auth0.token-vault-connection': () => ({
    title: 'Token Vault is off for this connection',
    cause:
      'Exchanging for a provider’s token needs the connection to store tokens in Token Vault (Connected Accounts).',
    fix: [
      'Authentication > Social (or Enterprise) > your connection: enable Token Vault / Connected Accounts, with offline access from the provider.',
      'Have the user log in (or connect the account) again.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection'],
    docs: docs.tokenVault,
  }),
  'auth0.token-vault-identity': (f) => ({
    title: 'No identity of this user on that connection',
    cause: `The Token Vault exchange found no identity of the user on the connection asked for: the user never logged in or connected the account with it, or login_hint names an identity (provider user id) the user does not have.${said(f)}`,
    fix: [
      'Send connection=<the connection’s name> and either no login_hint or the provider user id of an identity listed on the user (User Management > Users > the user > Identities).',
      'If the user has no identity there yet, have them log in with that connection or connect the account first.',
    ],
    breadcrumb: ['User Management', 'Users', 'the user'],
    docs: docs.tokenVault,
  }),
  'auth0.federated-refresh-token-missing': () => ({
    title: 'No stored refresh token for the federated connection',
    cause:
      'Token Vault has no refresh token for this user’s connection: the user logged in before Token Vault was enabled, or the connection did not return one.',
    fix: [
      'Enable Token Vault (Connected Accounts) on the connection, request offline access from the provider, and have the user log in again.',
    ],
    breadcrumb: ['Authentication', 'Social', 'your connection'],
    docs: docs.tokenVault,
  }),
  'auth0.dpop-nonce': () => ({
    title: 'DPoP nonce required (send again)',
    cause:
      'The server wants a server-provided nonce in the DPoP proof (or the one sent is stale). The answer carries a fresh one in the DPoP-Nonce header.',
    fix: ['Build a new DPoP proof including the nonce from the DPoP-Nonce header, and send again.'],
    docs: docs.dpop,
  }),
  'auth0.invalid-dpop-proof': (f) => ({
    title: 'The DPoP proof was refused',
    cause: `The DPoP header’s JWT is malformed, repeated, signed with another key, or its htm/htu/iat do not fit this request.${said(f)}`,
    fix: [
      'Sign one fresh proof per request, for this method and exact URL, with the current time and the token’s key.',
      "htu mismatch on your own API behind a proxy or load balancer: the API rebuilds the URL as it sees it (http, an internal host); trust the proxy (Express: app.set('trust proxy', true)) and forward X-Forwarded-Proto and X-Forwarded-Host.",
    ],
    docs: docs.dpop,
  }),
  'auth0.par-required': () => ({
    title: 'Pushed Authorization Requests are required',
    cause:
      'The application (Require Pushed Authorization Requests) or its FAPI compliance level requires /authorize to be reached with a request_uri from POST /oauth/par, not with the parameters in the URL.',
    fix: [
      'POST the authorization parameters to /oauth/par (with the client’s authentication), then open /authorize?client_id=…&request_uri=… .',
      'Or turn the requirement off: Applications > Applications > your app > Settings > Advanced Settings (PAR, Compliance).',
    ],
    breadcrumb: [...app, 'Settings', 'Advanced Settings'],
    docs: docs.par,
  }),
  'auth0.par-request-uri': (f) => ({
    title: 'The request_uri is unknown or expired',
    cause: `A request_uri from /oauth/par lives its expires_in (about a minute), works once, and only for the client that pushed it.${said(f)}`,
    fix: [
      ...(requestUriShape(f)
        ? [
            'Pass request_uri exactly as /oauth/par returned it (urn:ietf:params:oauth:request_uri:…): not a URL of your own, not the whole JSON answer, not URL-encoded twice.',
          ]
        : []),
      'Push the request again and redirect to /authorize at once, with the same client_id.',
    ],
    docs: docs.par,
  }),
  'auth0.request-object': (f) => ({
    title: 'The request object (JAR) was refused',
    cause: `The signed request object must be signed with a key registered for the application (JAR), carry the same client_id, and match the parameters sent beside it.${said(f)}`,
    fix: [
      'Applications > Applications > your app > Settings > Advanced Settings: check JAR is enabled and its key registered.',
      'Sign the request object with that key, and keep client_id and response_type identical inside and outside.',
    ],
    breadcrumb: [...app, 'Settings', 'Advanced Settings'],
    docs: docs.jar,
  }),
};
