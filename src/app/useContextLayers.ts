/** Hooks reading the layer store: the layers the shortlist views draw or export, and the sites' properties. */
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import type { FeatureCollection } from 'geojson';
import type { LayerId, SiteProperties } from '../core/types.ts';
import { buildSketchIndex } from '../core/geo/sketch.ts';
import { contextLayerIds as kept, type ContextLayerId as KeptId, type ContextLayers } from '../state/contextLayers.ts';
import type { ToggleId } from '../state/toggles.ts';
import type { LayerStore } from './layerStore.ts';

/** Call `use` with every layer of `ids` that is ready now, then with each one as it becomes ready, until unmounted. */
function useReadyLayers<I extends ToggleId>(store: LayerStore, ids: readonly I[], use: (id: I, data: FeatureCollection) => void): void {
  useEffect(() => {
    const wanted = (id: ToggleId): id is I => (ids as readonly ToggleId[]).includes(id);
    for (const id of ids) {
      const data = store.get(id);
      if (data) use(id, data);
    }
    return store.subscribe((id, status) => {
      const data = status.state === 'ready' && wanted(id) ? store.get(id) : undefined;
      if (data) use(id as I, data);
    });
  }, [store]);
}

/** Hook collecting the context layers (sites, region, municipalities, stops, stations, 2013 roads, productive zones) from the store. */
export function useContextLayers(store: LayerStore): ContextLayers {
  const [layers, setLayers] = useState<Partial<Record<KeptId, FeatureCollection>>>({});
  const onLayer = useCallback((id: LayerId, data: FeatureCollection) => {
    if ((kept as readonly string[]).includes(id)) setLayers((l) => ({ ...l, [id]: data }));
  }, []);
  useReadyLayers(store, kept, onLayer);
  const index = useMemo(
    () => buildSketchIndex(layers.sites, layers['transit-stops'], layers['rail-stations'], layers.roads),
    [layers.sites, layers['transit-stops'], layers['rail-stations'], layers.roads],
  );
  return { layers, index, onLayer };
}

const sitesOnly = ['sites'] as const;

/** Hook: every site's properties by site id, once the sites layer is in the store (empty before). */
export function useSites(store: LayerStore): ReadonlyMap<string, SiteProperties> {
  const [sites, setSites] = useState<ReadonlyMap<string, SiteProperties>>(new Map());
  useReadyLayers(store, sitesOnly, (_id, data) => setSites(new Map(data.features.map((f) => [String(f.properties?.siteId), f.properties as SiteProperties]))));
  return sites;
}
