/** The app's geodata source: layers decoded in a Web Worker where the browser has them, on the main thread otherwise. */
import { HttpGeodataSource, type GeodataSource } from '../data/source.ts';
import { WorkerGeodataSource } from '../data/workerSource.ts';

/** A worker-backed source over `baseUrl` (the geodata directory, ending with '/'), or the in-thread one without Worker support. */
export function browserGeodataSource(baseUrl: string): GeodataSource {
  if (typeof Worker !== 'function') return new HttpGeodataSource(baseUrl);
  try {
    // written out in full so Vite finds the worker and bundles it as its own module
    const worker = new Worker(new URL('./geodata.worker.ts', import.meta.url), { type: 'module', name: 'geodata' });
    return new WorkerGeodataSource(baseUrl, worker);
  } catch {
    return new HttpGeodataSource(baseUrl); // e.g. a policy forbidding workers
  }
}
