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
  scopes: (claim: string) => `Scopes (${claim})`,
  permissions: 'Permissions',
  rawJson: 'Raw JSON',
  copyHeader: 'Copy header JSON',
  copyClaims: 'Copy claims JSON',
  copyToken: 'Copy token',
  claimColumn: 'Claim',
  parameterColumn: 'Parameter',
  valueColumn: 'Value',
  meaningColumn: 'Meaning',
  showAllRows: (n: number) => `Show all ${n} rows`,
  showAllText: (n: number) => `Show all ${count.format(n)} characters`,
  noScopes: 'No scopes.',
  characters: (n: number) => `${count.format(n)} characters`,
};
