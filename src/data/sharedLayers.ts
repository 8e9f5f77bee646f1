/**
 * A geodata source whose layers are fetched and decoded once for every caller: the planner view and a selected
 * site's reach both need `sectors.fgb`, and whichever came second used to fetch and decode it again.
 */
import type { FeatureCollection } from 'geojson';
import type { GeodataSource } from './source.ts';

type LayerId = Parameters<GeodataSource['layer']>[0];

/** A request shared by its callers; aborted only once every caller has given up on it. */
interface Shared {
  result: Promise<FeatureCollection>;
  waiting: number;
  settled: boolean;
  abort: AbortController;
}

/**
 * `source` with `layer(id)` shared: a layer is fetched once and its data given to every caller, at once to later
 * ones. A caller's signal rejects its own promise only; the request itself stops when no caller waits for it any
 * more. Failures are not kept, so a later call tries again. The other methods are `source`'s own.
 */
export function withSharedLayers(source: GeodataSource): GeodataSource {
  const shared = new Map<LayerId, Shared>();
  const forget = (id: LayerId, s: Shared) => {
    if (shared.get(id) === s) shared.delete(id);
  };
  const start = (id: LayerId): Shared => {
    const abort = new AbortController();
    const s: Shared = { result: source.layer(id, abort.signal), waiting: 0, settled: false, abort };
    s.result.then(
      () => void (s.settled = true),
      () => {
        s.settled = true;
        forget(id, s);
      },
    );
    return s;
  };
  return {
    manifest: (signal) => source.manifest(signal),
    ...(source.no2Surface && { no2Surface: source.no2Surface.bind(source) }),
    ...(source.planner && { planner: source.planner.bind(source) }),
    ...(source.accessReach && { accessReach: source.accessReach.bind(source) }),
    layer(id, signal) {
      if (signal.aborted) return Promise.reject(signal.reason);
      let s = shared.get(id);
      if (!s) shared.set(id, (s = start(id)));
      const mine = s;
      mine.waiting++;
      return new Promise<FeatureCollection>((resolve, reject) => {
        const leave = () => {
          signal.removeEventListener('abort', onAbort);
          mine.waiting--;
        };
        const onAbort = () => {
          leave();
          if (mine.waiting === 0 && !mine.settled) {
            mine.abort.abort(signal.reason);
            forget(id, mine);
          }
          reject(signal.reason);
        };
        signal.addEventListener('abort', onAbort, { once: true });
        mine.result.then(
          (fc) => {
            if (signal.aborted) return;
            leave();
            resolve(fc);
          },
          (e: unknown) => {
            if (signal.aborted) return;
            leave();
            reject(e);
          },
        );
      });
    },
  };
}
