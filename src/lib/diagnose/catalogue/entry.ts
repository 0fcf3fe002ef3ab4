import type { Endpoint } from '../../endpoint';
import { bearerEndpoints } from '../../endpoint';
import type { Severity } from '../types';

/**
 * One known Auth0 condition and how to recognise it. Adding an Auth0 error is one entry in the area's file here,
 * its texts in text/en/diagnoses/ under the same file name, and a corpus line; never a new branch in code.
 *
 * Every pattern must take linear time on any text (tests/unit/bounded.test.ts times each one on 100,000 hostile
 * characters): a gap between two phrases is bounded (`.{0,200}`), never `.*` that each repeat of the first phrase
 * would scan to the end again. Patterns name the condition's stable words, not one sentence.
 */
export interface CatalogueEntry {
  id: string;
  severity?: Severity;
  /**
   * The endpoints this condition comes from. An answer from a known endpoint outside the list never reaches the
   * entry (the same words mean something else there); one from an endpoint in it is preferred. Unset: any.
   */
  endpoints?: readonly Endpoint[];
  /** Codes the condition arrives with (`error`, `errorCode`, `code`): a match with one of them ranks higher. */
  errors?: string[];
  /** Codes that alone identify the condition (within its endpoints), whatever the description says. */
  codes?: string[];
  /** A family of codes that alone identify it (`bad.phone_number`); named groups become facts. */
  codePattern?: RegExp;
  /**
   * Codes that identify the condition only when they come from one of these endpoints (`invalid_token`); with
   * `bare`, only when the answer has no sentence either (a redirect back with `?error=access_denied` alone).
   */
  codesAt?: { endpoints: readonly Endpoint[]; codes: string[]; bare?: boolean };
  /**
   * Its codes, bodies and challenges count only for an answer of one of `endpoints`, known or assumed (an empty
   * 401, `invalid_token`, a bare `Bearer` mean something only there); its sentences count anywhere.
   */
  onlyAt?: boolean;
  /** Patterns of the answer's sentences; named groups become facts its texts quote. A match outranks a code. */
  descriptions?: RegExp[];
  /**
   * Patterns of the answer's own sentence only (its `error_description`, `message`), never of the prose or trace
   * around it: words that are the condition when Auth0 says them (an Action's axios call: `Request failed with status
   * code 500`) and the person's own wrapper when their code prints them around Auth0's answer.
   */
  ownDescriptions?: RegExp[];
  /** Patterns of the raw body (JSON text, plain text, an HTML page's words); `status`, when set, must match too. */
  bodies?: RegExp[];
  /** Patterns of the `WWW-Authenticate` header (a challenge with no body); `status`, when set, must match too. */
  challenges?: RegExp[];
  status?: number[];
  /**
   * Its `status` alone identifies it for an answer of one of its `endpoints` that the page knows (the Management API
   * answers 409 for a conflict and nothing else), even when the body is plain words a CLI printed.
   */
  byStatus?: boolean;
  /** With one of `errors`, a request of these grants identifies the condition. */
  grants?: RegExp;
  /** Only a request of `grants` reaches it (the words mean something else in any other flow, or when no grant is known). */
  grantOnly?: boolean;
  /** A request of these grants rules it out: a condition about a user never answers a grant that has none. */
  notGrants?: RegExp;
  /** When the answer says the opposite (its sentences, body or challenge match one), the entry is never chosen. */
  unless?: RegExp[];
  /** What else the answer must show (each pattern, in its sentences, body or challenge), or the entry is never chosen. */
  requires?: RegExp[];
  /** A special case of a broader entry that matches the same answer: ranks that much higher. */
  weight?: number;
}

/**
 * A call that found no host or no answer (`connect ECONNREFUSED 127.0.0.1:8080`), naming the failure and the host:
 * your server's own (auth0.network-unreachable) or, inside an Auth0 answer, your tenant code's (extensibility-error).
 */
export const networkFailure =
  /\b(?:connect|getaddrinfo|read) (?<network>ENOTFOUND|ECONNREFUSED|ETIMEDOUT|ECONNRESET|EAI_AGAIN)\b(?: (?<host>[\w.:-]{1,100}))?/;

/** Grants by family, as the form sends them. */
export const grantsOf = {
  mfa: /mfa-(?:otp|oob|recovery-code)$/,
  device: /device_code$/,
  ciba: /ciba$/,
  password: /^password$|password-realm$/,
  clientCredentials: /^client_credentials$/,
  refresh: /^refresh_token$/,
  code: /^authorization_code$/,
  passwordless: /passwordless\/otp$/,
  exchange: /token-exchange/,
};

/** Endpoints that authenticate the application itself (client id with a secret, a private key JWT or mTLS). */
export const clientEndpoints: readonly Endpoint[] = [
  '/oauth/token',
  '/oauth/revoke',
  '/oauth/device/code',
  '/bc-authorize',
  '/oauth/par',
  '/passwordless/start',
  '/otp/challenge',
  '/mfa/challenge',
  '/oauth/ro',
  '/oauth/access_token',
  '/delegation',
];

/** Endpoints where a person logs in, so user and connection conditions answer there. */
export const loginEndpoints: readonly Endpoint[] = [
  '/oauth/token',
  '/authorize',
  '/co/authenticate',
  '/usernamepassword/login',
  '/oauth/ro',
  '/oauth/access_token',
  '/dbconnections/signup',
  '/dbconnections/change_password',
  '/passwordless/start',
  '/otp/challenge',
  '/passkey/register',
];

export const mfaEndpoints: readonly Endpoint[] = [
  // Universal Login's own MFA pages (/u/mfa-…) are steps of /authorize.
  '/authorize',
  '/mfa/associate',
  '/mfa/challenge',
  '/mfa/authenticators',
  'guardian',
  '/oauth/token',
  '/oauth/ro',
];

export { bearerEndpoints };
