import MarkdownIt, { type Token } from 'markdown-it';
import { describe, expect, test } from 'vitest';
import { diagnose } from '../../src/lib/diagnose';
import { httpExchange, type Exchange } from '../../src/lib/exchange';
import { code, fenced, plain } from '../../src/lib/markdown';
import { emptyFields, emptyForm, type RequestForm, type TokenRequest } from '../../src/lib/request/form';
import { validateForm } from '../../src/lib/request/validate';
import { buildReport } from '../../src/lib/report';
import { parsePastedResponse } from '../../src/lib/response/parse';

const now = Date.parse('2026-11-26T09:00:00Z');
const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: Record<string, unknown>) => `${part({ alg: 'RS256', kid: 'k' })}.${part(claims)}.c2ln`;

/** GitHub-like rendering: raw HTML passes through, bare http(s) and www. links become links. */
const markdown = new MarkdownIt({ html: true, linkify: true });
markdown.linkify.set({ fuzzyLink: false, fuzzyEmail: false });

function tokens(text: string): Token[] {
  return markdown.parse(text, {}).flatMap((token) => [token, ...(token.children ?? [])]);
}

/** What the rendered report holds besides text: every markup construct, by kind. */
function constructs(text: string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const token of tokens(text))
    if (!/^(text|softbreak|inline|paragraph_close|.*_close)$/.test(token.type))
      counts[token.type] = (counts[token.type] ?? 0) + 1;
  return counts;
}

