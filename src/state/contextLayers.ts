/** The loaded layers the shortlist views draw or export, and the sketch index over them: kept by the app, read by the UI. */
import type { FeatureCollection } from 'geojson';
import type { SketchIndex } from '../core/geo/sketch.ts';
import type { LayerId } from '../core/types.ts';

/** Layers kept for the shortlist views: sites, region, municipalities, stops, stations, 2013 roads, productive zones. */
export const contextLayerIds = ['sites', 'region', 'communes', 'transit-stops', 'rail-stations', 'roads', 'productive-zones'] as const satisfies readonly LayerId[];

/** One kept layer. */
export type ContextLayerId = (typeof contextLayerIds)[number];

/** Layers as they arrive, and the sketch index built from them. */
export interface ContextLayers {
  layers: Partial<Record<ContextLayerId, FeatureCollection>>;
  index: SketchIndex;
  /** Called for each layer as the store delivers it (see `useContextLayers(store)`). */
  onLayer(id: LayerId, data: FeatureCollection): void;
}
