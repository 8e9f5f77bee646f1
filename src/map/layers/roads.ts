/** Streets and major roads (OpenStreetMap 2013): drawn as the basemap's road network, named from zoom 14. */
import { labelFont, labelPaint, nameText } from '../labels.ts';
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Width in px growing with zoom, scaled per class by `factor` (an expression); zoom must stay the top-level input. */
const width = (base: number, factor: unknown = 1): unknown => ['interpolate', ['exponential', 1.6], ['zoom'], 10, ['*', base * 0.4, factor], 14, ['*', base * 2, factor], 18, ['*', base * 10, factor]];
const byClass = (m: number | string, t: number | string, p: number | string, s: number | string, te: number | string, mi: number | string): unknown => [
  'match', ['get', 'class'], 'motorway', m, 'trunk', t, 'primary', p, 'secondary', s, 'tertiary', te, mi,
];

/** Streets layer of one map, named from zoom 14. */
export const createRoadsLayer = geojsonLayer({ id: 'roads', layers: [
  { id: 'roads-minor', type: 'line', minzoom: 12.5, filter: ['==', ['get', 'class'], 'minor'], paint: { 'line-color': palette.road, 'line-width': width(0.8) as never }, layout: { 'line-cap': 'round' } },
  {
    id: 'roads-major-casing',
    type: 'line',
    // Casings and tertiary roads add little at region scale but cost a third of a software-rendered frame.
    minzoom: 12,
    filter: ['!=', ['get', 'class'], 'minor'],
    paint: { 'line-color': palette.roadCasing, 'line-width': width(1, byClass(2.6, 2.3, 2, 1.7, 1.4, 1)) as never },
    layout: { 'line-cap': 'round' },
  },
  {
    id: 'roads-tertiary',
    type: 'line',
    minzoom: 12,
    filter: ['==', ['get', 'class'], 'tertiary'],
    paint: { 'line-color': '#ffffff', 'line-width': width(0.7, 1.4) as never },
    layout: { 'line-cap': 'round' },
  },
  {
    id: 'roads-major',
    type: 'line',
    filter: ['match', ['get', 'class'], ['minor', 'tertiary'], false, true],
    paint: {
      // Without casings below zoom 12, light roads take a darker tone to stay visible on the basemap.
      'line-color': ['interpolate', ['linear'], ['zoom'], 11.5, byClass('#eaa94f', '#efbd6b', '#e3cf8f', '#d4cbbd', '#d4cbbd', '#d4cbbd'), 12, byClass('#f7c873', '#fbd88e', '#fff3c4', '#ffffff', '#ffffff', '#ffffff')] as never,
      'line-width': width(0.7, byClass(2.6, 2.3, 2, 1.7, 1.4, 1)) as never,
    },
    layout: { 'line-cap': 'round' },
  },
], labels: {
  layers: [
    {
      id: 'roads-label',
      type: 'symbol',
      minzoom: 14,
      layout: {
        'symbol-placement': 'line',
        // major roads first when names compete for room
        'symbol-sort-key': byClass(0, 1, 2, 3, 4, 5) as never,
        'symbol-spacing': 350,
        'text-field': nameText('fr', 'ref'),
        'text-font': labelFont,
        'text-size': ['interpolate', ['linear'], ['zoom'], 14, 10, 18, 13],
        'text-max-angle': 30,
        'text-padding': 2,
      },
      paint: { ...labelPaint, 'text-color': '#4a4a4a' },
    },
  ],
  text: (lang) => nameText(lang, 'ref'),
} });
