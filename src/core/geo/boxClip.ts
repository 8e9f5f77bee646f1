/**
 * Cutting polygons to an axis-aligned box, in any planar unit: the part of a large polygon near a small one, so that
 * an exact overlay (polyclip) is given far fewer vertices. Used by the planner's overlay and the pipeline's region.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Box } from './geom.ts';

/** Polygon or MultiPolygon. */
type Polygonal = Polygon | MultiPolygon;

/** Bounding box of a polygon's exterior rings (its unit). */
export function polyBox(g: Polygonal): Box {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const b: Box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const rings of polys) {
    for (const p of rings[0] ?? []) {
      const x = p[0]!;
      const y = p[1]!;
      if (x < b[0]) b[0] = x;
      if (y < b[1]) b[1] = y;
      if (x > b[2]) b[2] = x;
      if (y > b[3]) b[3] = y;
    }
  }
  return b;
}

/** True when the two boxes overlap or touch. */
export function boxesMeet(a: Box, b: Box): boolean {
  return a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3];
}

/** The box grown by 1 m on every side: a window that never cuts along an edge of the polygon it was taken from. */
export const grownBox = (b: Box): Box => [b[0] - 1, b[1] - 1, b[2] + 1, b[3] + 1];

/** Clips a closed ring to a box (Sutherland–Hodgman, exact for the convex window); null when under 3 points are left. */
function clipRing(ring: Position[], box: Box): Position[] | null {
  let pts = ring.slice(0, -1);
  for (let k = 0; k < 4; k++) {
    const axis = k % 2;
    const bound = box[k]!;
    const keep = (p: Position) => (k < 2 ? p[axis]! >= bound : p[axis]! <= bound);
    const next: Position[] = [];
    for (let i = 0; i < pts.length; i++) {
      const cur = pts[i]!;
      const prev = pts[(i + pts.length - 1) % pts.length]!;
      if (keep(cur) !== keep(prev)) {
        const t = (bound - prev[axis]!) / (cur[axis]! - prev[axis]!);
        next.push(axis === 0 ? [bound, prev[1]! + t * (cur[1]! - prev[1]!)] : [prev[0]! + t * (cur[0]! - prev[0]!), bound]);
      }
      if (keep(cur)) next.push(cur);
    }
    pts = next;
    if (pts.length < 3) return null;
  }
  return [...pts, pts[0]!];
}

/** The polygon cut to a box: the same land inside the box, with far fewer vertices when the polygon is much larger. */
export function clipToBox(g: Polygonal, box: Box): Polygonal | null {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  const out: Position[][][] = [];
  for (const rings of polys) {
    const outer = rings[0] && clipRing(rings[0], box);
    if (!outer) continue;
    out.push([outer, ...rings.slice(1).map((r) => clipRing(r, box)).filter((r): r is Position[] => r !== null)]);
  }
  if (out.length === 0) return null;
  return out.length === 1 ? { type: 'Polygon', coordinates: out[0]! } : { type: 'MultiPolygon', coordinates: out };
}
