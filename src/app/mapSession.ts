/** Starts the map and feeds it every layer as it arrives; flags readiness for tests and benchmarks. */
import type { FeatureCollection } from 'geojson';
import { layerIds, type LayerId, type SiteProperties } from '../core/types.ts';
import type { BasemapFailure, CheckedManifest } from '../data/manifest.ts';
import { no2Surface, no2SurfaceInputs } from '../data/no2Surface.ts';
import type { GeodataSource } from '../data/source.ts';
import { createMap, webglSupported, type MapController } from '../map/mapView.ts';
import type { Action, AppState, LayerStatus } from '../state/state.ts';
import { t } from '../i18n/i18n.ts';
import { derivedStatus, loadLayers, loadOrder, statusOfError } from './loadLayers.ts';

export interface StartOptions {
  container: HTMLElement;
  manifest: CheckedManifest;
  geodataBase: string;
  styleUrl: string | undefined;
  source: GeodataSource;
  initial: AppState;
  dispatch(action: Action): void;
  onSites(sites: ReadonlyMap<string, SiteProperties>): void;
  /** Every layer as it loads (the shortlist views keep the few they draw and export). */
  onLayer?(id: LayerId, data: FeatureCollection): void;
  /** A basemap archive could not be read and was left out of the map. */
  onBasemapFailure?(failure: BasemapFailure): void;
  signal: AbortSignal;
}

/** Layers that make the map "usable": the readiness flag waits for them. */
const readyLayers: readonly LayerId[] = ['productive-zones', 'sites'];

/** No map, so no layer will ever be drawn: every row says so rather than "loading…" forever. */
function failAll(dispatch: StartOptions['dispatch'], status: LayerStatus): void {
  for (const id of [...layerIds, 'no2-surface' as const]) dispatch({ type: 'setStatus', id, status });
}

/** Create the map (or report 'no-webgl') and start loading the layers into it. */
export async function startMap(o: StartOptions): Promise<MapController | 'no-webgl'> {
  if (!webglSupported()) {
    failAll(o.dispatch, { state: 'error', reason: 'other', detail: 'no WebGL: the map cannot be drawn' });
    return 'no-webgl';
  }
  const s = o.initial;
  let map: MapController;
  try {
    map = await createMap(
      { container: o.container, manifest: o.manifest, geodataBase: o.geodataBase, view: s.view, visible: s.visible, lang: s.lang, fitLabel: t(s.lang, 'fitRegion'), ...(o.styleUrl ? { styleUrl: o.styleUrl } : {}) },
      {
        siteHover: (siteId) => o.dispatch({ type: 'hoverSite', siteId }),
        siteClick: (siteId) => o.dispatch({ type: 'selectSite', siteId }),
        moveEnd: (view) => o.dispatch({ type: 'setView', view }),
        basemapFailed: (f) => o.onBasemapFailure?.(f),
      },
    );
  } catch (e) {
    failAll(o.dispatch, statusOfError(e));
    throw e;
  }
  const got = new Map<LayerId, FeatureCollection>();
  const statuses = new Map<LayerId, LayerStatus>();
  let surfaceDone = false;
  const surface = () => {
    const waiting = derivedStatus(no2SurfaceInputs, statuses);
    if (waiting?.state === 'error') o.dispatch({ type: 'setStatus', id: 'no2-surface', status: waiting });
    const points = got.get('no2-points');
    if (waiting || surfaceDone || !points) return;
    surfaceDone = true;
    try {
      const grid = no2Surface(points, got.get('region') ?? null);
      map.setData('no2-surface', grid);
      o.dispatch({ type: 'setStatus', id: 'no2-surface', status: { state: 'ready', count: grid.features.length } });
    } catch (e) {
      o.dispatch({ type: 'setStatus', id: 'no2-surface', status: statusOfError(e) });
    }
  };
  const events = {
    status(id: LayerId, status: LayerStatus) {
      statuses.set(id, status);
      o.dispatch({ type: 'setStatus', id, status });
      if ((no2SurfaceInputs as readonly LayerId[]).includes(id)) surface();
    },
    loaded(id: LayerId, data: FeatureCollection) {
      map.setData(id, data);
      o.onLayer?.(id, data);
      if (id === 'sites') o.onSites(new Map(data.features.map((f) => [String(f.properties?.siteId), f.properties as SiteProperties])));
      if ((no2SurfaceInputs as readonly LayerId[]).includes(id)) got.set(id, data);
    },
  };
  const rest = loadOrder(s.visible.filter((v): v is LayerId => v !== 'no2-surface')).filter((id) => !readyLayers.includes(id));
  for (const id of rest) events.status(id, { state: 'loading' });
  // Zones and sites first, drawn alone: the map is usable before the heavier context layers arrive.
  void loadLayers(o.source, o.manifest, readyLayers, events, o.signal)
    .then(() => map.idle())
    .then(() => {
      performance.mark('map-ready'); // read by scripts/bench-map.ts: time from navigation to a usable map
      document.documentElement.dataset.mapReady = 'true';
      return loadLayers(o.source, o.manifest, rest, events, o.signal);
    });
  return map;
}
