/**
 * Measuring the user's own sites off the main thread: `createSiteMeasurer` starts the measure worker
 * (`src/workers/measure.worker.ts`) on the first `measure` call, not before, and talks to it through comlink. The
 * worker fetches and indexes the context layers once, then measures with the pipeline's code
 * (`core/usersites/measure.ts`). Where there is no Worker, or the worker cannot load, the same code runs on the
 * calling thread in short slices. Import this module lazily (`await import(...)`) where the user first imports or
 * draws a site, so none of it loads with the app.
 */
import * as Comlink from 'comlink';
import { createMeasureApi, type ChunkFn, type MeasureApi } from '../core/usersites/measure.ts';
import type { UserSiteRecord } from '../core/usersites/types.ts';
import type { SiteFeature } from '../core/types.ts';
import { HttpGeodataSource } from './source.ts';
import { nextTask } from '../core/tasks.ts';

/** What the measure worker serves (the same API runs in-thread without a worker). */
export type MeasureWorkerApi = MeasureApi;

/** Measures the user's sites, off the main thread where it can. */
export interface SiteMeasurer {
  /** Measure records into site features; onProgress(done, total) at most every ~50 ms; rejects with the signal's reason on abort. */
  measure(records: readonly UserSiteRecord[], onProgress: (done: number, total: number) => void, signal: AbortSignal): Promise<SiteFeature[]>;
  /** Stop the worker. */
  dispose(): void;
}

/** Settings of the measurer. */
export const defaultMeasurerOptions = {
  /** `onProgress` is called at most this often (ms), and once with done = total. */
  progressMs: 50,
  /** Records sent to the worker per call: a message of many thousand polygons would take long to clone on the main thread. */
  recordsPerCall: 2_000,
  /** Measuring on the main thread (no worker) yields after this long, ms, so the page stays responsive. */
  inThreadSliceMs: 12,
};

/** A started worker, or anything comlink can talk to that reports a script that cannot load with an 'error' event. */
export type MeasureEndpoint = Comlink.Endpoint & { terminate?: () => void };

/** How a measurer gets its worker and its in-thread fallback (tests pass fakes). */
export interface MeasurerParts {
  /** Starts the worker, or returns null when the browser cannot; called once, on the first `measure`. */
  startWorker: () => MeasureEndpoint | null;
  /** The same API on the calling thread. */
  inThread: () => MeasureWorkerApi;
}

const workerDown = Symbol('worker down');
const disposed = Symbol('disposed');

/** The measure worker, started as a module worker (Vite bundles it from this exact expression), or null. */
function startMeasureWorker(): MeasureEndpoint | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new Worker(new URL('../workers/measure.worker.ts', import.meta.url), { type: 'module', name: 'measure' });
  } catch {
    return null; // e.g. a policy forbidding workers
  }
}

/** The measuring API on the calling thread: the same code, in slices of `sliceMs` with a macrotask between them. */
export function inThreadMeasureApi(fetchFn?: typeof fetch, sliceMs = defaultMeasurerOptions.inThreadSliceMs): MeasureWorkerApi {
  const sources = new Map<string, HttpGeodataSource>();
  const source = (base: string): HttpGeodataSource => sources.get(base) ?? (sources.set(base, new HttpGeodataSource(base, fetchFn)), sources.get(base)!);
  const never = new AbortController().signal;
  return createMeasureApi(
    (base, id) => source(base).layer(id, never),
    { yieldNow: nextTask, now: () => performance.now() },
    { sliceMs },
  );
}

/**
 * A measurer over the geodata directory `geodataBase` (absolute URL ending with '/'): measures in the measure worker,
 * started on first use; on the calling thread when there is no Worker or it fails to load.
 */
export function createSiteMeasurer(geodataBase: string): SiteMeasurer {
  return siteMeasurerOver(geodataBase, { startWorker: startMeasureWorker, inThread: () => inThreadMeasureApi() });
}

