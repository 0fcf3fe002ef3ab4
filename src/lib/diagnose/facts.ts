import type { EndpointFact } from '../endpoint';
import { requestParam } from '../request/form';
import type { Answer } from './answer';
import type { DiagnosisContext } from './types';

/**
 * What the texts of a diagnosis may quote: from the answer (its code, sentence, headers, page), the regex
 * captures, the endpoint and the request. Facts are values, never words: the text layer words them.
 */
export interface Facts {
  error?: string;
  description?: string;
  status?: number;
  grant?: string;
  audience?: string;
  clientId?: string;
  connection?: string;
  scope?: string;
  pageOrigin: string;
  tenantOrigin?: string;
  /** The endpoint that answered (`/userinfo`), when the page knows or assumes it, and how it knows. */
  endpoint?: string;
  endpointSource?: string;
  /** Seconds to wait before sending again, from Retry-After or x-ratelimit-reset. */
  retryAfter?: number;
  rateLimit?: string;
  rateRemaining?: string;
  /** What a `WWW-Authenticate` challenge (or a Management API 403) says is needed. */
  requiredScope?: string;
  challenge?: string;
  pageTitle?: string;
  trackingId?: string;
  /** The paste shows the token request's parameters in the URL's query (`/oauth/token?client_id=…`), not its body. */
  paramsInQuery?: string;
  /** The paste shows a browser, mobile or PKCE flow, or a client id sent with no secret: a public client's request. */
  publicFlow?: string;
  /** The tool that made the Management API call for the person, named in its output (Terraform, Deploy CLI, Pulumi). */
  tool?: string;
  /** The Auth0 SDK a stack trace in the paste runs through (`auth0-spa-js.production.js:685`). */
  sdkFrame?: string;
  [capture: string]: string | number | undefined;
}

/** The endpoint of an exchange: what it says, else the token endpoint of the request this page sent. */
export function endpointOf(context: DiagnosisContext): EndpointFact | undefined {
  return (
    context.exchange.endpoint ??
    (context.exchange.transport === 'direct' ? { path: '/oauth/token', source: 'request' } : undefined)
  );
}

/** Gather the facts a diagnosis quotes; regex captures take precedence. Code and sentence are already windowed. */
export function gatherFacts(context: DiagnosisContext, answer?: Answer, captures: Record<string, string> = {}): Facts {
  const facts = answer?.facts ?? {};
  return {
    error: answer?.codes[0] ?? answer?.errorText,
    description: answer?.descriptions[0],
    status: context.exchange.status ?? facts.status,
    grant: context.request?.grant.grantType,
    audience: requestParam(context.request, 'audience'),
    clientId: requestParam(context.request, 'client_id'),
    connection: requestParam(context.request, 'realm'),
    scope: requestParam(context.request, 'scope'),
    pageOrigin: context.pageOrigin,
    tenantOrigin: context.request?.tenant.origin ?? originOf(context.exchange.url),
    endpoint: endpointOf(context)?.path,
    endpointSource: endpointOf(context)?.source,
    retryAfter: facts.retryAfter,
    rateLimit: facts.rateLimit,
    rateRemaining: facts.rateRemaining,
    requiredScope: facts.requiredScope,
    challenge: facts.challenge,
    pageTitle: facts.pageTitle,
    trackingId: facts.trackingId,
    paramsInQuery: answer && paramsInQuery.test(answer.text) ? 'yes' : undefined,
    sdkFrame: answer ? sdkFrame.exec(answer.text)?.groups?.sdk : undefined,
    tool: answer ? toolOf(answer.text) : undefined,
    publicFlow:
      answer &&
      (publicFlow.test(answer.text) || (/\bclient_id\b/.test(answer.text) && !/client_secret/.test(answer.text)))
        ? 'yes'
        : undefined,
    ...captures,
  };
}

