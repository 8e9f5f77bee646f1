/** Starts the map when the browser can draw one and subscribes it to the layer store; flags its readiness for tests and benchmarks. */
import type { FeatureCollection } from 'geojson';
import type { BasemapFailure, CheckedManifest } from '../data/manifest.ts';
import { createMap, type MapController } from '../map/mapView.ts';
import { webglSupported } from '../map/webglProbe.ts';
import type { Action, AppState, LayerStatus } from '../state/state.ts';
import { toggleIds, type ToggleId } from '../state/toggles.ts';
import { t } from '../i18n/i18n.ts';
import type { LayerStore } from './layerStore.ts';
import { firstLayers } from './loadLayers.ts';
import { nextTask } from '../core/tasks.ts';

export interface StartOptions {
  container: HTMLElement;
  manifest: CheckedManifest;
  geodataBase: string;
  styleUrl: string | undefined;
  /** The app's layers: loading on their own; the map draws them as they are ready. */
  layers: LayerStore;
  initial: AppState;
  dispatch(action: Action): void;
  /** A basemap archive could not be read and was left out of the map. */
  onBasemapFailure?(failure: BasemapFailure): void;
  signal: AbortSignal;
}

/** Create the map (or report 'no-webgl': the store's layers still serve the list, scoring and exports) and draw the store's layers on it. */
export async function startMap(o: StartOptions): Promise<MapController | 'no-webgl'> {
  if (!(await webglSupported())) return 'no-webgl';
  const s = o.initial;
  const map = await createMap(
    { container: o.container, manifest: o.manifest, geodataBase: o.geodataBase, view: s.view, visible: s.visible, lang: s.lang, fitLabel: t(s.lang, 'fitRegion'), ...(o.styleUrl ? { styleUrl: o.styleUrl } : {}) },
    {
      siteHover: (siteId) => o.dispatch({ type: 'hoverSite', siteId }),
      siteClick: (siteId) => o.dispatch({ type: 'selectSite', siteId }),
      moveEnd: (view) => o.dispatch({ type: 'setView', view }),
      basemapFailed: (f) => o.onBasemapFailure?.(f),
    },
  );
  drawLayers(map, o.layers, o.signal);
  return map;
}

/** Settles once the map has drawn what it has (its next idle), at once when there is none: later work waits on it. */
export function mapSettled(start: Promise<MapController | 'no-webgl'>): Promise<void> {
  return start.then(
    (m) => (m === 'no-webgl' ? undefined : m.idle()),
    () => undefined,
  );
}

/**
 * Feed the store's layers to the map. A layer's first draw makes maplibre build its shader programs, which waits
 * for the GPU to finish every frame it was given: with a software renderer 100–300 ms, a freeze of the page when it
 * falls in the middle of loading. So nothing shown draws for the first time while the GPU is busy (see gate.ts and
 * gpuDrained.ts). The basemap is held from the start; zones and sites get their data held as soon as they are
 * ready, and all are released together once maplibre has tiled them and the GPU has caught up (the map is usable
 * then: <html data-map-ready> and the `map-ready` mark at the idle after); the basemap goes on alone if its tiles
 * are in before zones and sites are. Then each other shown layer the same way, one at a time, and hidden ones at
 * once, one per task, as they draw nothing. Big layers go to maplibre in pieces (layerKit.ts).
 * <html data-map-layers-drawn> is set while the queue is empty and every layer handed over has been drawn (an idle
 * after its release), removed when a layer is queued again.
 */
export function drawLayers(map: MapController, store: LayerStore, signal: AbortSignal): void {
  const queue: ToggleId[] = [];
  const first = firstLayers as readonly ToggleId[];
  let firstHandedOver = false;
  let busy = true; // until the first layers are drawn
  const given = new Map<ToggleId, FeatureCollection>(); // the data each layer was handed, so it is not handed twice
  /** Hand `id` its data; false when it has none or already has this one. */
  const give = async (id: ToggleId, hold: boolean): Promise<boolean> => {
    const data = store.get(id);
    if (!data || given.get(id) === data) return false;
    given.set(id, data);
    if (hold) map.hold(id);
    await map.setData(id, data);
    return true;
  };
  /** The map's next idle, then the GPU having run what it was given. */
  const calm = async () => {
    await map.idle();
    await map.drained();
  };
  /**
   * Give `ids` their data held; release them (and the basemap with the first ones: one calm moment for both keeps
   * the map's start short) once maplibre has tiled it and the GPU is free.
   */
  const handOver = async (ids: readonly ToggleId[], withBasemap = false) => {
    // every layer marked as given at once (before any await), so a status replayed meanwhile is not queued again
    const gave = await Promise.all(ids.map((id) => give(id, true)));
    const held = ids.filter((_, i) => gave[i]);
    if (!held.length && !withBasemap) return;
    await calm();
    if (signal.aborted) return;
    if (withBasemap) map.release('basemap'); // nothing when it went on alone
    for (const id of held) map.release(id);
  };
  // the basemap on its own when its tiles are in before zones and sites are: a slow layer must not leave it blank
  void calm().then(() => {
    if (!firstHandedOver && !signal.aborted) map.release('basemap');
  });
  const next = async () => {
    busy = true;
    for (let id = queue.shift(); id !== undefined && !signal.aborted; id = queue.shift()) {
      if (map.shown(id)) await handOver([id]);
      else if (await give(id, false)) await nextTask(); // maplibre copies the data to its worker: one layer per task
    }
    await map.idle(); // the last release drawn
    if (signal.aborted) return;
    if (queue.length) return void next(); // queued meanwhile
    document.documentElement.dataset.mapLayersDrawn = 'true';
    busy = false;
  };
  const settled = (id: ToggleId) => ['ready', 'error'].includes(store.status(id)?.state ?? 'loading');
  const onChange = (id: ToggleId, status: LayerStatus) => {
    // a first layer arriving before the first ones are handed over goes in with them below; anything else is queued,
    // unless the map already has that very data (the first layers' statuses replayed after they went in together)
    if (status.state === 'ready' && (firstHandedOver || !first.includes(id)) && given.get(id) !== store.get(id)) {
      queue.push(id);
      delete document.documentElement.dataset.mapLayersDrawn;
      if (!busy) void next();
    }
    if (firstHandedOver || !firstLayers.every(settled)) return;
    firstHandedOver = true;
    void handOver(first, true)
      .then(() => map.idle())
      .then(() => {
        if (signal.aborted) return;
        performance.mark('map-ready'); // read by scripts/bench-map.ts: time from navigation to a usable map
        document.documentElement.dataset.mapReady = 'true';
        void next();
      });
  };
  for (const id of toggleIds) {
    const status = store.status(id);
    if (status) onChange(id, status);
  }
  const stop = store.subscribe(onChange);
  signal.addEventListener('abort', stop, { once: true });
}
