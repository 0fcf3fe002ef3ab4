import { formatTexts } from '../text/format';
import { curlChars, cut, quoteChars } from '../bounds';
import { err, ok, type Result } from '../result';
import { curlMessages } from '../text/curl';
import { prepareCommand, type CommandNote } from './curl-text';
import { decodeForm, readCurlWords, type CurlCommand } from './curl-words';
import { splitStep, stepEndpointOf, type StepImport } from './curl-steps';
import { placeParameters, type Placement } from './curl-place';
import { emptyForm, type RequestForm } from './form';
import { findDomainPlaceholder } from './placeholders';
import { shellWords } from './shell-words';

export type { CurlCommand } from './curl-words';
export type { Placement } from './curl-place';

export interface CurlImport {
  form: RequestForm;
  /** Where each parameter went: its field, Extra parameters, the grant, the client authentication. */
  placed: Placement[];
  notes: string[];
  /** A step before the token request (/passwordless/start, /oauth/device/code…): what its box takes. */
  step?: StepImport;
}

/** Read curl's own options out of a pasted command, whatever the terminal or the docs put around it. */
export function parseCurl(text: string): Result<CurlCommand & { prepared: CommandNote[]; after?: string }, string> {
  if (text.length > curlChars) return err(curlMessages.tooLong(text.length, curlChars));
  if (text.trim() === '') return err(curlMessages.empty());
  const prepared = prepareCommand(text);
  if (!prepared) return err(curlMessages.notCurl());
  const words = shellWords(prepared.command);
  if (!words.ok) return err(curlMessages.quoting(words.error));
  const command = readCurlWords(words.value, prepared.heredoc);
  if (!command) return err(curlMessages.notCurl());
  return ok({ ...command, prepared: prepared.notes, ...(prepared.after ? { after: prepared.after } : {}) });
}

