/** Validation messages of the /authorize tab. */
export const authorizeMessages = {
  clientIdRequired: () => 'Client ID is required: copy it from Applications > Applications > your app > Settings.',
  redirectUri: () => 'Redirect URI must be an absolute URL, such as this page’s own address.',
  responseType: (value: string) => `Response type “${value}” is not one Auth0 accepts.`,
  responseMode: (value: string) => `Response mode “${value}” is not one Auth0 accepts.`,
  tokensInQuery: () =>
    'Tokens are never sent in the query (OAuth 2.0 Multiple Response Types §3.0): use fragment or web_message with this response type.',
  formPostHere: () =>
    'form_post would POST the answer to this page’s host, a static server that cannot read it (and would log the code). Use form_post with your own server’s callback as the redirect URI, then paste what was posted below.',
  prompt: (value: string) => `Prompt “${value}” is not one of none, login, consent, select_account.`,
  maxAge: () => 'Max age is a whole number of seconds.',
  secretRequired: () =>
    'Client secret is required to exchange the code with this client authentication. A Single Page Application uses “none”.',
  extraLine: (line: number) => `Extra parameters, line ${line}: write name=value.`,
  extraReserved: (line: number, name: string) =>
    `Extra parameters, line ${line}: ${name} is set by this page or has its own field above.`,
  extraSecret: (line: number, name: string) =>
    `Extra parameters, line ${line}: ${name} is a secret, and a secret never goes into an /authorize URL.`,
  pasteEmpty: () =>
    'Paste the URL you were sent back to, what was posted, or the text of the page the login window shows.',
  pasteNoAnswer: () =>
    'There is no answer of /authorize in this: the URL has no code, token or error. Paste the whole address the login window ended on.',
};

/** Labels and texts of the /authorize tab. */
export const authorizeUi = {
  heading: 'Log in with Universal Login',
  intro:
    'Builds the /authorize URL, opens it in a popup, and exchanges the code it brings back for tokens, with the PKCE verifier, state and nonce kept in this page’s memory only.',
  frameTitle: 'Silent authentication (hidden)',
  redirectUri: 'Redirect URI',
  redirectHelp: 'This page’s own address by default: the popup comes back here and hands the answer to this tab.',
  addCallback: 'Add this exact URL to Allowed Callback URLs:',
  copyRedirect: 'Copy URL',
  responseType: 'Response type',
  responseTypeHelp: {
    code: 'Authorization code with PKCE: what Universal Login apps use.',
    other: 'Tokens from /authorize itself (Implicit or hybrid): for debugging ID tokens; needs the Implicit grant.',
  },
  responseMode: 'Response mode',
  responseModes: {
    fragment: 'fragment (the answer never reaches a server)',
    query: 'query (the code reaches this page’s host in the request)',
    web_message: 'web_message (the tenant posts the answer to this page)',
    form_post: 'form_post (to a server of yours; paste what was posted)',
    '': 'the tenant’s default for this response type',
  } as Record<string, string>,
  responseModeHelp:
    'fragment is the default here: the answer stays in the browser, while a query is sent to the page’s host (and its logs) with the request for the page.',
  scope: 'Scope',
  audience: 'Audience',
  prompt: 'Prompt',
  prompts: {
    '': '(none: a session logs in without asking)',
    login: 'login (ask even with a session)',
    consent: 'consent',
    select_account: 'select_account',
    none: 'none (answer without showing anything)',
  } as Record<string, string>,
  more: 'More parameters',
  paramLabels: {
    max_age: 'Max age (seconds)',
    login_hint: 'Login hint',
    screen_hint: 'Screen hint',
    connection: 'Connection',
    organization: 'Organization',
    invitation: 'Invitation',
    ui_locales: 'UI locales',
    resource: 'Resource',
  } as Record<string, string>,
  extras: 'Extra parameters',
  extrasHelp: 'One name=value per line, added to the /authorize URL. Secrets never go in it.',
  pkce: 'Send a PKCE challenge (S256)',
  clientAuth: 'Client authentication',
  clientAuthHelp:
    'How the code is exchanged: “none” for a Single Page Application or Native app, a secret for a Regular Web Application.',
  url: 'The /authorize URL',
  urlNote:
    'state, nonce and the PKCE challenge are fresh for every login; the verifier never leaves this page. Opened by hand (copied), this URL’s answer still comes back to this tab.',
  copyUrl: 'Copy /authorize URL',
  login: 'Log in through /authorize',
  silent: 'Try silent authentication',
  silentHelp:
    'prompt=none with response_mode=web_message in a hidden frame, the way the SPA SDK renews tokens: tells a missing Allowed Web Origin from no session and from blocked third-party cookies.',
  waitingSilent: 'Waiting for the hidden frame…',
  exchanging: 'Exchanging the code…',
  cancel: 'Stop waiting',
  invalid: (n: number) => (n === 1 ? 'Fix 1 field first.' : `Fix ${n} fields first.`),
  pasteLabel: 'Paste the URL you were sent back to',
  pasteHelp:
    'When popups are blocked, or the login ended elsewhere: the address the login window ended on, what was posted (form_post), or the text of the page the login window shows.',
  pasteButton: 'Read the answer',
  answerLabel: 'Answer of /authorize',
  demoNote:
    'The demo tenant lives inside this page, where a popup cannot go: its Universal Login is simulated below, driven by the same tenant emulator.',
};

/** The in-page stand-in for the login window, when the tenant is the demo's. */
export const simulatedUi = {
  heading: 'Demo tenant: Universal Login (simulated in this page)',
  note: 'A real tenant shows this in the popup. The page below is the demo tenant’s answer to the /authorize URL, rendered as text.',
  username: 'Email address',
  password: 'Password',
  submit: 'Continue',
  accept: 'Accept',
  decline: 'Decline',
  close: 'Close the login window',
  loading: 'Loading the tenant’s page…',
  away: 'The tenant sent the login window to another address than this page. A real popup would be there now; copy it into “Paste the URL you were sent back to” if it carries the answer.',
};

/** What the page that lands on the redirect URI shows when it handed the answer over. */
export const landingUi = {
  heading: 'Login answer handed over',
  text: 'The debugger tab that started this login has the answer. This window can be closed.',
  close: 'Close this window',
};

/** The demo panel's switches for the Universal Login story. */
export const demoLoginUi = {
  callbacks: 'Applications › Applications › Demo App › Settings › Application URIs',
  callbackLabel: (url: string) => `Allowed Callback URLs: ${url}`,
  actions: 'Actions › Triggers › post-login',
  actionLabel: (name: string) => `${name} (deployed, in the Login flow)`,
  story:
    'Universal Login: log in from the “Universal Login (/authorize)” tab, read the diagnosis, flip the switch it names, and log in again.',
};
