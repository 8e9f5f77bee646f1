/** An input problem the pipeline reports to the user: which file (and feature), what was wrong, what was expected. */
export class PipelineError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
    readonly feature?: number | string,
  ) {
    super(`${file}${feature !== undefined ? ` (feature ${feature})` : ''}: ${problem}`);
    this.name = 'PipelineError';
  }
}
