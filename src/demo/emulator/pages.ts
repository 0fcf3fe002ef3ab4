import type { EmulatorResponse } from './types';

/** Text for HTML, element content or a quoted attribute alike. */
export function escapeHtml(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** JSON safe inside a <script> element: no `</script>`, no line separators JavaScript would choke on. */
const scriptJson = (value: unknown) =>
  JSON.stringify(value).replaceAll('<', '\\u003c').replaceAll('\u2028', '\\u2028').replaceAll('\u2029', '\\u2029');

export const html = (
  status: number,
  title: string,
  body: string,
  extra: Record<string, string> = {},
): EmulatorResponse => ({
  status,
  headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store', ...extra },
  body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><main>${body}</main></body></html>`,
});

/** Universal Login's login box, posting to /u/login with the login's transaction in `state`. */
export function loginPage(transaction: string, app: string, hint: string, problem?: string): EmulatorResponse {
  return html(
    200,
    `Log in | ${app}`,
    `<h1>Welcome</h1><p>Log in to ${escapeHtml(app)} to continue.</p>${
      problem ? `<p role="alert" id="error-element">${escapeHtml(problem)}</p>` : ''
    }<form method="post" action="/u/login?state=${encodeURIComponent(transaction)}"><input type="hidden" name="state" value="${escapeHtml(transaction)}"><label for="username">Email address</label><input id="username" name="username" type="text" autocomplete="off" value="${escapeHtml(hint)}"><label for="password">Password</label><input id="password" name="password" type="password" autocomplete="off"><button type="submit" name="action" value="default">Continue</button></form>`,
  );
}

/** The consent screen: what the application asks to access, accept or decline. */
export function consentPage(transaction: string, app: string, audience: string, scopes: string[]): EmulatorResponse {
  return html(
    200,
    `Authorize App | ${app}`,
    `<h1>Authorize App</h1><p>${escapeHtml(app)} is requesting access to ${escapeHtml(audience)}:</p><ul>${scopes
      .map((scope) => `<li>${escapeHtml(scope)}</li>`)
      .join(
        '',
      )}</ul><form method="post" action="/u/consent?state=${encodeURIComponent(transaction)}"><input type="hidden" name="state" value="${escapeHtml(transaction)}"><button type="submit" name="action" value="accept">Accept</button><button type="submit" name="action" value="deny">Decline</button></form>`,
  );
}

/** Auth0's own error page: it stops here, it does not redirect. */
export function errorPage(title: string, lines: string[], trackingId: string): EmulatorResponse {
  return html(
    400,
    title,
    `<h1>${escapeHtml(title)}</h1>${lines.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}<p class="tracking">TRACKING ID: <code>${escapeHtml(trackingId)}</code></p>`,
  );
}

/**
 * response_mode=web_message: a page that posts the answer to the opener (popup) or the parent (hidden frame), to
 * the redirect URI's origin, only when that origin is an Allowed Web Origin. For any other origin it posts
 * nothing at all, as Auth0 does, and the caller times out.
 */
export function webMessagePage(response: Record<string, string>, targetOrigin: string | undefined): EmulatorResponse {
  const data = targetOrigin
    ? `<script type="application/json" id="authorization-response">${scriptJson({ type: 'authorization_response', response })}</script>`
    : '';
  const post = targetOrigin
    ? `<script>(function(){var data=JSON.parse(document.getElementById('authorization-response').textContent);var target=window.opener||window.parent;if(target&&target!==window)target.postMessage(data,${scriptJson(targetOrigin)});})();</script>`
    : '';
  return html(200, 'Authorization Response', `${data}${post}`);
}

/** response_mode=form_post: an auto-submitting form to the redirect URI (OAuth 2.0 Form Post Response Mode). */
export function formPostPage(redirectUri: string, response: Record<string, string>): EmulatorResponse {
  const inputs = Object.entries(response)
    .map(([name, value]) => `<input type="hidden" name="${escapeHtml(name)}" value="${escapeHtml(value)}"/>`)
    .join('');
  return html(
    200,
    'Submit This Form',
    `<form method="post" name="hiddenform" action="${escapeHtml(redirectUri)}">${inputs}<noscript><p>Script is disabled. Click Submit to continue.</p><input type="submit" value="Submit"/></noscript></form><script>document.forms[0].submit();</script>`,
  );
}
