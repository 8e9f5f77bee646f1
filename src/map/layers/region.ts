/** Region outline. */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Region-outline layer of one map. */
export const createRegionLayer = geojsonLayer({ id: 'region', layers: [
  { id: 'region-line', type: 'line', paint: { 'line-color': palette.region, 'line-width': 2, 'line-opacity': 0.8 } },
] });
