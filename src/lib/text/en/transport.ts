/** What the page learned while sending, in words shown as evidence. */
export const transportEvidence = {
  timeout: (seconds: number) => `No answer within ${seconds} s; the request was cancelled.`,
  discoveryAnswered: (origin: string) =>
    `The tenant is reachable: ${origin}/.well-known/openid-configuration answered this page. So the browser hid the /oauth/token answer because of CORS.`,
  hostAnswered: (origin: string) =>
    `The tenant is reachable: ${origin} answered a request that needs no CORS. So the browser hid the /oauth/token answer because of CORS.`,
  unreachable: (origin: string) =>
    `Nothing answered at ${origin}, not even to requests that need no CORS: the host is unknown, refused the connection, or this computer is offline.`,
  offline: () => 'The browser reports that it is offline.',
  mixedContent: (pageOrigin: string, url: string) =>
    `This page is served over https (${pageOrigin}) and the tenant over plain http (${url}): browsers block that as mixed content.`,
  browserMessage: (message: string) => `The browser said: ${message}`,
};
