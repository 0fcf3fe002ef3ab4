import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { verifyMessages } from '../text/verify';
import { describeIssues } from '../token/schemas';
import type { fetchJson, FetchJsonError } from '../transport/json';
import { readJwks, type KeyMaterial } from './keys';

/** The OpenID Provider metadata this page needs (OIDC Discovery §3, where both are required); the rest is kept. */
export const discoverySchema = z.looseObject({ issuer: z.string(), jwks_uri: z.string() });

export interface KeysFetchError {
  code: FetchJsonError['code'] | 'invalid' | 'foreign-jwks-uri' | 'foreign-issuer' | 'unsupported';
  message: string;
}

/**
 * Fetch a host's keys: discovery first, then its jwks_uri when that is on the same origin; Auth0's
 * /.well-known/jwks.json when there is no discovery document. The discovery document must name the host itself
 * as issuer (Auth0's is the origin and a slash), or its keys would vouch for tokens of another issuer.
 */
export async function loadTenantKeys(
  origin: string,
  get: typeof fetchJson,
): Promise<Result<Extract<KeyMaterial, { kind: 'jwks' }>, KeysFetchError>> {
  const discoveryUrl = `${origin}/.well-known/openid-configuration`;
  const auth0JwksUrl = `${origin}/.well-known/jwks.json`;
  const discovery = await get(discoveryUrl);
  let jwksUrl = auth0JwksUrl;
  let issuer: string | undefined;
  if (discovery.ok) {
    const parsed = discoverySchema.safeParse(discovery.value);
    if (!parsed.success)
      return err({ code: 'invalid', message: verifyMessages.discoveryInvalid(describeIssues(parsed.error)) });
    if (parsed.data.issuer !== `${origin}/` && parsed.data.issuer !== origin)
      return err({ code: 'foreign-issuer', message: verifyMessages.foreignIssuer(parsed.data.issuer, origin) });
    let uri: URL;
    try {
      uri = new URL(parsed.data.jwks_uri);
    } catch {
      return err({ code: 'invalid', message: verifyMessages.discoveryInvalid(`jwks_uri ${parsed.data.jwks_uri}`) });
    }
    if (uri.origin !== origin)
      return err({ code: 'foreign-jwks-uri', message: verifyMessages.foreignJwksUri(uri.href, origin) });
    jwksUrl = uri.href;
    issuer = parsed.data.issuer;
  } else if (discovery.error.code !== 'status' && discovery.error.code !== 'not-json') {
    return err(fetchError(discovery.error, discoveryUrl, auth0JwksUrl));
  }
  const keys = await get(jwksUrl);
  if (!keys.ok) return err(fetchError(keys.error, jwksUrl, jwksUrl));
  const jwks = readJwks(keys.value);
  if (!jwks.ok)
    return err({
      code: jwks.error.code === 'unsupported' ? 'unsupported' : 'invalid',
      message: verifyMessages.jwksInvalid(jwksUrl, jwks.error.message),
    });
  return ok({ kind: 'jwks', ...jwks.value, ...(issuer ? { issuer } : {}) });
}

/**
 * Why a document could not be read, and what to do instead: open the JWKS URL in a tab and paste it. When the
 * discovery document failed, the JWKS URL named is Auth0's, next to the discovery URL that failed.
 */
function fetchError(error: FetchJsonError, failed: string, jwksUrl: string): KeysFetchError {
  const reason = verifyMessages.fetchReason(error);
  if (error.code === 'redirect') return { code: 'redirect', message: verifyMessages.fetchRedirected(failed, reason) };
  return {
    code: error.code,
    message:
      failed === jwksUrl
        ? verifyMessages.jwksUnreadable(jwksUrl, reason)
        : verifyMessages.discoveryUnreadable(failed, reason, jwksUrl),
  };
}