/** The parts of a URL as written, placeholders and all: `https://{yourDomain}/oauth/token` is not a URL to `URL`. */
function splitUrl(url: string): { domain: string; path: string; query: string; variable: boolean } {
  const match = /^(?:([a-z][a-z0-9+.-]{0,30}):\/\/)?([^/?#\s]{0,2048})([^?#\s]{0,4096})(\?[^#\s]{0,4096})?/i.exec(url);
  const scheme = match?.[1];
  const host = match?.[2] ?? '';
  const written = scheme ? `${scheme}://${host}` : host;
  const path = (match?.[3] ?? '').replace(/(?<!\/)\/+$/, '') || '/';
  const query = match?.[4] ?? '';
  // Placeholders stay exactly as written, so they can be named; a real host is kept as the browser will call it.
  if (findDomainPlaceholder(written)) return { domain: written, path, query, variable: !scheme && path === '/' };
  try {
    return { domain: scheme ? new URL(written).origin : written, path, query, variable: false };
  } catch {
    return { domain: written, path, query, variable: false };
  }
}

/**
 * Turn a pasted curl into the form's values, losing nothing: every parameter lands in its field or in Extra
 * parameters, and the notes say where each went. A curl for another endpoint fills nothing and says which it is.
 */
/** The most parameters a command may carry into the form (extra parameters included). */
export const maxParameters = 100;

export function importCurl(text: string): Result<CurlImport, string> {
  const parsed = parseCurl(text);
  if (!parsed.ok) return parsed;
  const command = parsed.value;
  if (!command.url) return err(curlMessages.noUrl());
  const url = splitUrl(command.url);
  if (url.domain === '') return err(curlMessages.badUrl(cut(command.url, quoteChars)));
  // A URL that is only a variable ($uri, <AUTH0_ISSUER_BASE_URL>) with a grant_type in the body is a token request.
  const tokenBody = /(?:^|&|")grant_type(?:=|"\s*:)/.test(command.data.join('&'));
  const stepEndpoint = stepEndpointOf(url.path);
  if (url.path !== '/oauth/token' && !stepEndpoint && !(url.variable && tokenBody)) {
    return err(
      curlMessages.otherEndpoint(command.method ?? (command.data.length ? 'POST' : 'GET'), cut(url.path, quoteChars)),
    );
  }
  if (command.fileData) return err(curlMessages.fileData(cut(command.fileData, quoteChars)));

  const notes: string[] = [];
  const contentType = command.headers.find(([name]) => name === 'content-type')?.[1] ?? '';
  const body = command.data.join('&');
  const json = command.json || /json/i.test(contentType) || (contentType === '' && body.trim().startsWith('{'));
  if (json && !command.json && !/json/i.test(contentType)) notes.push(curlMessages.jsonWithoutHeader());
  const params = json ? jsonParams(body) : ok(formParams(body));
  if (!params.ok) return params;
  // A token request has a handful of parameters: thousands are not a request to place in a form one field each.
  if (params.value.length > maxParameters)
    return err(curlMessages.tooManyParameters(params.value.length, maxParameters));

  const form = emptyForm();
  form.domain = url.domain;
  form.encoding = json ? 'json' : 'form';
  const split = stepEndpoint ? splitStep(stepEndpoint, params.value) : undefined;
  const placed = placeParameters(form, split?.params ?? params.value, command).filter(
    // The step's grant is the page's choice, not a parameter the curl sent.
    (place) => !split || place.name !== 'grant_type',
  );
  for (const [name, value] of split?.scopeAudience ?? []) {
    form.fields[name as 'scope' | 'audience'] = value;
    placed.push({ name, to: 'field', field: name as 'scope' | 'audience' });
  }
  const counted = placed.filter((place) => place.to !== 'header' && !(place.to === 'grant' && place.note));
  notes.unshift(curlMessages.imported(counted.length), curlMessages.placed(counted));
  notes.push(...placed.flatMap((place) => place.note ?? []));
  if (url.variable) notes.push(curlMessages.urlVariable(cut(url.domain, quoteChars)));
  if (url.query) notes.push(curlMessages.query(cut(url.query, quoteChars)));
  if (command.method && command.method !== 'POST') notes.push(curlMessages.method(cut(command.method, quoteChars)));
  const dropped = command.headers
    .map(([name]) => name)
    .filter((name) => name !== 'content-type' && name !== 'authorization');
  if (dropped.length) notes.push(curlMessages.headers(cut(formatTexts.list([...new Set(dropped)]), quoteChars)));
  if (command.bearer) notes.push(curlMessages.bearer());
  if (command.unknown.length) notes.push(curlMessages.unknownFlags(cut(formatTexts.list(command.unknown), quoteChars)));
  for (const note of command.prepared) {
    const said = curlMessages.prepared[note];
    if (said) notes.push(said);
  }
  if (command.after) notes.push(curlMessages.after(cut(command.after, 80)));
  if (stepEndpoint && split) {
    notes.unshift(curlMessages.step(stepEndpoint));
    return ok({ form, placed, notes, step: { endpoint: stepEndpoint, values: split.values } });
  }
  return ok({ form, placed, notes });
}

/** `a=1&b=2` as curl sends it (each -d joined with &), decoded as the tenant will read it. */
function formParams(body: string): [string, string][] {
  if (body === '') return [];
  return body.split('&').flatMap((pair): [string, string][] => {
    if (pair === '') return [];
    const at = pair.indexOf('=');
    return at < 0 ? [[decodeForm(pair), '']] : [[decodeForm(pair.slice(0, at)), decodeForm(pair.slice(at + 1))]];
  });
}

function jsonParams(body: string): Result<[string, string][], string> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    return err(curlMessages.bodyNotJson(error instanceof Error ? error.message : String(error), near(body, error)));
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return err(curlMessages.bodyNotObject());
  return ok(
    Object.entries(value).map(([name, v]): [string, string] => [name, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
}

/** The body around where JSON.parse stopped, to point at the missing comma or quote. */
function near(body: string, error: unknown): string {
  const position = Number(/position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1]);
  if (!Number.isFinite(position)) return '';
  return body.slice(Math.max(0, position - 40), position + 20).replace(/\s+/g, ' ');
}
