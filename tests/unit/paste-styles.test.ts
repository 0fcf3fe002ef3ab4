import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { parsePastedResponse } from '../../src/lib/response/parse';
import { endpointOfLabel, exchangeOf, grantOf, readCorpus, requestFor } from '../corpus';

/**
 * The same answer, as the clients people use print it: every JSON answer of the corpus that reaches its entry must
 * reach it too when pasted as `curl -i` output, Go's oauth2 error, a Python traceback with the body after it,
 * Node's axios error with the body as an object literal, pretty-printed JSON, JSON inside a person's question, and
 * (for an OAuth code with its sentence) Spring Security's exception or a program's labelled lines.
 */
const reasons: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
};
const pageOrigin = 'https://debugger.example';

/** A value as Node's util.inspect prints it: single quotes, or double ones when the text holds a single quote. */
const inspect = (value: unknown): string =>
  typeof value === 'string'
    ? value.includes("'") && !value.includes('"')
      ? `"${value}"`
      : `'${value.replace(/'/g, "\\'")}'`
    : JSON.stringify(value);
const literal = (body: Record<string, unknown>) =>
  `{ ${Object.entries(body)
    .map(([key, value]) => `${/^\w+$/.test(key) ? key : `'${key}'`}: ${inspect(value)}`)
    .join(', ')} }`;

function styles(body: Record<string, unknown>, status: number, url: string): Record<string, string> {
  const json = JSON.stringify(body);
  const reason = reasons[status] ?? 'Error';
  return {
    'curl -i': `HTTP/2 ${status}\ncontent-type: application/json; charset=utf-8\n\n${json}`,
    'Go oauth2': `oauth2: cannot fetch token: ${status} ${reason}\nResponse: ${json}`,
    'Python requests': `Traceback (most recent call last):\n  File "app.py", line 12, in <module>\n    r.raise_for_status()\nrequests.exceptions.HTTPError: ${status} Client Error: ${reason} for url: ${url}\n>>> r.json()\n${JSON.stringify(body, null, 1)}`,
    'Node axios': `AxiosError: Request failed with status code ${status}\n    at settle (node_modules/axios/lib/core/settle.js:19:12)\n  response: {\n    status: ${status},\n    data: ${literal(body)}\n  }`,
    'pretty JSON': JSON.stringify(body, null, 2),
    'JSON in a question': `Hi all, I'm calling ${url} and keep getting this back:\n\n${json}\n\nAny idea what I'm doing wrong?`,
    ...(typeof body.error === 'string' &&
    /^[a-z][a-z0-9_.]+$/.test(body.error) &&
    typeof body.error_description === 'string'
      ? {
          'Spring Security': `org.springframework.security.oauth2.core.OAuth2AuthorizationException: [${body.error}] ${body.error_description}`,
          'labelled lines': `Error: ${body.error}\nDescription: ${body.error_description}`,
        }
      : {}),
  };
}

const cases = readCorpus().flatMap((line) => {
  const body = line.body;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return [];
  const fields = body as Record<string, unknown>;
  if (typeof fields.error !== 'string' && typeof fields.message !== 'string') return [];
  const request = requestFor(grantOf(line.grant));
  if (diagnose({ exchange: exchangeOf(line), request, pageOrigin, now: 0 })[0]?.id !== line.expect) return [];
  const path = /(?:^|\s)(\/[^\s()]*)/.exec(line.endpoint)?.[1] ?? '/oauth/token';
  return Object.entries(styles(fields, line.status ?? 400, `https://dev-x.us.auth0.com${path}`)).map(
    ([style, text]) => ({
      name: `${line.id} as ${style}`,
      text,
      endpoint: line.endpoint,
      request,
      expect: line.expect,
    }),
  );
});

describe('an answer reaches its entry however a client printed it', () => {
  test('the corpus gives hundreds of answers in up to eight styles', () => {
    expect(cases.length).toBeGreaterThan(2000);
  });

  test.each(cases)('$name', ({ text, endpoint, request, expect: id }) => {
    const pasted = parsePastedResponse(text, endpointOfLabel(endpoint));
    expect(pasted.ok).toBe(true);
    if (pasted.ok) expect(diagnose({ exchange: pasted.value, request, pageOrigin, now: 0 })[0]?.id).toBe(id);
  });
});
