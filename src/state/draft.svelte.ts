import { boxChars } from '../lib/bounds';
import { formatTexts } from '../lib/text/format';
import { fieldNames, type FieldName } from '../lib/request/fields';
import type { Placement } from '../lib/request/curl-import';
import type { StepImport } from '../lib/request/curl-steps';
import {
  emptyFields,
  emptyForm,
  type BodyEncoding,
  type ClientAuth,
  type FormIssue,
  type IssueField,
  type RequestForm,
  type TokenRequest,
} from '../lib/request/form';
import type { Result } from '../lib/result';
import { requestMessages } from '../lib/text/request-messages';
import type { AnalysisLoader } from './analysis.svelte';

/** What an import into the form said: its notes, where each parameter went, or why nothing was imported. */
export interface ImportNotes {
  ok: boolean;
  notes: string[];
  placed: Placement[];
}

type FormValues = Partial<Omit<RequestForm, 'fields'>> & { fields?: Partial<RequestForm['fields']> };

/**
 * The request being written: the form's values, the curl box, what was imported, what the person has touched, and
 * everything derived from them (validation, placeholders left, the curl, the notes before sending). Changed only
 * through its methods. Held in memory only.
 */
export class RequestDraft {
  #form = $state<RequestForm>(emptyForm());
  /** Seconds; the number field gives null or undefined when empty, and validation says so. */
  #timeoutSeconds = $state<number | null | undefined>(20);
  /** Validation messages show once the person tried to send, or per field once it was left. */
  #showErrors = $state(false);
  #touched = $state<Partial<Record<IssueField | 'timeout', boolean>>>({});
  #revealSecrets = $state(false);
  #curlImport = $state('');
  #importNotes = $state.raw<ImportNotes | undefined>();
  #importedStep = $state.raw<StepImport | undefined>();
  /** A domain from a link that is not Auth0's waits for the person's confirmation before anything goes to it. */
  #linkDomain = $state<string | undefined>();
  #confirmedOrigin = $state<string | undefined>();
  /** What the person changed since the last fill: a link read late (its parser still loading) never overwrites it. */
  // Not state: nothing on screen depends on it.
  // eslint-disable-next-line svelte/prefer-svelte-reactivity
  #edited = new Set<string>();
  #analysis: AnalysisLoader;
  readonly #pageUrl: string;

  constructor(analysis: AnalysisLoader, pageUrl: string) {
    this.#analysis = analysis;
    this.#pageUrl = pageUrl.replace(/[?#][\s\S]*$/, '');
  }

  get form(): Readonly<RequestForm> {
    return this.#form;
  }
  get timeoutSeconds(): number | null | undefined {
    return this.#timeoutSeconds;
  }
  get showErrors(): boolean {
    return this.#showErrors;
  }
  get revealSecrets(): boolean {
    return this.#revealSecrets;
  }
  get curlImport(): string {
    return this.#curlImport;
  }
  get importNotes(): ImportNotes | undefined {
    return this.#importNotes;
  }
  /** The step an imported curl called (/passwordless/start…): its box takes these values, once per import. */
  get importedStep(): StepImport | undefined {
    return this.#importedStep;
  }
  touched(field: IssueField | 'timeout'): boolean {
    return this.#touched[field] ?? false;
  }

  setDomain(domain: string): void {
    this.#form.domain = domain;
    this.#edited.add('domain');
  }
  setGrant(grantType: string): void {
    this.#form.grantType = grantType;
    this.#edited.add('grantType');
  }
  setClientAuth(clientAuth: ClientAuth): void {
    this.#form.clientAuth = clientAuth;
    this.#edited.add('clientAuth');
  }
  setEncoding(encoding: BodyEncoding): void {
    this.#form.encoding = encoding;
    this.#edited.add('encoding');
  }
  setField(name: FieldName, value: string): void {
    this.#form.fields[name] = value;
    this.#edited.add(`fields.${name}`);
  }
  setExtras(extras: string): void {
    this.#form.extras = extras;
    this.#edited.add('extras');
  }
  setTimeout(seconds: number | null | undefined): void {
    this.#timeoutSeconds = seconds;
  }
  /** Change some of the form's values and keep the others: a step carries what it learned into the grant. */
  amend(values: { grantType?: string; fields?: Partial<RequestForm['fields']> }): void {
    this.#form = {
      ...this.#form,
      ...(values.grantType ? { grantType: values.grantType } : {}),
      fields: { ...this.#form.fields, ...values.fields },
    };
  }

