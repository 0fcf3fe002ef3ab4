import { cut } from '../bounds';

/** One challenge of a `WWW-Authenticate` header (RFC 9110 §11.6.1, RFC 6750 §3). */
export interface Challenge {
  /** The scheme, lower-case: `bearer`, `dpop`, `basic`. */
  scheme: string;
  /** Its parameters by lower-case name: realm, error, error_description, error_uri, scope. */
  params: Record<string, string>;
  token68?: string;
}

/** A header longer than this is read from its start: a challenge is a few hundred characters. */
const headerChars = 8192;
/** Real headers carry one to three challenges; reading stops after this many. */
const maxChallenges = 16;
const tokenChar = /[!#$%&'*+.^_`|~0-9A-Za-z-]/;

/**
 * Read every challenge of a `WWW-Authenticate` header. Commas separate both challenges and parameters, so a
 * token that is not followed by `=` starts the next challenge. Malformed parts are skipped, never thrown on.
 */
export function readChallenges(header: string): Challenge[] {
  const text = cut(header, headerChars);
  const challenges: Challenge[] = [];
  let at = 0;
  const skip = (chars: string) => {
    while (at < text.length && chars.includes(text.charAt(at))) at++;
  };
  const token = () => {
    const start = at;
    while (at < text.length && tokenChar.test(text.charAt(at))) at++;
    return text.slice(start, at);
  };
  let current: Challenge | undefined;
  while (at < text.length) {
    skip(' \t,');
    const word = token();
    if (!word) {
      at++;
      continue;
    }
    skip(' \t');
    if (text.charAt(at) === '=' && text.charAt(at + 1) !== '=') {
      at++;
      skip(' \t');
      const read = value();
      // A parameter before any scheme belongs to no challenge.
      if (current) current.params[word.toLowerCase()] = read;
      continue;
    }
    if (challenges.length === maxChallenges) break;
    current = { scheme: word.toLowerCase(), params: {} };
    challenges.push(current);
    // token68 (RFC 9110 §11.2): what follows the scheme when it is not a list of parameters.
    const t68 = /^[A-Za-z0-9._~+/-]+=*(?=[ \t]*(?:,|$))/.exec(text.slice(at, at + headerChars))?.[0];
    if (t68) {
      current.token68 = t68;
      at += t68.length;
    }
  }
  return challenges;

  function value(): string {
    if (text.charAt(at) !== '"') return token();
    at++;
    let out = '';
    while (at < text.length && text.charAt(at) !== '"') {
      if (text.charAt(at) === '\\' && at + 1 < text.length) at++;
      out += text.charAt(at);
      at++;
    }
    at++;
    return out;
  }
}

/** The Bearer (or DPoP) challenge an API answered with, when it sent one. */
export function bearerChallenge(headers: [string, string][]): Challenge | undefined {
  const header = headers.find(([name]) => name.toLowerCase() === 'www-authenticate')?.[1];
  if (header === undefined) return undefined;
  const challenges = readChallenges(header);
  return challenges.find((c) => c.scheme === 'bearer') ?? challenges.find((c) => c.scheme === 'dpop') ?? challenges[0];
}
