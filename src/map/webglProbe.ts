/** Whether the map can be drawn: a WebGL context, asked for off the main thread where the browser allows it. */

export const defaultProbeOptions = {
  /** Give up on the worker's answer after this, ms, and ask on the main thread. */
  workerTimeoutMs: 3000,
};

/** True when the browser can give maplibre a WebGL context, asked on the main thread (a canvas of its own). */
export function webglSupportedHere(): boolean {
  try {
    const c = document.createElement('canvas');
    return !!(c.getContext('webgl2') ?? c.getContext('webgl'));
  } catch {
    return false;
  }
}

/**
 * Resolves true when the browser can give maplibre a WebGL context. Asked in a worker first (webglProbe.worker.ts),
 * so that starting the browser's WebGL machinery does not freeze the page; on the main thread when the worker
 * cannot tell, fails or does not answer within `workerTimeoutMs` ms.
 */
export function webglSupported(options: Partial<typeof defaultProbeOptions> = {}): Promise<boolean> {
  const o = { ...defaultProbeOptions, ...options };
  if (typeof Worker !== 'function') return Promise.resolve(webglSupportedHere());
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      // written out in full so Vite finds the worker and bundles it as its own module
      worker = new Worker(new URL('../workers/webglProbe.worker.ts', import.meta.url), { type: 'module', name: 'webgl-probe' });
    } catch {
      return resolve(webglSupportedHere()); // e.g. a policy forbidding workers
    }
    const done = (answer: boolean | null) => {
      clearTimeout(timer);
      worker.terminate();
      resolve(answer ?? webglSupportedHere());
    };
    const timer = setTimeout(() => done(null), o.workerTimeoutMs);
    worker.onmessage = (e: MessageEvent<unknown>) => done(typeof e.data === 'boolean' ? e.data : null);
    worker.onerror = () => done(null);
  });
}
