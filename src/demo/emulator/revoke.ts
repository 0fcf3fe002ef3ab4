import { auth0Errors } from './auth0-errors';
import { revokeRefreshToken } from './refresh';
import { answerStep } from './step';
import type { Route } from './types';

// Worded as Auth0's "Missing required parameter: refresh_token" is; no answer of /oauth/revoke itself is published.
const missingToken = [
  400,
  { error: 'invalid_request', error_description: 'Missing required parameter: token' },
] as const;

/** POST /oauth/revoke: ends a refresh token; 200 with no body, also for a token it does not know (RFC 7009 §2.2). */
export const revokeRoute: Route = (context) =>
  answerStep(context, auth0Errors.unauthorized, ({ params, client }) => {
    const token = params.get('token');
    if (!token) return missingToken;
    revokeRefreshToken(context.memory, token, client.clientId);
    return [200, undefined];
  });
