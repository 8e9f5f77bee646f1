/** Canal and port basins (polygons) and the canal's course (lines): one source, split by geometry type. */
import { geojsonLayer } from '../layerKit.ts';
import { palette } from '../../core/colour/palette.ts';

/** Canal layer of one map. */
export const createCanalLayer = geojsonLayer({ id: 'canal', layers: [
  { id: 'canal-fill', type: 'fill', filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': palette.canal, 'fill-opacity': 0.7 } },
  { id: 'canal-line', type: 'line', filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': palette.canal, 'line-width': 3 } },
] });
