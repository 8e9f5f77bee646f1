/** The NO2 surface, a layer derived in the browser from two loaded layers (the grid itself: src/core/geo/no2Grid.ts). */
import type { FeatureCollection } from 'geojson';
import { no2Grid } from '../core/geo/no2Grid.ts';
import type { LayerId } from '../core/types.ts';

/** Layers the surface is computed from: without either there is no surface, and the panel says which is lacking. */
export const no2SurfaceInputs = ['no2-points', 'region'] as const satisfies readonly LayerId[];

/** The surface from its inputs on the calling thread (sources with a worker compute it there instead). */
export function no2Surface(points: FeatureCollection, region: FeatureCollection | null): Promise<FeatureCollection> {
  return Promise.resolve(no2Grid(points, region));
}
