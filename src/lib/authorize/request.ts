import { err, ok, type Result } from '../result';
import type { ClientAuth } from '../request/form';
import { isSecretName } from '../secrets/names';
import { parseTenant, type Tenant } from '../tenant/domain';
import { authorizeMessages as m } from '../text/authorize';
import type { FlowSecrets } from './pkce';

/** Auth0's response types (OAuth 2.0 Multiple Response Type Encoding Practices, OIDC Core §3). */
export const responseTypes = [
  'code',
  'id_token',
  'id_token token',
  'code id_token',
  'code token',
  'code id_token token',
  'token',
] as const;
/** `''` lets the tenant pick the default of the response type (query for code, fragment otherwise). */
export const responseModes = ['fragment', 'query', 'web_message', 'form_post', ''] as const;
export const prompts = ['', 'login', 'consent', 'select_account', 'none'] as const;

/** The optional parameters that have a field of their own, in the order they go into the URL. */
export const optionalParams = [
  'scope',
  'audience',
  'prompt',
  'max_age',
  'login_hint',
  'screen_hint',
  'connection',
  'organization',
  'invitation',
  'ui_locales',
  'resource',
] as const;
export type OptionalParam = (typeof optionalParams)[number];

/** What the /authorize tab holds, as typed. The tenant and client id are the token form's own fields. */
export interface AuthorizeForm {
  redirectUri: string;
  responseType: string;
  responseMode: string;
  params: Record<OptionalParam, string>;
  /** Extra parameters, one name=value per line. */
  extras: string;
  /** Send a PKCE S256 challenge (and the verifier when the code is exchanged). */
  pkce: boolean;
  /** How the code is exchanged: `none` for a Single Page Application, a secret for a Regular Web Application. */
  clientAuth: ClientAuth;
}

export type AuthorizeField =
  | 'domain'
  | 'client_id'
  | 'redirect_uri'
  | 'response_type'
  | 'response_mode'
  | 'extras'
  | 'client_secret'
  | OptionalParam;

export interface AuthorizeIssue {
  field: AuthorizeField;
  message: string;
}

/** A validated /authorize request: everything the URL and the later code exchange need, but its secrets. */
export interface AuthorizeRequest {
  tenant: Tenant;
  clientId: string;
  redirectUri: string;
  responseType: string;
  responseMode?: string;
  /** The optional parameters that were filled, in URL order. */
  params: [OptionalParam, string][];
  extras: [string, string][];
  pkce: boolean;
  clientAuth: ClientAuth;
  clientSecret?: string;
}

/** Parameters this page sets itself: they have no place among the extras. */
const ownNames = new Set<string>([
  'client_id',
  'redirect_uri',
  'response_type',
  'response_mode',
  'state',
  'nonce',
  'code_challenge',
  'code_challenge_method',
  ...optionalParams,
]);

export const emptyParams = (): Record<OptionalParam, string> =>
  Object.fromEntries(optionalParams.map((name) => [name, ''])) as Record<OptionalParam, string>;

export function emptyAuthorizeForm(redirectUri: string): AuthorizeForm {
  return {
    redirectUri,
    responseType: 'code',
    responseMode: 'fragment',
    params: { ...emptyParams(), scope: 'openid profile email' },
    extras: '',
    pkce: true,
    clientAuth: 'none',
  };
}

const parts = (responseType: string) => new Set(responseType.split(' '));
export const wantsCode = (responseType: string): boolean => parts(responseType).has('code');
export const wantsIdToken = (responseType: string): boolean => parts(responseType).has('id_token');
export const wantsAccessToken = (responseType: string): boolean => parts(responseType).has('token');

/** What the tab's tenant and client id fields hold (the token form's). */
export interface AppFields {
  domain: string;
  clientId: string;
  clientSecret: string;
  /** This page's own URL, without query or fragment: a form_post to it would reach the static host only. */
  pageUrl: string;
}

