/** Residential land (OSM). */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Residential-land layer of one map. */
export const createHousingLayer = geojsonLayer({ id: 'housing', layers: [{ id: 'housing-fill', type: 'fill', paint: { 'fill-color': palette.housing, 'fill-opacity': 0.45 } }] });