/** A token request written as a URL with its parameters in the query: Auth0 reads them from the body only. */
const paramsInQuery = /\/oauth\/token\/?\?[^\s"'`]{0,600}?\b(?:client_id|client_secret|grant_type|code|refresh_token)=/;

/**
 * Auth0's own social connection failed reading the provider's profile (`InternalOAuthError: failed to fetch user
 * profile`, inside an error Auth0 sent back): the provider refused Auth0, not the app's /userinfo call.
 */
export const providerProfile = (f: Facts): boolean =>
  typeof f.description === 'string' && /\bInternalOAuthError\b/.test(f.description);

/** The Management API tool a paste names: its words, as the texts call it. */
function toolOf(text: string): string | undefined {
  if (
    /registry\.terraform\.io\/auth0\/auth0|\bresource "auth0_\w{1,40}"|\bwith (?:module\.[\w-]{1,60}\.)?auth0_\w{1,40}\.|\bterraform (?:apply|plan|destroy)\b/i.test(
      text,
    )
  )
    return 'Terraform';
  if (/\ba0deploy\b|auth0-deploy-cli|\bproblem running command (?:import|export|deploy)\b/i.test(text))
    return 'Deploy CLI';
  if (/\bpulumi\b/i.test(text)) return 'Pulumi';
  return undefined;
}

/** A stack frame in one of Auth0's SDKs: its file or package name. */
const sdkFrame =
  /\bat\b[^\n]{0,200}?\b(?<sdk>auth0-spa-js|auth0-react|nextjs-auth0|auth0-angular|auth0-vue|react-native-auth0|express-openid-connect|passport-auth0|auth0-lock|auth0\.js)\b/;
/** A JavaScript method read on undefined (`reading 'split'`): not a claim the answer lacks. */
export const methodField = (f: Facts): boolean =>
  typeof f.field === 'string' &&
  /^(?:split|replace|map|length|toString|includes|trim|then|slice|indexOf|forEach|filter|toLowerCase|startsWith)$/.test(
    f.field,
  );

/** Words of a flow that has no secret to send: PKCE, the browser's password-realm, a SPA, native or desktop sample. */
const publicFlow =
  /code_verifier|\bpkce\b|password-realm|single[- ]page|\bspa\b|\bnative\b|electron|machine[- ]to[- ]machine|auth0-(?:spa-js|angular|react|vue)|\bauth0\.js\b/i;

/** The origin of a URL taken from pasted text, or undefined when it does not parse. */
export function originOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).origin;
  } catch {
    return /^(https?:\/\/[^/\s]+)/.exec(url)?.[1];
  }
}

/** An exception's words rather than a reason a person wrote: a missing value, a wrong type, a failed call. */
const crashWords =
  /\bundefined\b|\bnull\b|is required|must be (?:of type|a |an )|cannot read|is not a function|invalid uri|\b[a-z]{0,40}error\b|econn\w+|enotfound|timed? ?out|cannot find|is not defined|unexpected token|exceeded/i;

/** Whether the answer's sentence is an exception of the tenant's code rather than a deliberate reason. */
export const soundsLikeCrash = (f: Facts): boolean => crashWords.test(f.description ?? '');

/** Whether the scopes asked for include OpenID Connect's user scopes, which no machine-to-machine grant holds. */
export const asksUserScopes = (f: Facts): boolean =>
  /\b(?:openid|profile|email|offline_access)\b/.test(f.scope ?? f.description ?? '');

/** What a token verifier's words say went wrong: its lifetime, its time ahead of this clock, or its shape. */
export function tokenTrouble(f: Facts): 'expired' | 'early' | 'shape' | 'other' {
  const said = f.description ?? '';
  if (/expired|\bexp\b/i.test(said)) return 'expired';
  if (/not (?:yet )?(?:valid|active)|\bnbf\b|before|in the future|\biat\b/i.test(said)) return 'early';
  if (/compact jws|segments|malformed|decode|serialization|delimiter|parts/i.test(said)) return 'shape';
  return 'other';
}