  touch(field: IssueField | 'timeout'): void {
    this.#touched[field] = true;
  }
  toggleSecrets(): void {
    this.#revealSecrets = !this.#revealSecrets;
  }
  /** The person tried to send: every field's message shows from now on. */
  showAllErrors(): void {
    this.#showErrors = true;
  }
  typeCurl(text: string): void {
    this.#curlImport = text;
  }
  /** A curl too big to lay out in its box (over `boxChars`): kept and imported, but the box shows a summary. */
  get curlLarge(): boolean {
    return this.#curlImport.length > boxChars;
  }

  /**
   * Replace the form's values (from a link, a curl, the demo); fields not given are emptied. A link keeps what the
   * person changed since the last fill: on a slow network the link's parser may arrive after they started typing.
   */
  fill(values: FormValues, { fromLink = false }: { fromLink?: boolean } = {}): void {
    const next: RequestForm = { ...emptyForm(), ...values, fields: { ...emptyFields(), ...values.fields } };
    if (fromLink) {
      const kept = this.#form;
      for (const key of ['domain', 'grantType', 'clientAuth', 'encoding', 'extras'] as const)
        if (this.#edited.has(key)) Object.assign(next, { [key]: kept[key] });
      for (const name of fieldNames) if (this.#edited.has(`fields.${name}`)) next.fields[name] = kept.fields[name];
    }
    // A domain the person typed is theirs: only one that came from the link waits for their confirmation.
    this.#linkDomain = fromLink && !this.#edited.has('domain') ? next.domain : undefined;
    this.#edited.clear();
    this.#form = next;
    this.#confirmedOrigin = undefined;
    this.#showErrors = false;
    this.#touched = {};
  }

  /** Fill the form from a curl command (the box's, or one given): every parameter lands somewhere, or nothing does. */
  async importCurl(text = this.#curlImport): Promise<ImportNotes> {
    this.#curlImport = text;
    const { importCurl } = await this.#analysis.loadRequest();
    const imported = importCurl(text);
    if (!imported.ok) return (this.#importNotes = { ok: false, notes: [imported.error], placed: [] });
    const { form, notes, placed, step } = imported.value;
    this.fill(form);
    this.#importedStep = step;
    const left = this.placeholders.map((issue) => issue.placeholder);
    const said = left.length
      ? [...notes, requestMessages.placeholders(formatTexts.list(left.map((name) => name ?? '')))]
      : notes;
    return (this.#importNotes = { ok: true, notes: said, placed });
  }

  /** A code from the redirect back from /authorize: the Authorization Code grant, with the URL it came back to. */
  useAuthorizationCode(code: string, redirectUri: string | undefined): void {
    this.#form.grantType = 'authorization_code';
    this.#form.fields.code = code;
    if (redirectUri) this.#form.fields.redirect_uri = redirectUri;
  }

  /** The origin that waits for the person's confirmation, when the domain came from a link. */
  readonly unconfirmedOrigin: string | undefined = $derived.by(() => {
    if (this.#linkDomain === undefined || this.#form.domain !== this.#linkDomain) return undefined;
    const tenant = this.#analysis.request?.parseTenant(this.#form.domain);
    if (!tenant?.ok || tenant.value.auth0 || tenant.value.origin === this.#confirmedOrigin) return undefined;
    return tenant.value.origin;
  });

  /** The person has seen the real origin of a domain from a link and wants to use it. */
  confirmDomain(): void {
    this.#confirmedOrigin = this.unconfirmedOrigin;
  }

  /** Validation needs the request part of the analysis; until it arrives the form is neither valid nor showing errors. */
  readonly validation: Result<TokenRequest, FormIssue[]> = $derived.by(() => {
    const validation = this.#analysis.request?.validateForm(this.#form) ?? { ok: false, error: [] };
    if (!this.unconfirmedOrigin) return validation;
    const issue: FormIssue = { field: 'domain', message: requestMessages.confirmDomain(this.unconfirmedOrigin) };
    return { ok: false, error: [issue, ...(validation.ok ? [] : validation.error)] };
  });
  /** Placeholders left from an example (`YOUR_DOMAIN`, `{yourClientId}`): nothing is sent while one is. */
  readonly placeholders: FormIssue[] = $derived.by(() => this.#analysis.request?.placeholderIssues(this.#form) ?? []);
  /** The timeout field's message, when it is not a whole number of seconds in bounds. */
  readonly timeoutIssue: string | undefined = $derived.by(() => {
    const checked = this.#analysis.request?.validateTimeout(this.#timeoutSeconds);
    return checked && !checked.ok ? checked.error : undefined;
  });
  /** Every issue, a placeholder first for the field that holds one. */
  readonly issues: FormIssue[] = $derived([
    ...this.placeholders,
    ...(this.validation.ok ? [] : this.validation.error).filter(
      (issue) => !this.placeholders.some((left) => left.field === issue.field),
    ),
  ]);
  /** Whether Send would send: valid, no placeholder, a timeout in bounds. */
  readonly ready = $derived(this.validation.ok && this.placeholders.length === 0 && !this.timeoutIssue);

  /** A field's message, once the person tried to send or left the field. */
  errorOf(field: IssueField): string | undefined {
    if (!this.#showErrors && !this.#touched[field]) return undefined;
    return this.issues.find((issue) => issue.field === field)?.message;
  }

  /** The request as it would be built, placeholders and all (a draft): what the curl shows. */
  readonly #draft = $derived.by(() => {
    if (this.validation.ok) return this.validation.value;
    const draft = this.#analysis.request?.validateForm(this.#form, { draft: true });
    return draft?.ok ? draft.value : undefined;
  });
  /** The curl of the draft (built with the request part, like the validation it needs). */
  readonly curl = $derived.by(() => {
    const analysis = this.#analysis.request;
    return analysis && this.#draft ? analysis.toCurl(analysis.buildHttpRequest(this.#draft)) : '';
  });
  readonly curlOnScreen = $derived.by(() => {
    const analysis = this.#analysis.request;
    if (!analysis || !this.#draft) return '';
    return this.#revealSecrets ? this.curl : analysis.curlForScreen(analysis.maskSecrets(this.#draft));
  });
  readonly lints = $derived.by(
    () => this.#analysis.request?.lintRequest(this.#form, this.validation.ok ? this.validation.value : undefined) ?? [],
  );

  /** What a token pasted in the decoder is verified against: the form as it stands. */
  readonly formContext = $derived.by(() => {
    const analysis = this.#analysis.request;
    const tenant = analysis?.parseTenant(this.#form.domain);
    return {
      tenantOrigin: tenant?.ok && !this.unconfirmedOrigin ? tenant.value.origin : undefined,
      tenantPending: !analysis && this.#form.domain.trim() !== '',
      audience: this.#form.fields.audience.trim() || undefined,
      clientId: this.#form.fields.client_id.trim() || undefined,
    };
  });

  /** A link to this page with the form's public fields; never a secret. */
  shareLink(): string {
    const fragment = this.#analysis.request?.shareFragment(this.#form);
    return fragment === undefined ? this.#pageUrl : `${this.#pageUrl}#${fragment}`;
  }
}
