/** Labels and short texts of the page itself. */
export const ui = {
  /** The request area's two tabs (the /authorize tab's own texts load with it). */
  requestTabs: {
    label: 'How to get a token',
    token: 'Token request',
    authorize: 'Universal Login (/authorize)',
    loading: 'Loading…',
  },
  framed: {
    heading: 'This page does not run inside another page',
    text: 'It is shown inside a frame of another site, which could fill in the form or cover it to read what you type. Open it in a tab of its own to use it.',
    open: 'Open the debugger in its own tab',
  },
  privacy: 'Runs entirely in your browser: no backend, nothing stored, nothing sent anywhere but the tenant you type.',
  decoder: {
    heading: 'Decode a token',
    label: 'Paste a token',
    help: 'A JWT, an "Authorization: Bearer …" header, or a whole token response. Decoded as you type; nothing leaves this page.',
    placeholder: 'eyJhbGciOiJSUzI1NiIs…',
    example: 'Try an example',
    clear: 'Clear',
    loading: 'Loading the decoder…',
    large: (n: number) =>
      `A ${n.toLocaleString('en')}-character paste is decoded below; it is not shown here, to keep the page responsive.`,
    showLarge: 'Show the pasted text',
    count: (n: number) => (n === 1 ? '1 token' : `${n} tokens`),
    early: {
      note: 'The claims as the token states them. Their explanations, times and checks follow as soon as the decoder has loaded.',
      claim: 'Claim',
      value: 'Value',
    },
  },
  copy: { idle: 'Copy', done: 'Copied', failed: 'Copy failed' },
  copyLink: 'Copy link',
  demo: {
    pitch: 'No tenant at hand, or new to Auth0? Try the story this page was made for, on a simulated tenant.',
    button: 'Try the demo tenant',
  },
  request: {
    heading: 'Request a token',
    intro:
      'The same POST /oauth/token as Auth0’s curl examples, sent straight from this page to your tenant, and nowhere else.',
    domain: 'Tenant domain',
    domainHelp: 'e.g. dev-abc123.us.auth0.com, or a custom domain.',
    sendsTo: 'Requests go to',
    fromLink: (origin: string) =>
      `From a link: ${origin} is not an Auth0 domain (a custom domain, or someone else’s server). Confirm before anything is sent to it.`,
    confirmDomain: 'Confirm domain',
    grant: 'Grant type',
    otherGrant: (grant: string) => `Other (sent as written): ${grant}`,
    clientAuth: 'Client authentication',
    encoding: 'Body format',
    extras: 'Extra parameters',
    extrasHelp: 'One name=value per line, e.g. organization=org_123 or connection=google-oauth2.',
    /** The button beside each secret field that shows or hides what was typed in it. */
    showSecret: 'Show',
    hideSecret: 'Hide',
    timeout: 'Timeout (seconds)',
    send: 'Send request',
    cancel: 'Cancel request',
    sending: 'Sending…',
    invalid: (n: number) => (n === 1 ? 'Fix 1 field before sending.' : `Fix ${n} fields before sending.`),
    lints: (n: number) => (n === 1 ? 'Before you send: 1 note' : `Before you send: ${n} notes`),
  },
  curl: {
    heading: 'curl',
    label: 'curl command',
    copy: 'Copy curl',
    reveal: 'Show secrets',
    hide: 'Hide secrets',
    none: 'Fill the form to see the curl for it.',
    importLabel: 'Import curl command',
    importButton: 'Import',
    importLarge: (n: number) =>
      `A ${n.toLocaleString('en')}-character paste is in this box; it is not shown, to keep the page responsive. Import reads it; paste or type to replace it.`,
    importHelp:
      'A curl for /oauth/token from Auth0’s docs, a README or your terminal: every parameter lands in its field or in Extra parameters.',
  },
  response: {
    heading: 'Response',
    status: {
      idle: 'Nothing sent yet.',
      sending: 'Sending…',
      http: 'Response read',
      'cors-blocked': 'Blocked by CORS: the browser hid the answer',
      'network-error': 'No answer from the tenant',
      timeout: 'Timed out',
      'mixed-content': 'Blocked as mixed content',
      redirect: 'Redirect not followed',
      interrupted: 'Answer cut off after the headers',
      cancelled: 'Cancelled',
      'page-error': 'The page failed while sending',
    } as Record<string, string>,
    pasted: 'pasted',
    noStatus: 'Body read (no status line)',
    elapsed: (ms: number) => `${ms.toLocaleString('en')} ms`,
  },
  attempts: {
    heading: 'Attempts',
    none: 'No attempts yet. Each send or pasted response is listed here, newest first, until you close the page.',
    sent: 'sent',
    pasted: 'pasted',
    folded: (count: number): string =>
      `and ${count.toLocaleString('en')} earlier ${count === 1 ? 'attempt' : 'attempts'}, no longer kept`,
  },
  theme: { label: 'Theme', system: 'System', light: 'Light', dark: 'Dark' },
  language: 'Language',
  /** The static header of index.html, worded again once the page runs in another language. */
  page: {
    title: 'Auth0 token debugger',
    tagline: 'From a failed POST /oauth/token to the switch that fixes it, and the token that comes back.',
    description: 'Debug Auth0 /oauth/token requests and decode tokens, entirely in your browser.',
  },
};