/** Which refusal an email provider's words name: Gmail wanting an app password, an IP allow list, an unverified sender. */
export function emailProviderTrouble(f: Facts): 'app-password' | 'ip-allowlist' | 'sender' | undefined {
  const said = f.description ?? '';
  if (/\b535[- ]5\.7\.\d\b|username and password not accepted/i.test(said)) return 'app-password';
  if (/\b451\b.{0,40}authentication failed/i.test(said)) return 'ip-allowlist';
  if (/verified sender identity|identities failed the check|sender .{0,40}not verified/i.test(said)) return 'sender';
  return undefined;
}

/** Whether the SMS was sent by the tenant's own send-phone-message Action (or Hook), which quotes its provider. */
export const sentByAction = (f: Facts): boolean => /send-phone-message/i.test(f.description ?? '');

/** An invitation refused because the signed-in account is not the one invited, rather than an expired one. */
export const invitedOtherAccount = (f: Facts): boolean => /account is not allowed to accept/i.test(f.description ?? '');

/** A value still the placeholder a sample or a docs page ships with (`YOUR_API_IDENTIFIER`, `{yourApiIdentifier}`). */
export const placeholder = (value: string | number | undefined): boolean =>
  typeof value === 'string' &&
  /^(?:YOUR_[A-Z0-9_]{1,60}|\{[\w-]{1,60}\}|<[\w -]{1,60}>|\$\{?[A-Z_]{1,60}\}?)$/.test(value);

/** A Management API call whose Authorization header is not `Bearer <token>` (a whole token response passed as the token). */
export const badAuthorizationHeader = (f: Facts): boolean =>
  /bad http authentication header format/i.test(f.description ?? '');

/** Lock embedded in a native app (Lock.swift, Lock.Android) loading its client configuration, not the hosted page. */
export const embeddedLock = (f: Facts): boolean =>
  /CDNLoaderInteractor|Lock\.swift|Lock\.Android|client\/[\w-]{1,80}\.js/.test(f.description ?? '');

/** The legacy Resource Owner grant of /oauth/ro, which embedded Lock and old SDKs use outside OIDC-conformant mode. */
export const legacyRo = (f: Facts): boolean =>
  /legacy\/grant-type\/ro\b/.test(f.grant ?? '') ||
  /legacy\/grant-type\/ro\b/.test(f.description ?? '') ||
  f.endpoint === '/oauth/ro';

/** An audience naming /userinfo, which is no API of the tenant's (and on a custom domain, no identifier at all). */
export const userinfoAudience = (f: Facts): boolean =>
  typeof f.audience === 'string' && /\/userinfo\/?$/.test(f.audience);

/** The Management API asked for on a custom domain (`https://login.example.com/api/v2/`): its identifier is never one. */
export const customDomainManagement = (f: Facts): boolean =>
  typeof f.audience === 'string' && /^https:\/\/(?![^/]{0,200}\.auth0\.com\/)[^/]{1,200}\/api\/v2\/?$/.test(f.audience);

/** A redirect URI whose scheme has a character no URL scheme may have (`com.my_app://…`: an underscore). */
export const badScheme = (f: Facts): boolean =>
  typeof f.uri === 'string' && /^[a-z][a-z0-9+.-]{0,100}[^a-z0-9+.:-][^:/]{0,100}:/i.test(f.uri);

/** Whether a verifier's words blame how the client secret is read (as base64 or not) for a failed HS256 check. */
export const secretEncoding = (f: Facts): boolean => /base64/i.test(f.description ?? '');

/** A reason the tenant's code gave with extensibility_error (`api.access.deny('USER_ACCOUNT_NOT_ACTIVE')`), not a crash. */
export const refusedOnPurpose = (f: Facts): boolean =>
  f.error === 'extensibility_error' && !soundsLikeCrash(f) && !f.module && !f.network;

/** A module required with its version pinned (`request@2.56.0`), as legacy Rules did. */
export const pinnedModule = (f: Facts): boolean => typeof f.module === 'string' && /.@\d/.test(f.module);

/** Why a session transfer token was refused, when its words say: another user's session, or a revoked parent token. */
export function sessionTransferTrouble(f: Facts): 'other-user' | 'parent-revoked' | undefined {
  const said = f.description ?? '';
  if (/user mismatch/i.test(said)) return 'other-user';
  if (/parent refresh token/i.test(said)) return 'parent-revoked';
  return undefined;
}

