import type { Diagnosis } from './diagnose';
import type { Exchange } from './exchange';
import { code, fenced, plain } from './markdown';
import { cleanTerminal } from './paste/terminal';
import type { TokenRequest } from './request/form';
import { isSecretName } from './secrets/names';
import { credentialsIn, redactor, replaceKnown } from './secrets/shapes';
import { endpointTexts } from './text/endpoints';
import { reportTexts as t } from './text/report';
import { decodeToken } from './token/decode';
import { isJsonObject } from './token/schemas';

export interface ReportInput {
  request?: TokenRequest;
  exchange: Exchange;
  diagnoses: Diagnosis[];
  /** The text pasted back, when the answer was pasted: its echoed command is shown (redacted) and its secrets known. */
  pasted?: string;
}

/** Claims that say how a token is built without saying who it is about. */
const technicalClaims = [
  'iss',
  'aud',
  'azp',
  'client_id',
  'gty',
  'scope',
  'scp',
  'permissions',
  'iat',
  'nbf',
  'exp',
  'org_id',
];

/**
 * A Markdown report of one exchange, safe to post: every secret of the request and every credential in what came
 * back (or was pasted) replaced, identifying claims left out, and whatever the answer said quoted as text, never
 * as markup.
 */
export function buildReport({ request, exchange, diagnoses, pasted }: ReportInput): string {
  const command = exchange.command ?? (pasted === undefined ? undefined : cleanTerminal(pasted).command);
  const known = knownSecrets(request, exchange, diagnoses, command);
  const scrub = redactor(t.redacted, known);
  const cell = (value: unknown) => code(scrub(typeof value === 'string' ? value : JSON.stringify(value)), true);

  const lines = [`## ${t.heading}`, '', `_${t.note}_`, '', `### ${t.request}`, ''];
  if (request) {
    lines.push(
      `${code(scrub(`POST ${request.tenant.origin}/oauth/token`))} · ${t.clientAuth}: ${code(request.clientAuth)} · ${t.body}: ${request.encoding}`,
      '',
      `| ${t.parameter} | ${t.value} |`,
      '| --- | --- |',
      `| grant_type | ${cell(request.grant.grantType)} |`,
    );
    for (const [name, value] of request.params)
      lines.push(`| ${name} | ${isSecretName(name) ? t.redacted : cell(value)} |`);
    for (const [name, value] of request.extras)
      lines.push(`| ${cell(name)} | ${isSecretName(name) ? t.redacted : cell(value)} |`);
  } else if (command) lines.push(t.pastedCommand, '', ...fenced(scrub(command), 'sh'));
  else lines.push(t.noRequest);

  lines.push('', `### ${t.response}`, '');
  if (exchange.state === 'http') {
    const status = scrub(`HTTP ${exchange.status ?? ''} ${exchange.statusText ?? ''}`.replace(/\s+/g, ' ').trim());
    const elapsed = exchange.elapsedMs !== undefined ? `, ${exchange.elapsedMs} ms` : '';
    lines.push(`${code(status)} (${t.transport[exchange.transport]}${elapsed})`, '');
    if (exchange.endpoint)
      lines.push(
        `${t.endpoint}: ${code(endpointTexts.names[exchange.endpoint.path])} (${endpointTexts.sources[exchange.endpoint.source]})`,
        '',
      );
    if (exchange.json !== undefined)
      lines.push(...fenced(scrub(JSON.stringify(redactJson(exchange.json, scrub), null, 2)), 'json'));
    else lines.push(...fenced(scrub(exchange.body)));
  } else {
    lines.push(t.state(exchange.state));
    if (exchange.evidence.length) lines.push('', ...fenced(scrub(exchange.evidence.join('\n'))));
  }

  lines.push('', `### ${t.diagnosis}`, '');
  const prose = (text: string) => plain(scrub(text));
  diagnoses.forEach((diagnosis, index) => {
    lines.push(
      `${index + 1}. **${prose(diagnosis.title)}** (${diagnosis.severity}, ${code(diagnosis.id)}): ${prose(diagnosis.cause)}`,
    );
    if (diagnosis.breadcrumb) lines.push(`   - ${t.path}: ${prose(diagnosis.breadcrumb.join(' > '))}`);
    diagnosis.fix.forEach((step) => lines.push(`   - ${prose(step)}`));
    diagnosis.suggestions?.forEach(({ title, breadcrumb }) =>
      lines.push(`   - ${t.suggested}: ${prose(title)}${breadcrumb ? ` (${prose(breadcrumb.join(' > '))})` : ''}`),
    );
  });

  if (isJsonObject(exchange.json)) {
    for (const name of ['access_token', 'id_token'] as const) {
      const raw = exchange.json[name];
      const decoded = typeof raw === 'string' ? decodeToken(raw, name) : undefined;
      if (decoded?.kind !== 'jws') continue;
      lines.push('', `### ${t.claims(name)}`, '', `| ${t.parameter} | ${t.value} |`, '| --- | --- |');
      for (const key of ['alg', 'typ', 'kid'])
        if (key in decoded.header) lines.push(`| header.${key} | ${cell(decoded.header[key])} |`);
      for (const key of technicalClaims)
        if (key in decoded.claims) lines.push(`| ${key} | ${cell(decoded.claims[key])} |`);
    }
  }
  // Belt and braces: a known secret that survived anywhere, even in this page's own words, is replaced too.
  return replaceKnown(lines.join('\n'), t.redacted, known);
}

const maxFound = 64;

/** Every secret value the report must not carry: the request's, and those found in what came back. */
function knownSecrets(
  request: TokenRequest | undefined,
  exchange: Exchange,
  diagnoses: Diagnosis[],
  command: string | undefined,
): string[] {
  const typed = [...(request?.params ?? []), ...(request?.extras ?? [])]
    .filter(([name]) => isSecretName(name))
    .flatMap(([, value]) => [
      value,
      value.trim(),
      encodeURIComponent(value),
      new URLSearchParams({ v: value }).toString().slice(2),
    ]);
  const quoted = [
    command ?? '',
    exchange.body,
    ...exchange.evidence,
    ...diagnoses.flatMap((diagnosis) => [diagnosis.title, diagnosis.cause, ...diagnosis.fix]),
  ];
  // The work stays bounded however much was pasted: the first credentials found are enough to catch echoes.
  return [...typed, ...quoted.flatMap((text) => credentialsIn(text, t.redacted)).slice(0, maxFound)];
}

function redactJson(value: unknown, scrub: (text: string) => string): unknown {
  if (typeof value === 'string') return scrub(value);
  if (Array.isArray(value)) return value.map((inner) => redactJson(inner, scrub));
  if (!isJsonObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, isSecretName(key) ? t.redacted : redactJson(inner, scrub)]),
  );
}
