/** Streets and major roads (OpenStreetMap 2013): drawn as the basemap's road network. */
import { palette } from '../../app/catalogue.ts';
import { geojsonModule } from '../layerKit.ts';

/** Width in px growing with zoom, scaled per class by `factor` (an expression); zoom must stay the top-level input. */
const width = (base: number, factor: unknown = 1): unknown => ['interpolate', ['exponential', 1.6], ['zoom'], 10, ['*', base * 0.4, factor], 14, ['*', base * 2, factor], 18, ['*', base * 10, factor]];
const byClass = (m: number | string, t: number | string, p: number | string, s: number | string, te: number | string, mi: number | string): unknown => [
  'match', ['get', 'class'], 'motorway', m, 'trunk', t, 'primary', p, 'secondary', s, 'tertiary', te, mi,
];

export const roadsLayer = geojsonModule('roads', [
  { id: 'roads-minor', type: 'line', minzoom: 12.5, filter: ['==', ['get', 'class'], 'minor'], paint: { 'line-color': palette.road, 'line-width': width(0.8) as never }, layout: { 'line-cap': 'round' } },
  {
    id: 'roads-major-casing',
    type: 'line',
    filter: ['!=', ['get', 'class'], 'minor'],
    paint: { 'line-color': palette.roadCasing, 'line-width': width(1, byClass(2.6, 2.3, 2, 1.7, 1.4, 1)) as never },
    layout: { 'line-cap': 'round' },
  },
  {
    id: 'roads-major',
    type: 'line',
    filter: ['!=', ['get', 'class'], 'minor'],
    paint: {
      'line-color': byClass('#f7c873', '#fbd88e', '#fff3c4', '#ffffff', '#ffffff', '#ffffff') as never,
      'line-width': width(0.7, byClass(2.6, 2.3, 2, 1.7, 1.4, 1)) as never,
    },
    layout: { 'line-cap': 'round' },
  },
]);
