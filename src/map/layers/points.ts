/** Point layers drawn as plain circles: Villo!, sensitive receptors, workshops. */
import { geojsonModule } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

const circle = (id: string, colour: string, r: number) => ({
  id,
  type: 'circle' as const,
  paint: {
    'circle-color': colour,
    'circle-radius': ['interpolate', ['linear'], ['zoom'], 10, r * 0.6, 15, r * 1.6] as never,
    'circle-stroke-color': '#ffffff',
    'circle-stroke-width': 0.8,
  },
});

export const villoLayer = geojsonModule('villo', [circle('villo-circle', palette.villo, 3.5)]);
export const sensitiveLayer = geojsonModule('sensitive', [circle('sensitive-circle', palette.sensitive, 3)]);
export const workshopsLayer = geojsonModule('workshops', [circle('workshops-circle', palette.workshops, 3)]);
