import { leftHalfHash, grantedScopes, loginAccessToken, loginIdToken, type LoginIssue } from './login-tokens';
import { memorySlot, randomHandle } from './memory';
import { consentPage, errorPage, formPostPage, loginPage, webMessagePage } from './pages';
import { findApi } from './token';
import type { EmulatedClient, EmulatedUser, EmulatorResponse, Route, TenantContext } from './types';

/** A login in progress between /authorize and the login box: the request, kept by the tenant. */
interface Transaction {
  params: Record<string, string>;
  clientId: string;
  userId?: string;
  sid?: string;
}
/** A session of the tenant's own (its cookie), with the consents given in it. */
interface Session {
  userId: string;
  consents: Set<string>;
}
/** A code issued by /authorize, redeemed once at /oauth/token. */
export interface IssuedCode {
  clientId: string;
  redirectUri: string;
  challenge?: string;
  challengeMethod?: string;
  nonce?: string;
  scope: string[];
  audience?: string;
  userId: string;
  sid: string;
  expiresAt: number;
}

export const loginMemory = memorySlot(() => ({
  transactions: new Map<string, Transaction>(),
  sessions: new Map<string, Session>(),
  codes: new Map<string, IssuedCode>(),
}));

const sessionCookie = 'auth0';
const codeLifetimeMs = 10 * 60 * 1000;
const responseTypes = new Set([
  'code',
  'token',
  'id_token',
  'id_token token',
  'code id_token',
  'code token',
  'code id_token token',
]);
const lostTransaction =
  "You may have pressed the back button, refreshed during login, opened too many login dialogs, or there is some issue with cookies, since we couldn't find your session. Try logging in again from the application and if the problem persists please contact the administrator.";

/**
 * GET /authorize as Auth0 answers it: its own error page (no redirect) for an unknown client or a redirect_uri
 * not in Allowed Callback URLs; errors sent back to the redirect URI otherwise; prompt=none answered from the
 * tenant's session cookie; else the login box.
 */
export const authorizeRoute: Route = (context) => {
  const params = Object.fromEntries(context.query);
  const client = context.tenant.clients.find((candidate) => candidate.clientId === params.client_id);
  const tracking = randomHandle(12);
  if (!client)
    return errorPage(
      'Oops!, something went wrong',
      ['invalid_request', `Unknown client: ${params.client_id ?? ''}`],
      tracking,
    );
  if (!params.redirect_uri)
    return errorPage(
      'Oops!, something went wrong',
      ['invalid_request', 'The request is missing a required parameter: redirect_uri'],
      tracking,
    );
  if (!client.callbacks?.includes(params.redirect_uri))
    return errorPage(
      'Callback URL mismatch.',
      [
        'The provided redirect_uri is not in the list of allowed callback URLs.',
        'Please go to the Application Settings page and make sure you are sending a valid callback url from your application.',
      ],
      tracking,
    );
  const refuse = (error: string, description: string) =>
    answer(params, client, { error, error_description: description });
  const responseType = (params.response_type ?? '').split(' ').sort().join(' ');
  const normalized = [...responseTypes].find((type) => type.split(' ').sort().join(' ') === responseType);
  if (!params.response_type) return refuse('invalid_request', 'Missing required parameter: response_type');
  if (!normalized) return refuse('unsupported_response_type', `Unsupported response type: ${params.response_type}`);
  if (/token/.test(normalized) && !client.grantTypes.includes('implicit'))
    return refuse('unauthorized_client', "Grant type 'implicit' not allowed for the client.");
  if (normalized.includes('code') && !client.grantTypes.includes('authorization_code'))
    return refuse('unauthorized_client', "Grant type 'authorization_code' not allowed for the client.");
  if (params.audience && !findApi(params.audience, context.tenant))
    return refuse('access_denied', `Service not found: ${params.audience}`);
  const memory = loginMemory(context.memory);
  const sid = readCookie(context.request.headers.cookie, sessionCookie);
  const session = sid ? memory.sessions.get(sid) : undefined;
  if (params.prompt === 'none') {
    if (!session || !sid) return refuse('login_required', 'Login required');
    if (needsConsent(params, client, session)) return refuse('consent_required', 'Consent required');
    return finish({ ...context, params, client, userId: session.userId, sid });
  }
  if (session && sid && params.prompt !== 'login' && !needsConsent(params, client, session))
    return finish({ ...context, params, client, userId: session.userId, sid });
  const transaction = randomHandle(18);
  memory.transactions.set(transaction, { params, clientId: client.clientId });
  return loginPage(transaction, client.name ?? client.clientId, params.login_hint ?? '');
};

