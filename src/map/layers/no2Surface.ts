/** Interpolated NO2 grid, graduated by class (breaks 10/20/30/40 µg/m³). */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

export const no2SurfaceLayer = geojsonModule('no2-surface', [
  {
    id: 'no2-surface-fill',
    type: 'fill',
    paint: {
      'fill-color': ['match', ['get', 'cls'], 0, palette.no2[0], 1, palette.no2[1], 2, palette.no2[2], 3, palette.no2[3], palette.no2[4]],
      'fill-opacity': 0.5,
      'fill-antialias': false,
    },
  },
]);
