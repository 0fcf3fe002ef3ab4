import { badAuthorizationHeader, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { appSettings, docs, m2mApps, said, toolSteps } from './paths';

/** The Management API. */
export const managementTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.management-api-insufficient-scope': (f) => ({
    title: `The Management API token lacks ${f.requiredScope ? `a scope: ${f.requiredScope}` : 'a scope for this call'}`,
    cause: `Each Management API endpoint needs one of its scopes in the token; the token’s client grant does not include ${f.requiredScope ? `any of ${f.requiredScope}` : 'it'}.`,
    fix: [
      `Applications > APIs > Auth0 Management API > Machine To Machine Applications: expand your application, tick ${f.requiredScope ?? 'the scope the endpoint needs'}, and Update.`,
      'Request a new token: the old one keeps its old scopes.',
      ...toolSteps(f),
    ],
    breadcrumb: [...m2mApps, 'Permissions'],
    docs: docs.managementToken,
  }),
  'auth0.management-api-token-expired': () => ({
    title: 'The Management API token has expired',
    cause: 'Management API tokens live 24 hours by default; this one is past its exp.',
    fix: [
      'Request a new token with client credentials (audience https://YOUR_DOMAIN/api/v2/), and cache it until it expires.',
    ],
    docs: docs.managementToken,
  }),
  'auth0.management-api-token-invalid': (f) => ({
    title: 'The Management API refused the token',
    cause: `The Management API takes a token for the audience https://YOUR_DOMAIN/api/v2/ of this very tenant, as Authorization: Bearer <token>; this one is malformed, signed by another tenant, for another audience, or not sent in that header.${said(f)}`,
    fix: [
      ...(badAuthorizationHeader(f)
        ? [
            'The Authorization header is not “Bearer <token>”: pass the access_token string itself, not the whole token response (Python: token["access_token"]; the SDKs take the token, not the dict).',
          ]
        : []),
      'Request the token with audience https://YOUR_DOMAIN/api/v2/ (with the trailing slash), from this tenant.',
      'Send it as Authorization: Bearer <token>, with one space and no quotes.',
    ],
    breadcrumb: m2mApps,
    docs: docs.managementToken,
  }),
  'auth0.management-api-plan': (f) => ({
    title: 'Not available on this tenant’s plan',
    cause: `The Management API refused a feature the tenant’s subscription does not include.${said(f)}`,
    fix: ['Check the feature in Settings > Subscription, or leave it out of the request.', ...toolSteps(f)],
    breadcrumb: ['Settings', 'Subscription'],
  }),
  'auth0.management-api-not-found': (f) => ({
    title: `No such ${f.object ? String(f.object).replaceAll('_', ' ') : 'object'} on this tenant`,
    cause: `An id in the Management API call (in the path, or in the body: a role, a permission, a connection) names nothing on this tenant: a typo, an object since deleted, an id of another tenant, a user id not URL-encoded (auth0|123 must be sent as auth0%7C123), or a setting this tenant never configured (a branding theme, an email template: a 404 means "not set up yet").${said(f)}`,
    fix: [
      'Copy ids from this very tenant: the Dashboard, or a list call (GET /api/v2/roles, /api/v2/resource-servers…); remove ids of deleted objects from your configuration (Terraform, deploy CLI).',
      'URL-encode ids in the path.',
      'For a setting never configured, create it first (POST), or treat the 404 as "not configured".',
      ...toolSteps(f),
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-conflict': (f) => ({
    title: 'It already exists, or it is still in use',
    cause: `The Management API refused a change that conflicts with what the tenant has: the name (or identifier) is taken, there can be only one (an email provider, a client grant per application and API), or the object is still used by another (an Action bound to a trigger).${said(f)}`,
    fix: [
      'Update the existing object instead (PATCH), or pick another name.',
      'To delete something still in use, detach it first: Actions > Triggers > the flow, drag the Action out and Apply (or PATCH /api/v2/actions/triggers/{trigger}/bindings), then delete.',
      ...toolSteps(f),
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-precondition': (f) => ({
    title: 'The tenant is not set up for this request yet',
    cause: `The request is well formed, but it needs something the tenant does not have yet: an email provider, a verified custom domain (and, with several custom domains, the auth0-custom-domain header naming one), or a template or setting never configured. No id or field is wrong.${said(f)}`,
    fix: [
      'Configure what the message names first: Branding > Email Provider, Branding > Custom Domains (verify the domain), or the Universal Login template; then send again.',
      'With several custom domains, add the header auth0-custom-domain: <the domain> to the request.',
      'Invitation and reset links need a login page to point to: set the application’s Application Login URI (Applications > your app > Settings) or Settings > Advanced > Default Login Route.',
      'An object still being prepared (an Action draft that is building): wait until its status is built, then send again.',
    ],
    breadcrumb: ['Branding'],
    docs: docs.customDomains,
  }),
  'auth0.management-api-payload': (f) => ({
    title: 'The Management API refused the request’s content',
    cause: `The body, query string or path does not fit what this endpoint accepts: a property misspelled, of the wrong type or case, read-only, not taken by this kind of object (an option only some connection strategies or trigger versions have), a value out of range, a required one missing, or a combination the endpoint refuses. When the message names no property ("does not match any schemas"), one nested object matched none of its allowed shapes.${said(f)}`,
    fix: [
      'Correct what the message names; compare the request with the endpoint’s page in the Management API reference.',
      'Configuration exported from another tenant or an older tool (Terraform, deploy CLI): remove read-only or unsupported properties, or upgrade the tool.',
      ...toolSteps(f),
    ],
    docs: docs.managementErrors,
  }),
  'auth0.management-legacy-grant-types': (f) => ({
    title: 'This tenant does not take the legacy grant types',
    cause: `The client’s grant_types list legacy grants (http://auth0.com/oauth/legacy/grant-type/…: ro, delegation, access_token). Only tenants made before 8 June 2017 have them; a configuration exported from such a tenant and sent to a newer one, or to a client that lost them, is refused.${said(f)}`,
    fix: [
      'Remove the legacy grant types from grant_types in the exported configuration (Deploy CLI YAML or JSON, Terraform), keeping the current ones (authorization_code, refresh_token, password, client_credentials…).',
      'Move what still uses /oauth/ro or /delegation to the current flows (Resource Owner Password with realm, refresh tokens, token exchange) before dropping the grants on the old tenant too.',
    ],
    breadcrumb: [...appSettings, 'Advanced Settings', 'Grant Types'],
    docs: docs.grantTypes,
  }),
};
