/** Residential land (OSM). */
import { palette } from '../../app/catalogue.ts';
import { geojsonModule } from '../layerKit.ts';

export const housingLayer = geojsonModule('housing', [{ id: 'housing-fill', type: 'fill', paint: { 'fill-color': palette.housing, 'fill-opacity': 0.45 } }]);
