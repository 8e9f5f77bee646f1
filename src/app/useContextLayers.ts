/** Keeps the loaded layers the shortlist views draw or export (sites, region, municipalities, stops, stations, 2013 roads, productive zones). */
import { useCallback, useMemo, useState } from 'preact/hooks';
import type { FeatureCollection } from 'geojson';
import type { LayerId } from '../core/types.ts';
import { buildSketchIndex, type SketchIndex } from '../ui/sketch.ts';

const kept = ['sites', 'region', 'communes', 'transit-stops', 'rail-stations', 'roads', 'productive-zones'] as const satisfies readonly LayerId[];
type KeptId = (typeof kept)[number];

/** Layers as they arrive, and the sketch index built from them. */
export interface ContextLayers {
  layers: Partial<Record<KeptId, FeatureCollection>>;
  index: SketchIndex;
  /** Pass to startMap as `onLayer`. */
  onLayer(id: LayerId, data: FeatureCollection): void;
}

/** Hook collecting the context layers. */
export function useContextLayers(): ContextLayers {
  const [layers, setLayers] = useState<Partial<Record<KeptId, FeatureCollection>>>({});
  const onLayer = useCallback((id: LayerId, data: FeatureCollection) => {
    if ((kept as readonly string[]).includes(id)) setLayers((l) => ({ ...l, [id]: data }));
  }, []);
  const index = useMemo(
    () => buildSketchIndex(layers.sites, layers['transit-stops'], layers['rail-stations'], layers.roads),
    [layers.sites, layers['transit-stops'], layers['rail-stations'], layers.roads],
  );
  return { layers, index, onLayer };
}
