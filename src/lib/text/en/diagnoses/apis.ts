import {
  asksUserScopes,
  customDomainManagement,
  placeholder,
  userinfoAudience,
  type Facts,
} from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { apiAuthorizationSettings, apis, docs, said, users } from './paths';

/** APIs, audiences, client grants, scopes and permissions. */
export const apiTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.service-not-found': (f) => ({
    title: `No API with identifier ${f.audience || 'as sent'}`,
    cause: `The audience${f.audience ? ` “${f.audience}”` : ''} is not the Identifier of any API of this tenant. It must match exactly: scheme, trailing slash and case included; the API’s name or id will not do.`,
    fix: [
      ...(userinfoAudience(f)
        ? [
            `${f.audience} is not an API: drop the audience (scope openid already gives a token for /userinfo), or, where one is required, use the canonical https://YOUR_TENANT.auth0.com/userinfo; a custom domain’s /userinfo is not an identifier.`,
          ]
        : []),
      ...(customDomainManagement(f)
        ? [
            `${f.audience} is the Management API on your custom domain: its identifier is always the tenant’s own domain, https://YOUR_TENANT.REGION.auth0.com/api/v2/. Ask for that audience (token requests may still go through the custom domain); SDKs keep a separate setting for it (auth0-PHP: customDomain beside domain).`,
          ]
        : []),
      ...(placeholder(f.audience)
        ? [
            `${f.audience} is a placeholder left in the sample’s or library’s configuration: replace it there with your API’s Identifier, or remove the audience setting if you call no API of your own.`,
          ]
        : []),
      'Applications > APIs: copy the Identifier of the API you want.',
      'Paste it into Audience and send again.',
      'When the audience comes from software you do not configure (an MCP client sending its resource URL, a proxy, a sample’s placeholder such as YOUR_API_IDENTIFIER), create an API whose Identifier is exactly that value (Applications > APIs > Create API), or fix the value where it is set.',
      'When the tenant is a partner’s (you call their Auth0 for their API), you cannot create it: ask them for the exact audience of the environment you call (staging and production differ).',
    ],
    breadcrumb: [...apis, 'Settings', 'Identifier'],
    docs: docs.apis,
  }),
  'auth0.no-audience': () => ({
    title: 'No audience, and no default audience',
    cause: 'A client credentials request must name the API it wants a token for, in audience.',
    fix: [
      'Set Audience to the API’s Identifier (Applications > APIs).',
      'Or set a tenant-wide Default Audience: Settings > General > API Authorization Settings.',
      'If the client sends the API as resource (RFC 8707, as MCP clients do) rather than audience: send audience as well, or turn on Settings > Advanced > Resource Parameter Compatibility Profile.',
    ],
    breadcrumb: [...apiAuthorizationSettings, 'Default Audience'],
    docs: docs.m2m,
  }),
  'auth0.third-party-audience': (f) => ({
    title: 'A third-party application must ask for an API',
    cause: `The application is a third-party one (registered by Dynamic Client Registration, as MCP clients such as Claude or ChatGPT are, or marked third-party), and it asked for no API: third-party applications get no token for /userinfo alone.${said(f)}`,
    fix: [
      'If the client sends the API as resource (RFC 8707, as MCP clients do) rather than audience: Settings > Advanced > turn on Resource Parameter Compatibility Profile, and create an API whose Identifier is exactly that resource URL.',
      'Otherwise have the client send audience = your API’s Identifier, or set a tenant Default Audience (Settings > General > API Authorization Settings).',
      'Let third-party applications use that API: Applications > APIs > your API > Application Access.',
    ],
    breadcrumb: ['Settings', 'Advanced', 'Resource Parameter Compatibility Profile'],
    docs: docs.apis,
  }),
  'auth0.client-not-authorized-for-api': (f) => ({
    title: `This application is not authorized for ${f.audience || 'the API'}`,
    cause:
      'A machine-to-machine token needs a client grant: the API must list this application as authorized, with the permissions it may get.',
    fix: [
      `Applications > APIs > ${f.audience || 'the API'} > Machine To Machine Applications.`,
      'Authorize this application, tick the permissions it needs, and Update.',
      'Send again.',
    ],
    breadcrumb: [...apis, 'Machine To Machine Applications'],
    docs: docs.m2m,
  }),
  'auth0.client-not-authorized-user-flow': (f) => ({
    title: `This application may not get user tokens for ${f.audience || 'the API'}`,
    cause:
      'The API restricts which applications may obtain tokens on behalf of users, and this application is not among them (or is a third-party application without consent).',
    fix: [
      `Applications > APIs > ${f.audience || 'your API'} > Application Access: allow this application for user access.`,
      'For a third-party application, check the user granted consent.',
    ],
    breadcrumb: [...apis, 'Application Access'],
    docs: docs.apis,
  }),
  'auth0.scopes-not-granted': (f) => ({
    title: `Scopes not granted: ${f.scope || 'some of those requested'}`,
    cause: `The request asked for permissions the application’s client grant for this API does not include.${asksUserScopes(f) ? ' Among them are OpenID scopes (openid, profile, email, offline_access): they are about a user, and a machine-to-machine token has none, so no client grant can include them.' : ''}`,
    fix: [
      ...(asksUserScopes(f)
        ? [
            'Remove openid, profile, email and offline_access from the client credentials request’s scope (a library that adds them by default needs its scope option set to the API’s permissions only, or to nothing).',
          ]
        : []),
      'Applications > APIs > your API > Machine To Machine Applications: expand this application and tick the missing API permissions. Update.',
      'Or request only the scopes already granted.',
    ],
    breadcrumb: [...apis, 'Machine To Machine Applications', 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.offline-access-client-credentials': () => ({
    title: 'Client credentials never give a refresh token',
    cause:
      'offline_access asks for a refresh token, which only grants acting for a user have; a machine-to-machine request asks for a new access token instead.',
    fix: [
      'Remove offline_access from Scope.',
      'Cache the access token until it expires, then send the client credentials request again.',
    ],
    docs: docs.m2m,
  }),
  'auth0.user-scope-not-allowed': (f) => ({
    title: 'The user may not have these scopes for this API',
    cause: `The API grants user tokens by permissions (Role-Based Access Control) or by an access policy, and this user has none of the requested scopes.${said(f)}`,
    fix: [
      'User Management > Users > the user > Permissions (or Roles): assign the API’s permissions the request asks for.',
      'Check Applications > APIs > your API > Settings > RBAC Settings, and request only scopes the user has.',
    ],
    breadcrumb: [...users, 'Permissions'],
    docs: docs.rbac,
  }),
  'auth0.target-not-allowed': (f) => ({
    title: 'This API may not be the token’s target',
    cause: `The audience (or resource) names an API this application may not get a token for in this flow: not authorized for it, or not one of the APIs allowed for this request.${said(f)}`,
    fix: [
      'Applications > APIs > your API > Application Access (or Machine To Machine Applications): authorize this application.',
      'Check Audience is the Identifier of that API.',
    ],
    breadcrumb: [...apis, 'Application Access'],
    docs: docs.apis,
  }),
  'auth0.invalid-scope': (f) => ({
    title: 'The scope is malformed or unknown',
    cause: `Scopes are one string separated by spaces (not commas), each defined for the API or one of openid, profile, email, address, phone, offline_access.${said(f)}`,
    fix: [
      'Write Scope as e.g. “openid profile read:messages”.',
      'Define custom scopes under Applications > APIs > your API > Permissions.',
    ],
    breadcrumb: [...apis, 'Permissions'],
    docs: docs.scopes,
  }),
  'auth0.scope-conflict': () => ({
    title: 'online_access and offline_access together',
    cause: 'The two scopes ask for opposite session kinds; a request may carry one of them.',
    fix: ['Remove online_access or offline_access from Scope.'],
    docs: docs.refreshTokens,
  }),
};
