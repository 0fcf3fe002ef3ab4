import { buildHttpRequest, masked, type HttpRequest } from './build';
import type { TokenRequest } from './form';

/** Quote for bash and zsh: single quotes, with each ' written as '\''. */
export function shellQuote(value: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(value) ? value : `'${value.replaceAll("'", `'\\''`)}'`;
}

/**
 * The curl that sends exactly the same request, one option per line as in Auth0's docs. With `-i`, so that what it
 * prints, pasted back, starts with the status line and the headers.
 */
export function toCurl(request: HttpRequest): string {
  return [
    `curl -i --request ${request.method}`,
    `--url ${shellQuote(request.url)}`,
    ...request.headers.map(([name, value]) => `--header ${shellQuote(`${name}: ${value}`)}`),
    ...(request.body !== undefined ? [`--data ${shellQuote(request.body)}`] : []),
  ].join(' \\\n  ');
}

/** The curl for the screen: secrets already masked, and a Basic header shown masked rather than re-encoded. */
export function curlForScreen(maskedRequest: TokenRequest): string {
  const http = buildHttpRequest(maskedRequest);
  return toCurl({
    ...http,
    headers: http.headers.map(([name, value]): [string, string] =>
      name === 'authorization' ? [name, `Basic ${masked}`] : [name, value],
    ),
  });
}
