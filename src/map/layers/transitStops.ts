/** STIB stops, one symbol per mode: metro (large, dark ring), tram (medium), bus (small). A stop shows its highest mode. */
import { palette } from '../../app/catalogue.ts';
import { geojsonModule } from '../layerKit.ts';

const isTrue = (k: string): unknown => ['==', ['to-string', ['get', k]], 'true'];

export const transitStopsLayer = geojsonModule('transit-stops', [
  {
    id: 'transit-stops-bus',
    type: 'circle',
    minzoom: 11.5,
    filter: ['all', isTrue('hasBus'), ['!', isTrue('hasTram')], ['!', isTrue('hasMetro')]] as never,
    paint: { 'circle-color': palette.bus, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 11.5, 1.5, 16, 4], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 0.5 },
  },
  {
    id: 'transit-stops-tram',
    type: 'circle',
    filter: ['all', isTrue('hasTram'), ['!', isTrue('hasMetro')]] as never,
    paint: { 'circle-color': palette.tram, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 2, 16, 6], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 },
  },
  {
    id: 'transit-stops-metro',
    type: 'circle',
    filter: isTrue('hasMetro') as never,
    paint: { 'circle-color': palette.metro, 'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, 3.5, 16, 9], 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 2 },
  },
]);
