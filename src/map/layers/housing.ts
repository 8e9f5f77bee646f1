/** Residential land (OSM). */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

export const housingLayer = geojsonModule('housing', [{ id: 'housing-fill', type: 'fill', paint: { 'fill-color': palette.housing, 'fill-opacity': 0.45 } }]);
