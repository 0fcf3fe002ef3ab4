/** Notes about what a link filled in, or refused to. */
export const prefillMessages = {
  filled: (fields: string) => `Filled from the link: ${fields}.`,
  secrets: (keys: string) =>
    `The link carried ${keys}: not read, and removed from the address bar. Never put secrets in a link; type them here instead.`,
  invalid: (key: string, reason: string) => `Ignored ${key} from the link: ${reason}`,
  unknown: (keys: string) => `Ignored unknown link parameters: ${keys}.`,
  tokenRead: () => 'The token from the link is in the decoder, and has been removed from the address bar.',
  grant: (value: string) => `“${value}” is not a grant this page knows.`,
  format: () => 'it has characters such a value never has.',
  tooLong: () => 'it is too long.',
  linkTooLong: (chars: number) =>
    `The link’s part after # is ${chars.toLocaleString('en')} characters long, more than a link of this page ever holds: nothing was read from it.`,
};

/** Notes about secrets found in the page's query string. */
export const queryMessages = {
  secrets: (keys: string, host: string) =>
    `The address carried ${keys} in its query (after “?”): your browser sent it to ${host} when it loaded this page, before this page could stop it. It is removed from the address bar; treat it as exposed and rotate it.`,
};
