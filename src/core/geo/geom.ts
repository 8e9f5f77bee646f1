/**
 * Planar geometry primitives in projected metres (Lambert 72): distances, containment, area,
 * and the prepared `SiteShape` every metric query takes.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** [minX, minY, maxX, maxY] in metres. */
export type Box = [number, number, number, number];

/** A site polygon prepared for repeated queries: rings as flat [x0,y0,x1,y1,...] arrays (closed), edges, bbox. */
export interface SiteShape {
  /** One entry per polygon part; each holds its rings (exterior first, then holes). */
  parts: Float64Array[][];
  /** All ring edges as [x1,y1,x2,y2] quadruples. */
  edges: Float64Array;
  bbox: Box;
}

/** Distance in metres from point (px,py) to segment (ax,ay)-(bx,by). */
export function pointSegmentDistance(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  let t = len2 === 0 ? 0 : ((px - ax) * dx + (py - ay) * dy) / len2;
  t = t < 0 ? 0 : t > 1 ? 1 : t;
  const ex = ax + t * dx - px;
  const ey = ay + t * dy - py;
  return Math.sqrt(ex * ex + ey * ey);
}

function orient(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): number {
  const v = (bx - ax) * (cy - ay) - (by - ay) * (cx - ax);
  return v > 0 ? 1 : v < 0 ? -1 : 0;
}

function onSegment(ax: number, ay: number, bx: number, by: number, cx: number, cy: number): boolean {
  return Math.min(ax, bx) <= cx && cx <= Math.max(ax, bx) && Math.min(ay, by) <= cy && cy <= Math.max(ay, by);
}

/** Whether two segments intersect or touch (collinear overlaps included). */
export function segmentsIntersect(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): boolean {
  const o1 = orient(ax, ay, bx, by, cx, cy);
  const o2 = orient(ax, ay, bx, by, dx, dy);
  const o3 = orient(cx, cy, dx, dy, ax, ay);
  const o4 = orient(cx, cy, dx, dy, bx, by);
  if (o1 !== o2 && o3 !== o4) return true;
  if (o1 === 0 && onSegment(ax, ay, bx, by, cx, cy)) return true;
  if (o2 === 0 && onSegment(ax, ay, bx, by, dx, dy)) return true;
  if (o3 === 0 && onSegment(cx, cy, dx, dy, ax, ay)) return true;
  return o4 === 0 && onSegment(cx, cy, dx, dy, bx, by);
}

/** Minimum distance in metres between segments AB and CD (0 when they cross or touch). */
export function segmentSegmentDistance(
  ax: number, ay: number, bx: number, by: number,
  cx: number, cy: number, dx: number, dy: number,
): number {
  if (segmentsIntersect(ax, ay, bx, by, cx, cy, dx, dy)) return 0;
  return Math.min(
    pointSegmentDistance(ax, ay, cx, cy, dx, dy),
    pointSegmentDistance(bx, by, cx, cy, dx, dy),
    pointSegmentDistance(cx, cy, ax, ay, bx, by),
    pointSegmentDistance(dx, dy, ax, ay, bx, by),
  );
}

/** Distance in metres between two boxes (0 when they overlap or touch). */
export function boxDistance(a0: number, a1: number, a2: number, a3: number, b0: number, b1: number, b2: number, b3: number): number {
  const dx = Math.max(0, a0 - b2, b0 - a2);
  const dy = Math.max(0, a1 - b3, b1 - a3);
  return Math.sqrt(dx * dx + dy * dy);
}

