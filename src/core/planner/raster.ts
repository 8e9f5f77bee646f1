/**
 * Exact area of a polygon in each cell of a square grid (metres), for figures over a surface that is constant
 * per cell (the NO2 grid) or decided at each cell's centre (distance to a stop). Each ring is clipped to one row
 * of cells, then that strip to each cell (Sutherland–Hodgman, exact for a convex window); signed areas keep the
 * holes out. Cell (i, j) covers [i·c, (i+1)·c] × [j·c, (j+1)·c]: one global grid, so areas from different
 * polygons fall in the same cells.
 */
import type { SiteShape } from '../geo/geom.ts';

/** Signed shoelace area of a flat, open ring [x0, y0, x1, y1, …]. */
function signedArea(pts: readonly number[]): number {
  let s = 0;
  const n = pts.length;
  for (let i = 0; i < n; i += 2) {
    const j = (i + 2) % n;
    s += pts[i]! * pts[j + 1]! - pts[j]! * pts[i + 1]!;
  }
  return s / 2;
}

/** Keeps the side of the line `coordinate[axis] = bound` that is ≥ bound (`above`) or ≤ it. */
function clipHalf(pts: readonly number[], axis: 0 | 1, bound: number, above: boolean): number[] {
  const out: number[] = [];
  const n = pts.length;
  if (n === 0) return out;
  const inside = (k: number): boolean => (above ? pts[k + axis]! >= bound : pts[k + axis]! <= bound);
  for (let i = 0; i < n; i += 2) {
    const p = (i - 2 + n) % n;
    const inCur = inside(i);
    const inPrev = inside(p);
    if (inCur !== inPrev) {
      const a = pts[p + axis]!;
      const t = (bound - a) / (pts[i + axis]! - a);
      const x = pts[p]! + t * (pts[i]! - pts[p]!);
      const y = pts[p + 1]! + t * (pts[i + 1]! - pts[p + 1]!);
      out.push(axis === 0 ? bound : x, axis === 1 ? bound : y);
    }
    if (inCur) out.push(pts[i]!, pts[i + 1]!);
  }
  return out;
}

/** The ring between two bounds on one axis. */
function clipBand(pts: readonly number[], axis: 0 | 1, lo: number, hi: number): number[] {
  const a = clipHalf(pts, axis, lo, true);
  return a.length < 6 ? [] : clipHalf(a, axis, hi, false);
}

/** Cell key of (i, j): exact in a double for |i|, |j| < 2^20 (over 10,000 km at 10 m). */
const key = (i: number, j: number): number => (i + 1048576) * 2097152 + (j + 1048576);

/** Area (m²) of a prepared polygon in each grid cell it covers, by cell; cells with no area are left out. */
export function cellAreas(shape: SiteShape, cellM: number): { i: number; j: number; areaM2: number }[] {
  const acc = new Map<number, { i: number; j: number; areaM2: number }>();
  for (const part of shape.parts) {
    part.forEach((flat, k) => {
      // Drop the closing point: the clipper works on open rings.
      const ring = Array.from(flat.subarray(0, Math.max(0, flat.length - 2)));
      if (ring.length < 6) return;
      // Exteriors add, holes subtract, whatever their winding: orientation survives clipping.
      const sign = (k === 0 ? 1 : -1) * (signedArea(ring) >= 0 ? 1 : -1);
      let y0 = Infinity;
      let y1 = -Infinity;
      for (let q = 1; q < ring.length; q += 2) [y0, y1] = [Math.min(y0, ring[q]!), Math.max(y1, ring[q]!)];
      for (let j = Math.floor(y0 / cellM); j * cellM < y1; j++) {
        const strip = clipBand(ring, 1, j * cellM, (j + 1) * cellM);
        if (strip.length < 6) continue;
        let x0 = Infinity;
        let x1 = -Infinity;
        for (let q = 0; q < strip.length; q += 2) [x0, x1] = [Math.min(x0, strip[q]!), Math.max(x1, strip[q]!)];
        for (let i = Math.floor(x0 / cellM); i * cellM < x1; i++) {
          const cell = clipBand(strip, 0, i * cellM, (i + 1) * cellM);
          if (cell.length < 6) continue;
          const a = sign * signedArea(cell);
          if (a === 0) continue;
          const c = acc.get(key(i, j));
          if (c) c.areaM2 += a;
          else acc.set(key(i, j), { i, j, areaM2: a });
        }
      }
    });
  }
  // Float noise of a hole cancelling its exterior leaves ±1e-9 m² cells: not area.
  return [...acc.values()].filter((c) => c.areaM2 > 1e-9);
}
