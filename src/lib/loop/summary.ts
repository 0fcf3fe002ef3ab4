import type { Diagnosis } from '../diagnose';
import { decodeToken } from '../token/decode';
import { tokenResponseSchema } from '../token/schemas';

/** What a successful answer issued, in one line's worth of facts. */
export interface SuccessSummary {
  tokens: ('access_token' | 'id_token' | 'refresh_token')[];
  /** The access token's format and algorithm. */
  format?: 'jws' | 'jwe' | 'opaque' | 'malformed';
  alg?: string;
  /** The API it is for (its aud, Auth0's /userinfo left out). */
  audience?: string;
  scopes?: number;
  expiresIn?: number;
  /** How many findings say it is not what was asked for (errors and warnings). */
  problems: number;
}

/** The facts of a token response for its one-line summary; undefined when it is not one. */
export function summarizeSuccess(json: unknown, diagnoses: readonly Diagnosis[]): SuccessSummary | undefined {
  const parsed = tokenResponseSchema.safeParse(json);
  if (!parsed.success || parsed.data.access_token === undefined) return undefined;
  const response = parsed.data;
  const tokens = (['access_token', 'id_token', 'refresh_token'] as const).filter(
    (name) => response[name] !== undefined,
  );
  const access = decodeToken(response.access_token ?? '', 'access_token');
  const claims = access.kind === 'jws' ? access.claims : {};
  const aud = ([] as unknown[]).concat(claims.aud ?? []).filter((value): value is string => typeof value === 'string');
  const scope = response.scope ?? (typeof claims.scope === 'string' ? claims.scope : undefined);
  const alg = access.kind === 'jws' || access.kind === 'jwe' ? access.header.alg : undefined;
  return {
    tokens,
    format: access.kind,
    ...(typeof alg === 'string' ? { alg } : {}),
    ...(aud.find((value) => !value.endsWith('/userinfo'))
      ? { audience: aud.find((value) => !value.endsWith('/userinfo')) }
      : {}),
    ...(scope !== undefined ? { scopes: scope.split(/\s+/).filter(Boolean).length } : {}),
    ...(typeof response.expires_in === 'number' ? { expiresIn: response.expires_in } : {}),
    problems: diagnoses.filter((d) => d.severity === 'error' || d.severity === 'warning').length,
  };
}