/** POST /u/login: the login box's answer; then the post-login Actions, consent, and the answer of /authorize. */
export const loginRoute: Route = (context) => {
  const form = new URLSearchParams(context.request.body);
  const memory = loginMemory(context.memory);
  const id = context.query.get('state') ?? form.get('state') ?? '';
  const transaction = memory.transactions.get(id);
  const client = transaction && context.tenant.clients.find((candidate) => candidate.clientId === transaction.clientId);
  if (!transaction || !client)
    return errorPage('Oops!, something went wrong', ['invalid_request', lostTransaction], randomHandle(12));
  const user = context.tenant.users.find(
    (candidate) =>
      candidate.username === form.get('username') &&
      candidate.password === form.get('password') &&
      context.tenant.connections.includes(candidate.connection),
  );
  if (!user)
    return loginPage(id, client.name ?? client.clientId, form.get('username') ?? '', 'Wrong email or password');
  const { params } = transaction;
  if (user.blocked) return answer(params, client, { error: 'unauthorized', error_description: 'user is blocked' });
  const denial = context.tenant.actions?.find((action) => action.enabled && action.deny !== undefined);
  if (denial?.deny !== undefined)
    return answer(params, client, { error: 'access_denied', error_description: denial.deny });
  const sid = randomHandle(18);
  memory.sessions.set(sid, { userId: user.userId, consents: new Set() });
  const cookie = { 'set-cookie': `${sessionCookie}=${sid}; Path=/; HttpOnly; SameSite=Lax` };
  if (needsConsent(params, client, { userId: user.userId, consents: new Set() })) {
    memory.transactions.set(id, { ...transaction, userId: user.userId, sid });
    const page = consentPage(
      id,
      client.name ?? client.clientId,
      params.audience ?? '',
      (params.scope ?? '').split(' '),
    );
    return { ...page, headers: { ...page.headers, ...cookie } };
  }
  memory.transactions.delete(id);
  return withHeaders(finish({ ...context, params, client, userId: user.userId, sid }), cookie);
};

/** POST /u/consent: Accept or Decline on the consent screen. */
export const consentRoute: Route = (context) => {
  const form = new URLSearchParams(context.request.body);
  const memory = loginMemory(context.memory);
  const id = context.query.get('state') ?? form.get('state') ?? '';
  const transaction = memory.transactions.get(id);
  const client = transaction && context.tenant.clients.find((candidate) => candidate.clientId === transaction.clientId);
  if (!transaction?.userId || !transaction.sid || !client)
    return errorPage('Oops!, something went wrong', ['invalid_request', lostTransaction], randomHandle(12));
  memory.transactions.delete(id);
  const { params } = transaction;
  if (form.get('action') !== 'accept')
    return answer(params, client, { error: 'access_denied', error_description: 'User did not authorize the request' });
  memory.sessions.get(transaction.sid)?.consents.add(consentKey(params, client));
  return finish({ ...context, params, client, userId: transaction.userId, sid: transaction.sid });
};

/**
 * Auth0 skips consent for first-party applications, but never on localhost: it cannot tell who runs an
 * application there. So a login for an API from a loopback redirect URI asks once per session.
 */
function needsConsent(params: Record<string, string>, client: EmulatedClient, session: Session): boolean {
  if (!params.audience || !isLoopback(params.redirect_uri ?? '')) return false;
  return !session.consents.has(consentKey(params, client));
}

