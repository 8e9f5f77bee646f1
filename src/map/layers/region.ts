/** Region outline. */
import { palette } from '../../app/catalogue.ts';
import { geojsonModule } from '../layerKit.ts';

export const regionLayer = geojsonModule('region', [
  { id: 'region-line', type: 'line', paint: { 'line-color': palette.region, 'line-width': 2, 'line-opacity': 0.8 } },
]);
