import type { AssertionFinding } from '../../flows/checks';
import type { KeyErrorCode } from '../../flows/assertion';
import type { DiagnosisText } from './diagnoses/generic';
import { app } from './diagnoses/paths';

const pkjwtDocs =
  'https://auth0.com/docs/get-started/authentication-and-authorization-flow/authenticate-with-private-key-jwt';
const credentials = [...app, 'Credentials'];
const when = (seconds: number) => new Date(seconds * 1000).toISOString();

/** Findings the page makes itself in the steps before the token: the assertion it sent, the key, the polling. */
export const flowDiagnoses = {
  assertion: (finding: AssertionFinding): DiagnosisText => {
    switch (finding.id) {
      case 'assertion.audience':
        return {
          title: 'The client assertion names another audience',
          cause: `Its aud is “${finding.aud}”; Auth0 takes an assertion only for the tenant that receives it: ${finding.expected}, with the trailing slash (or the custom domain the request goes to, with its slash).`,
          fix: [`Set Assertion aud to ${finding.expected} (or leave it empty) and send again.`],
          docs: pkjwtDocs,
        };
      case 'assertion.issuer':
        return {
          title: 'The client assertion is not issued by this application',
          cause: `Its iss is “${finding.iss}” and its sub “${finding.sub}”; both must be the client id ${finding.clientId}.`,
          fix: ['Sign the assertion with iss and sub set to the Client ID of the application.'],
          docs: pkjwtDocs,
        };
      case 'assertion.expired':
        return {
          title: 'The client assertion had expired when it was sent',
          cause: Number.isFinite(finding.exp)
            ? `Its exp is ${when(finding.exp)}, before the request left at ${when(Math.floor(finding.now / 1000))}. An assertion is good once, for a short time.`
            : 'It has no exp: Auth0 requires one, at most 5 minutes after iat.',
          fix: [
            'Sign a fresh assertion for each request (paste the private key and the page does), and send it at once.',
          ],
          docs: pkjwtDocs,
        };
      case 'assertion.lifetime':
        return {
          title: 'The client assertion lives longer than 5 minutes',
          cause: `exp is ${finding.lifetime} seconds after iat; Auth0 refuses more than 300 (the tenant log says “'exp' claim must specify a time that is no more than 5 minutes after 'iat'”).`,
          fix: ['Set exp at most 300 seconds after iat; 60 is plenty.'],
          docs: pkjwtDocs,
        };
      case 'assertion.jti':
        return {
          title: 'The client assertion has no jti',
          cause: 'Auth0 takes each assertion once and needs a unique jti to tell them apart.',
          fix: ['Add a new random jti (a UUID) to every assertion.'],
          docs: pkjwtDocs,
        };
      case 'assertion.malformed':
        return {
          title: 'The client assertion is not a signed JWT',
          cause: 'client_assertion must be a JWS in compact form (header.payload.signature).',
          fix: ['Paste the private key to have the page sign it, or paste a complete signed assertion.'],
          docs: pkjwtDocs,
        };
    }
  },
  refused: (): DiagnosisText => ({
    title: 'The tenant refused a client assertion that looks right',
    cause:
      'Its iss, sub, aud, exp and jti are as Auth0 wants them, so what failed is what only the tenant knows: the key that signed it is not a credential of this application (no credential registered, or another kid), the credential expects another algorithm, or this jti was used before. The tenant log names the reason (“Failed client authentication”, client_authentication_error).',
    fix: [
      'Open the application’s Credentials tab: Authentication Method must be Private Key JWT, with the public key of this private key registered.',
      'Send the kid Auth0 shows for that credential (or none), and sign with the algorithm chosen for it.',
      'Look up the failed exchange in Monitoring > Logs for the exact reason.',
    ],
    breadcrumb: credentials,
    docs: pkjwtDocs,
  }),
  stepOk: (endpoint: string): DiagnosisText => {
    const ok: Record<string, [string, string]> = {
      '/passwordless/start': [
        'Code sent',
        'Auth0 accepted the request and sends the code (or link). Type the code into OTP and send the passwordless grant.',
      ],
      '/mfa/authenticators': ['Authenticators listed', 'These are the factors the user can be challenged with.'],
      '/mfa/challenge': [
        'Challenge started',
        'For an OTP app, ask the user for the code; for a push, SMS or email (oob), use the oob_code with the mfa-oob grant.',
      ],
      '/mfa/associate': [
        'Enrolment started',
        'The new authenticator is confirmed by the first MFA grant that uses it (its OTP, or the oob_code with the code sent).',
      ],
      '/oauth/device/code': [
        'Device code issued',
        'Show the user code and the verification URL; poll /oauth/token with the device code until the user approves.',
      ],
      '/bc-authorize': [
        'Backchannel request accepted',
        'The user is asked on their own device; poll /oauth/token with the auth_req_id until they approve.',
      ],
      '/oauth/revoke': [
        'Refresh token revoked',
        'It can no longer get tokens. Auth0 answers 200 for a token it does not know as well (RFC 7009 §2.2).',
      ],
    };
    const [title, cause] = ok[endpoint] ?? ['Step done', 'The tenant accepted the request.'];
    return { title, cause, fix: [] };
  },
  keyError: (code: KeyErrorCode): string =>
    ({
      empty: 'Paste a private key.',
      'too-long': 'This is far longer than a private key; nothing was read.',
      'public-key':
        'This is a public key. The private key signs; its public half is what you register on the application.',
      pkcs1:
        'A PKCS#1 RSA key (BEGIN RSA PRIVATE KEY): convert it to PKCS#8 with “openssl pkcs8 -topk8 -nocrypt -in key.pem”.',
      sec1: 'A SEC 1 EC key (BEGIN EC PRIVATE KEY): convert it to PKCS#8 with “openssl pkcs8 -topk8 -nocrypt -in key.pem”.',
      encrypted: 'An encrypted key: decrypt it first (openssl pkcs8 -in key.pem -out plain.pem) and paste the result.',
      'not-a-key': 'Not a private key: paste a PKCS#8 PEM (BEGIN PRIVATE KEY) or a JWK with its private members.',
      'unsupported-kty': 'Only RSA and EC P-256 keys sign assertions for Auth0 here.',
      'unsupported-curve': 'Only the P-256 curve (ES256) is taken for EC keys.',
      'alg-mismatch': 'This key cannot sign with that algorithm: RS256 and PS256 need an RSA key, ES256 a P-256 key.',
      invalid: 'The key could not be read: it may be cut short or damaged.',
    })[code],
  polledTooSoon: (afterS: number, intervalS: number): DiagnosisText => ({
    title: 'Polled before the interval was over',
    cause: `This poll left ${afterS} s after the last one, while the interval was ${intervalS} s; the tenant answered slow_down and the interval is now 5 seconds longer, for the rest of this flow.`,
    fix: ['Let the countdown run out between polls (Auth0 counts from the last answer).'],
    docs: 'https://www.rfc-editor.org/rfc/rfc8628#section-3.5',
  }),
  expiredHere: (): DiagnosisText => ({
    title: 'The code expired before the user approved',
    cause:
      'Its expires_in ran out, so the page stopped polling: the tenant would answer expired_token, then invalid_grant.',
    fix: ['Start over: request a new code.'],
  }),
  hiddenStopped: (minutes: number): DiagnosisText => ({
    title: 'Polling stopped while the page was hidden',
    cause: `The page was in the background for ${minutes} minutes, so nobody was watching the countdown; polling stopped rather than go on unseen.`,
    fix: ['Press Poll again to go on while the code is still valid, or start over.'],
  }),
};
