import type { Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { docs, m2mApps, said } from './paths';

/** The Management API. */
export const managementTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.management-api-insufficient-scope': (f) => ({
    title: `The Management API token lacks ${f.requiredScope ? `a scope: ${f.requiredScope}` : 'a scope for this call'}`,
    cause: `Each Management API endpoint needs one of its scopes in the token; the token’s client grant does not include ${f.requiredScope ? `any of ${f.requiredScope}` : 'it'}.`,
    fix: [
      `Applications > APIs > Auth0 Management API > Machine To Machine Applications: expand your application, tick ${f.requiredScope ?? 'the scope the endpoint needs'}, and Update.`,
      'Request a new token: the old one keeps its old scopes.',
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
      'Request the token with audience https://YOUR_DOMAIN/api/v2/ (with the trailing slash), from this tenant.',
      'Send it as Authorization: Bearer <token>, with one space and no quotes.',
    ],
    breadcrumb: m2mApps,
    docs: docs.managementToken,
  }),
  'auth0.management-api-plan': (f) => ({
    title: 'Not available on this tenant’s plan',
    cause: `The Management API refused a feature the tenant’s subscription does not include.${said(f)}`,
    fix: ['Check the feature in Settings > Subscription, or leave it out of the request.'],
    breadcrumb: ['Settings', 'Subscription'],
  }),
  'auth0.management-api-not-found': (f) => ({
    title: `No such ${f.object ? String(f.object).replaceAll('_', ' ') : 'object'} on this tenant`,
    cause: `The id in the Management API path names nothing on this tenant: a typo, an object deleted, an id of another tenant, or a user id not URL-encoded (auth0|123 must be sent as auth0%7C123).${said(f)}`,
    fix: ['Copy the id from the Dashboard (or a list call) of this very tenant.', 'URL-encode ids in the path.'],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-conflict': (f) => ({
    title: 'It already exists',
    cause: `The Management API refused to create something whose name (or identifier) is taken.${said(f)}`,
    fix: ['Update the existing object instead, or pick another name.'],
    docs: docs.managementErrors,
  }),
  'auth0.management-api-precondition': (f) => ({
    title: 'The tenant is not set up for this request yet',
    cause: `The request is well formed, but it needs something the tenant does not have yet: an email provider, a verified custom domain (and, with several custom domains, the auth0-custom-domain header naming one), or a template or setting never configured. No id or field is wrong.${said(f)}`,
    fix: [
      'Configure what the message names first: Branding > Email Provider, Branding > Custom Domains (verify the domain), or the Universal Login template; then send again.',
      'With several custom domains, add the header auth0-custom-domain: <the domain> to the request.',
    ],
    breadcrumb: ['Branding'],
    docs: docs.customDomains,
  }),
  'auth0.management-api-payload': (f) => ({
    title: 'The Management API call is malformed',
    cause: `The body or query string does not fit the endpoint’s schema; the message names the property.${said(f)}`,
    fix: [
      'Correct the property named in the message (spelling, type, a value out of range, a property the endpoint does not take).',
      'Compare with the endpoint’s page in the Management API reference.',
    ],
    docs: docs.managementErrors,
  }),
};
