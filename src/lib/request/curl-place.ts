import { cut, quoteChars } from '../bounds';
import { curlMessages } from '../text/curl';
import { decodeForm, type CurlCommand } from './curl-words';
import { isFieldName, type FieldName } from './fields';
import { assertionType, visibleFields, type RequestForm } from './form';
import { grantFor } from './grants';

/** Where one parameter of an imported curl went. */
export interface Placement {
  name: string;
  to: 'grant' | 'field' | 'extras' | 'client-auth' | 'header';
  field?: FieldName;
  /** Said in the import's notes when the placement needs explaining. */
  note?: string;
}

/**
 * Put every parameter where the form sends it from: grant_type in Grant type, a field the grant shows in that
 * field, the client's credentials as the curl sent them (body, Basic header, assertion), and everything else in
 * Extra parameters, as written. Returns where each went.
 */
export function placeParameters(form: RequestForm, params: [string, string][], command: CurlCommand): Placement[] {
  const placed: Placement[] = [];
  const grantType = params.find(([name]) => name === 'grant_type')?.[1];
  if (grantType === undefined) placed.push({ name: 'grant_type', to: 'grant', note: curlMessages.noGrantType() });
  else if (grantFor(grantType)) {
    form.grantType = grantType;
    placed.push({ name: 'grant_type', to: 'grant' });
  } else placed.push({ name: 'grant_type', to: 'grant', note: curlMessages.unknownGrant(cut(grantType, quoteChars)) });

  const basic = readBasic(command);
  const assertion = params.some(([name]) => name === 'client_assertion');
  const secret = params.some(([name, value]) => name === 'client_secret' && value !== '');
  form.clientAuth = basic
    ? 'client_secret_basic'
    : assertion
      ? 'private_key_jwt'
      : secret
        ? 'client_secret_post'
        : 'none';
  if (basic) {
    form.fields.client_id = basic.id;
    form.fields.client_secret = basic.secret;
    placed.push({ name: 'authorization', to: 'header', note: basic.note });
  }
  const shown = new Set(visibleFields(form));
  const extras: string[] = [];
  for (const [name, value] of params) {
    if (name === 'grant_type') continue;
    if (name === 'client_assertion_type' && value === assertionType && assertion) {
      placed.push({ name, to: 'client-auth' });
      continue;
    }
    if (isFieldName(name) && shown.has(name)) {
      if (basic && (name === 'client_id' || name === 'client_secret') && form.fields[name] !== '') {
        placed.push({ name, to: 'client-auth', note: curlMessages.basicAndBody(name) });
        if (form.fields[name] !== value) extras.push(`${name}=${oneLine(value)}`);
        continue;
      }
      if (form.fields[name] !== '') {
        placed.push({ name, to: 'extras', note: curlMessages.repeated(name) });
        extras.push(`${name}=${oneLine(value)}`);
        continue;
      }
      form.fields[name] = value;
      placed.push({ name, to: 'field', field: name });
    } else {
      extras.push(`${name}=${oneLine(value)}`);
      const why = [
        isFieldName(name) ? curlMessages.notShownForGrant(name) : '',
        value.includes('\n') ? curlMessages.lineBreaks(name) : '',
      ]
        .filter(Boolean)
        .join(' ');
      placed.push({ name, to: 'extras', ...(why ? { note: why } : {}) });
    }
  }
  form.extras = extras.join('\n');
  return placed;
}

/** Extra parameters are one per line: a value's own line breaks become spaces (and a note says so). */
function oneLine(value: string): string {
  return value.replace(/\r?\n\s*/g, ' ');
}

/** Client credentials from -u id:secret or an Authorization: Basic header (RFC 6749 §2.3.1). */
function readBasic(command: CurlCommand): { id: string; secret: string; note?: string } | undefined {
  const header = command.headers.find(([name, value]) => name === 'authorization' && /^basic\s/i.test(value))?.[1];
  let pair = command.user;
  if (!pair && header) {
    const encoded = header.replace(/^basic\s+/i, '');
    try {
      pair = atob(encoded)
        .split(':')
        .map((part) => decodeForm(part))
        .join(':');
    } catch {
      // Not base64: a placeholder such as {yourApplicationCredentials}. The form makes the header from the fields.
      return { id: '', secret: '', note: curlMessages.basicPlaceholder(cut(encoded, quoteChars)) };
    }
  }
  if (!pair) return undefined;
  const at = pair.indexOf(':');
  return at < 0 ? { id: pair, secret: '' } : { id: pair.slice(0, at), secret: pair.slice(at + 1) };
}