function request(input: Partial<Omit<RequestForm, 'fields'>> & { fields?: Partial<RequestForm['fields']> }) {
  const result = validateForm({
    ...emptyForm(),
    domain: 'dev-x.us.auth0.com',
    ...input,
    fields: { ...emptyFields(), client_id: 'cid', client_secret: 'SECRET-client-42', ...input.fields },
  });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

function report(exchange: Exchange, req?: TokenRequest, pasted?: string): string {
  return buildReport({
    request: req,
    exchange,
    diagnoses: diagnose({ exchange, request: req, pageOrigin: 'https://d', now }),
    pasted,
  });
}

/** Everything Markdown and HTML could make of a description: on one line, then with the block constructs. */
const hostileLine = [
  '![x](https://evil.example/x.png)',
  '<img src=x onerror=alert(1)>',
  '[link](javascript:alert(1)) [ok](https://evil.example/ok)',
  '``` fence ```',
  '`tick` ``double``',
  '| a | b |',
  '**bold** _it_ *em* ~~strike~~',
  '<https://evil.example/auto> https://evil.example/bare www.evil.example',
  '$x^2$ &lt;b&gt; &#60;i&#62; \\*escaped\\*',
].join(' ');
const hostile = `${hostileLine}\n# Heading\n- item\n1. item\n> quote\n[ref]: https://evil.example/ref\n\n    indented`;

describe('markdown helpers', () => {
  test.each([
    ['plain', '`plain`'],
    ['a`b', '``a`b``'],
    ['`edge`', '`` `edge` ``'],
    ['run ``` of three', '````run ``` of three````'],
    [' spaced ', '`  spaced  `'],
    ['line\nbreak', '`line break`'],
    ['', '` `'],
  ])('code(%j) → %s, and renders back to the same text', (text, expected) => {
    expect(code(text)).toBe(expected);
    const [inline] = tokens(code(text)).filter((token) => token.type === 'code_inline');
    expect(inline?.content).toBe(text.replace(/\n/g, ' ') || ' ');
  });

  test('a code span in a table cell keeps its pipes inside the cell', () => {
    const table = `| a | b |\n| --- | --- |\n| ${code('x | y', true)} | ${code('`|`', true)} |`;
    const cells = tokens(table).filter((token) => token.type === 'code_inline');
    expect(cells.map((cell) => cell.content)).toEqual(['x | y', '`|`']);
  });

  test('a fenced block cannot be closed from inside', () => {
    const text = 'a\n```\n# not a heading\n````\n<img src=x>';
    const rendered = tokens(fenced(text).join('\n'));
    expect(rendered.map((token) => token.type)).toEqual(['fence']);
    expect(rendered[0]?.content).toBe(`${text}\n`);
  });

  test('plain text keeps its words and loses every construct', () => {
    // Unescaped, the same text is full of constructs: the check below can fail.
    expect(Object.keys(constructs(hostile))).toEqual(
      expect.arrayContaining([
        'image',
        'link_open',
        'html_inline',
        'heading_open',
        'strong_open',
        's_open',
        'code_inline',
      ]),
    );
    const rendered = tokens(plain(hostile));
    expect(constructs(plain(hostile))).toEqual({ paragraph_open: 1 });
    expect(
      rendered
        .filter((token) => token.type === 'text' || token.type === 'text_special')
        .map((token) => token.content)
        .join(''),
    ).toBe(hostile.replace(/\n/g, ' '));
  });
});

describe('buildReport quotes what it did not write, never renders it', () => {
  const req = request({
    grantType: 'client_credentials',
    fields: { audience: 'https://api.example.com/ <img src=x>' },
    extras: `organization=${hostileLine}\nweird\`|name=1`,
  });

  test.each([
    [
      'an unknown error code and its description',
      'generic.unknown-error',
      { error: hostile, error_description: hostile },
    ],
    [
      'a known error with the description quoted (at client credentials, a denial by the tenant’s own code)',
      'auth0.credentials-exchange-denied',
      { error: 'invalid_request', error_description: hostile },
    ],
    [
      'a catalogue capture quoted in the title',
      'auth0.scopes-not-granted',
      { error: 'access_denied', error_description: `Client has not been granted scopes: ${hostileLine}` },
    ],
    [
      'a grant capture quoted in the breadcrumb',
      'auth0.grant-not-allowed',
      {
        error: 'unauthorized_client',
        error_description: `Grant type '${hostileLine.replace(/\s/g, '_')}' not allowed for the client.`,
      },
    ],
  ])('%s', (_name, id, body) => {
    const text = report(httpExchange(JSON.stringify(body), 403, 'direct'), req);
    expect(text).toContain(`\`${id}\``);
    const found = constructs(text);
    expect(found).not.toHaveProperty('image');
    expect(found).not.toHaveProperty('link_open');
    expect(found).not.toHaveProperty('html_inline');
    expect(found).not.toHaveProperty('html_block');
    expect(found).not.toHaveProperty('s_open');
    expect(found).not.toHaveProperty('blockquote_open');
    expect(found.heading_open).toBe(4); // the report's own: title, request, response, diagnosis
    expect(found.em_open).toBe(1); // the note under the title
    expect(found.strong_open).toBe(1); // the diagnosis title
    expect(found.fence).toBe(1); // the body
    // Every table row has its two cells: no pipe from a value opened a third.
    const rows = markdown.parse(text, {}).filter((token) => token.type === 'tr_open').length;
    expect(found.td_open ?? 0).toBe((rows - 1) * 2);
    expect(found.th_open).toBe(2);
  });

  test('a pasted status line, headers and an HTML body stay text', () => {
    const pasted = parsePastedResponse(
      `HTTP/1.1 502 ${hostileLine}\ncontent-type: text/html\n\n<html><body>${hostile}</body></html>`,
    );
    expect(pasted.ok).toBe(true);
    if (!pasted.ok) return;
    const text = report(pasted.value);
    expect(constructs(text)).not.toHaveProperty('html_block');
    expect(constructs(text)).not.toHaveProperty('image');
    expect(constructs(text)).not.toHaveProperty('link_open');
    expect(tokens(text).find((token) => token.type === 'fence')?.content).toContain('<img src=x onerror=alert(1)>');
  });

  test('a browser message with a code in its URL is fenced and redacted', () => {
    const exchange: Exchange = {
      transport: 'pasted',
      state: 'cors-blocked',
      headers: [],
      body: '',
      evidence: [
        `Access to fetch at 'https://app.example.com/cb?code=SECRET-code-1&state=x' blocked by CORS policy ${hostile}`,
      ],
    };
    const text = report(exchange);
    expect(text).not.toContain('SECRET-code-1');
    expect(constructs(text)).not.toHaveProperty('image');
    expect(constructs(text)).not.toHaveProperty('html_inline');
    expect(constructs(text).fence).toBe(1);
  });

  test('claim values with backticks and pipes stay in their cell', () => {
    const body = {
      access_token: jwt({
        iss: 'https://x/ | `y` |',
        aud: ['a|b', '```'],
        gty: '<b>x</b>',
        exp: now / 1000 + 600,
        sub: 'auth0|who',
      }),
    };
    const text = report(httpExchange(JSON.stringify(body), 200, 'direct'), req);
    const cells = tokens(text)
      .filter((token) => token.type === 'code_inline')
      .map((token) => token.content);
    expect(cells).toContain('https://x/ | `y` |');
    expect(cells).toContain('["a|b","```"]');
    expect(cells).toContain('<b>x</b>');
    expect(text).not.toContain('auth0|who');
  });
});

describe('buildReport redacts pasted captures', () => {
  const secrets = {
    basic: 'Y2xpZW50LWlkOlNFQ1JFVC1iYXNpYy0x', // client-id:SECRET-basic-1
    oldRefresh: 'SECRET-old-refresh-2',
    newRefresh: 'SECRET-new-refresh-3',
    access: jwt({ iss: 'https://dev-x.us.auth0.com/', sub: 'auth0|SECRET-user-4', gty: 'refresh_token' }),
    clientSecret: 'SECRET-client-5',
    cookie: 'SECRET-cookie-6',
  };
  const leaks = (text: string) =>
    [...Object.values(secrets), 'SECRET-basic-1', 'SECRET-user-4'].filter((secret) => text.includes(secret));

  test('curl -i with its command line: credentials gone, status, error and claims kept', () => {
    const paste = `$ curl -i https://dev-x.us.auth0.com/oauth/token -H 'authorization: Basic ${secrets.basic}' -d 'grant_type=refresh_token&refresh_token=${secrets.oldRefresh}&client_secret=${secrets.clientSecret}'
HTTP/2 200
content-type: application/json
set-cookie: did=${secrets.cookie}; Path=/

{"access_token":"${secrets.access}","refresh_token":"${secrets.newRefresh}","token_type":"Bearer","expires_in":86400}`;
    const pasted = parsePastedResponse(paste);
    expect(pasted.ok).toBe(true);
    if (!pasted.ok) return;
    const text = report(pasted.value, undefined, paste);
    expect(leaks(text)).toEqual([]);
    // The command that was run is shown, redacted, as the request; the answer is read from after it.
    expect(text).toContain('The command that was run, as pasted:');
    expect(text).toContain('Basic [redacted]');
    expect(text).toContain('refresh_token=[redacted]');
    expect(text).toContain('`HTTP 200`');
    expect(text).toContain('token_type');
  });

  test('curl -v with echoed request lines', () => {
    const paste = `* Connected to dev-x.us.auth0.com
> POST /oauth/token HTTP/2
> authorization: Basic ${secrets.basic}
> cookie: did=${secrets.cookie}
> content-type: application/x-www-form-urlencoded
>
} [52 bytes data]
< HTTP/2 403
< content-type: application/json
<
{"error":"invalid_grant","error_description":"Unknown or invalid refresh token.","refresh_token":"${secrets.oldRefresh}"}`;
    const pasted = parsePastedResponse(paste);
    expect(pasted.ok).toBe(true);
    if (!pasted.ok) return;
    const text = report(pasted.value);
    expect(leaks(text)).toEqual([]);
    expect(text).toContain('HTTP 403');
    expect(text).toContain('invalid_grant');
  });

  test('a secret the response echoes is replaced by the one found in the request line', () => {
    const paste = `curl -d refresh_token=${secrets.oldRefresh} https://x
HTTP/1.1 400 Bad Request

{"error":"invalid_grant","error_description":"The token ${secrets.oldRefresh} was revoked"}`;
    const pasted = parsePastedResponse(paste);
    if (!pasted.ok) throw new Error('not parsed');
    expect(leaks(report(pasted.value, undefined, paste))).toEqual([]);
  });

  test('a secret extra parameter typed in the form is redacted, and so is its echo', () => {
    const req = request({
      grantType: 'client_credentials',
      fields: { audience: 'https://api' },
      extras: 'client_assertion=SECRET-assertion-7\nactor_token=SECRET-actor-8\norganization=org_1',
    });
    const text = report(
      httpExchange('{"error":"invalid_client","error_description":"bad SECRET-assertion-7"}', 401, 'direct'),
      req,
    );
    expect(text).not.toMatch(/SECRET-(assertion|actor|client)/);
    expect(text).toContain('| `client_assertion` | [redacted] |');
    expect(text).toContain('| `organization` | `org_1` |');
  });
});

describe('the report says which endpoint answered, and what a fallback ranked', () => {
  test('a pasted curl -v of /userinfo, and an unknown answer with its likely settings', () => {
    const pasted = parsePastedResponse('> GET /userinfo HTTP/2\n< HTTP/2 401 \n<\n{"error":"weird_error"}');
    if (!pasted.ok) throw new Error('not parsed');
    const text = report(pasted.value);
    expect(text).toContain('Answered by: `GET /userinfo` (the curl -v request line)');
    expect(text).toContain('`generic.unknown-error`');
    expect(text).toContain('Likely setting: /userinfo refused the access token');
  });
});
