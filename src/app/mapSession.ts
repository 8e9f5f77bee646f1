/** Starts the map and feeds it every layer as it arrives; flags readiness for tests and benchmarks. */
import type { FeatureCollection } from 'geojson';
import type { LayerId, Manifest, SiteProperties } from '../core/types.ts';
import { no2Surface } from '../data/no2Surface.ts';
import type { GeodataSource } from '../data/source.ts';
import { createMap, webglSupported, type MapController } from '../map/mapView.ts';
import type { Action, AppState, LayerStatus } from '../state/state.ts';
import { t } from '../i18n/i18n.ts';
import { loadLayers, loadOrder, statusOfError } from './loadLayers.ts';

export interface StartOptions {
  container: HTMLElement;
  manifest: Manifest;
  geodataBase: string;
  styleUrl: string | undefined;
  source: GeodataSource;
  initial: AppState;
  dispatch(action: Action): void;
  onSites(sites: ReadonlyMap<string, SiteProperties>): void;
  /** Every layer as it loads (the shortlist views keep the few they draw and export). */
  onLayer?(id: LayerId, data: FeatureCollection): void;
  signal: AbortSignal;
}

/** Layers that make the map "usable": the readiness flag waits for them. */
const readyLayers: readonly LayerId[] = ['productive-zones', 'sites'];

/** Create the map (or report 'no-webgl') and start loading the layers into it. */
export async function startMap(o: StartOptions): Promise<MapController | 'no-webgl'> {
  if (!webglSupported()) return 'no-webgl';
  const s = o.initial;
  const map = await createMap(
    { container: o.container, manifest: o.manifest, geodataBase: o.geodataBase, view: s.view, visible: s.visible, lang: s.lang, fitLabel: t(s.lang, 'fitRegion'), ...(o.styleUrl ? { styleUrl: o.styleUrl } : {}) },
    {
      siteHover: (siteId) => o.dispatch({ type: 'hoverSite', siteId }),
      siteClick: (siteId) => o.dispatch({ type: 'selectSite', siteId }),
      moveEnd: (view) => o.dispatch({ type: 'setView', view }),
    },
  );
  const got = new Map<LayerId, FeatureCollection>();
  const surface = () => {
    const points = got.get('no2-points');
    if (!points || !got.has('region')) return;
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
      o.dispatch({ type: 'setStatus', id, status });
      if (id === 'no2-points' && status.state !== 'ready') o.dispatch({ type: 'setStatus', id: 'no2-surface', status });
    },
    loaded(id: LayerId, data: FeatureCollection) {
      map.setData(id, data);
      o.onLayer?.(id, data);
      if (id === 'sites') o.onSites(new Map(data.features.map((f) => [String(f.properties?.siteId), f.properties as SiteProperties])));
      if (id === 'no2-points' || id === 'region') {
        got.set(id, data);
        surface();
      }
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
