/** Productive zones (OSM industrial land use). */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Productive-zones layer of one map. */
export const createProductiveZonesLayer = geojsonLayer({ id: 'productive-zones', layers: [
  { id: 'productive-zones-fill', type: 'fill', paint: { 'fill-color': palette.productiveZone, 'fill-opacity': 0.25 } },
  { id: 'productive-zones-line', type: 'line', paint: { 'line-color': palette.productiveZone, 'line-width': 1 } },
] });
