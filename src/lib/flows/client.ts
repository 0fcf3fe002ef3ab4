import type { Endpoint } from '../endpoint';
import { basicAuthorization, masked } from '../request/build';
import { assertionType } from '../request/form';
import type { ClientAuth } from '../request/form';
import { isSecretName } from '../secrets/names';

/** How a step authenticates the application: the form's client authentication, with the values it needs. */
export interface StepClient {
  method: ClientAuth;
  clientId: string;
  secret?: string;
  /** private_key_jwt: a signed assertion, fresh for each request (Auth0 accepts a jti once). */
  assertion?: string;
}

/** A parameter value: a string, or for JSON-only endpoints a list or an object (authParams, authenticator_types). */
export type ParamValue = string | string[] | Record<string, string>;

/** A request to one of the tenant's endpoints around /oauth/token, before it is put on the wire. */
export interface StepRequest {
  /** The endpoint's path, e.g. '/passwordless/start'. */
  path: Endpoint;
  method: 'GET' | 'POST';
  params: [string, ParamValue][];
  /** Whether the body must be JSON (nested values); otherwise the form's body format is used. */
  json?: boolean;
  /** The MFA API takes the mfa_token as a bearer token. */
  bearer?: string;
  /** Whether the application authenticates (client_id and its credential) in this request. */
  client?: StepClient;
}

/** The parameters and headers of client authentication (RFC 6749 §2.3, RFC 7523 §2.2). */
export function clientAuthentication(client: StepClient): { params: [string, string][]; headers: [string, string][] } {
  if (client.method === 'client_secret_basic')
    return { params: [], headers: [['authorization', basicAuthorization(client.clientId, client.secret ?? '')]] };
  const params: [string, string][] = [['client_id', client.clientId]];
  if (client.method === 'client_secret_post' && client.secret) params.push(['client_secret', client.secret]);
  if (client.method === 'private_key_jwt' && client.assertion)
    params.push(['client_assertion_type', assertionType], ['client_assertion', client.assertion]);
  return { params, headers: [] };
}

/** Every secret-named value replaced (nested ones too), for the curl on screen. */
export function maskParams(params: [string, ParamValue][]): [string, ParamValue][] {
  return params.map(([name, value]) => [name, isSecretName(name) ? masked : value]);
}
