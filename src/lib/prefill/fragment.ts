import { formatTexts } from '../text/format';
import * as z from 'zod/mini';
import { findGrant } from '../request/grants';
import { isSecretName } from '../secrets/names';
import { parseTenant } from '../tenant/domain';
import { prefillMessages as m } from '../text/prefill';
import { isLocale, type Locale } from '../text/locale';
import { buildFragment, prefillKeys, type PrefillKey } from './link';

const controlCharacter = /\p{Cc}/u;
/**
 * A link's fragment: as long as Chrome lets a URL be (2 MB; a link of this page is a few KB, but a hostile one may
 * be anything up to that, percent-encoded), and no longer: past it nothing is split.
 */
const fragmentChars = 2 * 1024 * 1024;
const printable = (max: number) =>
  z.string().check(
    z.maxLength(max, m.tooLong()),
    z.refine((value) => !controlCharacter.test(value), m.format()),
  );
// Built per read, so their messages are in the language of the moment.
const prefillSchemas = (): Record<PrefillKey, z.ZodMiniType<string>> => ({
  domain: printable(300),
  client_id: z.string().check(z.maxLength(128, m.tooLong()), z.regex(/^[A-Za-z0-9_.~-]+$/, m.format())),
  audience: printable(500),
  scope: printable(2000),
  grant_type: printable(200),
  realm: printable(200),
  username: printable(320),
});

export interface Prefill {
  fields: Partial<Record<PrefillKey, string>>;
  token?: string;
  /** The page language the link asks for (`#lang=ja`), kept in the address bar. */
  lang?: Locale;
  notes: string[];
  /** What should stay in the address bar: the valid public parameters only. */
  cleanedHash: string;
}

/** Read a URL fragment (`#domain=…&client_id=…` or `#token=…`); secrets are dropped unread. */
export function parseFragment(hash: string): Prefill {
  // Longer than any link of this page (a token of a few KB, a handful of fields): refused before it is split.
  if (hash.length > fragmentChars) return { fields: {}, notes: [m.linkTooLong(hash.length)], cleanedHash: '' };
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const fields: Partial<Record<PrefillKey, string>> = {};
  const notes: string[] = [];
  const secrets: string[] = [];
  const unknown: string[] = [];
  let token: string | undefined;
  let lang: Locale | undefined;
  const schemas = prefillSchemas();
  for (const [key, raw] of params) {
    // #token is the decoder's on purpose, and leaves the address bar once read; any other secret is never read.
    if (key === 'token') token = raw.trim();
    else if (key === 'lang' && isLocale(raw.trim())) lang = [raw.trim()].find(isLocale);
    else if (isSecretName(key)) secrets.push(key);
    else if (!isPrefillKey(key)) unknown.push(key);
    else {
      const value = raw.trim();
      const parsed = schemas[key].safeParse(value);
      const reason = !parsed.success
        ? (parsed.error.issues[0]?.message ?? m.format())
        : key === 'grant_type' && !findGrant(value)
          ? m.grant(value)
          : key === 'domain' && !parseTenant(value).ok
            ? invalidTenant(value)
            : undefined;
      if (reason) notes.push(m.invalid(key, reason));
      else if (value) fields[key] = value;
    }
  }
  const filled = Object.keys(fields);
  if (filled.length) notes.unshift(m.filled(formatTexts.list(filled)));
  if (secrets.length) notes.push(m.secrets(formatTexts.list([...new Set(secrets)])));
  if (unknown.length) notes.push(m.unknown(formatTexts.list(unknown)));
  if (token) notes.push(m.tokenRead());
  const cleaned = [buildFragment(fields), lang ? `lang=${lang}` : ''].filter(Boolean).join('&');
  return {
    fields,
    ...(token ? { token } : {}),
    ...(lang ? { lang } : {}),
    notes,
    cleanedHash: cleaned ? `#${cleaned}` : '',
  };
}

function isPrefillKey(key: string): key is PrefillKey {
  return (prefillKeys as readonly string[]).includes(key);
}

function invalidTenant(value: string): string {
  const tenant = parseTenant(value);
  return tenant.ok ? '' : tenant.error.message;
}
