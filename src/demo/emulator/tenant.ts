import { findGrant } from '../../lib/request/grants';
import { auth0Errors, currentUserScopes } from './auth0-errors';
import { signJwt, type SigningKey } from './keys';
import type { EmulatedClient, EmulatorRequest, EmulatorResponse, TenantConfig } from './types';

const passwordRealm = 'http://auth0.com/oauth/grant-type/password-realm';
const json = (status: number, body: unknown, extra: Record<string, string> = {}): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body: JSON.stringify(body),
});

/**
 * An Auth0-like tenant as a pure function: request and settings in, response out. It answers with Auth0's
 * verbatim errors, CORS like Auth0 (the allow-origin header only for listed origins), discovery and JWKS,
 * and RS256 tokens. The e2e tenant server and the in-page demo both run this.
 */
export async function handleTenantRequest(
  request: EmulatorRequest,
  tenant: TenantConfig,
  key: SigningKey,
  now: number,
): Promise<EmulatorResponse> {
  const origin = request.headers.origin;
  const path = request.path.split('?')[0] ?? '';
  if (request.method === 'OPTIONS') return preflight(origin, tenant);
  if (request.method === 'GET' && path === '/.well-known/openid-configuration') {
    return json(200, discovery(tenant), { 'access-control-allow-origin': '*' });
  }
  if (request.method === 'GET' && path === '/.well-known/jwks.json') {
    return json(200, { keys: [key.publicJwk] }, { 'access-control-allow-origin': '*' });
  }
  if (path !== '/oauth/token') return { status: 404, headers: { 'content-type': 'text/plain' }, body: 'Not Found' };
  if (request.method !== 'POST')
    return { status: 405, headers: { 'content-type': 'text/plain' }, body: 'Method Not Allowed' };

  const params = readBody(request);
  const client = params && findClient(params, request.headers.authorization, tenant);
  const cors = corsHeaders(origin, client ? [client] : tenant.clients);
  const [status, body] = params
    ? await tokenEndpoint(params, request.headers.authorization, tenant, key, now)
    : auth0Errors.badBody;
  return json(status, body, cors);
}

function preflight(origin: string | undefined, tenant: TenantConfig): EmulatorResponse {
  // Auth0 answers a preflight it does not accept with a 200 that lacks the allow-origin header.
  const allowed = corsHeaders(origin, tenant.clients);
  const extra: Record<string, string> = allowed['access-control-allow-origin']
    ? {
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': 'content-type, authorization, auth0-client',
        'access-control-max-age': '0',
      }
    : {};
  return { status: 204, headers: { ...allowed, ...extra }, body: '' };
}

function corsHeaders(origin: string | undefined, clients: EmulatedClient[]): Record<string, string> {
  if (!origin || !clients.some((client) => client.allowedOrigins.includes(origin))) return { vary: 'Origin' };
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}

function discovery(tenant: TenantConfig) {
  const issuer = `${tenant.origin}/`;
  return {
    issuer,
    authorization_endpoint: `${tenant.origin}/authorize`,
    token_endpoint: `${tenant.origin}/oauth/token`,
    userinfo_endpoint: `${tenant.origin}/userinfo`,
    jwks_uri: `${tenant.origin}/.well-known/jwks.json`,
    id_token_signing_alg_values_supported: ['HS256', 'RS256', 'PS256'],
    token_endpoint_auth_methods_supported: ['client_secret_basic', 'client_secret_post', 'private_key_jwt'],
  };
}

function readBody(request: EmulatorRequest): Map<string, string> | undefined {
  const type = request.headers['content-type'] ?? '';
  if (type.includes('application/json')) {
    try {
      const value: unknown = JSON.parse(request.body);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
      return new Map(Object.entries(value).map(([name, v]) => [name, typeof v === 'string' ? v : JSON.stringify(v)]));
    } catch {
      return undefined;
    }
  }
  return new Map(new URLSearchParams(request.body));
}

function basicCredentials(authorization: string | undefined): [string, string] | undefined {
  if (!authorization?.toLowerCase().startsWith('basic ')) return undefined;
  const decoded = atob(authorization.slice(6).trim());
  const at = decoded.indexOf(':');
  const part = (value: string) => decodeURIComponent(value.replaceAll('+', ' '));
  return at < 0 ? undefined : [part(decoded.slice(0, at)), part(decoded.slice(at + 1))];
}

function findClient(params: Map<string, string>, authorization: string | undefined, tenant: TenantConfig) {
  const clientId = basicCredentials(authorization)?.[0] ?? params.get('client_id');
  return tenant.clients.find((client) => client.clientId === clientId);
}

type Answer = readonly [number, unknown];

