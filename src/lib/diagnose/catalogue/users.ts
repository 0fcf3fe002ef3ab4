import type { CatalogueEntry } from './entry';

/** Users logging in: credentials, blocks, verification, and the attack protection that stops them. */
export const users: CatalogueEntry[] = [
  {
    id: 'auth0.wrong-credentials',
    errors: ['invalid_grant', 'access_denied'],
    // fp, fu: the tenant log's failed login for a wrong password, an unknown user.
    codes: ['invalid_user_password', 'fp', 'fu'],
    descriptions: [
      /wrong (?:email|username|phone number|phone|user ?name) or password/i,
      /invalid (?:username|email|user) or password/i,
      /\bincorrect (?:e-?mail(?: address)?|phone number|username)[\w ,]{0,60}\bpassword\b/i,
    ],
  },
  {
    // Identifier First: no account for what the person typed, and the page offers sign-up.
    id: 'auth0.user-not-found',
    descriptions: [/\baccount not found\b/i, /no account (?:was )?found (?:for|with)/i],
  },
  {
    id: 'auth0.user-blocked',
    errors: ['unauthorized', 'access_denied', 'invalid_grant'],
    codes: ['blocked_user'],
    descriptions: [/user(?: account)? is blocked/i, /^blocked user\.?$/i, /user (?:has been|was) blocked/i],
  },
  {
    id: 'auth0.email-not-verified',
    errors: ['unauthorized', 'access_denied'],
    descriptions: [
      /verify (?:your )?e-?mail/i,
      /e-?mail (?:address )?(?:is )?not (?:yet )?verified/i,
      /e-?mail_?unverified|unverified[ _]e-?mail/i,
      /e-?mail .{0,80}(?:isn'?t|is not|not) verified/i,
    ],
    // Amazon SES's words for the sender identity it has not verified: the email provider, not the user.
    unless: [/identities failed the check/i],
  },
  {
    id: 'auth0.password-expired',
    codes: ['password_expired'],
    descriptions: [
      /password (?:has )?expired/i,
      /password (?:change|reset) (?:is )?required/i,
      /must (?:change|reset) (?:your |the )?password/i,
    ],
  },
  {
    id: 'auth0.password-leaked',
    codes: ['password_leaked', 'pwd_leak'],
    descriptions: [
      /password .{0,200}(?:breach|leaked|disclosed)/i,
      /\bdata breach\b/i,
      /detected a potential security issue with this account/i,
      // The email Breached Password Detection sends the tenant's administrators.
      /security incident on another website/i,
      /same password in both places/i,
    ],
    // A breach's notice also says a password change is required: the breach is the cause, not an expiry.
    weight: 1,
  },
  {
    // An imported user's custom_password_hash that the typed password does not reproduce.
    id: 'auth0.custom-password-hash',
    descriptions: [/custom_password_hash/i],
    weight: 2,
  },
  {
    id: 'auth0.too-many-attempts',
    codes: ['too_many_attempts', 'too_many_logins', 'limit_wc'],
    descriptions: [
      /blocked after multiple consecutive login attempts/i,
      /account (?:has been|is) (?:blocked|locked)/i,
      // The email Brute-force Protection sends the user.
      /\bblocked access attempt\b/i,
    ],
  },
  {
    id: 'auth0.suspicious-ip-throttled',
    errors: ['too_many_attempts', 'access_denied'],
    codes: ['limit_sul', 'limit_mu'],
    descriptions: [
      /suspicious login behavior/i,
      /suspicious (?:ip|request)s? .{0,40}throttl/i,
      /too many (?:sign-?ups|logins|login attempts|attempts|requests) from (?:the same|this|your|one|a single) ip/i,
      /attempted too many consecutive (?:logins|sign-?ups) with different usernames/i,
    ],
    weight: 1,
  },
  {
    id: 'auth0.requires-verification',
    codes: ['requires_verification', 'requires_validation'],
    descriptions: [/suspicious request requires verification/i],
  },
  {
    // A password-change or email-verification ticket (the link in the email) used late or twice.
    id: 'auth0.ticket-expired',
    codes: ['expired_ticket', 'invalid_ticket'],
    // Outranks a result redirect's bare success=false (auth0.custom-db-script-error) when its message says this.
    weight: 2,
    descriptions: [
      /\bticket (?:was |has |is )?(?:already )?(?:expired|been used|invalid|no longer valid)/i,
      /\bticket (?:was |has been |is )?already used/i,
      /(?:expired|invalid|used) ticket/i,
      /(?:password reset|verification|reset) link .{0,60}(?:expired|already been used|no longer valid)/i,
      /\b(?:this|the) link (?:has already been used|is (?:invalid|expired)|has expired)/i,
      /\bselect "?forgot your password"? to/i,
      /verification code is invalid|(?:email address|account) (?:could not be|is already) verified/i,
      /(?:url|link) can (?:only )?be used (?:only )?once/i,
    ],
  },
  {
    id: 'auth0.captcha-invalid',
    codes: ['invalid_captcha'],
    descriptions: [
      /captcha .{0,40}(?:invalid|failed|wrong|incorrect)/i,
      /invalid captcha/i,
      /not a robot|\bsolve the challenge|security challenge/i,
      /validating the captcha|captcha response/i,
    ],
  },
];
