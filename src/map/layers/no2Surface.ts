/** Interpolated NO2 grid, graduated by class (breaks 10/20/30/40 µg/m³). */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Interpolated NO2 layer of one map. */
export const createNo2SurfaceLayer = geojsonLayer({ id: 'no2-surface', layers: [
  {
    id: 'no2-surface-fill',
    type: 'fill',
    paint: {
      'fill-color': ['match', ['get', 'cls'], 0, palette.no2[0], 1, palette.no2[1], 2, palette.no2[2], 3, palette.no2[3], palette.no2[4]],
      'fill-opacity': 0.5,
      'fill-antialias': false,
    },
  },
] });
