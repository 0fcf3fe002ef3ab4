/** A request as the emulated tenant sees it: the same shape from a Node server or from the in-page demo. */
export interface EmulatorRequest {
  method: string;
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string | undefined>;
  body: string;
}

export interface EmulatorResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type AuthMethod = 'client_secret_post' | 'client_secret_basic' | 'none' | 'private_key_jwt';

export interface EmulatedClient {
  clientId: string;
  clientSecret?: string;
  authMethod: AuthMethod;
  /** Wire grant types ticked under Advanced Settings > Grant Types. */
  grantTypes: string[];
  /** Allowed Web Origins / Allowed Origins (CORS). */
  allowedOrigins: string[];
  /** Credentials > Private Key JWT: the public keys registered, each with the kid and alg Auth0 gave it. */
  credentials?: { kid: string; alg: string; publicJwk: import('jose').JWK }[];
  /** Settings > Refresh Token Rotation: each refresh token works once, and a reuse revokes its family. */
  refreshTokenRotation?: boolean;
  /** Allowed Callback URLs: where /authorize may send its answer (compared exactly). */
  callbacks?: string[];
  /** The name Universal Login shows. */
  name?: string;
}

export interface EmulatedUser {
  username: string;
  password: string;
  connection: string;
  userId: string;
  blocked?: boolean;
  /** The MFA factors the user enrolled (Guardian push, SMS, email, an OTP app). */
  authenticators?: EmulatedAuthenticator[];
  /** Profile claims for the ID token and /userinfo (scope profile, email). */
  name?: string;
  emailVerified?: boolean;
}

/** One enrolled MFA factor, as GET /mfa/authenticators lists it. */
export interface EmulatedAuthenticator {
  id: string;
  type: 'otp' | 'oob';
  /** For oob: how the challenge reaches the user. */
  oobChannel?: 'sms' | 'email' | 'auth0';
  /** For otp: the base32 TOTP secret the user's app holds. */
  secret?: string;
  /** For sms/email: where the code goes. */
  to?: string;
}

/** A post-login Action of the tenant: deployed and bound to the Login flow when `enabled`. */
export interface EmulatedAction {
  name: string;
  enabled: boolean;
  /** The reason it passes to api.access.deny(), for every login. */
  deny?: string;
}

export interface EmulatedApi {
  identifier: string;
  scopes: string[];
}

/** An Auth0 tenant's settings, as far as /oauth/token cares; the tests and the demo change them between sends. */
export interface TenantConfig {
  /** The tenant's origin, e.g. https://dev-x.us.auth0.com; the issuer is this with a trailing slash. */
  origin: string;
  /** Settings > General > API Authorization Settings > Default Directory. */
  defaultDirectory?: string;
  defaultAudience?: string;
  connections: string[];
  users: EmulatedUser[];
  clients: EmulatedClient[];
  apis: EmulatedApi[];
  /** Machine-to-machine authorizations: which client may get which API's scopes. */
  clientGrants: { clientId: string; audience: string; scope: string[] }[];
  /** Security > Multi-factor Auth > Require Multi-factor Auth: Always. */
  mfa?: 'always';
  /** The polling interval the tenant gives device and CIBA flows, in seconds (Auth0's is 5). */
  pollingIntervalS?: number;
  /** Actions > Triggers > post-login, in order. */
  actions?: EmulatedAction[];
}

/** Everything a route of the emulated tenant sees: the request, the settings, the signing key, the time, memory. */
export interface TenantContext {
  request: EmulatorRequest;
  /** The path without its query. */
  path: string;
  query: URLSearchParams;
  tenant: TenantConfig;
  key: import('./keys').SigningKey;
  /** Milliseconds since the epoch: the tenant's clock, injected. */
  now: number;
  memory: import('./memory').TenantMemory;
}

/** One endpoint of the tenant. */
export type Route = (context: TenantContext) => EmulatorResponse | Promise<EmulatorResponse>;
