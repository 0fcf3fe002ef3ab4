import { json } from './http';
import type { Route } from './types';

/** OpenID Provider metadata as Auth0 publishes it (the parts the page reads), readable from any origin. */
export const discoveryRoute: Route = ({ tenant }) =>
  json(
    200,
    {
      issuer: `${tenant.origin}/`,
      authorization_endpoint: `${tenant.origin}/authorize`,
      token_endpoint: `${tenant.origin}/oauth/token`,
      userinfo_endpoint: `${tenant.origin}/userinfo`,
      jwks_uri: `${tenant.origin}/.well-known/jwks.json`,
      id_token_signing_alg_values_supported: ['HS256', 'RS256', 'PS256'],
      token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
    },
    { 'access-control-allow-origin': '*' },
  );

/** The tenant's public signing keys. */
export const jwksRoute: Route = ({ key }) =>
  json(200, { keys: [key.publicJwk] }, { 'access-control-allow-origin': '*' });
