import type { CatalogueEntry } from './entry';

/** Passkeys: /passkey/register and /passkey/challenge, and the webauthn grant at /oauth/token. */
export const passkeys: CatalogueEntry[] = [
  {
    id: 'auth0.passkeys-disabled',
    errors: ['forbidden', 'access_denied', 'invalid_request'],
    descriptions: [/passkeys? (?:is |are )?not enabled/i, /passkeys? .{0,40}disabled/i],
  },
  {
    id: 'auth0.passkey-assertion',
    errors: ['invalid_grant', 'invalid_request'],
    descriptions: [/passkey (?:assertion|credential|signature)/i, /webauthn .{0,60}(?:invalid|failed)/i],
  },
  {
    id: 'auth0.passkey-session-expired',
    errors: ['invalid_grant'],
    descriptions: [/auth session has expired/i, /auth_session .{0,40}expired/i],
  },
];
