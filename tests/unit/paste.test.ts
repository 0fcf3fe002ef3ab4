import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { classifyPaste, type PasteReading } from '../../src/lib/paste/classify';
import { readConsoleMessage } from '../../src/lib/paste/console';
import { cleanTerminal } from '../../src/lib/paste/terminal';
import { parsePastedResponse } from '../../src/lib/response/parse';
import expectedReadings from '../fixtures/pastes/readings.json';
import own from '../fixtures/pastes/own.json';

interface Mined {
  id: string;
  text: string;
  expect: { status?: number | null; error?: string | null; kind: string; url?: string | null; origin?: string | null };
}

const mined = (file: string): Mined[] =>
  readFileSync(`tests/fixtures/pastes/${file}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Mined);
const terminal = mined('terminal');
const consoleMessages = mined('console');
const readings = expectedReadings as Record<string, Partial<PasteReading>>;

/** The reading without the fields a fixture does not pin. */
function pick(reading: PasteReading, keys: string[]): Record<string, unknown> {
  return Object.fromEntries(
    keys.map((key) => {
      const value = reading[key as keyof PasteReading];
      return [key, Array.isArray(value) ? [...value].sort() : value];
    }),
  );
}

describe('every mined terminal capture and console message is read as what it is', () => {
  test.each([...terminal, ...consoleMessages])('$id', ({ id, text }) => {
    const expected = readings[id];
    expect(expected, `readings.json has ${id}`).toBeDefined();
    expect(pick(classifyPaste(text), Object.keys(expected ?? {}))).toEqual(expected);
  });
});

describe('curl output pasted back, with what the terminal added, reaches the same status and error', () => {
  const answers = terminal.filter(
    (record) =>
      // The docs' samples with a body right under the headers (no blank line) are the parser's to read (issue 12).
      ['curl-i', 'curl-v', 'body', 'powershell'].includes(record.expect.kind) &&
      (record.expect.error || record.expect.status),
  );
  test.each(answers)('$id', ({ text, expect: wanted }) => {
    const parsed = parsePastedResponse(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    if (wanted.status) expect(parsed.value.status).toBe(wanted.status);
    if (wanted.error) expect((parsed.value.json as { error?: string } | undefined)?.error).toBe(wanted.error);
  });
  test('there are enough of them to mean something', () => {
    expect(answers.length).toBeGreaterThanOrEqual(12);
  });
});

describe('the page’s own cases: the seed as zsh shows it, tokens, redirects, an HTML page', () => {
  test.each(own)('$id', ({ text, reading, error }) => {
    expect(pick(classifyPaste(text), Object.keys(reading))).toEqual(reading);
    if (!error) return;
    const parsed = parsePastedResponse(text);
    expect(parsed.ok && (parsed.value.json as { error?: string }).error).toBe(error);
  });
});

describe('console messages name the app’s origin and the URL it called', () => {
  const blocked = consoleMessages.filter(
    (record) =>
      ['cors', 'cors-preflight'].includes(record.expect.kind) || /net::ERR_NAME|did not succeed/.test(record.text),
  );
  test.each(blocked)('$id', ({ text, expect: wanted }) => {
    const message = readConsoleMessage(text);
    expect(message?.problem).toBe(wanted.kind === 'network' ? 'network' : 'cors');
    if (wanted.url) expect(message?.url).toBe(wanted.url);
    if (wanted.origin) expect(message?.origin).toBe(wanted.origin);
  });
});

describe('the terminal cleaner', () => {
  test.each([
    ['zsh % after a JSON body', '{"a":1}%', '{"a":1}', ['zsh-percent']],
    ['zsh % after plain text', 'Unauthorized%\n', 'Unauthorized', ['zsh-percent']],
    ['a percentage stays', 'progress 100%', 'progress 100%', []],
    ['the next prompt on its own line', '{"a":1}\nuser@box:~$ ', '{"a":1}', ['trailing-prompt']],
    ['the next prompt glued to the body', '{"a":1}user@box:~$ ', '{"a":1}', ['trailing-prompt']],
    ['CRLF', 'HTTP/2 200\r\na: b\r\n\r\n{}', 'HTTP/2 200\na: b\n\n{}', []],
    ['ANSI colours', '\u001b[1mdate\u001b[0m: x', 'date: x', ['ansi']],
  ])('%s', (_, input, text, removed) => {
    const cleaned = cleanTerminal(input);
    expect(cleaned.text).toBe(text);
    expect(cleaned.removed.sort()).toEqual([...removed].sort());
  });

  test('a multi-line command with a JSON body ends where its quote closes', () => {
    const cleaned = cleanTerminal(
      `$ curl -s https://t.us.auth0.com/oauth/token \\\n  -H 'content-type: application/json' \\\n  -d '{\n  "grant_type": "client_credentials"\n}'\n{"error":"access_denied"}`,
    );
    expect(cleaned.command).toMatch(/^curl -s .*"client_credentials"\n}'$/s);
    expect(cleaned.text).toBe('{"error":"access_denied"}');
  });

  test('a heredoc is part of the command', () => {
    const cleaned = cleanTerminal(
      `$ curl -s https://t/oauth/token --data-binary @- <<EOF | jq\n{"grant_type":"x"}\nEOF\n{"error":"invalid_request"}`,
    );
    expect(cleaned.text).toBe('{"error":"invalid_request"}');
  });

  test('messages that start with curl are not commands', () => {
    expect(cleanTerminal('curl failed to verify the legitimacy of the server').command).toBeUndefined();
    expect(cleanTerminal('cURL error 7: Failed to connect').command).toBeUndefined();
  });

  test('a megabyte of x is not an opaque token', () => {
    expect(classifyPaste('x'.repeat(1024 * 1024)).kind).toBe('unknown');
  });
});
