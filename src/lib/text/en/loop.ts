import type { PasteReading } from '../../paste/classify';
import type { TerminalNoise } from '../../paste/terminal';
import type { SuccessSummary } from '../../loop/summary';

const count = (n: number, one: string, many = `${one}s`) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

const noise: Record<TerminalNoise, string> = {
  ansi: 'colour codes',
  command: 'the command line',
  prompt: 'the prompt',
  'trailing-prompt': 'the next prompt',
  'zsh-percent': 'zsh’s %',
  'progress-meter': 'the progress meter',
  'curl-note': 'curl’s notes',
  powershell: 'PowerShell’s error wrapping',
};

const browsers = { chrome: 'Chrome', firefox: 'Firefox', safari: 'Safari' };

/** What "Paste anything" says it read, in a few words, and where it went. */
function what(reading: PasteReading): string {
  const status = reading.status ? `, HTTP ${reading.status}` : '';
  const endpoint = reading.endpoint ? ` from ${reading.endpoint}` : '';
  switch (reading.kind) {
    case 'token':
      return reading.variant === 'bearer'
        ? 'an Authorization: Bearer header with a JWT'
        : reading.variant === 'jwe'
          ? 'an encrypted token (JWE)'
          : reading.variant === 'opaque'
            ? 'an opaque token'
            : 'a JWT';
    case 'token-url':
      return 'a redirect URL with tokens in it';
    case 'token-response':
      return 'a token response (JSON)';
    case 'error-body':
      return 'an OAuth error body (JSON, no status line)';
    case 'json-body':
      return 'a JSON body (no status line)';
    case 'curl-command':
      return `a curl command${reading.endpoint ? ` for ${reading.endpoint}` : ''}`;
    case 'curl-output':
      return `curl ${reading.variant === 'verbose' ? '-v output' : reading.variant === 'include' ? '-i output' : 'output (the body only)'}${status}${endpoint}`;
    case 'http-response':
      return `an HTTP answer${status}${endpoint}`;
    case 'curl-error':
      return 'an error curl printed before any answer';
    case 'console':
      return `a ${reading.browser ? browsers[reading.browser] : 'browser'} console message${reading.url ? ` about ${reading.url}` : ''}${reading.origin ? ` from the app at ${reading.origin}` : ''}`;
    case 'redirect-code':
      return 'a redirect back from /authorize with an authorization code';
    case 'redirect-error':
      return `a redirect back from /authorize with error=${reading.error ?? ''}`;
    case 'html':
      return `an HTML page${reading.title ? ` titled “${reading.title}”` : ''}`;
    default:
      return '';
  }
}

/** Texts of the loop's results (loaded after the first paint): how a paste was read, fix links, the success line. */
export const loopUi = {
  reading: {
    readAs: (reading: PasteReading) => {
      const removed = reading.removed.filter((kind) => kind !== 'command' || reading.kind !== 'curl-command');
      const cleaned = removed.length ? ` (left out: ${removed.map((kind) => noise[kind]).join(', ')})` : '';
      return `Read as: ${what(reading)}${cleaned}.`;
    },
    unknown:
      'Could not tell what this is: not a token, a curl command or an answer this page knows. Choose what to do with it:',
    asToken: 'Decode as a token',
    asResponse: 'Diagnose as a response',
    asCurl: 'Import as a curl command',
    commandToo: 'Also put its curl command in the form',
    went: {
      decoder: 'Decoded below.',
      response: 'Diagnosed in Response.',
      import: 'Imported into the form.',
      code: 'Put into the form as the authorization code (grant: Authorization code).',
    },
    notImported: 'Nothing was put in the form:',
    seeResult: {
      decoder: 'See the token',
      response: 'See the diagnosis',
      import: 'See the form',
      code: 'See the form',
    },
  },
  fix: {
    dashboard: 'Open this page of the Auth0 Dashboard:',
    dashboardPath: 'Auth0 Dashboard path:',
    note: 'Note',
    copyCurl: 'Copy the command (curl -i)',
    /** A pasted answer is answered by running the curl again, not by a Send the browser may not complete. */
    pastedStep: (step: string) =>
      step
        .replace(
          /\b[Ss]ave( Changes)?, then send again\./,
          'Save$1, then run the curl again and paste its output here.',
        )
        .replace(/\bthen send again\b/, 'then run the curl again and paste its output here')
        .replace(/\band send again\b/, 'and run the curl again')
        .replace(/^Send again\b/, 'Run the curl again'),
  },
  success: {
    line: (summary: SuccessSummary) => {
      const format =
        summary.format === 'jws'
          ? `a signed JWT${summary.alg ? ` (${summary.alg})` : ''}`
          : summary.format === 'jwe'
            ? 'an encrypted token (JWE)'
            : 'an opaque token';
      const others = summary.tokens.filter((name) => name !== 'access_token');
      const with_ = others.length ? `, with ${others.map((name) => name.replace('_', ' ')).join(' and ')}` : '';
      const audience = summary.audience ? ` for ${summary.audience}` : '';
      const scopes = summary.scopes !== undefined ? `, ${count(summary.scopes, 'scope')}` : '';
      const expiry = summary.expiresIn !== undefined ? `, valid ${duration(summary.expiresIn)}` : '';
      // Judged when the answer arrived: a clock tick later never turns it into another verdict.
      const verdict = summary.problems
        ? `${count(summary.problems, 'thing')} not as asked when it arrived, below.`
        : 'As asked, as of when it arrived.';
      return `Access token issued: ${format}${audience}${scopes}${expiry}${with_}. ${verdict}`;
    },
    notes: (n: number) => (n === 1 ? '1 note' : `${n} notes`),
  },
  html: {
    heading: 'What the HTML page says',
    tracking: (id: string) => `Tracking ID: ${id}`,
  },
};

function duration(seconds: number): string {
  if (seconds % 86400 === 0) return count(seconds / 86400, 'day');
  if (seconds % 3600 === 0) return count(seconds / 3600, 'hour');
  if (seconds % 60 === 0) return count(seconds / 60, 'minute');
  return count(seconds, 'second');
}