/** An SDK saying which audience and scope it found no refresh token for. */
export const namesAudienceOrScope = (f: Facts): boolean => /audience|scope/i.test(f.description ?? '');

/**
 * What a crashed application was reading when it met nothing (`KeyError: 'id_token'`, `(reading 'user_metadata')`):
 * a token the login did not ask for, or a profile field OIDC-conformant tokens and /userinfo do not carry.
 */
export function crashedOn(f: Facts): 'id-token' | 'refresh-token' | 'access-token' | 'profile' | undefined {
  const field = typeof f.field === 'string' ? f.field.toLowerCase().replace(/[_-]/g, '') : '';
  if (!field) return undefined;
  if (/^(?:idtoken|idtokenclaims|claims|nonce)$/.test(field)) return 'id-token';
  if (field === 'refreshtoken') return 'refresh-token';
  if (/^(?:accesstoken|tokentype|expiresin)$/.test(field)) return 'access-token';
  if (/metadata|roles?$|permissions|groups|email|name|sub|picture|nickname|user|profile/.test(field)) return 'profile';
  return undefined;
}

/**
 * Whether an Auth0 answer carried the words (an OAuth error code came with them), rather than the application, a
 * proxy or a library that printed them itself after Auth0 answered.
 */
export const inAuth0Answer = (f: Facts): boolean =>
  /^(?:unauthorized|access_denied|invalid_request|invalid_grant|server_error|extensibility_error)$/.test(f.error ?? '');

/** Which library lost a login's state, when its words say: ASP.NET Core's correlation cookie, or a transaction cookie. */
export function stateLoss(f: Facts): 'correlation' | 'transaction-cookie' | 'no-session' | 'parsed-twice' | undefined {
  const said = f.description ?? '';
  if (/resumeAuth|autoParseHash/.test(said)) return 'parsed-twice';
  if (/correlation failed/i.test(said)) return 'correlation';
  if (/auth_verification|transaction is missing|state cookie/i.test(said)) return 'transaction-cookie';
  if (/no session is present|state to false|strategy state true|req\.session/i.test(said)) return 'no-session';
  return undefined;
}

