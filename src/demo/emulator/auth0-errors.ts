/** Auth0's own answers, verbatim (see shared/auth0/token-errors.jsonl for their sources). */
export const auth0Errors = {
  missingGrantType: [400, { error: 'invalid_request', error_description: 'Missing required parameter: grant_type' }],
  unauthorized: [401, { error: 'access_denied', error_description: 'Unauthorized' }],
  grantNotAllowed: (grant: string) =>
    [
      403,
      {
        error: 'unauthorized_client',
        error_description: `Grant type '${grant}' not allowed for the client.`,
        error_uri: 'https://auth0.com/docs/clients/client-grant-types',
      },
    ] as const,
  noDefaultConnection: [
    500,
    { error: 'server_error', error_description: 'Authorization server not configured with default connection.' },
  ],
  connectionNotFound: [400, { error: 'invalid_request', error_description: 'the connection was not found' }],
  wrongCredentials: [403, { error: 'invalid_grant', error_description: 'Wrong email or password.' }],
  userBlocked: [401, { error: 'unauthorized', error_description: 'user is blocked' }],
  serviceNotFound: (audience: string) =>
    [403, { error: 'access_denied', error_description: `Service not found: ${audience}` }] as const,
  noAudience: [
    403,
    {
      error: 'access_denied',
      error_description: 'No audience parameter was provided, and no default audience has been configured',
    },
  ],
  clientNotAuthorized: (audience: string) =>
    [
      403,
      {
        error: 'access_denied',
        error_description: `Client is not authorized to access "${audience}". You need to create a "client-grant" associated to this API. See: https://auth0.com/docs/api/v2#!/Client_Grants/post_client_grants`,
      },
    ] as const,
  invalidCode: [403, { error: 'invalid_grant', error_description: 'Invalid authorization code' }],
  invalidRefreshToken: [403, { error: 'invalid_grant', error_description: 'Unknown or invalid refresh token.' }],
  unsupportedGrant: (grant: string) =>
    [400, { error: 'unsupported_grant_type', error_description: `Unsupported grant type: ${grant}` }] as const,
  badBody: [400, { error: 'invalid_request', error_description: 'Invalid request body' }],
} as const;

/** The scopes a user token for the Management API carries (the seed's seven). */
export const currentUserScopes = [
  'read:current_user',
  'update:current_user_metadata',
  'delete:current_user_metadata',
  'create:current_user_metadata',
  'create:current_user_device_credentials',
  'delete:current_user_device_credentials',
  'update:current_user_identities',
];
