/** Regional cycle routes (ICR). */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

export const cycleRoutesLayer = geojsonModule('cycle-routes', [
  { id: 'cycle-routes-line', type: 'line', paint: { 'line-color': palette.cycleRoute, 'line-width': 2, 'line-opacity': 0.85 }, layout: { 'line-cap': 'round' } },
]);
