const count = new Intl.NumberFormat('en');

/** Labels of the token views (loaded after the first paint). */
export const tokenUi = {
  headings: {
    access_token: 'Access token',
    id_token: 'ID token',
    refresh_token: 'Refresh token',
    pasted: 'Token',
  } as Record<string, string>,
  kinds: {
    jws: 'Signed JWT (JWS)',
    jwe: 'Encrypted (JWE)',
    opaque: 'Opaque',
    malformed: 'Not a valid token',
  } as Record<string, string>,
  header: 'Header',
  claims: 'Claims',
  claimsHint: 'press a name for what it means',
  rawJson: 'Raw JSON',
  copyHeader: 'Copy header JSON',
  copyClaims: 'Copy claims JSON',
  copyToken: 'Copy token',
  showAllRows: (n: number) => `Show all ${count.format(n)} rows`,
  showAllText: (n: number) => `Show all ${count.format(n)} characters`,
  noScopes: 'No scopes.',
  explainScopes: 'What each allows',
  hideScopes: 'Names only',
  characters: (n: number) => `${count.format(n)} characters`,
};
