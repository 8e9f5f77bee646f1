/** Rail sidings, spurs and yards (freight and industrial track). */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

export const railSidingsLayer = geojsonModule('rail-sidings', [
  { id: 'rail-sidings-line', type: 'line', paint: { 'line-color': palette.railSiding, 'line-width': 1.6, 'line-dasharray': [3, 1.5] } },
]);
