/** Texts of the loop the first paint needs: skip links, the "Paste anything" box, the send bar. */
export const loopLabels = {
  skipLabel: 'Skip links',
  skipDecoder: 'Skip to the token decoder',
  skipResponse: 'Skip to the response',
  paste: {
    label: 'Paste anything',
    help: 'A token, a curl command or what it printed (prompt and all), a token response, a console message, a redirect URL: read here and sent where it belongs.',
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
