/** Regional cycle routes (ICR). */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Cycle-routes layer of one map. */
export const createCycleRoutesLayer = geojsonLayer({ id: 'cycle-routes', layers: [
  { id: 'cycle-routes-line', type: 'line', paint: { 'line-color': palette.cycleRoute, 'line-width': 2, 'line-opacity': 0.85 }, layout: { 'line-cap': 'round' } },
] });
