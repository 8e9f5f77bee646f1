/** SNCB stations, circle area proportional to weekday boardings (unknown = -1 → smallest). */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Rail-stations layer of one map. */
export const createRailStationsLayer = geojsonLayer({ id: 'rail-stations', layers: [
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
] });
