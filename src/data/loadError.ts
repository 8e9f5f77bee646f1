/** The one error type of data loading, shared by the layer and planner readers. */

/** Why a layer could not be loaded; `reason` is stable for the UI, `message` names the file. */
export class LayerLoadError extends Error {
  constructor(
    readonly reason: 'missing' | 'empty' | 'corrupt' | 'other',
    message: string,
  ) {
    super(message);
    this.name = 'LayerLoadError';
  }
}
