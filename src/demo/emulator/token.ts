import { findGrant } from '../../lib/request/grants';
import { auth0Errors, currentUserScopes } from './auth0-errors';
import { authenticated, findClient } from './clients';
import { authorizationCodeGrant } from './code-grant';
import { corsHeaders, json, readBody } from './http';
import { signJwt } from './keys';
import type { EmulatedClient, Route, TenantConfig, TenantContext } from './types';
import { cibaGrant } from './ciba';
import { deviceGrantHandler } from './device';
import { finishLogin, mfaOobGrant, mfaOtpGrant } from './mfa';
import { passwordlessGrant } from './passwordless';
import { refreshGrant } from './refresh';

/** An answer of the token endpoint: HTTP status and JSON body. */
export type Answer = readonly [number, unknown];

/** What a grant handler gets: the body's parameters, the authenticated client, and the tenant. */
export interface GrantRequest {
  params: Map<string, string>;
  client: EmulatedClient;
  context: TenantContext;
}

/** One grant of POST /oauth/token, once the client is authenticated and the grant allowed for it. */
export type GrantHandler = (request: GrantRequest) => Promise<Answer>;

const passwordRealm = 'http://auth0.com/oauth/grant-type/password-realm';

/** POST /oauth/token: client authentication, the client's grant types, then the grant's own handler. */
export const tokenRoute: Route = async (context) => {
  const { request, tenant } = context;
  const params = readBody(request);
  const client = params && findClient(params, request.headers.authorization, tenant);
  const cors = corsHeaders(request.headers.origin, client ? [client] : tenant.clients);
  const [status, body] = params ? await tokenEndpoint(params, context) : auth0Errors.badBody;
  return json(status, body, cors);
};

async function tokenEndpoint(params: Map<string, string>, context: TenantContext): Promise<Answer> {
  const grant = params.get('grant_type');
  if (!grant) return auth0Errors.missingGrantType;
  const authorization = context.request.headers.authorization;
  const client = findClient(params, authorization, context.tenant);
  if (!client || !(await authenticated(client, params, authorization, context))) return auth0Errors.unauthorized;
  if (!findGrant(grant)) return auth0Errors.unsupportedGrant(grant);
  if (!client.grantTypes.includes(grant)) return auth0Errors.grantNotAllowed(grant);
  const handler = grantHandlers[grant];
  return handler ? handler({ params, client, context }) : auth0Errors.invalidCode;
}

/** The grants the tenant knows how to answer; a grant not listed answers as an unknown code would. */
export const grantHandlers: Record<string, GrantHandler> = {
  client_credentials: ({ params, client, context }) =>
    clientCredentials(params.get('audience') ?? context.tenant.defaultAudience, issueFor(client, context, params)),
  password: (request) => passwordGrant(request, request.context.tenant.defaultDirectory),
  [passwordRealm]: (request) => passwordGrant(request, request.params.get('realm')),
  refresh_token: (request) => refreshGrant(request),
  authorization_code: authorizationCodeGrant,
  'http://auth0.com/oauth/grant-type/passwordless/otp': (request) => passwordlessGrant(request),
  'http://auth0.com/oauth/grant-type/mfa-otp': (request) => mfaOtpGrant(request),
  'http://auth0.com/oauth/grant-type/mfa-oob': (request) => mfaOobGrant(request),
  'urn:ietf:params:oauth:grant-type:device_code': (request) => deviceGrantHandler(request),
  'urn:openid:params:grant-type:ciba': (request) => cibaGrant(request),
};

async function passwordGrant({ params, client, context }: GrantRequest, connection: string | undefined) {
  const { tenant } = context;
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
  return finishLogin(
    user,
    params.get('audience') ?? tenant.defaultAudience,
    issueFor(client, context, params),
    context,
  );
}

/** What minting a token needs. */
export interface Issue {
  tenant: TenantConfig;
  key: TenantContext['key'];
  now: number;
  client: EmulatedClient;
  scope?: string;
  /** The `gty` claim Auth0 writes into access tokens. */
  gty?: string;
}

export function issueFor(client: EmulatedClient, context: TenantContext, params: Map<string, string>): Issue {
  const { tenant, key, now } = context;
  const scope = params.get('scope');
  return { tenant, key, now, client, ...(scope !== undefined ? { scope } : {}) };
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

/** The tokens of a user grant: an access token for the audience (opaque without one), an ID token with openid. */
export async function userTokens(userId: string, audience: string | undefined, issue: Issue): Promise<Answer> {
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
        gty: issue.gty ?? 'password',
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

export function findApi(audience: string, tenant: TenantConfig) {
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
