/** Starts the map when the browser can draw one and subscribes it to the layer store; flags its readiness for tests and benchmarks. */
import type { BasemapFailure, CheckedManifest } from '../data/manifest.ts';
import { createMap, webglSupported, type MapController } from '../map/mapView.ts';
import type { Action, AppState, LayerStatus } from '../state/state.ts';
import { toggleIds, type ToggleId } from '../state/toggles.ts';
import { t } from '../i18n/i18n.ts';
import type { LayerStore } from './layerStore.ts';
import { firstLayers } from './loadLayers.ts';

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
  if (!webglSupported()) return 'no-webgl';
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
 * Feed the store's layers to the map: zones and sites first, drawn alone so the map is usable before the heavier
 * layers arrive (<html data-map-ready> and the `map-ready` mark at that first idle), then the others one at a
 * time, each after the map went idle with the previous one: their first draws (shader programs, buffer uploads,
 * maplibre handing the data to its worker) then fall in separate tasks instead of one long freeze.
 * Layers ready before the map existed are drawn at once. <html data-map-layers-drawn> is set while the queue is
 * empty and every layer handed over has been drawn (an idle after it), removed when a layer is queued again.
 */
function drawLayers(map: MapController, store: LayerStore, signal: AbortSignal): void {
  const queue: ToggleId[] = [];
  let usable = false;
  let busy = true; // until the first layers are drawn
  let waiting = false;
  const draw = (id: ToggleId) => {
    const data = store.get(id);
    if (data) map.setData(id, data);
  };
  const next = () => {
    const id = queue.shift();
    if (id === undefined || signal.aborted) {
      if (!signal.aborted) document.documentElement.dataset.mapLayersDrawn = 'true';
      return void (busy = false);
    }
    busy = true;
    draw(id);
    void map.idle().then(next);
  };
  const settled = (id: ToggleId) => ['ready', 'error'].includes(store.status(id)?.state ?? 'loading');
  const onChange = (id: ToggleId, status: LayerStatus) => {
    if (status.state === 'ready') {
      if (!usable && (firstLayers as readonly ToggleId[]).includes(id)) draw(id);
      else {
        queue.push(id);
        delete document.documentElement.dataset.mapLayersDrawn;
        if (!busy) next();
      }
    }
    if (waiting || usable || !firstLayers.every(settled)) return;
    waiting = true;
    void map.idle().then(() => {
      if (signal.aborted) return;
      performance.mark('map-ready'); // read by scripts/bench-map.ts: time from navigation to a usable map
      document.documentElement.dataset.mapReady = 'true';
      usable = true;
      next();
    });
  };
  for (const id of toggleIds) {
    const status = store.status(id);
    if (status) onChange(id, status);
  }
  const stop = store.subscribe(onChange);
  signal.addEventListener('abort', stop, { once: true });
}
