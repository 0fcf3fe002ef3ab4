import { auth0Errors } from './auth0-errors';
import { authenticated, findClient } from './clients';
import { corsHeaders, json, readBody } from './http';
import type { Answer } from './token';
import type { EmulatedClient, EmulatorResponse, TenantContext } from './types';

/** What an endpoint around /oauth/token gets once the body is read and the application authenticated. */
export interface StepCall {
  params: Map<string, string>;
  client: EmulatedClient;
  context: TenantContext;
}

/**
 * Read a step's body, find and authenticate its application, answer with the CORS headers of that application.
 * `missingClient` is the endpoint's own answer for a body without client_id.
 */
export async function answerStep(
  context: TenantContext,
  missingClient: Answer,
  handle: (call: StepCall) => Answer | Promise<Answer>,
): Promise<EmulatorResponse> {
  const { request, tenant } = context;
  const params = readBody(request);
  const authorization = request.headers.authorization?.toLowerCase().startsWith('basic ')
    ? request.headers.authorization
    : undefined;
  const client = params && findClient(params, authorization, tenant);
  const cors = corsHeaders(request.headers.origin, client ? [client] : tenant.clients);
  const [status, body] = !params
    ? auth0Errors.badBody
    : !client
      ? params.has('client_id') || authorization
        ? auth0Errors.unauthorized
        : missingClient
      : !(await authenticated(client, params, authorization, context))
        ? auth0Errors.unauthorized
        : await handle({ params, client, context });
  return status === 200 && body === undefined ? { status, headers: cors, body: '' } : json(status, body, cors);
}

/** An id for what the tenant creates (a user, an enrolment): readable, unique enough for a tenant in memory. */
export function shortId(prefix: string): string {
  return `${prefix}${[...crypto.getRandomValues(new Uint8Array(8))].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
}
