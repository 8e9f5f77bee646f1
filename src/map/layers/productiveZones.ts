/** Productive zones (OSM industrial land use). */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

export const productiveZonesLayer = geojsonModule('productive-zones', [
  { id: 'productive-zones-fill', type: 'fill', paint: { 'fill-color': palette.productiveZone, 'fill-opacity': 0.25 } },
  { id: 'productive-zones-line', type: 'line', paint: { 'line-color': palette.productiveZone, 'line-width': 1 } },
]);
