import type { CatalogueEntry } from './entry';

const management = ['/api/v2'] as const;

/**
 * The Management API (/api/v2/…), which people paste too: its answers are `{statusCode, error, message,
 * errorCode}`, and its token is a client-credentials token for the audience https://{tenant}/api/v2/.
 */
export const managementApi: CatalogueEntry[] = [
  {
    id: 'auth0.management-api-insufficient-scope',
    endpoints: management,
    codes: ['insufficient_scope'],
    descriptions: [
      /insufficient scope[,;]? expected any of:? ?(?<requiredScope>[\w:, ]{1,500}?)\.?$/i,
      /insufficient scope/i,
    ],
    bodies: [/"statusCode"\s*:\s*403/],
    status: [403],
    weight: -1,
  },
  {
    id: 'auth0.management-api-token-expired',
    endpoints: management,
    errors: ['invalid_token', 'token_expired'],
    descriptions: [/expired token received/i, /jwt expired/i, /token (?:has )?expired/i],
    weight: 1,
  },
  {
    id: 'auth0.management-api-token-invalid',
    endpoints: management,
    byStatus: true,
    errors: ['invalid_token', 'unauthorized'],
    codesAt: { endpoints: management, codes: ['invalid_token'] },
    descriptions: [
      /^invalid token\.?$/i,
      /invalid signature received/i,
      /bad http authentication header/i,
      /missing authentication/i,
      /(?:audience|issuer) .{0,40}(?:invalid|mismatch).{0,60}json web token/i,
      /bad audience/i,
      /client is not global/i,
    ],
    bodies: [/"statusCode"\s*:\s*401/],
    status: [401],
  },
  {
    id: 'auth0.management-api-plan',
    endpoints: management,
    codes: ['operation_not_supported', 'insufficient_entitlement', 'feature_not_enabled'],
    descriptions: [
      /upgrade your (?:subscription|plan)/i,
      /not allowed to perform this operation/i,
      /for your (?:plan|subscription)/i,
      /reached the (?:maximum|limit) (?:number )?of/i,
      /credit card/i,
      /tenant is not allowed to/i,
      /feature (?:is )?not enabled for (?:this|the|your) tenant/i,
      /paid subscription is required/i,
      /\bthe account is not allowed\b/i,
    ],
    status: [403],
  },
  {
    id: 'auth0.management-api-not-found',
    endpoints: management,
    byStatus: true,
    codePattern: /^inexistent_(?<object>[a-z_]{1,40})$/,
    // Only in the Management API's own shape: "not found" alone is what any server says.
    bodies: [/["']?statusCode["']?\s*:\s*404\b/],
    status: [404],
  },
  {
    id: 'auth0.management-api-conflict',
    endpoints: management,
    byStatus: true,
    codePattern: /^(?:\w{1,40}_)?(?:conflict|exists)$/,
    bodies: [/["']?statusCode["']?\s*:\s*409\b/],
    status: [409],
  },
  {
    // The tenant is not in the state the request needs (a provider, a domain, a template not set up yet): no id or
    // body is wrong.
    id: 'auth0.management-api-precondition',
    endpoints: management,
    descriptions: [
      /cannot be (?:set|used|enabled) without an? (?:enabled |verified |configured )?\w{1,40}/i,
      /(?:has not been|is not|isn't|not) (?:yet )?(?:configured|set up)\b/i,
      /(?:custom )?domain .{0,80}(?:is not|isn't|not yet|has not been) verified/i,
      /auth0-custom-domain/i,
      /custom domain .{0,60}(?:does not exist|not found)/i,
      /requires? (?:at least one |a )?(?:verified )?custom domain/i,
      /must be in the '?\w{1,30}'? state/i,
      /default login route/i,
      /multiple custom domains/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.management-api-payload',
    endpoints: management,
    byStatus: true,
    codes: ['invalid_body', 'invalid_query_string', 'invalid_uri', 'invalid_paging'],
    descriptions: [
      /(?:payload|query|path) validation error/i,
      /invalid request (?:body|query string|uri)/i,
      /exceed(?:s|ed)? the maximum allowed size/i,
      // A value of another tenant's (an export deployed elsewhere): a flag or an option this one does not have.
      /not allowed to set flag/i,
      /\bis invalid\. please use one of the available options\b/i,
      /cannot be provided when/i,
    ],
    bodies: [/"statusCode"\s*:\s*400/],
    // The shape alone: any sentence another entry knows says more.
    weight: -3,
    status: [400],
  },
  {
    // A client exported from a tenant made before June 2017 carries the legacy grants, which newer tenants refuse.
    id: 'auth0.management-legacy-grant-types',
    descriptions: [/invalid grant types?:? [^\n]{0,300}\/legacy\/grant-type\//i],
    weight: 2,
  },
];
