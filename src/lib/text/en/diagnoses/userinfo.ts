import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { docs, said } from './paths';

/** /userinfo: the access token, never the client secret. */
export const userinfoTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.userinfo-token-expired': () => ({
    title: 'The access token for /userinfo has expired',
    cause:
      '/userinfo checks the access token of the login; this one is past its exp (24 hours by default for /userinfo tokens, your API’s lifetime otherwise).',
    fix: [
      'Get a new access token (refresh token, or silent login) and call /userinfo with it.',
      'Paste the token into Paste a token to see its exp.',
    ],
    docs: docs.userinfo,
  }),
  'auth0.userinfo-wrong-token': (f) => ({
    title: '/userinfo got the wrong kind of token',
    cause: `/userinfo takes an access token whose audience includes https://YOUR_DOMAIN/userinfo (any login with scope openid gives one); an ID token, a client-credentials token or a token for another audience is refused.${said(f)}`,
    fix: [
      'Send the access_token of the login (not the id_token) as Authorization: Bearer <token>.',
      'Log in with scope openid (and profile, email for those claims); with a custom API audience, openid adds /userinfo to the token’s aud.',
      'That API must sign with RS256: for an API set to HS256, Auth0 does not add /userinfo to the token’s aud (Applications > APIs > your API > Settings > Signing Algorithm).',
    ],
    docs: docs.userinfo,
  }),
  'auth0.userinfo-token-invalid': (f) => ({
    title: '/userinfo refused the access token',
    cause: `/userinfo checks the bearer token, not the application’s credentials: the token is missing, expired, malformed, an ID token, or for an audience without /userinfo.${f.challenge ? ` The answer’s WWW-Authenticate challenge is ${f.challenge}.` : ''}${said(f)}`,
    fix: [
      'Send Authorization: Bearer <the access_token of a login with scope openid>, once.',
      'Paste the token into Paste a token: check exp, and that aud includes https://YOUR_DOMAIN/userinfo.',
      'A login with response_type id_token gives no access token to call /userinfo with: use the code flow (response_type code), or read the user from the ID token’s claims.',
    ],
    docs: docs.userinfo,
  }),
  'auth0.userinfo-no-openid': () => ({
    title: 'An empty profile: the login asked for no openid scope',
    cause:
      '/userinfo answered, but with no sub (and no other claims): the access token was issued without the openid scope, so it carries no right to the user’s profile. The profile and email scopes decide which other claims come back.',
    fix: [
      'Request scope "openid profile email" in the login (the /authorize request, or the SDK’s scope option), then call /userinfo with the new access token.',
      'An app that reads the profile’s id (sub, user_id) must handle its absence instead of crashing.',
    ],
    docs: docs.userinfo,
  }),
};
