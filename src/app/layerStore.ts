/**
 * The app's layers, loaded and decoded once per app whether or not a map exists, and shared by whoever
 * subscribes: the map draws them, the app state shows their statuses, the list and exports use the sites.
 * Layers computed from others (the NO2 surface) are derived here as soon as their inputs are in.
 */
import type { FeatureCollection } from 'geojson';
import { mapLayerIds, type MapLayerId } from '../core/types.ts';
import { no2Surface, no2SurfaceInputs } from '../data/no2Surface.ts';
import type { GeodataSource } from '../data/source.ts';
import type { Action, LayerStatus } from '../state/state.ts';
import type { ToggleId } from '../state/toggles.ts';
import { defaultOptions as loadDefaults, derivedStatus, firstLayers, loadLayers, loadOrder, statusOfError } from './loadLayers.ts';

/** Told of every status change of a layer; its data (`get`) is in place before `ready` is told. */
export type LayerListener = (id: ToggleId, status: LayerStatus) => void;

/** One subscribable store of layers per app. */
export interface LayerStore {
  /** A layer's data once it is ready (derived layers included). */
  get(id: ToggleId): FeatureCollection | undefined;
  /** A layer's status; undefined until it is asked for. */
  status(id: ToggleId): LayerStatus | undefined;
  /** Listen to status changes; returns the function that stops listening. */
  subscribe(listener: LayerListener): () => void;
  /**
   * Load `ids` in that order, a few at a time, then derive the layers computed from them; resolves once all have
   * settled (ready or failed). Layers asked for before are not loaded again.
   */
  load(ids: readonly MapLayerId[], signal: AbortSignal): Promise<void>;
}

export const defaultOptions = {
  /** Files fetched and decoded at the same time. */
  concurrency: loadDefaults.concurrency,
};

/** A layer the store computes from loaded ones. */
interface DerivedLayer {
  id: ToggleId;
  inputs: readonly MapLayerId[];
  compute(get: (id: MapLayerId) => FeatureCollection | null, signal: AbortSignal): Promise<FeatureCollection>;
}

/** The store of one app, reading from `source`. */
export function createLayerStore(source: GeodataSource, options: Partial<typeof defaultOptions> = {}): LayerStore {
  const o = { ...defaultOptions, ...options };
  const data = new Map<ToggleId, FeatureCollection>();
  const statuses = new Map<ToggleId, LayerStatus>();
  const listeners = new Set<LayerListener>();
  const requested = new Set<MapLayerId>();
  const inflight = new Map<MapLayerId, Promise<void>>(); // the run that loads each requested layer
  const derivations = new Map<ToggleId, Promise<void>>();
  const derived: readonly DerivedLayer[] = [
    {
      id: 'no2-surface',
      inputs: no2SurfaceInputs,
      // sources with a worker compute the grid there; the in-thread version is the fallback
      compute: (get, signal) => (source.no2Surface ? source.no2Surface(get('no2-points')!, get('region'), signal) : no2Surface(get('no2-points')!, get('region'))),
    },
  ];

  const set = (id: ToggleId, status: LayerStatus, fc?: FeatureCollection) => {
    if (fc) data.set(id, fc);
    statuses.set(id, status);
    for (const l of [...listeners]) {
      try {
        l(id, status);
      } catch (e) {
        queueMicrotask(() => {
          throw e; // reported like any uncaught error, without keeping the other listeners from hearing
        });
      }
    }
  };

  /** Start `d` once its inputs have settled (once); undefined while they are still loading. */
  const derive = (d: DerivedLayer, signal: AbortSignal): Promise<void> | undefined => {
    const started = derivations.get(d.id);
    if (started) return started;
    const waiting = derivedStatus(d.inputs, statuses);
    if (waiting?.state === 'loading') return undefined;
    let run: Promise<void>;
    if (waiting) {
      set(d.id, waiting); // an input failed: say which, rather than loading forever
      run = Promise.resolve();
    } else {
      run = d.compute((id) => data.get(id) ?? null, signal).then(
        (fc) => void (signal.aborted || set(d.id, { state: 'ready', count: fc.features.length }, fc)),
        (e: unknown) => void (signal.aborted || set(d.id, statusOfError(e))),
      );
    }
    derivations.set(d.id, run);
    return run;
  };

  return {
    get: (id) => data.get(id),
    status: (id) => statuses.get(id),
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    load(ids, signal) {
      const wanted = [...new Set(ids)];
      const fresh = wanted.filter((id) => !requested.has(id));
      for (const id of fresh) requested.add(id);
      const run = loadFresh(fresh, signal);
      for (const id of fresh) inflight.set(id, run);
      // a layer asked for before may still be loading: wait for its run too, so callers find it in the store
      return Promise.all(wanted.map((id) => inflight.get(id))).then(() => undefined);
    },
  };

  /** Load layers not asked for before, then derive the layers computed from them. */
  async function loadFresh(fresh: MapLayerId[], signal: AbortSignal): Promise<void> {
    const mine = derived.filter((d) => d.inputs.some((i) => fresh.includes(i)));
    for (const d of mine) if (!statuses.has(d.id)) set(d.id, { state: 'loading' });
    const runs: Promise<void>[] = [];
    const afterStatus = (id: MapLayerId) => {
      for (const d of mine) if (d.inputs.includes(id)) runs.push(derive(d, signal) ?? Promise.resolve());
    };
    try {
      const manifest = await source.manifest(signal);
      await loadLayers(
        source,
        manifest,
        fresh,
        {
          loaded: (id, fc) => void data.set(id, fc),
          status(id, status) {
            set(id, status);
            afterStatus(id);
          },
        },
        signal,
        { concurrency: o.concurrency },
      );
    } catch (e) {
      if (signal.aborted) return;
      for (const id of fresh) {
        set(id, statusOfError(e)); // no manifest: no layer can be read
        afterStatus(id);
      }
    }
    await Promise.all(runs);
  }
}

/**
 * Load every layer into the store, mirror each status into the app state, and flag <html data-layers-ready> once
 * all have settled: with or without a map, tests and benchmarks wait on it (the map has its own data-map-ready).
 * The first layers load alone; the others (visible ones at the front) once `thenRest()` settles, e.g. when the
 * map has drawn the first ones: loading them sooner takes the cores the map's first draw needs.
 */
export async function startLayers(
  store: LayerStore,
  visible: readonly ToggleId[],
  dispatch: (action: Action) => void,
  signal: AbortSignal,
  thenRest: () => Promise<unknown> = () => Promise.resolve(),
): Promise<void> {
  const stop = store.subscribe((id, status) => dispatch({ type: 'setStatus', id, status }));
  signal.addEventListener('abort', stop, { once: true });
  const shown = visible.filter((id): id is MapLayerId => (mapLayerIds as readonly string[]).includes(id));
  const rest = loadOrder(shown).filter((id) => !firstLayers.includes(id));
  for (const id of rest) dispatch({ type: 'setStatus', id, status: { state: 'loading' } }); // waiting counts as loading
  await store.load(firstLayers, signal);
  await thenRest().catch(() => undefined);
  if (signal.aborted) return;
  await store.load(rest, signal);
  if (signal.aborted) return;
  performance.mark('layers-ready');
  document.documentElement.dataset.layersReady = 'true';
}
