import * as z from 'zod/mini';

/** RFC 6749 §5.1 successful token response; unknown fields kept, because a debugger shows all it received. */
export const tokenResponseSchema = z.looseObject({
  access_token: z.optional(z.string()),
  id_token: z.optional(z.string()),
  refresh_token: z.optional(z.string()),
  token_type: z.optional(z.string()),
  expires_in: z.optional(z.number()),
  scope: z.optional(z.string()),
});
export type TokenResponse = z.infer<typeof tokenResponseSchema>;

/**
 * A JOSE header (RFC 7515 §4) or a JWT claims set (RFC 7519 §4): any JSON object, kept exactly as parsed.
 * Checked with a guard rather than a zod record, because zod copies objects and drops keys such as
 * `__proto__`, and a debugger must show every key it received.
 */
export type JsonObject = Record<string, unknown>;

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The JSON type of a value that is not an object, for the text layer to name: null, array, string, number, boolean. */
export function jsonTypeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

/** RFC 7519 §2 NumericDate: seconds since the epoch, possibly fractional. */
export const numericDateSchema = z.number().check(z.refine(Number.isFinite));

/** An OpenID Connect `updated_at`: NumericDate by the spec, an ISO 8601 string as Auth0 sends it. */
export const updatedAtSchema = z.union([numericDateSchema, z.iso.datetime({ offset: true })]);

/** `scope` per RFC 8693 §4.2 (space-separated) or `scp` as an array. */
export const scopeClaimSchema = z.union([z.string(), z.array(z.string())]);
export const permissionsClaimSchema = z.array(z.string());

/** Explain a zod failure in one line, naming the field. */
export function describeIssues(error: z.core.$ZodError): string {
  return error.issues
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}
