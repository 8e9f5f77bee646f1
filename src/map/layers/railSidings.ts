/** Rail sidings, spurs and yards (freight and industrial track). */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Rail-sidings layer of one map. */
export const createRailSidingsLayer = geojsonLayer({ id: 'rail-sidings', layers: [
  { id: 'rail-sidings-line', type: 'line', paint: { 'line-color': palette.railSiding, 'line-width': 1.6, 'line-dasharray': [3, 1.5] } },
] });
