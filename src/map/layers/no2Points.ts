/** NO2 measurement points coloured by class (breaks 10/20/30/40 µg/m³); official stations larger. */
import { geojsonLayer } from '../layerKit.ts';
import { no2BreaksUgM3, palette } from '../../core/colour/palette.ts';

const [b10, b20, b30, b40] = no2BreaksUgM3;

/** NO2 measurement-point layer of one map. */
export const createNo2PointsLayer = geojsonLayer({ id: 'no2-points', layers: [
  {
    id: 'no2-points-circle',
    type: 'circle',
    paint: {
      'circle-color': ['step', ['get', 'no2UgM3'], palette.no2[0], b10, palette.no2[1], b20, palette.no2[2], b30, palette.no2[3], b40, palette.no2[4]],
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, ['case', ['==', ['get', 'source'], 'irceline'], 6, 2], 15, ['case', ['==', ['get', 'source'], 'irceline'], 9, 5]],
      'circle-stroke-color': ['case', ['==', ['get', 'source'], 'irceline'], '#000000', '#ffffff'],
      'circle-stroke-width': ['case', ['==', ['get', 'source'], 'irceline'], 1.5, 0.4],
    },
  },
] });