async function tokenEndpoint(
  params: Map<string, string>,
  authorization: string | undefined,
  tenant: TenantConfig,
  key: SigningKey,
  now: number,
): Promise<Answer> {
  const grant = params.get('grant_type');
  if (!grant) return auth0Errors.missingGrantType;
  const client = findClient(params, authorization, tenant);
  if (!client || !authenticated(client, params, authorization)) return auth0Errors.unauthorized;
  if (!findGrant(grant)) return auth0Errors.unsupportedGrant(grant);
  if (!client.grantTypes.includes(grant)) return auth0Errors.grantNotAllowed(grant);
  const issue = { tenant, key, now, client, scope: params.get('scope') };
  if (grant === 'client_credentials') return clientCredentials(params.get('audience') ?? tenant.defaultAudience, issue);
  if (grant === 'password' || grant === passwordRealm) {
    const connection = grant === passwordRealm ? params.get('realm') : tenant.defaultDirectory;
    if (!connection) return auth0Errors.noDefaultConnection;
    if (!tenant.connections.includes(connection)) return auth0Errors.connectionNotFound;
    const user = tenant.users.find(
      (candidate) =>
        candidate.connection === connection &&
        candidate.username === params.get('username') &&
        candidate.password === params.get('password'),
    );
    if (!user) return auth0Errors.wrongCredentials;
    if (user.blocked) return auth0Errors.userBlocked;
    return userTokens(user.userId, params.get('audience') ?? tenant.defaultAudience, issue);
  }
  if (grant === 'refresh_token') return auth0Errors.invalidRefreshToken;
  return auth0Errors.invalidCode;
}

function authenticated(
  client: EmulatedClient,
  params: Map<string, string>,
  authorization: string | undefined,
): boolean {
  if (client.authMethod === 'none') return true;
  const secret =
    client.authMethod === 'client_secret_basic' ? basicCredentials(authorization)?.[1] : params.get('client_secret');
  return secret !== undefined && secret === client.clientSecret;
}

interface Issue {
  tenant: TenantConfig;
  key: SigningKey;
  now: number;
  client: EmulatedClient;
  scope?: string;
}

async function clientCredentials(audience: string | undefined, issue: Issue): Promise<Answer> {
  if (!audience) return auth0Errors.noAudience;
  const api = findApi(audience, issue.tenant);
  if (!api) return auth0Errors.serviceNotFound(audience);
  const clientGrant = issue.tenant.clientGrants.find(
    (g) => g.clientId === issue.client.clientId && g.audience === audience,
  );
  if (!clientGrant) return auth0Errors.clientNotAuthorized(audience);
  const requested = issue.scope?.split(' ').filter(Boolean);
  const scopes = requested ? clientGrant.scope.filter((s) => requested.includes(s)) : clientGrant.scope;
  const iat = Math.floor(issue.now / 1000);
  const accessToken = await signJwt(issue.key, {
    iss: `${issue.tenant.origin}/`,
    sub: `${issue.client.clientId}@clients`,
    aud: audience,
    iat,
    exp: iat + 86400,
    scope: scopes.join(' '),
    gty: 'client-credentials',
    azp: issue.client.clientId,
  });
  return [200, { access_token: accessToken, scope: scopes.join(' '), expires_in: 86400, token_type: 'Bearer' }];
}

async function userTokens(userId: string, audience: string | undefined, issue: Issue): Promise<Answer> {
  const api = audience ? findApi(audience, issue.tenant) : undefined;
  if (audience && !api) return auth0Errors.serviceNotFound(audience);
  const iat = Math.floor(issue.now / 1000);
  const requested = issue.scope?.split(' ').filter(Boolean) ?? [];
  const openid = requested.includes('openid');
  const issuer = `${issue.tenant.origin}/`;
  const apiScopes = api
    ? api.identifier === managementAudience(issue.tenant)
      ? currentUserScopes
      : requested.filter((s) => api.scopes.includes(s))
    : [];
  const granted = [
    ...requested.filter((s) => ['openid', 'profile', 'email', 'offline_access'].includes(s)),
    ...apiScopes,
  ];
  const accessToken = api
    ? await signJwt(issue.key, {
        iss: issuer,
        sub: userId,
        aud: openid ? [api.identifier, `${issue.tenant.origin}/userinfo`] : api.identifier,
        iat,
        exp: iat + 86400,
        azp: issue.client.clientId,
        scope: granted.join(' '),
        gty: 'password',
      })
    : opaqueJwe(issuer);
  const idToken = openid
    ? await signJwt(issue.key, { iss: issuer, sub: userId, aud: issue.client.clientId, iat, exp: iat + 36000 })
    : undefined;
  return [
    200,
    {
      access_token: accessToken,
      ...(idToken ? { id_token: idToken } : {}),
      scope: granted.join(' '),
      expires_in: 86400,
      token_type: 'Bearer',
    },
  ];
}

const managementAudience = (tenant: TenantConfig) => `${tenant.origin}/api/v2/`;

function findApi(audience: string, tenant: TenantConfig) {
  if (audience === managementAudience(tenant)) return { identifier: audience, scopes: currentUserScopes };
  return tenant.apis.find((api) => api.identifier === audience);
}

/** Auth0's access token for /userinfo only: a JWE that only Auth0 can read. */
function opaqueJwe(issuer: string): string {
  const part = (value: string) => btoa(value).replaceAll('+', '-').replaceAll('/', '_').replaceAll('=', '');
  const random = (n: number) => part(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(n))));
  return [
    part(JSON.stringify({ alg: 'dir', enc: 'A256GCM', iss: issuer })),
    '',
    random(12),
    random(48),
    random(16),
  ].join('.');
}
