/** STIB lines in their own colours (from the data), metro widest. */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** STIB-lines layer of one map. */
export const createTransitLinesLayer = geojsonLayer({ id: 'transit-lines', layers: [
  {
    id: 'transit-lines-line',
    type: 'line',
    paint: {
      'line-color': ['case', ['==', ['slice', ['coalesce', ['get', 'colour'], ''], 0, 1], '#'], ['to-color', ['get', 'colour'], palette.bus], palette.bus] as never,
      'line-width': ['match', ['get', 'route'], 'subway', 4, 'tram', 2.5, 1.5],
      'line-opacity': 0.85,
    },
    layout: { 'line-cap': 'round', 'line-join': 'round' },
  },
] });
