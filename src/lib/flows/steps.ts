import type { HttpRequest } from '../request/build';
import { masked } from '../request/build';
import type { BodyEncoding } from '../request/form';
import { clientAuthentication, maskParams, type ParamValue, type StepClient, type StepRequest } from './client';

/** Put a step on the wire: client authentication first, then its parameters, as JSON or form-encoded. */
export function stepHttp(origin: string, step: StepRequest, encoding: BodyEncoding, mask = false): HttpRequest {
  const auth = step.client ? clientAuthentication(step.client) : { params: [], headers: [] };
  const params = [...auth.params, ...step.params];
  const shown = mask ? maskParams(params) : params;
  const headers: [string, string][] = [];
  const bearer = step.bearer === undefined ? undefined : `Bearer ${mask ? masked : step.bearer}`;
  if (bearer) headers.push(['authorization', bearer]);
  headers.push(...auth.headers.map(([name, value]): [string, string] => [name, mask ? `Basic ${masked}` : value]));
  const url = `${origin}${step.path}`;
  if (step.method === 'GET') return { url, method: 'GET', headers };
  const json = step.json || encoding === 'json';
  headers.unshift(['content-type', json ? 'application/json' : 'application/x-www-form-urlencoded']);
  return { url, method: 'POST', headers, body: json ? JSON.stringify(Object.fromEntries(shown)) : formBody(shown) };
}

function formBody(params: [string, ParamValue][]): string {
  const pairs = params.flatMap(([name, value]): [string, string][] =>
    typeof value === 'string'
      ? [[name, value]]
      : Array.isArray(value)
        ? value.map((item): [string, string] => [name, item])
        : Object.entries(value).map(([key, item]): [string, string] => [`${name}[${key}]`, item]),
  );
  return new URLSearchParams(pairs).toString();
}

const present = (pairs: [string, ParamValue | undefined][]): [string, ParamValue][] =>
  pairs.filter((pair): pair is [string, ParamValue] => {
    const value = pair[1];
    return value !== undefined && value !== '' && !(typeof value === 'object' && Object.keys(value).length === 0);
  });

export interface PasswordlessStart {
  connection: 'email' | 'sms';
  /** The email address or the phone number (E.164), by connection. */
  to: string;
  send: 'code' | 'link';
  /** Sent as authParams: what the login should ask for (scope, audience…). */
  authParams: Record<string, string>;
}

/** POST /passwordless/start: Auth0 sends a code (or a link) to the email address or phone number. */
export function passwordlessStart(client: StepClient, start: PasswordlessStart): StepRequest {
  return {
    path: '/passwordless/start',
    method: 'POST',
    json: true,
    client,
    params: present([
      ['connection', start.connection],
      [start.connection === 'email' ? 'email' : 'phone_number', start.to],
      ['send', start.send],
      ['authParams', start.authParams],
    ]),
  };
}

/** GET /mfa/authenticators: the user's enrolled factors, with the mfa_token as bearer. */
export function mfaAuthenticators(mfaToken: string): StepRequest {
  return { path: '/mfa/authenticators', method: 'GET', params: [], bearer: mfaToken };
}

/** POST /mfa/challenge: ask for an OTP, or send a push/SMS/email (oob) to one authenticator. */
export function mfaChallenge(
  client: StepClient,
  mfaToken: string,
  challengeType: 'otp' | 'oob',
  authenticatorId?: string,
): StepRequest {
  return {
    path: '/mfa/challenge',
    method: 'POST',
    client,
    params: present([
      ['mfa_token', mfaToken],
      ['challenge_type', challengeType],
      ['authenticator_id', authenticatorId],
    ]),
  };
}

export type EnrolKind = 'otp' | 'sms' | 'email' | 'auth0';

/** POST /mfa/associate: enrol a new authenticator (an OTP app, or SMS / email / push as out of band). */
export function mfaAssociate(client: StepClient, mfaToken: string, kind: EnrolKind, to?: string): StepRequest {
  const oob = kind !== 'otp';
  return {
    path: '/mfa/associate',
    method: 'POST',
    json: true,
    client,
    bearer: mfaToken,
    params: present([
      ['authenticator_types', [oob ? 'oob' : 'otp']],
      ['oob_channels', oob ? [kind] : undefined],
      ['phone_number', kind === 'sms' ? to : undefined],
      ['email', kind === 'email' ? to : undefined],
    ]),
  };
}

/** POST /oauth/device/code: a device code for this application, and the user code to show. */
export function deviceCode(client: StepClient, scope?: string, audience?: string): StepRequest {
  return {
    path: '/oauth/device/code',
    method: 'POST',
    client,
    params: present([
      ['scope', scope],
      ['audience', audience],
    ]),
  };
}

/** The login_hint Auth0's CIBA takes: the user id, in the iss_sub format, as a JSON string. */
export function issSubHint(issuer: string, userId: string): string {
  return JSON.stringify({ format: 'iss_sub', iss: issuer, sub: userId });
}

export interface BackchannelStart {
  userId: string;
  bindingMessage: string;
  scope: string;
  audience?: string;
}

/** POST /bc-authorize: ask the user, on their own device, to approve a login (OpenID CIBA). */
export function bcAuthorize(client: StepClient, origin: string, start: BackchannelStart): StepRequest {
  return {
    path: '/bc-authorize',
    method: 'POST',
    client,
    params: present([
      ['login_hint', issSubHint(`${origin}/`, start.userId)],
      ['scope', start.scope],
      ['binding_message', start.bindingMessage],
      ['audience', start.audience],
    ]),
  };
}

/** POST /oauth/revoke: end a refresh token (RFC 7009). */
export function revokeToken(client: StepClient, token: string): StepRequest {
  return { path: '/oauth/revoke', method: 'POST', client, params: [['token', token]] };
}
