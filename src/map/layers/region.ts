/** Region outline. */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

export const regionLayer = geojsonModule('region', [
  { id: 'region-line', type: 'line', paint: { 'line-color': palette.region, 'line-width': 2, 'line-opacity': 0.8 } },
]);
