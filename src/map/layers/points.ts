/** Point layers drawn as plain circles: Villo!, sensitive receptors, workshops. */
import { geojsonLayer } from '../layerKit.ts';
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

/** Villo! stations layer of one map. */
export const createVilloLayer = geojsonLayer({ id: 'villo', layers: [circle('villo-circle', palette.villo, 3.5)] });
/** Sensitive-receptors layer of one map. */
export const createSensitiveLayer = geojsonLayer({ id: 'sensitive', layers: [circle('sensitive-circle', palette.sensitive, 3)] });
/** Workshops layer of one map. */
export const createWorkshopsLayer = geojsonLayer({ id: 'workshops', layers: [circle('workshops-circle', palette.workshops, 3)] });
