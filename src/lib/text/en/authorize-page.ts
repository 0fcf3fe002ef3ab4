import type { AuthorizeFacts as F } from '../../authorize/facts';
import { authorizeDocs as docs, callbackUrls, said, webOrigins, type FindingText } from './authorize-paths';

/** Texts of what the page itself finds around a login: the answer's state, the popup, the ID token's bindings. */
export const pageTexts = {
  stateMismatch: (f: F): FindingText => ({
    title: 'Refused: the answer’s state is not the one this page sent',
    cause: `The state that came back does not match the state of the login this page started, so the answer may belong to another login, or be forged (login CSRF). ${f.error ? 'The error it carries is shown below, but it may not be about your login.' : 'Its code was not exchanged.'}`,
    fix: [
      'Start the login again with the Log in button and finish it in the window it opens.',
      'If you pasted a URL, paste the one this login came back to, not one from an earlier login.',
    ],
    docs: docs.state,
  }),
  stateMissing: (): FindingText => ({
    title: 'Refused: the answer has no state',
    cause:
      'This page sent a state with the login, and an answer of /authorize must return it unchanged (RFC 6749 §4.1.2). Without it nothing proves the answer belongs to this login; its code was not exchanged.',
    fix: ['Start the login again; if a proxy or your own code rewrites the redirect, keep its state parameter.'],
    docs: docs.state,
  }),
  noLoginPending: (f: F): FindingText => ({
    title: 'A login answer arrived, but this page has no login waiting for it',
    cause: `The answer${f.returnedTo ? ` (sent back to ${f.returnedTo})` : ''} can only be used by the tab that started its login: the PKCE verifier, state and nonce live in that tab’s memory and nowhere else. This tab did not start it, or was reloaded since. Nothing was sent to the tenant.`,
    fix: [
      'Start the login from this tab with the Log in button.',
      'If another tab of this page started it, that tab has the answer already when it is still open.',
    ],
    docs: docs.pkce,
  }),
  popupBlocked: (): FindingText => ({
    title: 'The browser blocked the login window',
    cause:
      'The popup for /authorize was not opened: a popup blocker, or a browser setting. The login itself has not started.',
    fix: [
      'Allow popups for this page (the icon at the end of the address bar), then press Log in again.',
      'Or copy the /authorize URL, open it in a new tab, log in, and paste the URL you are sent back to into “Paste the URL you were sent back to”.',
    ],
  }),
  popupClosed: (f: F): FindingText => ({
    title: 'The login window closed without an answer',
    cause: `No answer came back from /authorize before the window closed. If you closed it yourself on an Auth0 error page, that page is the answer: most often “Callback URL mismatch” (the redirect_uri ${f.redirectUri ?? ''} is not in Allowed Callback URLs)${f.responseMode === 'web_message' ? `, or, with response_mode=web_message, ${f.pageOrigin} missing from Allowed Web Origins` : ''}. Auth0 shows those errors on its own page and never redirects them.`,
    fix: [
      `Add exactly ${f.redirectUri ?? 'the redirect_uri'} to Allowed Callback URLs${f.responseMode === 'web_message' ? `, and ${f.pageOrigin} to Allowed Web Origins` : ''}, Save Changes, and log in again.`,
      'If the window showed another error, copy its text into “Paste the URL you were sent back to” below to have it read.',
    ],
    breadcrumb: f.responseMode === 'web_message' ? webOrigins : callbackUrls,
    docs: docs.appSettings,
  }),
  waiting: (f: F): string =>
    `Waiting for the login window. If it shows an Auth0 error page instead of a login form, the usual cause is “Callback URL mismatch”: add exactly ${f.redirectUri ?? 'the redirect_uri'} to Allowed Callback URLs.`,
  nonceMismatch: (expected: boolean): FindingText => ({
    title: expected ? 'The ID token’s nonce is not the one this login sent' : 'The ID token has no nonce',
    cause: expected
      ? 'The nonce binds an ID token to the login that asked for it; a different nonce means the token was issued for another login (a replay). An application must reject it.'
      : 'This login sent a nonce, and an ID token issued for it must carry the same nonce (OpenID Connect Core §3.1.3.7). An application that checks nonces rejects this one.',
    fix: [
      'Start the login again; if it keeps happening, check that nothing caches or replays the answer of /authorize.',
    ],
    docs: docs.idTokens,
  }),
  hashMismatch: (claim: 'at_hash' | 'c_hash', missing: boolean): FindingText => ({
    title: missing
      ? `The ID token has no ${claim}`
      : `The ID token’s ${claim} does not match the ${claim === 'at_hash' ? 'access token' : 'code'}`,
    cause: missing
      ? `In this flow the ID token must carry ${claim}, the left half of the hash of the ${claim === 'at_hash' ? 'access token' : 'code'} that came with it (OpenID Connect Core §3.2.2.10 and §3.3.2.11), so a swapped ${claim === 'at_hash' ? 'token' : 'code'} can be detected.`
      : `${claim} is the left half of the hash of the ${claim === 'at_hash' ? 'access token' : 'code'} issued with this ID token. It does not match, so the two were not issued together: an application must reject them.`,
    fix: ['Start the login again; if it keeps happening, something between Auth0 and the page swaps parameters.'],
    docs: docs.oidcCore,
  }),
  bound: (checked: string[]): FindingText => ({
    title: 'The ID token belongs to this login',
    cause: `Checked against what this page sent and received: ${checked.join(', ')}. Press Verify signature on the ID token to check its signature and claims too.`,
    fix: [],
    docs: docs.idTokens,
  }),
  partMissing: (part: string, f: F): FindingText => ({
    title: `The answer has no ${part}`,
    cause: `response_type ${f.responseType ?? ''} asks for ${part}, and the answer of /authorize has none.${said(f.description)}`,
    fix: [
      'Check the response_type the application may use (Implicit must be ticked for tokens from /authorize), and that the scope includes openid for an ID token.',
    ],
    docs: docs.authorize,
  }),
  codeInQuery: (f: F): FindingText => ({
    title: 'The code travelled in the query string',
    cause: `With response_mode=query the browser sends the code to ${f.returnedTo ?? 'the page’s host'} in the request for the page, so it shows in that server’s logs. It is useless there without the PKCE verifier that only this tab holds, and it was exchanged at once, but response_mode=fragment keeps it in the browser altogether.`,
    fix: ['Prefer response_mode=fragment for a page like this one (it is the default here).'],
    docs: docs.authorize,
  }),
  returnedElsewhere: (f: F): FindingText => ({
    title: 'The answer came back to another URL than the redirect_uri sent',
    cause: `This login sent redirect_uri ${f.redirectUri ?? ''}, and the answer was pasted from ${f.returnedTo ?? 'another address'}. The code exchange sends the redirect_uri of the login; Auth0 refuses the code if the two differ.`,
    fix: ['Paste the URL this very login was sent back to.'],
    docs: docs.authorize,
  }),
  silentNoMessage: (f: F, seconds: number): FindingText => ({
    title: 'Silent authentication got no answer',
    cause: `The hidden frame loaded /authorize with prompt=none and response_mode=web_message, and no message came back within ${seconds} s. Auth0 posts the answer only to an origin in Allowed Web Origins; for any other origin it posts nothing at all, which is what happened. (A frame the tenant refuses to load ends the same way.)`,
    fix: [`Add ${f.pageOrigin} to Allowed Web Origins, Save Changes, and try again.`],
    breadcrumb: webOrigins,
    docs: docs.silentAuth,
  }),
  formPost: (): FindingText => ({
    title: 'What was posted, read',
    cause:
      'response_mode=form_post sends the answer as a POST to the redirect_uri’s server, which a static page cannot receive; it was read from what you pasted.',
    fix: [],
    docs: docs.authorize,
  }),
};