const consentKey = (params: Record<string, string>, client: EmulatedClient) =>
  `${client.clientId} ${params.audience ?? ''}`;

interface Finish extends TenantContext {
  params: Record<string, string>;
  client: EmulatedClient;
  userId: string;
  sid: string;
}

/** Issue what the response type asks for, and send it back the way the response mode says. */
async function finish(context: Finish): Promise<EmulatorResponse> {
  const { params, client, tenant, memory, now } = context;
  const user = tenant.users.find((candidate) => candidate.userId === context.userId) as EmulatedUser;
  const types = new Set((params.response_type ?? '').split(' '));
  const requested = (params.scope ?? '').split(' ').filter(Boolean);
  const issue: LoginIssue = {
    tenant,
    key: context.key,
    now,
    memory,
    client,
    user,
    scope: grantedScopes(requested, params.audience, tenant),
    ...(params.audience ? { audience: params.audience } : {}),
    ...(params.nonce !== undefined ? { nonce: params.nonce } : {}),
    sid: context.sid,
  };
  const values: Record<string, string> = {};
  if (types.has('code')) {
    const code = randomHandle(24);
    loginMemory(memory).codes.set(code, {
      clientId: client.clientId,
      redirectUri: params.redirect_uri ?? '',
      ...(params.code_challenge ? { challenge: params.code_challenge } : {}),
      ...(params.code_challenge_method ? { challengeMethod: params.code_challenge_method } : {}),
      ...(params.nonce !== undefined ? { nonce: params.nonce } : {}),
      scope: requested,
      ...(params.audience ? { audience: params.audience } : {}),
      userId: user.userId,
      sid: context.sid,
      expiresAt: now + codeLifetimeMs,
    });
    values.code = code;
  }
  if (types.has('token')) {
    values.access_token = await loginAccessToken(issue);
    values.token_type = 'Bearer';
    values.expires_in = '7200';
    values.scope = issue.scope.join(' ');
  }
  if (types.has('id_token')) {
    values.id_token = await loginIdToken(issue, {
      ...(values.access_token ? { at_hash: await leftHalfHash(values.access_token) } : {}),
      ...(values.code ? { c_hash: await leftHalfHash(values.code) } : {}),
    });
  }
  return answer(params, client, values);
}

/** Send the answer of /authorize to the redirect URI, in the response mode asked for (or the type's default). */
function answer(
  params: Record<string, string>,
  client: EmulatedClient,
  values: Record<string, string>,
): EmulatorResponse {
  const redirectUri = params.redirect_uri ?? '';
  const response = { ...values, ...(params.state !== undefined ? { state: params.state } : {}) };
  const mode = params.response_mode || (params.response_type === 'code' ? 'query' : 'fragment');
  if (mode === 'web_message') {
    const origin = originOf(redirectUri);
    return webMessagePage(response, origin && client.allowedOrigins.includes(origin) ? origin : undefined);
  }
  if (mode === 'form_post') return formPostPage(redirectUri, response);
  const encoded = new URLSearchParams(response).toString();
  const location =
    mode === 'fragment'
      ? `${redirectUri.split('#')[0] ?? ''}#${encoded}`
      : `${redirectUri}${redirectUri.includes('?') ? '&' : '?'}${encoded}`;
  return { status: 302, headers: { location, 'cache-control': 'no-store' }, body: '' };
}

function withHeaders(response: EmulatorResponse | Promise<EmulatorResponse>, extra: Record<string, string>) {
  return Promise.resolve(response).then((done) => ({ ...done, headers: { ...done.headers, ...extra } }));
}

function readCookie(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) return part.slice(at + 1).trim();
  }
  return undefined;
}

function originOf(url: string): string | undefined {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
}

function isLoopback(url: string): boolean {
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host === '127.0.0.1' || host === '[::1]';
  } catch {
    return false;
  }
}