/** Which of Auth0's limits a 429 most likely met, by the endpoint and grant: each has its own usual cause. */
export function limitOf(f: Facts): 'userinfo' | 'm2m' | 'token' | 'login' | 'sends' | undefined {
  if (f.endpoint === '/userinfo') return 'userinfo';
  if (f.endpoint === '/oauth/token' || f.endpoint === undefined)
    return f.grant === 'client_credentials' ? 'm2m' : f.grant ? 'token' : undefined;
  if (f.endpoint === '/authorize') return 'login';
  if (/^\/(?:passwordless|mfa|otp|dbconnections)\//.test(f.endpoint)) return 'sends';
  return undefined;
}

/** Which optional feature a tenant's discovery document lacks, by the words a library used for it. */
export function featureOf(f: Facts): 'par' | 'ciba' | 'logout' | 'mtls' | 'dcr' | undefined {
  const feature = typeof f.feature === 'string' ? f.feature.toLowerCase() : '';
  if (/pushed|^pushed_authorization/.test(feature)) return 'par';
  if (/backchannel/.test(feature)) return 'ciba';
  if (/logout|end_session/.test(feature)) return 'logout';
  if (/mtls/.test(feature)) return 'mtls';
  if (/registration/.test(feature)) return 'dcr';
  return undefined;
}

/** A refusal with no reason of its own: no sentence, or only a status word (`Unauthorized`). */
export const saysNoReason = (f: Facts): boolean =>
  !f.description || /^(?:unauthorized|forbidden|access denied)\.?$/i.test(f.description.trim());

/**
 * What the redirect_uri an application sent says about why it is not listed: a loopback address on a port a CLI
 * chose at random, plain http from a public host (the app behind a proxy that ends TLS), or an unset variable.
 */
export function callbackTrouble(f: Facts): 'loopback-port' | 'http-behind-proxy' | 'unset' | undefined {
  const url = typeof f.redirect === 'string' ? f.redirect : '';
  if (/undefined|null|\$\{|%7B/i.test(url)) return 'unset';
  if (/^https?:\/\/(?:127\.0\.0\.1|localhost|\[::1\]):\d{4,5}(?:\/|$)/i.test(url)) return 'loopback-port';
  if (/^http:\/\//i.test(url) && !/^http:\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?:[:/]|$)/i.test(url))
    return 'http-behind-proxy';
  return undefined;
}

/**
 * What an unknown client id, or the sentence around it, says: an id Dynamic Client Registration made (`tpc_…`,
 * gone with its registration), one with characters no client id has (quotes, spaces, `?`), or a refusal that may
 * also be a grant the application lacks ("Unauthorized or unknown client").
 */
export function clientIdTrouble(f: Facts): 'registered' | 'garbled' | 'or-grant' | undefined {
  const id = typeof f.unknownClient === 'string' ? f.unknownClient : '';
  if (/^tpc_/i.test(id)) return 'registered';
  if (id && !/^(?:[A-Za-z0-9_-]{8,64}|https?:\/\/\S+)$/.test(id)) return 'garbled';
  if (/unauthori[sz]ed or unknown/i.test(f.description ?? '')) return 'or-grant';
  return undefined;
}

/** Which half of PKCE the answer names: the verifier's length or shape (how it was generated), else the pairing. */
export const verifierShape = (f: Facts): boolean =>
  /code_?verifier.{0,80}(?:between 43 and 128|characters|length|invalid characters|format)/i.test(f.description ?? '');

/** A fetch the server refused with 403 (its status, or the number in a library's words). */
export const refusedFetch = (f: Facts): boolean => f.status === 403 || /\b403\b/.test(f.description ?? '');

/** A host with the path glued on (`tenant.auth0.comoauth`): a base URL without its trailing slash, then `oauth/token`. */
export const gluedPath = (f: Facts): boolean =>
  typeof f.host === 'string' &&
  /\.(?:auth0\.com|com|net|org|io|app)(?:oauth|authorize|userinfo|api|well-known)[\w.-]{0,40}$/i.test(f.host);

/** A URL built by gluing a path onto an issuer that ends in `/` (`https://t.auth0.com//.well-known/…`): a 404. */
export const doubleSlash = (f: Facts): boolean =>
  typeof f.description === 'string' &&
  /https?:\/\/[\w.-]{1,200}\/\/(?:\.well-known|oauth|authorize|userinfo)/i.test(f.description);

/** A call that went to this very machine (`ECONNREFUSED 127.0.0.1:443`): a URL built without its scheme, or unset. */
export const calledThisMachine = (f: Facts): boolean =>
  typeof f.host === 'string' && /^(?:127\.0\.0\.1|localhost|::1|\[::1\]|0\.0\.0\.0)(?::\d+)?$/i.test(f.host);

/** An SDK saying a session ended as designed (`SessionExpiredError`), not that its expiry claim is wrong. */
export const sessionEnded = (f: Facts): boolean => /session (?:has )?expired|sessionexpired/i.test(f.description ?? '');

/** A request_uri refused for its shape (not a `urn:ietf:params:oauth:request_uri:` value), not for its age. */
export const requestUriShape = (f: Facts): boolean => /urn:ietf|must (?:start|begin) with/i.test(f.description ?? '');

/** A server SDK asking for the client secret to check an HS256 token. */
export const needsSecret = (f: Facts): boolean =>
  /client secret must be (?:configured|set|provided)/i.test(f.description ?? '');

/** A verification link said to be used already: the address is most likely verified (a person or a mail scanner). */
export const verifiedAlready = (f: Facts): boolean =>
  /used only once|already (?:been )?(?:used|verified)/i.test(f.description ?? '') &&
  !/password/i.test(f.description ?? '');

/** A cross-origin isolated page (COOP and COEP) refusing the hidden iframe of silent authentication, not a popup. */
export const isolatedPage = (f: Facts): boolean => /cross-origin isolated/i.test(f.description ?? '');
