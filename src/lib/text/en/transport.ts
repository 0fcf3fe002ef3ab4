/** What the page learned while sending, in words shown as evidence. */
export const transportEvidence = {
  timeout: (seconds: number) => `No answer within ${seconds} s; the request was cancelled.`,
  discoveryAnswered: (origin: string) =>
    `The tenant is reachable: ${origin}/.well-known/openid-configuration answered this page. So the browser hid the /oauth/token answer because of CORS.`,
  unreachable: (origin: string) =>
    `Nothing at ${origin} answered this page, neither /oauth/token nor its discovery document (which Auth0 serves to any origin): the host is unknown, refused the connection, something in front of it refuses browsers, or this computer is offline.`,
  offline: () => 'The browser reports that it is offline.',
  mixedContent: (pageOrigin: string, url: string) =>
    `This page is served over https (${pageOrigin}) and the tenant over plain http (${url}): browsers block that as mixed content.`,
  browserMessage: (message: string) => `The browser said: ${message}`,
  redirect: (status: number | undefined, location: string | undefined) =>
    `The tenant answered with a redirect${status ? ` (HTTP ${status})` : ''} to ${location ?? 'an address the browser does not show to pages'}; not followed, so nothing was sent there.`,
  followed: (url: string) =>
    `The answer came from ${url}, not from the address asked: something followed a redirect. That answer is not used.`,
  interrupted: (status: number) =>
    `The tenant’s answer was cut off after the headers: HTTP ${status}, and the body never arrived whole.`,
  cancelled: () => 'You cancelled the request before its answer was read.',
  badTimeout: (seconds: number) => `The timeout of ${seconds} s is not usable; nothing was sent.`,
  pageError: (message: string) => `The page failed while sending: ${message}`,
};
