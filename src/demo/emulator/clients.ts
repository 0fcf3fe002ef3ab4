import { decodeJwt, decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { basicCredentials } from './http';
import { memorySlot } from './memory';
import type { EmulatedClient, TenantConfig, TenantContext } from './types';

const jwtBearer = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/** The client a request names, in the Basic header or the body (or, with private_key_jwt, in its assertion). */
export function findClient(
  params: Map<string, string>,
  authorization: string | undefined,
  tenant: TenantConfig,
): EmulatedClient | undefined {
  const clientId = basicCredentials(authorization)?.[0] ?? params.get('client_id') ?? assertionIssuer(params);
  return tenant.clients.find((client) => client.clientId === clientId);
}

function assertionIssuer(params: Map<string, string>): string | undefined {
  const assertion = params.get('client_assertion');
  if (!assertion) return undefined;
  try {
    const { iss } = decodeJwt(assertion);
    return iss;
  } catch {
    return undefined;
  }
}

/** Whether the request authenticates as the client, by the client's Token Endpoint Authentication Method. */
export async function authenticated(
  client: EmulatedClient,
  params: Map<string, string>,
  authorization: string | undefined,
  context: Pick<TenantContext, 'tenant' | 'now' | 'memory'>,
): Promise<boolean> {
  if (client.authMethod === 'none') return true;
  if (client.authMethod === 'private_key_jwt') return assertionAccepted(client, params, context);
  const secret =
    client.authMethod === 'client_secret_basic' ? basicCredentials(authorization)?.[1] : params.get('client_secret');
  return secret !== undefined && secret === client.clientSecret;
}

/** The jti of every assertion taken, until it expires: Auth0 takes each assertion once. */
const usedJtis = memorySlot(() => new Map<string, number>());

/**
 * Private Key JWT as Auth0 checks it: the jwt-bearer type, a signature by a registered credential (the kid when
 * the header names one) with that credential's alg, iss = sub = the client id, aud = the tenant with a slash,
 * exp at most 5 minutes after iat (10 s of clock skew), and a jti not seen before.
 */
async function assertionAccepted(
  client: EmulatedClient,
  params: Map<string, string>,
  { tenant, now, memory }: Pick<TenantContext, 'tenant' | 'now' | 'memory'>,
): Promise<boolean> {
  const assertion = params.get('client_assertion');
  if (params.get('client_assertion_type') !== jwtBearer || !assertion || params.has('client_secret')) return false;
  let header;
  try {
    header = decodeProtectedHeader(assertion);
  } catch {
    return false;
  }
  const candidates = (client.credentials ?? []).filter(
    (credential) => (header.kid === undefined || credential.kid === header.kid) && credential.alg === header.alg,
  );
  for (const credential of candidates) {
    try {
      const key = await importJWK(credential.publicJwk, credential.alg);
      const { payload } = await jwtVerify(assertion, key, {
        issuer: client.clientId,
        subject: client.clientId,
        audience: `${tenant.origin}/`,
        algorithms: [credential.alg],
        currentDate: new Date(now),
        clockTolerance: 10,
        requiredClaims: ['exp', 'jti'],
      });
      const { exp = 0, iat = exp, jti = '' } = payload;
      if (exp - iat > 300) return false;
      const used = usedJtis(memory);
      for (const [seen, until] of used) if (until * 1000 < now) used.delete(seen);
      if (used.has(jti)) return false;
      used.set(jti, exp);
      return true;
    } catch {
      // not this credential
    }
  }
  return false;
}
