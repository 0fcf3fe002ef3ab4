import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { verifyMessages } from '../text/en/verify';
import { describeIssues } from '../token/schemas';
import type { fetchJson } from '../transport/send';
import { jwksSchema, type KeyMaterial } from './keys';

/** The OpenID Provider metadata this page needs (OIDC Discovery §3); the rest is kept. */
export const discoverySchema = z.looseObject({ issuer: z.optional(z.string()), jwks_uri: z.string() });

export interface KeysFetchError {
  code: 'timeout' | 'blocked' | 'status' | 'not-json' | 'invalid' | 'foreign-jwks-uri';
  message: string;
}

/**
 * Fetch a tenant's keys: discovery first, then its jwks_uri when that is on the same origin; Auth0's
 * /.well-known/jwks.json when there is no discovery document.
 */
export async function loadTenantKeys(
  origin: string,
  get: typeof fetchJson,
): Promise<Result<KeyMaterial, KeysFetchError>> {
  const discoveryUrl = `${origin}/.well-known/openid-configuration`;
  const discovery = await get(discoveryUrl);
  let jwksUrl = `${origin}/.well-known/jwks.json`;
  let issuer: string | undefined;
  if (discovery.ok) {
    const parsed = discoverySchema.safeParse(discovery.value);
    if (!parsed.success)
      return err({ code: 'invalid', message: verifyMessages.discoveryInvalid(describeIssues(parsed.error)) });
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
    return err(fetchError(discovery.error, discoveryUrl));
  }
  const keys = await get(jwksUrl);
  if (!keys.ok) return err(fetchError(keys.error, jwksUrl));
  const jwks = jwksSchema.safeParse(keys.value);
  if (!jwks.success) return err({ code: 'invalid', message: verifyMessages.jwksInvalid(describeIssues(jwks.error)) });
  return ok({ kind: 'jwks', jwks: jwks.data, ...(issuer ? { issuer } : {}) });
}

function fetchError(
  error: { code: 'timeout' | 'blocked' | 'status' | 'not-json'; status?: number },
  url: string,
): KeysFetchError {
  if (error.code === 'timeout') return { code: 'timeout', message: verifyMessages.fetchTimeout(url) };
  if (error.code === 'blocked') return { code: 'blocked', message: verifyMessages.fetchBlocked(url) };
  if (error.code === 'status') return { code: 'status', message: verifyMessages.fetchStatus(url, error.status ?? 0) };
  return { code: 'not-json', message: verifyMessages.fetchNotJson(url) };
}
