/** Yielding to the event loop between slices of work (main thread or worker). */

/** Resolves in a later task (a 0 ms timer), so input, rendering and messages are handled in between. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