/** Validate the /authorize tab; nothing is opened unless this succeeds. */
export function validateAuthorize(form: AuthorizeForm, app: AppFields): Result<AuthorizeRequest, AuthorizeIssue[]> {
  const issues: AuthorizeIssue[] = [];
  const tenant = parseTenant(app.domain);
  if (!tenant.ok) issues.push({ field: 'domain', message: tenant.error.message });
  const clientId = app.clientId.trim();
  if (!clientId) issues.push({ field: 'client_id', message: m.clientIdRequired() });
  const redirectUri = form.redirectUri.trim();
  if (!isAbsoluteUrl(redirectUri)) issues.push({ field: 'redirect_uri', message: m.redirectUri() });
  const responseType = form.responseType.trim().split(/\s+/).sort(byOrder).join(' ');
  if (!(responseTypes as readonly string[]).includes(responseType))
    issues.push({ field: 'response_type', message: m.responseType(form.responseType) });
  const responseMode = form.responseMode;
  if (!(responseModes as readonly string[]).includes(responseMode))
    issues.push({ field: 'response_mode', message: m.responseMode(responseMode) });
  else if (responseMode === 'query' && (wantsIdToken(responseType) || wantsAccessToken(responseType)))
    issues.push({ field: 'response_mode', message: m.tokensInQuery() });
  else if (responseMode === 'form_post' && sameDocument(redirectUri, app.pageUrl))
    issues.push({ field: 'response_mode', message: m.formPostHere() });
  const params = optionalParams.flatMap((name): [OptionalParam, string][] => {
    const value = form.params[name].trim();
    return value ? [[name, value]] : [];
  });
  const prompt = form.params.prompt.trim();
  if (prompt && !prompt.split(/\s+/).every((value) => (prompts as readonly string[]).includes(value)))
    issues.push({ field: 'prompt', message: m.prompt(prompt) });
  const maxAge = form.params.max_age.trim();
  if (maxAge && !/^\d{1,9}$/.test(maxAge)) issues.push({ field: 'max_age', message: m.maxAge() });
  const extras = parseAuthorizeExtras(form.extras);
  if (!extras.ok) issues.push(...extras.error);
  const secret = app.clientSecret;
  if (form.clientAuth !== 'none' && wantsCode(responseType) && !secret)
    issues.push({ field: 'client_secret', message: m.secretRequired() });
  if (issues.length || !tenant.ok || !extras.ok) return err(issues);
  return ok({
    tenant: tenant.value,
    clientId,
    redirectUri,
    responseType,
    ...(responseMode ? { responseMode } : {}),
    params,
    extras: extras.value,
    pkce: form.pkce,
    clientAuth: form.clientAuth,
    ...(form.clientAuth !== 'none' && secret ? { clientSecret: secret } : {}),
  });
}

/** The /authorize URL for a request and the secrets of one login. The nonce goes along for every response type. */
export function authorizeUrl(
  request: AuthorizeRequest,
  secrets: Pick<FlowSecrets, 'state' | 'nonce' | 'challenge'>,
): string {
  const query = new URLSearchParams([
    ['response_type', request.responseType],
    ['client_id', request.clientId],
    ['redirect_uri', request.redirectUri],
    ...request.params.filter(([name]) => name === 'scope'),
    ['state', secrets.state],
    ['nonce', secrets.nonce],
    ...(request.pkce && wantsCode(request.responseType)
      ? [
          ['code_challenge', secrets.challenge],
          ['code_challenge_method', 'S256'],
        ]
      : []),
    ...(request.responseMode ? [['response_mode', request.responseMode]] : []),
    ...request.params.filter(([name]) => name !== 'scope'),
    ...request.extras,
  ]);
  return `${request.tenant.origin}/authorize?${query.toString()}`;
}

/** `name=value` per line; the page's own parameters and anything secret are refused. */
export function parseAuthorizeExtras(text: string): Result<[string, string][], AuthorizeIssue[]> {
  const pairs: [string, string][] = [];
  const issues: AuthorizeIssue[] = [];
  for (const [index, line] of text.split('\n').entries()) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    const name = line.slice(0, at).trim();
    if (at < 1 || name === '') issues.push({ field: 'extras', message: m.extraLine(index + 1) });
    else if (ownNames.has(name)) issues.push({ field: 'extras', message: m.extraReserved(index + 1, name) });
    else if (isSecretName(name)) issues.push({ field: 'extras', message: m.extraSecret(index + 1, name) });
    else pairs.push([name, line.slice(at + 1).trim()]);
  }
  return issues.length ? err(issues) : ok(pairs);
}

const order = ['code', 'id_token', 'token'];
function byOrder(a: string, b: string): number {
  return order.indexOf(a) - order.indexOf(b);
}

function isAbsoluteUrl(value: string): boolean {
  if (value.length > 2048 || /\s/.test(value)) return false;
  try {
    return new URL(value).protocol.length > 1 && /^[a-z][a-z0-9+.-]*:\/?\/?[^/]/i.test(value);
  } catch {
    return false;
  }
}

/** Whether a URL is this page itself (ignoring query and fragment). */
export function sameDocument(url: string, pageUrl: string): boolean {
  try {
    const a = new URL(url);
    const b = new URL(pageUrl);
    return a.origin === b.origin && a.pathname === b.pathname;
  } catch {
    return false;
  }
}
