export type Analysis = typeof import('../lib/analysis');

/** Loads the analysis chunk once; the states read `module` and show nothing until it has arrived. */
export class AnalysisLoader {
  module = $state.raw<Analysis | undefined>();
  #loading: Promise<Analysis> | undefined;

  load(): Promise<Analysis> {
    this.#loading ??= import('../lib/analysis').then((loaded) => (this.module = loaded));
    return this.#loading;
  }
}
