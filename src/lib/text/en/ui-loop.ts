/** Texts of the loop the first paint needs: skip links, the "Paste anything" box, the send bar. */
export const loopLabels = {
  skipLabel: 'Skip links',
  skipDecoder: 'Skip to the token decoder',
  skipResponse: 'Skip to the response',
  paste: {
    label: 'Paste anything',
    help: 'A token, a token response, a curl command, what curl printed (prompt and all), a browser console message, or the URL /authorize sent you back to. It is read here and sent where it belongs; nothing leaves this page.',
    placeholder: 'eyJhbGciOi…   or   curl --request POST …   or   HTTP/2 403 …',
    read: 'Read paste',
    large: (n: number) =>
      `A ${n.toLocaleString('en')}-character paste is read below; it is not shown here, to keep the page responsive.`,
  },
  bar: {
    placeholders: (n: number) =>
      n === 1 ? 'Replace 1 placeholder before sending.' : `Replace ${n} placeholders before sending.`,
    latest: 'Latest:',
  },
};
