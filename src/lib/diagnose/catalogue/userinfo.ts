import type { CatalogueEntry } from './entry';

/** /userinfo: it takes the access token of a login (audience /userinfo or an API with openid), never a secret. */
export const userinfo: CatalogueEntry[] = [
  {
    id: 'auth0.userinfo-token-expired',
    endpoints: ['/userinfo'],
    onlyAt: true,
    errors: ['invalid_token', 'unauthorized'],
    descriptions: [/(?:token|jwt) (?:has )?expired/i, /expired (?:token|jwt)/i],
    weight: 1,
  },
  {
    id: 'auth0.userinfo-wrong-token',
    endpoints: ['/userinfo'],
    onlyAt: true,
    errors: ['unauthorized', 'invalid_token', 'invalid_request'],
    descriptions: [/^invalid credentials\.?$/i, /(?:audience|aud) .{0,60}userinfo/i],
    // A 401 from /userinfo with no words of its own: most often a token not meant for /userinfo.
    status: [401],
    byStatus: true,
    weight: 1,
  },
  {
    id: 'auth0.userinfo-token-invalid',
    endpoints: ['/userinfo'],
    onlyAt: true,
    codes: ['invalid_token'],
    errors: ['unauthorized', 'invalid_request'],
    descriptions: [/^unauthorized\.?$/i, /(?:access )?token is (?:invalid|malformed)/i, /invalid (?:access )?token/i],
    challenges: [/^\s*bearer\b/i],
    bodies: [/^\s*$/],
    status: [401, 403],
  },
  {
    // A profile without sub: the access token was issued without the openid scope.
    id: 'auth0.userinfo-no-openid',
    endpoints: ['/userinfo'],
    onlyAt: true,
    bodies: [/^(?![\s\S]{0,200000}"sub"\s*:)\s*\{/],
    status: [200],
  },
];