/** Settles like `p`, or rejects with the signal's reason as soon as it aborts (calling `onAbort` first). */
function abortable<T>(p: Promise<T>, signal: AbortSignal, onAbort: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort();
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

/** A measurer built from `parts` (see `createSiteMeasurer`). */
export function siteMeasurerOver(geodataBase: string, parts: MeasurerParts, options: Partial<typeof defaultMeasurerOptions> = {}): SiteMeasurer {
  const o = { ...defaultMeasurerOptions, ...options };
  let backend: { api: MeasureWorkerApi; remote: boolean; down: Promise<typeof workerDown> | null } | undefined;
  let endpoint: MeasureEndpoint | null = null;
  let jobs = 0;
  /** Cancels of the jobs under way (an in-thread job would otherwise run on after dispose). */
  const running = new Set<() => void>();
  let isDisposed = false;
  let onDispose: () => void = () => {};
  const whenDisposed = new Promise<typeof disposed>((resolve) => (onDispose = () => resolve(disposed)));

  const inThread = (): NonNullable<typeof backend> => ({ api: parts.inThread(), remote: false, down: null });
  const current = (): NonNullable<typeof backend> => {
    if (backend) return backend;
    endpoint = parts.startWorker();
    if (!endpoint) return (backend = inThread());
    const ep = endpoint;
    // a worker script that cannot load (or dies) reports only an 'error' event: calls would wait forever
    const down = new Promise<typeof workerDown>((resolve) => ep.addEventListener('error', () => resolve(workerDown)));
    return (backend = { api: Comlink.wrap<MeasureWorkerApi>(ep) as unknown as MeasureWorkerApi, remote: true, down });
  };
  const fallBack = (): void => {
    endpoint?.terminate?.();
    endpoint = null;
    backend = inThread();
  };

  /** Measures one call's worth of records; `workerDown` when the worker failed and nothing can be trusted of it. */
  async function call(records: readonly UserSiteRecord[], onChunk: ChunkFn, signal: AbortSignal): Promise<'done' | 'cancelled' | typeof workerDown | typeof disposed> {
    const b = current();
    const job = ++jobs;
    const run = b.api.measure(geodataBase, job, records, b.remote ? Comlink.proxy(onChunk) : onChunk);
    const stop = () => void b.api.cancel(job);
    running.add(stop);
    const raced = Promise.race<'done' | 'cancelled' | typeof workerDown | typeof disposed>([run, whenDisposed, ...(b.down ? [b.down] : [])]);
    try {
      return await abortable(raced, signal, stop);
    } finally {
      running.delete(stop);
    }
  }

  return {
    async measure(records, onProgress, signal) {
      if (isDisposed) throw new Error('SiteMeasurer: measure() after dispose()');
      if (signal.aborted) throw signal.reason;
      const total = records.length;
      for (;;) {
        const features: SiteFeature[] = [];
        let lastAt = -Infinity;
        let offset = 0;
        let outcome: Awaited<ReturnType<typeof call>> = 'done';
        const onChunk: ChunkFn = (chunk, done) => {
          for (const f of chunk) features.push(f);
          const now = performance.now();
          const all = offset + done;
          if (all === total || now - lastAt >= o.progressMs) {
            lastAt = now;
            onProgress(all, total);
          }
        };
        if (total === 0) onProgress(0, 0);
        for (offset = 0; offset < total && outcome === 'done'; offset += o.recordsPerCall) {
          outcome = await call(records.slice(offset, offset + o.recordsPerCall), onChunk, signal);
        }
        if (outcome === workerDown) {
          fallBack(); // and measure everything again on this thread
          continue;
        }
        if (outcome === disposed) throw new Error('SiteMeasurer: disposed while measuring');
        // 'cancelled' only answers a cancel sent on abort, which has rejected already
        if (outcome === 'cancelled') throw signal.reason;
        return features;
      }
    },
    dispose() {
      if (isDisposed) return;
      isDisposed = true;
      for (const stop of running) stop();
      onDispose();
      endpoint?.terminate?.();
      endpoint = null;
      backend = undefined;
    },
  };
}
