import { boxChars } from '../lib/bounds';
import type { PasteReading, PasteRoute } from '../lib/paste/classify';
import type { AnalysisLoader } from './analysis.svelte';
import type { DecoderState } from './decoder.svelte';
import type { ImportNotes } from './draft.svelte';
import type { SessionState } from './session.svelte';

/** Where a paste went, and how that went. */
export interface PasteOutcome {
  route: Exclude<PasteRoute, 'choose'>;
  ok: boolean;
  /** The import's notes, when it went to the form. */
  imported?: ImportNotes;
  /** Why the destination could not take it. */
  error?: string;
}

/**
 * "Paste anything": the box at the top. It says what a paste is and hands it to the pipeline that exists for that
 * kind (the decoder, the paste-a-response diagnosis, the curl import, the form's authorization code); when it
 * cannot tell, it says so and the person chooses. Held in memory only.
 */
export class PasteState {
  #text = $state('');
  #reading = $state.raw<PasteReading | undefined>();
  #outcome = $state.raw<PasteOutcome | undefined>();
  #analysis: AnalysisLoader;
  #decoder: DecoderState;
  #session: SessionState;

  constructor(analysis: AnalysisLoader, decoder: DecoderState, session: SessionState) {
    this.#analysis = analysis;
    this.#decoder = decoder;
    this.#session = session;
  }

  get text(): string {
    return this.#text;
  }
  /** Over `boxChars` the box shows a summary instead of the text. */
  get large(): boolean {
    return this.#text.length > boxChars;
  }
  get reading(): PasteReading | undefined {
    return this.#reading;
  }
  get outcome(): PasteOutcome | undefined {
    return this.#outcome;
  }

  /** Text typed into the box: read as it stands, sent nowhere until the person asks (`take`). */
  async type(text: string): Promise<void> {
    this.#text = text;
    this.#outcome = undefined;
    const { classifyPaste } = await this.#analysis.load();
    if (this.#text === text) this.#reading = text.trim() ? classifyPaste(text) : undefined;
  }

  /** A paste (or the button): read it and send it where it belongs. */
  async take(text = this.#text): Promise<PasteOutcome | undefined> {
    this.#text = text;
    const { classifyPaste } = await this.#analysis.load();
    const reading = (this.#reading = text.trim() ? classifyPaste(text) : undefined);
    if (!reading || reading.route === 'choose') return (this.#outcome = undefined);
    return this.#route(reading.route, reading);
  }

  /** The person chose where an unclear paste goes (or sends curl's echoed command to the form). */
  use(route: Exclude<PasteRoute, 'choose' | 'code'>): Promise<PasteOutcome> {
    const reading = this.#reading;
    if (route === 'import' && reading?.kind === 'curl-output' && reading.command) {
      return this.#route('import', reading, reading.command);
    }
    return this.#route(route, reading);
  }

  async #route(
    route: Exclude<PasteRoute, 'choose'>,
    reading: PasteReading | undefined,
    text = this.#text,
  ): Promise<PasteOutcome> {
    const session = this.#session;
    let outcome: PasteOutcome;
    if (route === 'decoder') {
      this.#decoder.set(text);
      outcome = { route, ok: true };
    } else if (route === 'import') {
      const imported = await session.draft.importCurl(text);
      outcome = { route, ok: imported.ok, imported };
    } else if (route === 'code') {
      session.draft.useAuthorizationCode(reading?.code ?? '', reading?.redirectUri);
      outcome = { route, ok: true };
    } else {
      // A redirect with ?error= is an OAuth error answer; the rest is pasted back as it is.
      const answer =
        reading?.kind === 'redirect-error'
          ? JSON.stringify({ error: reading.error, error_description: reading.errorDescription })
          : text;
      const ok = await session.pasteResponse(answer);
      outcome = { route, ok, ...(ok ? {} : { error: session.log.pasteError }) };
    }
    return (this.#outcome = outcome);
  }
}
