import type { FieldName } from '../request/fields';
import type { TokenRequest } from '../request/form';
import { findGrant } from '../request/grants';
import type { AuthorizeRequest } from './request';

/**
 * The token request that redeems a code of this login (RFC 6749 §4.1.3, RFC 7636 §4.5): the same client, the
 * same redirect_uri, and the verifier of the challenge that went to /authorize. Form-encoded, as Auth0's SDKs send
 * it, so a browser sends it without a CORS preflight.
 */
export function codeExchange(login: AuthorizeRequest, code: string, verifier: string): TokenRequest {
  const grant = findGrant('authorization_code');
  if (!grant) throw new Error('authorization_code is missing from the grant table');
  const params: [FieldName, string][] = [
    ['client_id', login.clientId],
    ...(login.clientSecret ? ([['client_secret', login.clientSecret]] as [FieldName, string][]) : []),
    ['code', code],
    ...(login.pkce ? ([['code_verifier', verifier]] as [FieldName, string][]) : []),
    ['redirect_uri', login.redirectUri],
  ];
  return { tenant: login.tenant, grant, clientAuth: login.clientAuth, encoding: 'form', params, extras: [] };
}

/** The request of a silent authentication: the same login, answered in a web message without showing anything. */
export function silentRequest(login: AuthorizeRequest): AuthorizeRequest {
  return {
    ...login,
    responseMode: 'web_message',
    params: [...login.params.filter(([name]) => name !== 'prompt'), ['prompt', 'none']],
  };
}
