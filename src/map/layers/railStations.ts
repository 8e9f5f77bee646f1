/** SNCB stations, circle area proportional to weekday boardings (unknown = -1 → smallest). */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

export const railStationsLayer = geojsonModule('rail-stations', [
  {
    id: 'rail-stations-circle',
    type: 'circle',
    paint: {
      'circle-color': palette.railStation,
      'circle-opacity': 0.85,
      'circle-radius': ['interpolate', ['linear'], ['sqrt', ['max', ['to-number', ['get', 'boardingsWeekday'], 0], 0]], 0, 4, 100, 8, 250, 16],
      'circle-stroke-color': '#ffffff',
      'circle-stroke-width': 1.5,
    },
  },
]);
