import { headChars } from '../bounds';

export type Browser = 'chrome' | 'firefox' | 'safari';

/** A browser console message about a request the browser blocked or could not make, as far as its words say. */
export interface ConsoleMessage {
  browser?: Browser;
  problem: 'cors' | 'network';
  /** The URL the blocked request went to, as the message names it. */
  url?: string;
  /** The origin of the page that made the request (the app), as the message names it. */
  origin?: string;
}

/**
 * Each browser's wording (verbatim in tests/fixtures/pastes/console.jsonl), with the group that holds the URL and
 * the group that holds the origin it names. The first that matches says which browser and which problem.
 */
const wordings: { browser: Browser; problem: 'cors' | 'network'; pattern: RegExp; url?: number; origin?: number }[] = [
  {
    browser: 'chrome',
    problem: 'cors',
    pattern:
      /Access to (?:fetch|XMLHttpRequest) at '(https?:\/\/[^\s'"<>]{1,2048})' from origin '(https?:\/\/[^\s'"/<>]{1,512})' has been blocked/,
    url: 1,
    origin: 2,
  },
  {
    browser: 'chrome',
    problem: 'cors',
    pattern:
      /XMLHttpRequest cannot load (https?:\/\/[^\s'"<>]{1,2048}?)\.?\s[^\n]{0,400}?Origin '(https?:\/\/[^\s'"/<>]{1,512})' is therefore not/,
    url: 1,
    origin: 2,
  },
  {
    browser: 'chrome',
    problem: 'cors',
    pattern: /XMLHttpRequest cannot load (https?:\/\/[^\s'"<>]{1,2048}?)\.?\s/,
    url: 1,
  },
  {
    browser: 'firefox',
    problem: 'network',
    pattern:
      /Cross-Origin Request Blocked:[^\n]{0,200}? at (https?:\/\/[^\s'"<>]{1,2048}?)\.? \(Reason: CORS request did not succeed/,
    url: 1,
  },
  {
    browser: 'firefox',
    problem: 'cors',
    pattern: /Cross-Origin Request Blocked:[^\n]{0,200}? at (https?:\/\/[^\s'"<>]{1,2048}?)\.? \(Reason/,
    url: 1,
  },
  {
    browser: 'safari',
    problem: 'cors',
    pattern: /Origin (https?:\/\/[^\s'"/<>]{1,512}) is not allowed by Access-Control-Allow-Origin/,
    origin: 1,
  },
  {
    browser: 'safari',
    problem: 'cors',
    pattern: /Fetch API cannot load (https?:\/\/[^\s'"<>]{1,2048}) due to access control checks/,
    url: 1,
  },
  { browser: 'chrome', problem: 'cors', pattern: /Response to preflight request doesn't pass access control check/ },
  {
    browser: 'chrome',
    problem: 'network',
    pattern: /(?:POST|GET) (https?:\/\/[^\s'"<>]{1,2048}) net::ERR_(?!FAILED)/,
    url: 1,
  },
  { browser: 'firefox', problem: 'network', pattern: /NetworkError when attempting to fetch resource/ },
  { browser: 'chrome', problem: 'network', pattern: /net::ERR_[A-Z_]{1,64}|Failed to fetch/ },
];

/**
 * Read a console message pasted from the browser of the app that failed (not this page's): which browser, whether
 * CORS or the network stopped the request, and the URL and origin it names. The first lines are read.
 */
export function readConsoleMessage(text: string): ConsoleMessage | undefined {
  const head = text.slice(0, Math.min(text.length, headChars));
  let found: ConsoleMessage | undefined;
  for (const wording of wordings) {
    const match = wording.pattern.exec(head);
    if (!match) continue;
    found ??= { browser: wording.browser, problem: wording.problem };
    const matchedUrl = wording.url ? match[wording.url] : undefined;
    const matchedOrigin = wording.origin ? match[wording.origin] : undefined;
    if (matchedUrl && !found.url) found.url = matchedUrl.replace(/[.,;:]$/, '');
    if (matchedOrigin && !found.origin) found.origin = matchedOrigin;
  }
  return found;
}
