import { needTexts } from '../lib/text/locale';

export type Decoding = typeof import('../lib/analysis/decode');
export type Requesting = typeof import('../lib/analysis/request');
export type Diagnosing = typeof import('../lib/analysis/diagnosis');
/** Every part at once: the paths that read, send and diagnose (a flow step, /authorize, the use of a token). */
export type Analysis = Decoding & Requesting & Diagnosing;

/**
 * Loads the analysis by use, each part once, when a person shows they are about to need it (nothing at idle):
 * decoding for a token box, the request's validation and send for the form, the diagnosis for an answer. A part's
 * texts in the page's language come with it, in parallel; the states read the parts and show nothing until theirs
 * has arrived.
 */
export class AnalysisLoader {
  #decode = $state.raw<Decoding | undefined>();
  #request = $state.raw<Requesting | undefined>();
  #diagnosis = $state.raw<Diagnosing | undefined>();
  #loading: { decode?: Promise<Decoding>; request?: Promise<Requesting>; diagnosis?: Promise<Diagnosing> } = {};

  get decode(): Decoding | undefined {
    return this.#decode;
  }
  get request(): Requesting | undefined {
    return this.#request;
  }
  get diagnosis(): Diagnosing | undefined {
    return this.#diagnosis;
  }

  /** Reading tokens: a token box. */
  loadDecode(): Promise<Decoding> {
    return (this.#loading.decode ??= withTexts(import('../lib/analysis/decode')).then(
      (loaded) => (this.#decode = loaded),
    ));
  }

  /** The form: validation, placeholders, curl, links, send. */
  loadRequest(): Promise<Requesting> {
    return (this.#loading.request ??= withTexts(import('../lib/analysis/request')).then(
      (loaded) => (this.#request = loaded),
    ));
  }

  /** An answer: the catalogue, the summary, the report, the readers of pasted text. */
  loadDiagnosis(): Promise<Diagnosing> {
    return (this.#loading.diagnosis ??= withTexts(import('../lib/analysis/diagnosis')).then(
      (loaded) => (this.#diagnosis = loaded),
    ));
  }

  /** All three parts, requested together: what an answer to a request needs (its tokens, its fixes, its cards). */
  async load(): Promise<Analysis> {
    const [decode, request, diagnosis] = await Promise.all([
      this.loadDecode(),
      this.loadRequest(),
      this.loadDiagnosis(),
    ]);
    return { ...decode, ...request, ...diagnosis };
  }
}

/** A part and the texts it words things with, fetched in parallel. */
async function withTexts<T>(code: Promise<T>): Promise<T> {
  const [loaded] = await Promise.all([code, needTexts('analysis')]);
  return loaded;
}
