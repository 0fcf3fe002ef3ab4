/** Whether the address looks like an answer of /authorize at all: checked before anything else is loaded. */
export const looksLikeCallback = (location: Pick<Location, 'search' | 'hash'>): boolean =>
  /[?#&](?:code|error|id_token|access_token)=/.test(`${location.search}${location.hash}`);
