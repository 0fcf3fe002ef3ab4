/**
 * How much of a text from outside the page (a pasted answer, a tenant's body, a description) patterns read and
 * cards quote. A tenant or a paste may hand over 10 MB; no task may take long enough to freeze the tab.
 */

/**
 * An `error_description` or a short raw body, as the catalogue's patterns read it and a card quotes it. Auth0's
 * descriptions are one sentence (the longest of the 80 real answers in tests/fixtures is 217 characters) and the
 * raw-body conditions are short answers (an empty preflight, a one-line 403, a small rate-limit JSON), so the
 * condition is always inside the window.
 */
export const descriptionChars = 4096;

/**
 * The start of a paste, where what kind of paste it is shows: curl's error line, a status line and the headers,
 * a browser console message. `curl -v` puts its TLS notes and request lines before the answer: a few KB.
 */
export const headChars = 64 * 1024;

/**
 * A pasted curl command. A curl for /oauth/token is a few KB; even with a client assertion or a token to exchange
 * it stays far below this, and a longer paste is refused with a message rather than split into words (reading a
 * megabyte of shell words took over 100 ms on a desktop).
 */
export const curlChars = 256 * 1024;

/** An outside value (a URL, a grant type, an option) quoted back in a message: enough to recognise it. */
export const quoteChars = 1024;

/**
 * A text box holding more than this is not laid out: Chromium takes ~350 ms to lay out a 1 MB text box and 9 s
 * for 10 MB (100,000 characters: ~60 ms, in no single long task). A paste over it is taken whole, and the box
 * shows a one-line summary instead of the text.
 */
export const boxChars = 100_000;

/**
 * The first `chars` of a text; a longer text is cut and marked with "…", so a pattern anchored at the end
 * (`^unauthorized\.?$`, `^\s*$`) cannot match a text that goes on, and a card shows that there was more.
 */
export function cut(text: string, chars: number): string {
  return text.length <= chars ? text : `${text.slice(0, chars)}…`;
}
