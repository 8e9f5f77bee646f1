/**
 * Waiting, without blocking, until the GPU has run everything the map asked of it. WebGL runs in another process:
 * draws are queued and the page goes on, but a call that needs an answer (linking a new shader program asks for
 * its status) waits until every queued command has run. With a software renderer one frame of the map takes
 * 100–300 ms there, so handing the map a layer that needs a new program right after a frame froze the page for
 * that long. A fence, polled between tasks, tells when the queue is empty; only then does the next layer go in.
 */

export const defaultDrainOptions = {
  /** Between two looks at the fence, ms (a frame at 60 Hz). */
  pollMs: 16,
  /** Give up waiting after this, ms: a context that never signals (lost, odd driver) must not stall the layers. */
  maxWaitMs: 2000,
};

/**
 * Resolves once the GPU has run every command issued so far on `canvas`'s WebGL2 context (a fence, polled every
 * `pollMs` ms without blocking), or after `maxWaitMs` ms; at once without a WebGL2 context or fences.
 */
export function gpuDrained(canvas: HTMLCanvasElement, options: Partial<typeof defaultDrainOptions> = {}): Promise<void> {
  const o = { ...defaultDrainOptions, ...options };
  // the map's own context: getContext returns the one already made for this canvas (null when it is WebGL 1)
  const gl = canvas.getContext('webgl2');
  const sync = gl && !gl.isContextLost() ? gl.fenceSync(gl.SYNC_GPU_COMMANDS_COMPLETE, 0) : null;
  if (!gl || !sync) return Promise.resolve();
  gl.flush(); // a fence only signals once the commands before it have been sent
  const start = performance.now();
  return new Promise((resolve) => {
    const look = () => {
      // the browser updates a fence's status between tasks: reading it never waits for the GPU
      const done = gl.isContextLost() || gl.getSyncParameter(sync, gl.SYNC_STATUS) === gl.SIGNALED;
      if (done || performance.now() - start >= o.maxWaitMs) {
        if (!gl.isContextLost()) gl.deleteSync(sync);
        resolve();
      } else setTimeout(look, o.pollMs);
    };
    setTimeout(look, 0);
  });
}
