import * as z from 'zod/mini';
import { err, ok, type Result } from '../result';
import { parseTenant } from '../tenant/domain';
import { fieldLabels } from '../text/en/request';
import { requestMessages } from '../text/en/request-messages';
import { isFieldName, type FieldName } from './fields';
import { visibleFields, type ClientAuth, type FormIssue, type RequestForm, type TokenRequest } from './form';
import { findGrant, grantFields, type GrantDefinition } from './grants';

/** Validate the form against its grant's schema; nothing is sent unless this succeeds. */
export function validateForm(form: RequestForm): Result<TokenRequest, FormIssue[]> {
  const issues: FormIssue[] = [];
  const tenant = parseTenant(form.domain);
  if (!tenant.ok) issues.push({ field: 'domain', message: tenant.error.message });
  const grant = findGrant(form.grantType);
  if (!grant) return err([...issues, { field: 'grant_type', message: `Unknown grant type: ${form.grantType}` }]);
  if (grant.confidential && form.clientAuth === 'none') {
    issues.push({ field: 'client_auth', message: requestMessages.confidentialOnly() });
  }
  const fields = visibleFields(form);
  const parsed = grantSchema(grant, form.clientAuth).safeParse(
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

/** Per-field rules beyond "required": the shape of URLs, URIs and passwordless realms. */
function fieldSchema(name: FieldName, grant: GrantDefinition): z.ZodMiniType<string | undefined> {
  const isRequired = grant.required.includes(name);
  if (name === 'redirect_uri') {
    return z.union([
      z.literal(''),
      z.url({ protocol: /^[a-z][a-z0-9+.-]*$/, error: requestMessages.absoluteUrl(fieldLabels[name]) }),
    ]);
  }
  if (name === 'realm' && grant.grantType.endsWith('/passwordless/otp')) {
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

function grantSchema(grant: GrantDefinition, clientAuth: ClientAuth) {
  return z.object({
    client_id: required(requestMessages.clientIdRequired()),
    client_secret:
      clientAuth === 'none' || clientAuth === 'private_key_jwt'
        ? z.optional(text)
        : required(requestMessages.secretRequired()),
    client_assertion:
      clientAuth === 'private_key_jwt' ? required(requestMessages.assertionRequired()) : z.optional(text),
    ...Object.fromEntries(grantFields(grant).map((name) => [name, fieldSchema(name, grant)])),
  });
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
