import type { CatalogueEntry } from './entry';

/** Passkeys: /passkey/register and /passkey/challenge, and the webauthn grant at /oauth/token. */
export const passkeys: CatalogueEntry[] = [
  {
    id: 'auth0.passkeys-disabled',
    errors: ['forbidden', 'access_denied', 'invalid_request'],
    descriptions: [
      /passkeys? (?:is |are )?not enabled/i,
      /passkeys? .{0,40}disabled/i,
      /\b(?:passkey|password)(?: and passkey)? (?:is|are) not allowed/i,
    ],
  },
  {
    id: 'auth0.passkey-assertion',
    errors: ['invalid_grant', 'invalid_request'],
    descriptions: [
      /passkey (?:assertion|credential|signature)/i,
      /webauthn .{0,60}(?:invalid|failed)/i,
      /passkey authentication failed/i,
    ],
  },
  {
    id: 'auth0.passkey-limit',
    descriptions: [/maximum number of passkeys/i, /passkey[_ -]enrollment[_ -]max/i],
    weight: 1,
  },
  {
    // The browser or device offers no WebAuthn (security keys, passkeys, device biometrics) to the page.
    id: 'auth0.webauthn-unsupported',
    descriptions: [
      /(?:browser|device) .{0,20}(?:does not|doesn't) support (?:security keys|passkeys|webauthn)/i,
      /(?:security keys|passkeys|webauthn) (?:are |is )?not supported/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.passkey-session-expired',
    errors: ['invalid_grant'],
    descriptions: [/auth session has expired/i, /auth_session .{0,40}expired/i],
  },
];
