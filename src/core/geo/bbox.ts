/** Positions and bounding boxes of any GeoJSON geometry, in the geometry's own units (degrees or metres). */
import type { Geometry, Position } from 'geojson';
import type { Box } from './geom.ts';

// Source files are not trusted: a member that is not an array flattens to nothing rather than throwing.
const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);

/** Every position of a geometry, flattened; malformed members yield no position (not an error). */
export function positionsOf(g: Geometry): Position[] {
  switch (g.type) {
    case 'Point':
      return Array.isArray(g.coordinates) ? [g.coordinates] : [];
    case 'MultiPoint':
    case 'LineString':
      return arr(g.coordinates) as Position[];
    case 'MultiLineString':
    case 'Polygon':
      return arr(g.coordinates).flat() as Position[];
    case 'MultiPolygon':
      return arr(g.coordinates).flat(2) as Position[];
    case 'GeometryCollection':
      return (arr(g.geometries) as Geometry[]).flatMap((c) => (c && typeof c === 'object' ? positionsOf(c) : []));
    default:
      return [];
  }
}

/** True when `p` is a position whose first two members are finite numbers (not null, a string or NaN). */
export function isFinitePosition(p: unknown): p is Position {
  return Array.isArray(p) && typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]);
}

/** Array levels above the positions, per geometry type (GeometryCollection aside). */
const levels: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

/** Grows `b` by the finite positions `levels` deep in `c`; walks the arrays in place (no flattened copies: this runs on every feature read). */
function extend(c: unknown, depth: number, b: [number, number, number, number]): void {
  if (!Array.isArray(c)) return;
  if (depth === 0) {
    // null compares as 0 and would pass for a coordinate: only finite numbers count.
    if (!isFinitePosition(c)) return;
    const x = c[0]!, y = c[1]!;
    if (x < b[0]) b[0] = x;
    if (y < b[1]) b[1] = y;
    if (x > b[2]) b[2] = x;
    if (y > b[3]) b[3] = y;
    return;
  }
  for (const x of c) extend(x, depth - 1, b);
}

function extendGeometry(g: Geometry, b: [number, number, number, number]): void {
  if (g.type === 'GeometryCollection') {
    for (const c of arr(g.geometries) as Geometry[]) if (c && typeof c === 'object') extendGeometry(c, b);
    return;
  }
  const depth = levels[g.type];
  if (depth !== undefined) extend((g as { coordinates?: unknown }).coordinates, depth, b);
}

/** [minX, minY, maxX, maxY] over the finite positions of the geometries; null when there is none. */
export function geometriesBbox(geometries: readonly (Geometry | null | undefined)[]): Box | null {
  const b: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) if (g && typeof g === 'object') extendGeometry(g, b);
  return b[0] <= b[2] ? b : null;
}
