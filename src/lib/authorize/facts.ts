/** What the texts of an /authorize finding may quote: the answer, the login this page started, the page. */
export interface AuthorizeFacts {
  error?: string;
  description?: string;
  /** The redirect_uri this page sent: the exact URL to add to Allowed Callback URLs. */
  redirectUri?: string;
  /** Where the answer came back to, when it came as a URL. */
  returnedTo?: string;
  /** This page's origin, for Allowed Web Origins. */
  pageOrigin: string;
  tenantOrigin?: string;
  clientId?: string;
  audience?: string;
  prompt?: string;
  responseType?: string;
  responseMode?: string;
  /** A silent authentication (prompt=none in a hidden frame). */
  silent?: boolean;
  /** The redirect_uri is on localhost or 127.0.0.1, where Auth0 never skips consent. */
  loopback?: boolean;
  /** An interactive login with this tenant succeeded in this page since it was opened. */
  loggedInBefore?: boolean;
  trackingId?: string;
  /** Captures of the condition's pattern: url, organization, connection, user, grant, parameter, client. */
  [capture: string]: string | boolean | undefined;
}

/** The origin of a URL, or undefined when it is not one. */
export function originOfUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const origin = new URL(url).origin;
    return origin === 'null' ? undefined : origin;
  } catch {
    return undefined;
  }
}

/** Whether a URL's host is this computer (localhost, 127.0.0.1, ::1), where Auth0 cannot skip consent. */
export function isLoopbackUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const host = new URL(url).hostname;
    return host === 'localhost' || host.endsWith('.localhost') || host === '127.0.0.1' || host === '[::1]';
  } catch {
    return false;
  }
}
