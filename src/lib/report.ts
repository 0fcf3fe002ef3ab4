import type { Diagnosis } from './diagnose';
import type { Exchange } from './exchange';
import { secretFields } from './request/fields';
import type { TokenRequest } from './request/form';
import { reportTexts as t } from './text/en/report';
import { decodeToken } from './token/decode';
import { isJsonObject } from './token/schemas';

export interface ReportInput {
  request?: TokenRequest;
  exchange: Exchange;
  diagnoses: Diagnosis[];
}

/** Response fields that carry secrets. */
const secretKeys = new Set([
  'access_token',
  'id_token',
  'refresh_token',
  'mfa_token',
  'recovery_code',
  'device_code',
  'auth_req_id',
  ...secretFields,
]);
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
// A JWT anywhere in a text. A match starts only where a run of token characters starts and goes to the run's first
// "eyJ" at once (the lookahead), so "eyJeyJeyJ…" is scanned once, not once per "eyJ" (quadratic).
const jwtPattern = /(?<![A-Za-z0-9_-])(?=([A-Za-z0-9_-]*?)eyJ)\1eyJ[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*\.[A-Za-z0-9_-]*/g;
const redactJwts = (text: string) => text.replace(jwtPattern, (_jwt, before: string) => `${before}${t.redacted}`);

/** A Markdown report of one exchange, safe to post: every secret replaced, identifying claims left out. */
export function buildReport({ request, exchange, diagnoses }: ReportInput): string {
  const lines = [`## ${t.heading}`, '', `_${t.note}_`, '', `### ${t.request}`, ''];
  if (request) {
    lines.push(
      `\`POST ${request.tenant.origin}/oauth/token\` · ${t.clientAuth}: \`${request.clientAuth}\` · ${t.body}: ${request.encoding}`,
      '',
    );
    lines.push(`| ${t.parameter} | ${t.value} |`, '| --- | --- |', `| grant_type | ${cell(request.grant.grantType)} |`);
    for (const [name, value] of [...request.params, ...request.extras]) {
      lines.push(`| ${cell(name)} | ${secretKeys.has(name) ? t.redacted : cell(value)} |`);
    }
  } else lines.push(t.noRequest);

  lines.push('', `### ${t.response}`, '');
  if (exchange.state === 'http') {
    const status = exchange.status
      ? `HTTP ${exchange.status}${exchange.statusText ? ` ${exchange.statusText}` : ''}`
      : 'HTTP';
    lines.push(
      `${status} (${t.transport[exchange.transport]}${exchange.elapsedMs !== undefined ? `, ${exchange.elapsedMs} ms` : ''})`,
      '',
    );
    lines.push(
      ...fenced(
        exchange.json !== undefined ? JSON.stringify(redactJson(exchange.json), null, 2) : redactJwts(exchange.body),
        exchange.json !== undefined ? 'json' : '',
      ),
    );
  } else lines.push(t.state(exchange.state), ...exchange.evidence.map((line) => `> ${line}`));

  lines.push('', `### ${t.diagnosis}`, '');
  diagnoses.forEach((diagnosis, index) => {
    lines.push(`${index + 1}. **${diagnosis.title}** (${diagnosis.severity}, \`${diagnosis.id}\`): ${diagnosis.cause}`);
    if (diagnosis.breadcrumb) lines.push(`   - ${t.path}: ${diagnosis.breadcrumb.join(' > ')}`);
    diagnosis.fix.forEach((step) => lines.push(`   - ${step}`));
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
  return scrub(lines.join('\n'), request);
}

function redactJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactJson);
  if (!isJsonObject(value)) return typeof value === 'string' ? redactJwts(value) : value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, secretKeys.has(key) ? t.redacted : redactJson(inner)]),
  );
}

/** Belt and braces: any secret value of the request that survived anywhere is replaced too. */
function scrub(text: string, request: TokenRequest | undefined): string {
  const secrets = (request?.params ?? [])
    .filter(([name, value]) => secretFields.has(name) && value.length >= 3)
    .map(([, value]) => value);
  return secrets.reduce((result, secret) => result.replaceAll(secret, t.redacted), text);
}

function cell(value: unknown): string {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.replaceAll('|', '\\|').replace(/\s+/g, ' ');
}

function fenced(text: string, language: string): string[] {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((match) => match[0].length));
  const fence = '`'.repeat(longest + 1);
  return [`${fence}${language}`, text, fence];
}
