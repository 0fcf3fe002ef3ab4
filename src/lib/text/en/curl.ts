/** Messages of the curl import. */
export const curlMessages = {
  empty: () => 'Paste a curl command, e.g. the one from Auth0’s docs or from your terminal.',
  tooLong: (chars: number, limit: number) =>
    `This paste is ${chars.toLocaleString('en')} characters long; a curl for /oauth/token is far shorter (at most ${limit.toLocaleString('en')} are read). Paste only the command.`,
  quoting: (detail: string) => `This curl cannot be read: ${detail}.`,
  notCurl: () => 'This does not start with curl: paste the whole command.',
  noUrl: () => 'This curl has no URL.',
  badUrl: (url: string) => `This curl’s URL is not a URL: ${url}`,
  otherEndpoint: (path: string) =>
    `This curl calls ${path}, not /oauth/token: this page only debugs token requests. (/oauth/device/code, /authorize and /userinfo come before or after the token request.)`,
  bodyNotJson: (detail: string) => `The body is sent as JSON but does not parse: ${detail}`,
  bodyNotObject: () => 'The JSON body is not an object of parameters.',
  noGrantType: () => 'The body has no grant_type; Auth0 will answer "Missing required parameter: grant_type".',
  unknownGrant: (grant: string) =>
    `grant_type "${grant}" is not one this page knows; the form keeps the previous grant.`,
  unknownFlags: (flags: string) => `Ignored options this page does not know: ${flags}.`,
  method: (method: string) => `The curl uses ${method}; /oauth/token takes POST, which the form sends.`,
  jsonWithoutHeader: () =>
    'The body is JSON but the curl sends no "content-type: application/json" header, so curl sends it as form data and Auth0 cannot read it. Imported as JSON.',
  fileData: () => 'Data read from a file (@file) cannot be imported: paste the body itself.',
  bearer: () => 'An Authorization: Bearer header does not belong on a token request; it was left out.',
  imported: (count: number) => `Imported ${count} parameter${count === 1 ? '' : 's'}.`,
};
