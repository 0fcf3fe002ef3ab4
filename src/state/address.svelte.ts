import { formatTexts } from '../lib/text/format';
import type { AnalysisLoader } from './analysis.svelte';
import type { DecoderState } from './decoder.svelte';
import type { LocaleState } from './locale.svelte';
import type { SessionState } from './session.svelte';
import { fragmentLang, onlyLang } from '../lib/prefill/lang';
import { scrubQuery } from '../lib/prefill/query';
import { isLocale } from '../lib/text/locale';
import { queryMessages } from '../lib/text/prefill';

/** The address bar as this page uses it: read it, and replace the current history entry's URL. */
export interface AddressBar {
  read(): { host: string; pathname: string; search: string; hash: string };
  replace(url: string): void;
}

/**
 * Links into the page: `#domain=…&client_id=…` fills the form, `#token=…` the decoder, `#lang=ja` the language, on
 * load and whenever the
 * fragment changes in an open page. Secrets never stay in the address bar or its history entry, whether they
 * came in the fragment or in the query.
 */
export class AddressState {
  /**
   * What the last link's notes are made from, kept (in memory only) so they are worded again in the language the
   * person switches to: the query's removed secrets, and the fragment with the parser that read it.
   */
  #noteSource = $state.raw<
    { host: string; removed: string[]; hash?: string; parse?: (hash: string) => { notes: string[] } } | undefined
  >();
  /** Worded in the current language: reading a text makes this follow the language (src/lib/text/locale.ts). */
  readonly #notes = $derived.by((): string[] => {
    const source = this.#noteSource;
    if (!source) return [];
    const query = source.removed.length ? [queryMessages.secrets(formatTexts.list(source.removed), source.host)] : [];
    return [...query, ...(source.hash !== undefined && source.parse ? source.parse(source.hash).notes : [])];
  });
  #analysis: AnalysisLoader;
  #session: SessionState;
  #decoder: DecoderState;
  #bar: AddressBar;
  #locale: LocaleState | undefined;

  constructor(
    analysis: AnalysisLoader,
    session: SessionState,
    decoder: DecoderState,
    bar: AddressBar,
    locale?: LocaleState,
  ) {
    this.#locale = locale;
    this.#analysis = analysis;
    this.#session = session;
    this.#decoder = decoder;
    this.#bar = bar;
  }

  /** What the last link filled in or refused, shown once at the top. */
  get notes(): string[] {
    return this.#notes;
  }

  /** Read the address bar now: the query is cleaned at once, the fragment once the parser has loaded. */
  async read(): Promise<void> {
    const { host, search, hash } = this.#bar.read();
    const query = scrubQuery(search);
    if (query.removed.length) this.#replace(query.search, hash);
    if (!hash || hash === '#' || onlyLang(hash)) {
      const lang = fragmentLang(hash);
      if (lang && isLocale(lang) && lang !== this.#locale?.locale) void this.#locale?.choose(lang);
      if (query.removed.length) this.#noteSource = { host, removed: query.removed };
      return;
    }
    // A link fills the form or the decoder: the parts for both are fetched together.
    const [{ parseFragment }] = await Promise.all([this.#analysis.loadRequest(), this.#analysis.loadDecode()]);
    // The fragment may have changed again while the parser loaded; read what is there now.
    const current = this.#bar.read();
    const prefill = parseFragment(current.hash);
    const { domain, grant_type, ...fields } = prefill.fields;
    if (Object.keys(prefill.fields).length) {
      this.#session.draft.fill(
        { domain: domain ?? '', grantType: grant_type ?? 'password', fields },
        { fromLink: true },
      );
    }
    if (prefill.token) this.#decoder.set(prefill.token);
    if (prefill.lang && prefill.lang !== this.#locale?.locale) void this.#locale?.choose(prefill.lang);
    this.#noteSource = { host, removed: query.removed, hash: current.hash, parse: parseFragment };
    this.#replace(current.search, prefill.cleanedHash);
  }

  #replace(search: string, hash: string): void {
    this.#bar.replace(`${this.#bar.read().pathname}${search}${hash}`);
  }
}
