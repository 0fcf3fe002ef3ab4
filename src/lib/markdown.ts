/**
 * Markdown for text this page did not write (CommonMark and GitHub's tables): whatever it holds stays text, never
 * markup. An answer's description, a claim or a parameter goes into a code span or a fenced block; prose that
 * quotes them is escaped.
 */

/** The longest run of backticks in a text (counted in a loop: a spread over a huge paste would overflow). */
function longestBacktickRun(text: string): number {
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return longest;
}

/**
 * An inline code span: on one line, delimited by more backticks than any run inside, padded when the text starts or
 * ends with a backtick or a space. In a table cell, pipes are escaped too (GitHub splits cells before code spans).
 */
export function code(text: string, inTable = false): string {
  const flat = text.replace(/\r\n?|\n/g, ' ');
  const delimiter = '`'.repeat(longestBacktickRun(flat) + 1);
  const pad = /^[` ]|[` ]$/.test(flat) ? ' ' : '';
  const body = inTable ? flat.replaceAll('|', '\\|') : flat;
  return `${delimiter}${pad}${body || ' '}${pad}${delimiter}`;
}

/** A fenced block whose fence is longer than any backtick run inside, so nothing in the text can close it. */
export function fenced(text: string, language = ''): string[] {
  const fence = '`'.repeat(Math.max(3, longestBacktickRun(text) + 1));
  return [`${fence}${language}`, text.replace(/\r\n?/g, '\n'), fence];
}

/**
 * Prose as plain text on one line: characters that could start emphasis, a link, an image, HTML, an entity, a table
 * cell, math or strikethrough are backslash-escaped, and so are a list or heading marker at its start and the `://`
 * and `www.` that GitHub would turn into links.
 */
export function plain(text: string): string {
  return text
    .replace(/\r\n?|\n/g, ' ')
    .replace(/[\\`*[\]<|~&$]|(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g, '\\$&')
    .replace(/:\/\//g, '\\://')
    .replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`)
    .replace(/^(\d+)([.)])/, '$1\\$2')
    .replace(/^([-+#=>])/, '\\$1');
}
