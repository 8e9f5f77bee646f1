/**
 * Worker entry of the user-site measurer: serves `core/usersites/measure.ts`'s API through comlink. The worker
 * fetches and decodes the context layers itself (once per geodata directory), builds the pipeline's metric index and
 * measures records in slices, handing features back in chunks. Started on demand by `src/data/measureSource.ts`.
 */
import * as Comlink from 'comlink';
import { createMeasureApi, type MeasureApi } from '../core/usersites/measure.ts';
import { HttpGeodataSource } from '../data/source.ts';
import { nextTask } from '../core/tasks.ts';

const sources = new Map<string, HttpGeodataSource>();
const source = (base: string): HttpGeodataSource => sources.get(base) ?? (sources.set(base, new HttpGeodataSource(base)), sources.get(base)!);
// The layers are shared by every job: no job's cancel aborts their loading.
const never = new AbortController().signal;

const api = createMeasureApi((base, id) => source(base).layer(id, never), {
  // a macrotask turn between slices lets a `cancel` message in
  yieldNow: nextTask,
  now: () => performance.now(),
});

const exposed: MeasureApi = {
  async measure(geodataBase, job, records, onChunk) {
    try {
      return await api.measure(geodataBase, job, records, onChunk);
    } finally {
      // the callback is a comlink proxy holding a message port: free it once the job is over
      (onChunk as unknown as Comlink.Remote<unknown>)[Comlink.releaseProxy]();
    }
  },
  cancel: (job) => api.cancel(job),
};

Comlink.expose(exposed);
