import { isSecretName } from '../secrets/names';
import { requestParam, type TokenRequest } from './form';

/** A request as it goes on the wire: what fetch sends and what the curl reproduces. */
export interface HttpRequest {
  url: string;
  method: 'GET' | 'POST';
  headers: [string, string][];
  /** The body of a POST; a GET has none. */
  body?: string;
}

export const masked = '••••••••';

/** RFC 7523 §2.2: the client_assertion_type of a private_key_jwt assertion. */
export const jwtBearer = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** Build the POST /oauth/token request: grant_type first, then the client, the grant's fields, the extras. */
export function buildHttpRequest(request: TokenRequest): HttpRequest {
  const basic = request.clientAuth === 'client_secret_basic';
  const params: [string, string][] = [
    ['grant_type', request.grant.grantType],
    ...request.params.filter(([name]) => !(basic && (name === 'client_id' || name === 'client_secret'))),
    ...request.extras,
  ];
  if (request.clientAuth === 'private_key_jwt') params.splice(1, 0, ['client_assertion_type', jwtBearer]);
  const headers: [string, string][] = [
    ['content-type', request.encoding === 'json' ? 'application/json' : 'application/x-www-form-urlencoded'],
  ];
  if (basic) {
    const id = requestParam(request, 'client_id') ?? '';
    headers.push(['authorization', basicAuthorization(id, requestParam(request, 'client_secret') ?? '')]);
  }
  const body =
    request.encoding === 'json' ? JSON.stringify(Object.fromEntries(params)) : new URLSearchParams(params).toString();
  return { url: `${request.tenant.origin}/oauth/token`, method: 'POST', headers, body };
}

/** The same request with every secret replaced, extra parameters such as client_assertion included, for the screen. */
export function maskSecrets(request: TokenRequest, replacement = masked): TokenRequest {
  const mask = <Name extends string>([name, value]: [Name, string]): [Name, string] => [
    name,
    isSecretName(name) ? replacement : value,
  ];
  return { ...request, params: request.params.map(mask), extras: request.extras.map(mask) };
}

/** RFC 6749 §2.3.1: client id and secret are form-encoded, joined by a colon, then base64-encoded. */
export function basicAuthorization(clientId: string, clientSecret: string): string {
  const encode = (value: string) => new URLSearchParams([['', value]]).toString().slice(1);
  return `Basic ${btoa(`${encode(clientId)}:${encode(clientSecret)}`)}`;
}
