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
};
