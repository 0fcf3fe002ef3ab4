/** What the bookmarklet touches of the page it runs on: where it is, its labels, and window.open/prompt. */
export interface BookmarkletWindow {
  location: { hostname: string; pathname: string; hash: string; href: string };
  document: {
    querySelectorAll(selector: 'label'): ArrayLike<{ textContent: string | null; htmlFor: string }>;
    getElementById(id: string): {
      tagName: string;
      type?: string;
      readOnly?: boolean;
      value?: string;
      getClientRects(): ArrayLike<unknown>;
    } | null;
  };
  prompt(message: string, suggestion?: string): string | null;
  open(url: string, target: string): { opener: unknown } | null;
}

/**
 * The bookmarklet's program, kept readable here; the build minifies it and the page wraps it in a javascript:
 * link for its own URL. It runs on someone else's page, so it references nothing outside itself, and it reads
 * only the address and the Dashboard's visible read-only Domain field: never tokens, cookies, storage or what a
 * person typed. A host is taken without asking only on Auth0's own pages; anywhere else the person confirms it.
 */
export function bookmarkletMain(debuggerUrl: string, w: BookmarkletWindow, question: string): void {
  const loc = w.location;
  const host = loc.hostname.toLowerCase();
  const auth0 = /\.auth0(app)?\.com$/.test(host);
  let domain = '';
  let clientId = '';
  let suggestion = '';
  if (host === 'manage.auth0.com') {
    const path = loc.pathname + loc.hash;
    const tenant = /\/dashboard\/([a-z]{2})\/([a-z0-9-]+)/i.exec(path);
    if (tenant) domain = `${tenant[2]}.${tenant[1]}.auth0.com`.toLowerCase();
    const app = /\/applications\/([A-Za-z0-9_-]{8,})/.exec(path);
    if (app) clientId = app[1] ?? '';
    // An application's settings page shows the real Domain (custom domains, region-less legacy tenants): the first
    // visible read-only field labelled so, never an editable or hidden one.
    const labels = w.document.querySelectorAll('label');
    for (let i = 0; i < labels.length; i++) {
      const label = labels[i];
      if (!label || (label.textContent ?? '').trim() !== 'Domain' || !label.htmlFor) continue;
      const field = w.document.getElementById(label.htmlFor);
      if (!field || field.tagName !== 'INPUT' || !field.readOnly || field.type === 'hidden') continue;
      if (field.getClientRects().length === 0) continue;
      const shown = (field.value ?? '').trim();
      if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(shown)) {
        domain = shown.toLowerCase();
        break;
      }
    }
  } else if (auth0 && !/^(www|community|support|marketplace|cdn|status)\./.test(host)) {
    domain = host;
  } else if (/^\/(u\/|authorize|login|oauth\/)/.test(loc.pathname)) {
    // Looks like a tenant's login page on a custom domain; it could be any site, so the person says yes.
    suggestion = host;
  }
  if (!domain) domain = (w.prompt(question, suggestion) ?? '').trim();
  if (!domain) return;
  const url = `${debuggerUrl}#domain=${encodeURIComponent(domain)}${clientId ? `&client_id=${encodeURIComponent(clientId)}` : ''}`;
  const opened = w.open(url, '_blank');
  if (opened) opened.opener = null;
  else loc.href = url;
}

/** The javascript: link for a debugger hosted at `pageUrl` (its fragment and query dropped). */
export function bookmarkletHref(pageUrl: string, question: string): string {
  const url = pageUrl.replace(/[?#][\s\S]*$/, '');
  const code = `(${bookmarkletMain.toString()})(${JSON.stringify(url)},window,${JSON.stringify(question)})`;
  return `javascript:${code.replaceAll('%', '%25').replaceAll('#', '%23')}`;
}
