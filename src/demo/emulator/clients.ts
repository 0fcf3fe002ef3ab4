import { basicCredentials } from './http';
import type { EmulatedClient, TenantConfig } from './types';

/** The client a request names, in the Basic header or the body. */
export function findClient(
  params: Map<string, string>,
  authorization: string | undefined,
  tenant: TenantConfig,
): EmulatedClient | undefined {
  const clientId = basicCredentials(authorization)?.[0] ?? params.get('client_id');
  return tenant.clients.find((client) => client.clientId === clientId);
}

/** Whether the request authenticates as the client, by the client's Token Endpoint Authentication Method. */
export function authenticated(
  client: EmulatedClient,
  params: Map<string, string>,
  authorization: string | undefined,
): boolean {
  if (client.authMethod === 'none') return true;
  const secret =
    client.authMethod === 'client_secret_basic' ? basicCredentials(authorization)?.[1] : params.get('client_secret');
  return secret !== undefined && secret === client.clientSecret;
}
