import { badScheme, verifierShape, type Facts } from '../../../diagnose/facts';
import type { DiagnosisText } from './generic';
import { appUris, docs, said } from './paths';

/** Where the value of a parameter Auth0 asks for comes from. */
const parameterHints: Record<string, string> = {
  binding_code:
    'binding_code is the code the user received by SMS, voice or email: when /mfa/challenge answered binding_method "prompt", ask the user for it and send it with the oob_code.',
  oob_code: 'oob_code comes from the /mfa/challenge (or /mfa/associate) answer for this mfa_token.',
  otp: 'otp is the six-digit code the user’s authenticator app shows now.',
  mfa_token: 'mfa_token comes from the mfa_required answer of the first request; copy it whole.',
  code_verifier:
    'code_verifier is the random string whose SHA-256 became the code_challenge of the /authorize request; the same login must keep it.',
  redirect_uri: 'redirect_uri must be the very one the /authorize request sent.',
  realm: 'realm names the connection to log in with, e.g. Username-Password-Authentication.',
  audience: 'audience is the Identifier of an API (Applications > APIs).',
  subject_token: 'subject_token is the token being exchanged, with its subject_token_type.',
  device_code: 'device_code comes from the POST /oauth/device/code answer.',
  refresh_token:
    'refresh_token comes from an earlier token answer that asked for scope offline_access (with Allow Offline Access on the API); keep it and send it whole.',
  connection:
    'connection is "email" or "sms" for /passwordless/start, and the database connection’s name (e.g. Username-Password-Authentication) for /dbconnections.',
  auth_req_id: 'auth_req_id comes from the POST /bc-authorize answer.',
};

/** Authorization codes, PKCE, redirect URIs and required parameters. */
export const codeTexts: Record<string, (facts: Facts) => DiagnosisText> = {
  'auth0.invalid-authorization-code': () => ({
    title: 'The authorization code is invalid',
    cause:
      'A code works once, for about a minute, for the application and redirect_uri it was issued to. Reusing it (a double exchange, a page reload) or sending it late fails.',
    fix: [
      'Log in again to get a fresh code and exchange it right away, once.',
      'Send the same client id and redirect_uri as in the /authorize request.',
      'If the first exchange succeeded and a second one failed, something handles the callback twice: React 18’s StrictMode runs effects twice in development (guard the callback handling, or upgrade the SDK), or a browser prefetched the callback URL (answer prefetch requests on the callback without exchanging the code, with Cache-Control: no-store).',
    ],
    docs: docs.codeFlow,
  }),
  'auth0.pkce-verifier': (f) => ({
    title: 'PKCE code verifier or challenge missing or malformed',
    cause: `PKCE pairs a secret code_verifier (43 to 128 unreserved characters: A–Z a–z 0–9 - . _ ~) with its code_challenge, the base64url of its SHA-256 without = padding, sent to /authorize with code_challenge_method=S256. The token request must send that very verifier.${said(f)}`,
    fix: [
      ...(verifierShape(f)
        ? [
            'Generate the code_verifier as the base64url (no = padding) of 32 random bytes: 43 characters. A byte array turned into a string, hex of the wrong length, or base64 with +, / or = gives a verifier Auth0 refuses.',
          ]
        : []),
      'At /authorize: send code_challenge as base64url without padding (no +, / or =), and code_challenge_method=S256.',
      'At the token request: send the verifier you generated before /authorize (not the challenge), unchanged.',
      'Keep the verifier per login attempt; a new attempt needs its own pair.',
    ],
    docs: docs.pkce,
  }),
  'auth0.invalid-redirect-uri': (f) => ({
    title: badScheme(f) ? 'The redirect_uri is not a valid URL' : 'redirect_uri missing or different',
    cause: `When /authorize got a redirect_uri, the token request must send exactly the same one, and it must be in Allowed Callback URLs.${said(f)}`,
    fix: [
      ...(badScheme(f)
        ? [
            `${f.uri} does not start with a valid URL scheme: a scheme has only letters, digits, +, - and . (no underscore). Build the callback from an id without underscores (Android applicationId, iOS bundle id) or pass a custom scheme of your own to the SDK, and register that callback URL.`,
          ]
        : []),
      'Fill Redirect URI with the exact value sent to /authorize.',
      'Check Applications > Applications > your app > Settings > Allowed Callback URLs.',
    ],
    breadcrumb: [...appUris, 'Allowed Callback URLs'],
    docs: docs.codeFlow,
  }),
  'auth0.request-payload': (f) => ({
    title: `The request body does not fit what ${f.endpoint ?? 'the endpoint'} accepts${f.property ? `: ${f.property}` : ''}`,
    cause: `Auth0 checks this endpoint’s JSON body against its schema before anything else${f.property ? `, and ${f.property} ${f.problem ? `fails it (${f.problem})` : 'fails it'}` : ''}: a property missing or null (a variable that was never set), of the wrong type (a number or object where a string belongs), misspelled, or the body not sent as JSON at all.`,
    fix: [
      `Send ${f.property ?? 'the property it names'} with a value of the right type, in a JSON body with Content-Type: application/json; log the body your code builds to see the null or missing value.`,
      ...(f.property && parameterHints[f.property] ? [parameterHints[f.property] ?? ''] : []),
      'Compare the body with the endpoint’s page in the Authentication API reference: names are case-sensitive (client_id, not clientId).',
    ],
    docs: docs.authenticationApi,
  }),
  'auth0.missing-parameter': (f) => ({
    title: `Missing parameter: ${f.parameter ?? 'see description'}`,
    cause: `${f.endpoint ?? 'The tenant'} needs ${f.parameter ?? 'a parameter'} for this request and did not get it${f.parameter === 'grant_type' ? ': check the body is JSON with content-type application/json, or form-encoded' : ''}.`,
    fix: [
      `Send ${f.parameter ?? 'the named parameter'} and try again.`,
      ...(f.parameter && parameterHints[f.parameter] ? [parameterHints[f.parameter] ?? ''] : []),
    ],
  }),
};
