import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { parseTenant, type Tenant } from '../tenant/domain';
import { fieldLabels } from '../text/request';
import { requestMessages } from '../text/request-messages';
import { isFieldName, type FieldName } from './fields';
import { visibleFields, type ClientAuth, type FormIssue, type RequestForm, type TokenRequest } from './form';
import { grantFields, grantFor, type GrantDefinition } from './grants';
import { findDomainPlaceholder, findPlaceholder } from './placeholders';

/**
 * Validate the form against its grant's schema; nothing is sent unless this succeeds (and no placeholder is left,
 * see `placeholderIssues`). As a `draft`, placeholders pass where they stand (`https://{yourDomain}`), so the curl
 * of an example can be shown before it can be sent.
 */
export function validateForm(
  form: RequestForm,
  { draft = false }: { draft?: boolean } = {},
): Result<TokenRequest, FormIssue[]> {
  const issues: FormIssue[] = [];
  const tenant =
    draft && findDomainPlaceholder(form.domain) ? placeholderTenant(form.domain) : parseTenant(form.domain);
  if (!tenant.ok) issues.push({ field: 'domain', message: tenant.error.message });
  const grant = grantFor(form.grantType);
  if (!grant) return err([...issues, { field: 'grant_type', message: requestMessages.unknownGrant(form.grantType) }]);
  if (grant.confidential && form.clientAuth === 'none') {
    issues.push({ field: 'client_auth', message: requestMessages.confidentialOnly() });
  }
  const fields = visibleFields(form);
  const extraNames = new Set(
    form.extras.split('\n').map((line) => line.slice(0, Math.max(0, line.indexOf('='))).trim()),
  );
  const parsed = grantSchema(grant, form.clientAuth, { draft, authSession: extraNames.has('auth_session') }).safeParse(
    Object.fromEntries(fields.map((name) => [name, form.fields[name]])),
  );
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const field = String(issue.path[0] ?? '');
      if (isFieldName(field)) issues.push({ field, message: issue.message });
    }
  }
  const extras = parseExtras(form.extras, fields);
  if (!extras.ok) issues.push(...extras.error);
  if (issues.length || !tenant.ok || !parsed.success || !extras.ok) return err(issues);
  const values: Record<string, unknown> = parsed.data;
  const params = fields.flatMap((name): [FieldName, string][] => {
    const value = values[name];
    return typeof value === 'string' && value !== '' ? [[name, value]] : [];
  });
  return ok({
    tenant: tenant.value,
    grant,
    clientAuth: form.clientAuth,
    encoding: form.encoding,
    params,
    extras: extras.value,
  });
}

const text = z.string().check(z.trim());
const required = (message: string) => z.string().check(z.trim(), z.minLength(1, message));
const requiredField = (name: FieldName) => required(requestMessages.required(fieldLabels[name]));

interface SchemaOptions {
  /** Placeholders pass any rule: the request is only shown, never sent. */
  draft: boolean;
  /** Passwordless with `auth_session` (a database connection's OTP): no username or realm is sent. */
  authSession: boolean;
}

/** A placeholder, accepted where it stands in a draft. */
const placeholder = z.string().check(z.refine((value) => findPlaceholder(value) !== undefined));

/** Per-field rules beyond "required": the shape of URLs, URIs and passwordless realms. */
function fieldSchema(
  name: FieldName,
  grant: GrantDefinition,
  options: SchemaOptions,
): z.ZodMiniType<string | undefined> {
  const rule = fieldRule(name, grant, options);
  return options.draft ? z.union([placeholder, rule]) : rule;
}

function fieldRule(
  name: FieldName,
  grant: GrantDefinition,
  { authSession }: SchemaOptions,
): z.ZodMiniType<string | undefined> {
  const passwordless = grant.grantType.endsWith('/passwordless/otp');
  const isRequired =
    grant.required.includes(name) && !(passwordless && authSession && (name === 'username' || name === 'realm'));
  if (name === 'realm' && passwordless && authSession) return z.union([z.literal(''), z.enum(['email', 'sms'])]);
  if (name === 'redirect_uri') {
    return z.union([
      z.literal(''),
      z.url({ protocol: /^[a-z][a-z0-9+.-]*$/, error: requestMessages.absoluteUrl(fieldLabels[name]) }),
    ]);
  }
  if (name === 'realm' && passwordless) {
    return z.enum(['email', 'sms'], { error: requestMessages.passwordlessRealm() });
  }
  if (name === 'subject_token_type') {
    return z.string().check(z.trim(), z.regex(/^[a-z][a-z0-9+.-]*:\S+$/i, requestMessages.uri(fieldLabels[name])));
  }
  // A password may begin or end with a space; every other value is trimmed of what copying added.
  if (name === 'password')
    return isRequired ? z.string().check(z.minLength(1, requestMessages.required(fieldLabels[name]))) : z.string();
  return isRequired ? requiredField(name) : text;
}

function grantSchema(grant: GrantDefinition, clientAuth: ClientAuth, options: SchemaOptions) {
  const client = {
    // Private Key JWT: the assertion's iss and sub name the client, so client_id may be left out (RFC 7523 §3).
    client_id: clientAuth === 'private_key_jwt' ? text : required(requestMessages.clientIdRequired()),
    client_secret:
      clientAuth === 'client_secret_post' || clientAuth === 'client_secret_basic'
        ? required(requestMessages.secretRequired())
        : z.optional(text),
    client_assertion:
      clientAuth === 'private_key_jwt' ? required(requestMessages.assertionRequired()) : z.optional(text),
  };
  const wrap = (schema: z.ZodMiniType<string | undefined>) => (options.draft ? z.union([placeholder, schema]) : schema);
  return z.object({
    client_id: wrap(client.client_id),
    client_secret: wrap(client.client_secret),
    client_assertion: wrap(client.client_assertion),
    ...Object.fromEntries(grantFields(grant).map((name) => [name, fieldSchema(name, grant, options)])),
  });
}

/** The tenant of a draft whose domain is still a placeholder: shown in the curl as written, never called. */
function placeholderTenant(domain: string): Result<Tenant, never> {
  const typed = domain.trim().replace(/(?<!\/)\/+$/, '');
  const origin = /^[a-z][a-z0-9+.-]{0,30}:\/\//i.test(typed) ? typed : `https://${typed}`;
  return ok({ origin, host: origin.replace(/^[a-z][a-z0-9+.-]{0,30}:\/\//i, ''), local: false, auth0: false });
}

/** `name=value` per line; blank lines skipped; names that have their own field are refused. */
export function parseExtras(textValue: string, ownFields: FieldName[]): Result<[string, string][], FormIssue[]> {
  const pairs: [string, string][] = [];
  const issues: FormIssue[] = [];
  for (const [index, line] of textValue.split('\n').entries()) {
    if (line.trim() === '') continue;
    const at = line.indexOf('=');
    const name = line.slice(0, at).trim();
    if (at < 1 || name === '') issues.push({ field: 'extras', message: requestMessages.extraLine(index + 1) });
    else if (name === 'grant_type' || (isFieldName(name) && ownFields.includes(name))) {
      issues.push({ field: 'extras', message: requestMessages.extraReserved(index + 1, name) });
    } else pairs.push([name, line.slice(at + 1).trim()]);
  }
  return issues.length ? err(issues) : ok(pairs);
}
