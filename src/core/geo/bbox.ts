/** Positions and bounding boxes of any GeoJSON geometry, in the geometry's own units (degrees or metres). */
import type { Geometry, Position } from 'geojson';
import type { Box } from './geom.ts';

/** Every position of a geometry, flattened. */
export function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return [g.coordinates];
    case 'MultiPoint':
    case 'LineString':
      return g.coordinates;
    case 'MultiLineString':
    case 'Polygon':
      return g.coordinates.flat();
    case 'MultiPolygon':
      return g.coordinates.flat(2);
    case 'GeometryCollection':
      return g.geometries.flatMap(positionsOf);
  }
}

/** [minX, minY, maxX, maxY] over all positions of the geometries; null when there is none. */
export function geometriesBbox(geometries: readonly (Geometry | null | undefined)[]): Box | null {
  let minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
  for (const g of geometries) {
    if (!g) continue;
    for (const p of positionsOf(g)) {
      const x = p[0]!, y = p[1]!;
      if (x < minX) minX = x;
      if (y < minY) minY = y;
      if (x > maxX) maxX = x;
      if (y > maxY) maxY = y;
    }
  }
  return minX <= maxX ? [minX, minY, maxX, maxY] : null;
}
