import * as z from 'zod/mini';
import { cut, descriptionChars } from '../bounds';
import { requestParam } from '../request/form';
import type { DiagnosisContext } from './types';

/** RFC 6749 §5.2 error response; Auth0 adds error_uri, mfa_token and more, which are kept. */
export const oauthErrorSchema = z.looseObject({
  error: z.string(),
  error_description: z.optional(z.string()),
  error_uri: z.optional(z.string()),
});
export type OAuthError = z.infer<typeof oauthErrorSchema>;

/** What the texts of a diagnosis may quote: from the error body, the regex captures and the request. */
export interface Facts {
  error?: string;
  description?: string;
  status?: number;
  grant?: string;
  audience?: string;
  clientId?: string;
  connection?: string;
  scope?: string;
  pageOrigin: string;
  tenantOrigin?: string;
  [capture: string]: string | number | undefined;
}

export function oauthError(context: DiagnosisContext): OAuthError | undefined {
  const parsed = oauthErrorSchema.safeParse(context.exchange.json);
  return parsed.success ? parsed.data : undefined;
}

/**
 * Gather the facts a diagnosis quotes; regex captures from the description take precedence. The code and the
 * description are quoted at most `descriptionChars` long, so a 10 MB description cannot fill a card.
 */
export function gatherFacts(
  context: DiagnosisContext,
  body?: OAuthError,
  captures: Record<string, string> = {},
): Facts {
  return {
    error: body && cut(body.error, descriptionChars),
    description: body?.error_description === undefined ? undefined : cut(body.error_description, descriptionChars),
    status: context.exchange.status,
    grant: context.request?.grant.grantType,
    audience: requestParam(context.request, 'audience'),
    clientId: requestParam(context.request, 'client_id'),
    connection: requestParam(context.request, 'realm'),
    scope: requestParam(context.request, 'scope'),
    pageOrigin: context.pageOrigin,
    tenantOrigin: context.request?.tenant.origin ?? originOf(context.exchange.url),
    ...captures,
  };
}

/** The origin of a URL taken from pasted text, or undefined when it does not parse. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return /^(https?:\/\/[^/\s]+)/.exec(url)?.[1];
  }
}
