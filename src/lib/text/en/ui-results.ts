/** Texts of the regions that show results (loaded after the first paint): the response, the bookmarklet. */
export const resultsUi = {
  bookmarklet: {
    heading: 'From the Auth0 Dashboard in one click',
    text: 'Drag this link to your bookmarks bar. Clicked on an application’s page in the Dashboard, it opens this debugger with the tenant domain and client id filled in. It reads only the page’s address and the Domain shown there: never tokens, cookies or what you typed.',
    label: 'Auth0 debugger',
    clicked: 'Drag it to the bookmarks bar rather than clicking it here.',
    question: 'Your Auth0 tenant domain, e.g. dev-abc123.us.auth0.com',
  },
  response: {
    pasteLabel: 'Paste a response',
    pasteHelp:
      'Run the curl (add -i to keep the status line), then paste everything it printed: it is diagnosed like a direct answer.',
    pasteButton: 'Diagnose response',
    pastedLarge: (n: number) =>
      `A ${n.toLocaleString('en')}-character paste is diagnosed above; it is not shown here, to keep the page responsive. Paste or type to replace it.`,
    raw: 'Raw response',
    showAll: (kb: number) => `Show all ${kb.toLocaleString('en')} KB`,
    shownPart: (shownKb: number, kb: number) =>
      `The first ${shownKb.toLocaleString('en')} KB of ${kb.toLocaleString('en')} KB are shown.`,
    copyReport: 'Copy report',
    tokensHeading: 'Tokens received',
    tokensBelow: (n: number) => (n === 1 ? 'The token is decoded below.' : `The ${n} tokens are decoded below.`),
    headers: 'Headers',
    noBody: '(empty body)',
    fix: 'Fix',
    docs: 'Auth0 docs',
    evidence: 'Seen',
  },
};
