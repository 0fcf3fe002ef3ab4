import { isSecretName } from '../secrets/names';
import { fieldLabels } from '../text/request';
import { requestMessages } from '../text/request-messages';
import { visibleFields, type FormIssue, type RequestForm } from './form';

/**
 * Placeholders left from an example (Auth0's docs, a README, a script): `YOUR_DOMAIN`, `{yourDomain}`,
 * `<YOUR_DOMAIN>`, `{{companyname}}`, `$tenant`, `${TENANT}`, `[TENANT_DOMAIN]`, `…`. A request holding one is never
 * sent: the tenant would answer about the placeholder, not about the person's setup. Every pattern is bounded.
 */

/** Only the start of a value is looked at: a placeholder is short, and a 10 MB token holds none worth naming. */
const windowChars = 4096;

/** Shapes that are placeholders wherever they appear, in any value. */
const anywhere = [
  /\$\{[A-Za-z_][\w.]{0,100}\}/, // ${AUTH0_DOMAIN}, ${account.namespace}
  /\{\{[^{}\n]{1,100}\}\}/, // {{companyname}}
  /\{[A-Za-z_$][^{}\s"',]{0,100}\}/, // {yourDomain}, {https://yourApp/callback}
  /\{(?:your|YOUR)[A-Za-z_]{1,60}/, // {yourClientSecret (its brace never closed, as published)
  /<[A-Za-z_][^<>\s"']{0,100}>/, // <YOUR_DOMAIN>, <https://YOUR_APP/callback>
  /\[[A-Z][A-Z0-9 _-]{1,60}\]/, // [TENANT_DOMAIN], [CLIENT ID]
  /\bYOUR_[A-Z0-9_]{2,60}\b/, // YOUR_CLIENT_ID
  /\b[A-Z][A-Z0-9_]{0,60}_GOES_HERE\b/, // CLIENT_GOES_HERE
  /…/, // an elided value
];
/** Shapes that are placeholders in any value but a password, where they could be real. */
const notInPasswords = [
  /\byour(?:[-_][a-z]|[A-Z])[\w-]{0,60}/, // your-tenant, yourApp, your_domain
  /\.{3,}/, // eyJ..., t8e7S2 .... iqBR3
];
/** A whole value that is a shell variable: `$client_id`, `$RUNAI_PASSWORD`. */
const shellVariable = /^\$[A-Za-z_]\w{0,100}$/;
/** A whole value in capitals with an underscore (CLIENT_ID, AUTH_CODE), or a bare capitalised word of the docs. */
const capitals =
  /^(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|DOMAIN|TENANT|USERNAME|PASSWORD|SCOPE|AUDIENCE|CODE|SECRET|TOKEN|JWT)$/;

/**
 * The placeholder in a value, as written, or undefined. `password` marks a password, where only unmistakable
 * placeholders count (`YOUR_PASSWORD`, `{password}`, `$PASSWORD`): a real password may hold anything.
 */
export function findPlaceholder(value: string, { password = false }: { password?: boolean } = {}): string | undefined {
  const text = value.length > windowChars ? value.slice(0, windowChars) : value;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  for (const pattern of password ? anywhere : [...anywhere, ...notInPasswords]) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  if (shellVariable.test(trimmed)) return trimmed;
  if (!password && capitals.test(trimmed)) return trimmed;
  return undefined;
}

/**
 * The placeholder in a typed tenant domain: the shapes above, a shell variable anywhere in it (`$tenant.auth0.com`),
 * a host label in capitals (`TENANT_DOMAIN`), or the docs' `your-tenant`.
 */
export function findDomainPlaceholder(domain: string): string | undefined {
  const typed = domain.trim().slice(0, windowChars);
  const found = findPlaceholder(typed);
  if (found) return found;
  const variable = /\$[A-Za-z_]\w{0,100}/.exec(typed);
  if (variable) return variable[0];
  const host = typed.replace(/^[a-z][a-z0-9+.-]{0,30}:\/\//i, '').replace(/[/?#][\s\S]*$/, '');
  return host.split('.').find((label) => capitals.test(label));
}

/**
 * Every placeholder the form still holds, as issues on the fields that hold them (the tenant domain, the fields the
 * grant shows, the extra parameters): Send names them and sends nothing while one is left.
 */
export function placeholderIssues(form: RequestForm): FormIssue[] {
  const issues: FormIssue[] = [];
  const domain = findDomainPlaceholder(form.domain);
  if (domain)
    issues.push({
      field: 'domain',
      message: requestMessages.placeholder(requestMessages.domainLabel, domain),
      placeholder: domain,
    });
  for (const name of visibleFields(form)) {
    const found = findPlaceholder(form.fields[name], { password: name === 'password' });
    if (found)
      issues.push({ field: name, message: requestMessages.placeholder(fieldLabels[name], found), placeholder: found });
  }
  for (const [index, line] of form.extras.split('\n').entries()) {
    const at = line.indexOf('=');
    if (at < 1) continue;
    const name = line.slice(0, at).trim();
    const found = findPlaceholder(line.slice(at + 1), { password: isSecretName(name) });
    if (found)
      issues.push({
        field: 'extras',
        message: requestMessages.extraPlaceholder(index + 1, name, found),
        placeholder: found,
      });
  }
  return issues;
}
