import type { Placement } from '../../request/curl-place';
import type { CommandNote } from '../../request/curl-text';
import { fieldLabels } from './request';

/** What each Auth0 endpoint a curl may call does, and what comes next at /oauth/token when anything does. */
const endpoints: Record<string, string> = {
  '/passwordless/start':
    'starts a passwordless login: Auth0 sends the code or link. The code then goes to /oauth/token with the grant “Passwordless one-time code”.',
  '/oauth/device/code':
    'starts the device flow and returns a device_code and a user_code. The device_code then goes to /oauth/token with the grant “Device code”.',
  '/mfa/challenge':
    'asks Auth0 to challenge the user with an MFA factor (OTP, SMS, push, email). The answer then goes to /oauth/token with an MFA grant.',
  '/mfa/associate': 'enrolls a new MFA authenticator for the user (it needs an MFA token as its Bearer token).',
  '/mfa/authenticators': 'lists or removes the user’s MFA authenticators (with an MFA token as its Bearer token).',
  '/oauth/par':
    'pushes an authorization request (PAR); the browser then goes to /authorize with the request_uri it returns.',
  '/bc-authorize':
    'starts a CIBA (backchannel) login and returns an auth_req_id. That then goes to /oauth/token with grant_type urn:openid:params:grant-type:ciba.',
  '/oauth/revoke': 'revokes a refresh token; nothing comes back but 200.',
  '/userinfo': 'reads the user’s profile with an access token as its Bearer token.',
  '/passkey/challenge': 'starts a passkey (WebAuthn) sign-in or enrollment.',
  '/dbconnections/signup': 'signs a user up in a database connection.',
  '/dbconnections/change_password': 'asks Auth0 to send a password-change e-mail.',
  '/co/authenticate': 'is the cross-origin (embedded) login that auth0.js and Lock use.',
  '/authorize': 'is the login page, opened in a browser, not called with curl.',
};

/** What the import says it did about what it read around the command. */
const prepared: Partial<Record<CommandNote, string>> = {
  'missing-continuation':
    'A line had no \\ at its end, so a shell would have stopped there; the options after it were read too, as the author meant.',
  comments: 'Comments between the lines were skipped.',
  pipe: 'What the output was piped to (| jq …) was left out.',
  redirect: 'Where the output was written (> file) was left out.',
  'lines-before': 'The lines before curl were left out.',
};

const placeLabels: Record<Placement['to'], (place: Placement) => string> = {
  grant: () => 'Grant type',
  field: (place) => (place.field ? fieldLabels[place.field] : place.name),
  extras: () => 'Extra parameters',
  'client-auth': () => 'Client authentication',
  header: () => 'Authorization header',
};

/** Messages of the curl import. */
export const curlMessages = {
  step: (endpoint: string) =>
    `This curl is the step before the token request (${endpoint}): the form is set to the grant it leads to, and the step’s box below is filled. Press its button to send it; the token request comes after.`,
  empty: () => 'Paste a curl command, e.g. the one from Auth0’s docs or from your terminal.',
  tooLong: (chars: number, limit: number) =>
    `This paste is ${chars.toLocaleString('en')} characters long; a curl for /oauth/token is far shorter (at most ${limit.toLocaleString('en')} are read). Paste only the command.`,
  quoting: (detail: string) => `This curl cannot be read: ${detail}.`,
  notCurl: () => 'This does not start with curl: paste the whole command.',
  noUrl: () => 'This curl has no URL.',
  tooManyParameters: (count: number, limit: number) =>
    `This curl sends ${count.toLocaleString('en')} parameters; a token request has a handful (this page takes at most ${limit.toLocaleString('en')}). Paste only the command for /oauth/token.`,
  badUrl: (url: string) => `This curl’s URL is not a URL: ${url}`,
  otherEndpoint: (method: string, path: string) => {
    const key = Object.keys(endpoints).find((known) => path === known || path.startsWith(`${known}/`));
    const what = key ? endpoints[key] : 'is not the token endpoint.';
    return `This curl calls ${method} ${path}, not /oauth/token: ${path} ${what} This page sends only POST /oauth/token today, so nothing was put in the form.`;
  },
  fileData: (file: string) =>
    file === '-'
      ? 'This curl reads its body from standard input (@-) and no heredoc follows it: paste the body in place of @-.'
      : `This curl reads its body from the file ${file}, which this page cannot open: paste the body itself in place of @${file}.`,
  bodyNotJson: (detail: string, near: string) =>
    `The body is sent as JSON but does not parse: ${detail}${near ? `, near “${near}”` : ''}. Fix the body (a missing comma or quote, as published?) and import again.`,
  bodyNotObject: () => 'The JSON body is not an object of parameters.',
  noGrantType: () =>
    'The body has no grant_type; Auth0 will answer "Missing required parameter: grant_type". Pick a grant.',
  unknownGrant: (grant: string) => `grant_type "${grant}" is not a grant type; the form keeps the previous grant.`,
  unknownFlags: (flags: string) => `Options this page does not use: ${flags}.`,
  method: (method: string) => `The curl uses ${method}; /oauth/token takes POST, which the form sends.`,
  jsonWithoutHeader: () =>
    'The body is JSON but the curl sends no "content-type: application/json" header, so curl sends it as form data and Auth0 cannot read it. Imported as JSON.',
  bearer: () => 'An Authorization: Bearer header does not belong on a token request; it was left out.',
  headers: (names: string) => `Headers the form does not send (the browser sets its own): ${names}.`,
  urlVariable: (url: string) =>
    `The URL is ${url}, a variable of the script: put the tenant domain in Tenant domain (the form adds /oauth/token).`,
  query: (query: string) => `The URL’s query (${query}) is not sent: the form posts every parameter in the body.`,
  imported: (count: number) => `Imported ${count} parameter${count === 1 ? '' : 's'}.`,
  /** Where each parameter went, in the order the curl sent them. */
  placed: (placed: Placement[]) =>
    `Where each went: ${placed.map((place) => `${place.name} → ${placeLabels[place.to](place)}`).join(', ')}.`,
  notShownForGrant: (name: string) =>
    `${name} has no field for this grant, so it went to Extra parameters and is sent as written.`,
  repeated: (name: string) => `${name} is given twice; the second went to Extra parameters.`,
  basicAndBody: (name: string) =>
    `${name} is in the Basic header and in the body; the form sends it in the header only (client_secret_basic).`,
  basicPlaceholder: (value: string) =>
    `The Authorization: Basic header holds ${value}, not base64: fill Client ID and Client secret, and the form makes the header.`,
  lineBreaks: (name: string) => `${name} had line breaks; in Extra parameters it is on one line.`,
  after: (text: string) => `What followed the command was not read: ${text}`,
  prepared,
};
