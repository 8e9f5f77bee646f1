/** STIB stops, one symbol per mode: metro (large, dark ring), tram (medium), bus (small). A stop shows its highest mode; names from zoom 16. */
import { labelFont, labelPaint, nameText } from '../labels.ts';
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

const isTrue = (k: string): unknown => ['==', ['to-string', ['get', k]], 'true'];

/** STIB-stops layer of one map, named from zoom 16. */
export const createTransitStopsLayer = geojsonLayer({ id: 'transit-stops', layers: [
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
], labels: {
  layers: [
    {
      id: 'transit-stops-label',
      type: 'symbol',
      minzoom: 16,
      filter: ['any', isTrue('hasMetro'), isTrue('hasTram'), isTrue('hasBus')] as never,
      layout: {
        // metro names win over tram, tram over bus, when they compete for room (the two platforms of a stop share a name)
        'symbol-sort-key': ['case', isTrue('hasMetro'), 0, isTrue('hasTram'), 1, 2] as never,
        'text-field': nameText('fr'),
        'text-font': labelFont,
        'text-size': 11,
        'text-anchor': 'top',
        'text-offset': [0, 0.9],
        'text-max-width': 9,
        'text-padding': 2,
      },
      paint: { ...labelPaint, 'text-color': '#1d1d1f' },
    },
  ],
  text: (lang) => nameText(lang),
} });
