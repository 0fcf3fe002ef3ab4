import * as z from 'zod/mini';

/** RFC 8628 §3.2: the device authorization response. */
export const deviceCodeAnswer = z.looseObject({
  device_code: z.string(),
  user_code: z.string(),
  verification_uri: z.string(),
  verification_uri_complete: z.optional(z.string()),
  expires_in: z.number(),
  interval: z.optional(z.number()),
});

/** OpenID CIBA §7.3: the backchannel authentication response. */
export const backchannelAnswer = z.looseObject({
  auth_req_id: z.string(),
  expires_in: z.number(),
  interval: z.optional(z.number()),
});

/** Auth0's mfa_required answer: the mfa_token, and what the user can be challenged with or must enrol. */
export const mfaRequiredAnswer = z.looseObject({
  error: z.literal('mfa_required'),
  mfa_token: z.string(),
  mfa_requirements: z.optional(
    z.looseObject({
      challenge: z.optional(z.array(z.looseObject({ type: z.string() }))),
      enroll: z.optional(z.array(z.looseObject({ type: z.string() }))),
    }),
  ),
});

/** GET /mfa/authenticators. */
export const authenticatorsAnswer = z.array(
  z.looseObject({
    id: z.string(),
    authenticator_type: z.string(),
    active: z.optional(z.boolean()),
    oob_channel: z.optional(z.string()),
    name: z.optional(z.string()),
  }),
);
export type Authenticator = z.infer<typeof authenticatorsAnswer>[number];

/** POST /mfa/challenge, and the challenge part of POST /mfa/associate. */
export const challengeAnswer = z.looseObject({
  challenge_type: z.optional(z.string()),
  authenticator_type: z.optional(z.string()),
  oob_code: z.optional(z.string()),
  binding_method: z.optional(z.string()),
  secret: z.optional(z.string()),
  barcode_uri: z.optional(z.string()),
  recovery_codes: z.optional(z.array(z.string())),
});
export type ChallengeAnswer = z.infer<typeof challengeAnswer>;