/** Whether (x,y) is inside the polygon given as rings (even-odd rule, so holes exclude). Boundary counts as either. */
export function pointInRings(x: number, y: number, rings: Float64Array[]): boolean {
  let inside = false;
  for (const r of rings) {
    for (let i = 0, j = r.length - 2; i < r.length; j = i, i += 2) {
      const xi = r[i] as number;
      const yi = r[i + 1] as number;
      const xj = r[j] as number;
      const yj = r[j + 1] as number;
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** Flattens a GeoJSON ring to [x0,y0,...], closing it if needed. */
export function flattenRing(ring: Position[]): Float64Array {
  const first = ring[0];
  const last = ring[ring.length - 1];
  const closed = first !== undefined && last !== undefined && first[0] === last[0] && first[1] === last[1];
  const n = ring.length + (closed || ring.length === 0 ? 0 : 1);
  const out = new Float64Array(n * 2);
  ring.forEach((p, i) => {
    out[2 * i] = p[0] as number;
    out[2 * i + 1] = p[1] as number;
  });
  if (n > ring.length && first) {
    out[2 * ring.length] = first[0] as number;
    out[2 * ring.length + 1] = first[1] as number;
  }
  return out;
}

/** Polygon parts of a Polygon or MultiPolygon as arrays of flat rings. */
export function polygonParts(geom: Polygon | MultiPolygon): Float64Array[][] {
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  return polys.map((rings) => rings.filter((r) => r.length >= 3).map(flattenRing)).filter((p) => p.length > 0);
}

/** Prepares a Polygon or MultiPolygon in metres for metric queries. */
export function prepareSite(geom: Polygon | MultiPolygon): SiteShape {
  const parts = polygonParts(geom);
  let n = 0;
  for (const p of parts) for (const r of p) n += r.length / 2 - 1;
  const edges = new Float64Array(Math.max(0, n) * 4);
  const bbox: Box = [Infinity, Infinity, -Infinity, -Infinity];
  let k = 0;
  for (const p of parts) {
    for (const r of p) {
      for (let i = 0; i + 3 < r.length; i += 2) {
        const x1 = r[i] as number;
        const y1 = r[i + 1] as number;
        edges[k++] = x1;
        edges[k++] = y1;
        edges[k++] = r[i + 2] as number;
        edges[k++] = r[i + 3] as number;
        if (x1 < bbox[0]) bbox[0] = x1;
        if (y1 < bbox[1]) bbox[1] = y1;
        if (x1 > bbox[2]) bbox[2] = x1;
        if (y1 > bbox[3]) bbox[3] = y1;
      }
    }
  }
  return { parts, edges, bbox };
}

/** Whether (x,y) lies inside the site (any part, holes excluded). */
export function pointInSite(x: number, y: number, site: SiteShape): boolean {
  const b = site.bbox;
  if (x < b[0] || x > b[2] || y < b[1] || y > b[3]) return false;
  for (const p of site.parts) if (pointInRings(x, y, p)) return true;
  return false;
}

/** Distance in metres from (x,y) to the site's edge, stopping early once below `stopBelow`. */
export function pointEdgeDistance(x: number, y: number, site: SiteShape, stopBelow = 0): number {
  const e = site.edges;
  let best = Infinity;
  for (let i = 0; i < e.length; i += 4) {
    const d = pointSegmentDistance(x, y, e[i] as number, e[i + 1] as number, e[i + 2] as number, e[i + 3] as number);
    if (d < best) {
      best = d;
      if (best <= stopBelow) break;
    }
  }
  return best;
}

/** Distance in metres from (x,y) to the site: 0 inside or on its edge. */
export function pointSiteDistance(x: number, y: number, site: SiteShape): number {
  return pointInSite(x, y, site) ? 0 : pointEdgeDistance(x, y, site);
}

/** Minimum distance in metres from segment AB to the site's edges, skipping edges whose box is farther than `best`. */
export function segmentEdgeDistance(
  ax: number, ay: number, bx: number, by: number, site: SiteShape, best = Infinity,
): number {
  const e = site.edges;
  const s0 = Math.min(ax, bx);
  const s1 = Math.min(ay, by);
  const s2 = Math.max(ax, bx);
  const s3 = Math.max(ay, by);
  for (let i = 0; i < e.length && best > 0; i += 4) {
    const cx = e[i] as number;
    const cy = e[i + 1] as number;
    const dx = e[i + 2] as number;
    const dy = e[i + 3] as number;
    if (boxDistance(s0, s1, s2, s3, Math.min(cx, dx), Math.min(cy, dy), Math.max(cx, dx), Math.max(cy, dy)) >= best) continue;
    const d = segmentSegmentDistance(ax, ay, bx, by, cx, cy, dx, dy);
    if (d < best) best = d;
  }
  return best;
}

function ringArea(r: Float64Array): number {
  let s = 0;
  for (let i = 0; i + 3 < r.length; i += 2) {
    s += (r[i] as number) * (r[i + 3] as number) - (r[i + 2] as number) * (r[i + 1] as number);
  }
  return s / 2;
}

/** Planar area in m² (shoelace): exterior rings minus holes. */
export function siteArea(site: SiteShape): number {
  let a = 0;
  for (const p of site.parts) p.forEach((r, i) => (a += i === 0 ? Math.abs(ringArea(r)) : -Math.abs(ringArea(r))));
  return a;
}

/** Area-weighted centroid in metres of the site (holes subtracted). */
export function siteCentroid(site: SiteShape): [number, number] {
  let a = 0;
  let cx = 0;
  let cy = 0;
  for (const p of site.parts) {
    p.forEach((r, k) => {
      // Orient exteriors positive and holes negative whatever the input winding.
      const ra = ringArea(r);
      const sign = (k === 0) === ra >= 0 ? 1 : -1;
      for (let i = 0; i + 3 < r.length; i += 2) {
        const x0 = r[i] as number;
        const y0 = r[i + 1] as number;
        const x1 = r[i + 2] as number;
        const y1 = r[i + 3] as number;
        const f = (x0 * y1 - x1 * y0) * sign;
        cx += (x0 + x1) * f;
        cy += (y0 + y1) * f;
      }
      a += ra * sign;
    });
  }
  if (a === 0) return [(site.bbox[0] + site.bbox[2]) / 2, (site.bbox[1] + site.bbox[3]) / 2];
  return [cx / (6 * a), cy / (6 * a)];
}

/**
 * A point guaranteed inside the site: the centroid when it lies inside, else the midpoint of the
 * widest interior span on the horizontal line through the centroid (concave or multi-part sites).
 */
export function representativePoint(site: SiteShape): [number, number] {
  const c = siteCentroid(site);
  if (pointInSite(c[0], c[1], site) || site.edges.length === 0) return c;
  // Nudge off vertex heights so the scanline never passes exactly through a vertex.
  const y = c[1] + 1e-7 * (site.bbox[3] - site.bbox[1] + 1);
  const xs: number[] = [];
  const e = site.edges;
  for (let i = 0; i < e.length; i += 4) {
    const y1 = e[i + 1] as number;
    const y2 = e[i + 3] as number;
    if (y1 > y !== y2 > y) {
      const x1 = e[i] as number;
      xs.push(x1 + ((y - y1) / (y2 - y1)) * ((e[i + 2] as number) - x1));
    }
  }
  xs.sort((p, q) => p - q);
  let best: [number, number] = c;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    const w = (xs[i + 1] as number) - (xs[i] as number);
    if (w > width) {
      width = w;
      best = [((xs[i] as number) + (xs[i + 1] as number)) / 2, y];
    }
  }
  return best;
}
