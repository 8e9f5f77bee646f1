/**
 * A GeodataSource whose FlatGeobuf files are fetched and decoded in a Web Worker (src/workers/): the main
 * thread only receives features, in chunks small enough that receiving one stays far under a frame.
 * The manifest (a few kB) is still read here. When the worker cannot start, the same calls run in-thread.
 */
import * as Comlink from 'comlink';
import type { Feature, FeatureCollection } from 'geojson';
import { no2Grid } from '../core/geo/no2Grid.ts';
import type { LayerId } from '../core/types.ts';
import type { PlannerData } from '../core/planner/types.ts';
import type { AccessReach } from '../core/access/types.ts';
import type { CheckedManifest } from './manifest.ts';
import { HttpGeodataSource, LayerLoadError, layerFile, type GeodataSource } from './source.ts';

/** A layer as the worker read it: its feature count, or why it could not be read (LayerLoadError's fields). */
export type LayerOutcome = { ok: true; count: number } | { ok: false; reason: LayerLoadError['reason']; message: string };

/** What the worker offers, as the main thread calls it through comlink. */
export interface GeodataWorkerApi {
  /** Fetch and decode `url` (`file` names it in errors), handing its features to `onChunk` a chunk at a time; `job` names the request for `cancel`. */
  layer(job: number, url: string, file: string, onChunk: (features: Feature[]) => void | Promise<void>): Promise<LayerOutcome>;
  /** Stop a running `layer` request (its fetch is aborted; no further chunks). */
  cancel(job: number): void;
  /** The NO2 surface grid (src/core/geo/no2Grid.ts) from the points and the region outline. */
  no2Surface(points: FeatureCollection, region: FeatureCollection | null): Promise<FeatureCollection>;
}

/** Settles like `p`, or rejects with the signal's reason as soon as it aborts (calling `onAbort` first). */
function abortable<T>(p: Promise<T>, signal: AbortSignal, onAbort?: () => void): Promise<T> {
  if (signal.aborted) {
    onAbort?.();
    return Promise.reject(signal.reason);
  }
  return new Promise<T>((resolve, reject) => {
    const abort = () => {
      onAbort?.();
      reject(signal.reason);
    };
    signal.addEventListener('abort', abort, { once: true });
    p.then(resolve, reject).finally(() => signal.removeEventListener('abort', abort));
  });
}

const workerDown = Symbol('worker down');

/** Reads layers through a geodata worker; falls back to reading them on the calling thread if the worker fails. */
export class WorkerGeodataSource implements GeodataSource {
  private readonly api: Comlink.Remote<GeodataWorkerApi>;
  private readonly http: HttpGeodataSource;
  private readonly down: Promise<typeof workerDown>;
  private jobs = 0;

  /**
   * @param baseUrl absolute URL of the geodata directory, ending with '/'.
   * @param endpoint the started worker (or any comlink endpoint serving a GeodataWorkerApi).
   */
  constructor(
    private readonly baseUrl: string,
    endpoint: Comlink.Endpoint,
    fetchFn?: typeof fetch,
  ) {
    this.api = Comlink.wrap<GeodataWorkerApi>(endpoint);
    this.http = new HttpGeodataSource(baseUrl, fetchFn);
    // a worker script that cannot load (or dies) reports only an 'error' event: calls would wait forever
    this.down = new Promise((resolve) => endpoint.addEventListener('error', () => resolve(workerDown)));
  }

  manifest(signal: AbortSignal): Promise<CheckedManifest> {
    return this.http.manifest(signal);
  }

  planner(signal: AbortSignal): Promise<PlannerData> {
    return this.http.planner(signal);
  }

  accessReach(signal: AbortSignal): Promise<AccessReach> {
    return this.http.accessReach(signal);
  }

  async layer(id: LayerId, signal: AbortSignal): Promise<FeatureCollection> {
    const file = layerFile(await this.manifest(signal), id);
    const job = ++this.jobs;
    const features: Feature[] = [];
    const onChunk = Comlink.proxy((chunk: Feature[]) => {
      for (const f of chunk) features.push(f);
    });
    const call = this.api.layer(job, new URL(file, this.baseUrl).href, file, onChunk);
    const outcome = await abortable(Promise.race([call, this.down]), signal, () => void this.api.cancel(job));
    if (outcome === workerDown) return this.http.layer(id, signal);
    if (!outcome.ok) throw new LayerLoadError(outcome.reason, outcome.message);
    return { type: 'FeatureCollection', features };
  }

  async no2Surface(points: FeatureCollection, region: FeatureCollection | null, signal: AbortSignal): Promise<FeatureCollection> {
    const grid = await abortable(Promise.race([this.api.no2Surface(points, region), this.down]), signal);
    return grid === workerDown ? no2Grid(points, region) : grid;
  }
}
