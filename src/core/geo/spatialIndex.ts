/**
 * Spatial indexes over context layers (Lambert 72 metres) and the queries metrics need:
 * nearest distance from a site's EDGE (0 when inside or touching) and counts within a distance.
 * Points go in kdbush; line and polygon-ring segments in flatbush. Queries grow a search box
 * around the site until the best exact distance is inside it, so no query loops over a whole layer.
 */
import Flatbush from 'flatbush';
import KDBush from 'kdbush';
import type { Feature, Geometry } from 'geojson';
import {
  boxDistance,
  flattenRing,
  pointEdgeDistance,
  pointInRings,
  pointInSite,
  pointSiteDistance,
  polygonParts,
  segmentEdgeDistance,
  type SiteShape,
} from './geom.ts';

/** Nearest-feature answer: distance in metres and the feature's index in its layer (-1 when none within the cap). */
export interface NearestResult {
  distanceM: number;
  index: number;
}

/** Points of a layer (Point and MultiPoint members), each mapped back to its feature index. */
export interface PointIndex {
  kd: KDBush | null;
  xs: Float64Array;
  ys: Float64Array;
  featureOf: Int32Array;
}

/** Segments of a layer's lines and polygon rings, plus polygon rings for containment tests. */
export interface ShapeIndex {
  segTree: Flatbush | null;
  /** [x1,y1,x2,y2] per segment. */
  segs: Float64Array;
  segFeature: Int32Array;
  polyTree: Flatbush | null;
  /** Rings of each indexed polygon part; `polyFeature[i]` is its feature index. */
  polyRings: Float64Array[][];
  polyFeature: Int32Array;
}

/** Default search parameters; `maxSearchM` is the value returned when nothing is found. */
export const defaultSearchOptions = {
  /** Distance in metres reported when a layer is empty or has nothing within it (JSON/FlatGeobuf hold no Infinity). */
  maxSearchM: 30_000,
  /** First search margin in metres around the site's box; grows ×3 (or jumps to the best distance found) until the nearest is proven. */
  initialSearchM: 100,
};

/** Search parameters of nearest queries. */
export type SearchOptions = typeof defaultSearchOptions;

interface Candidate {
  id: number;
  /** Distance in metres from the item's box to the site's box: a lower bound of its exact distance. */
  bd: number;
}

const byBoxDistance = (p: Candidate, q: Candidate): number => p.bd - q.bd || p.id - q.id;

type FeatureFilter = (f: Feature<Geometry | null, unknown>, i: number) => boolean;

/** Builds a point index over the Point/MultiPoint features of a layer that pass `keep` (others are skipped). */
export function buildPointIndex(features: readonly Feature<Geometry | null, unknown>[], keep: FeatureFilter = () => true): PointIndex {
  const xs: number[] = [];
  const ys: number[] = [];
  const fi: number[] = [];
  features.forEach((f, i) => {
    const g = f.geometry;
    if (!g || !keep(f, i)) return;
    const pts = g.type === 'Point' ? [g.coordinates] : g.type === 'MultiPoint' ? g.coordinates : [];
    for (const p of pts) {
      const x = p[0] as number;
      const y = p[1] as number;
      if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
      xs.push(x);
      ys.push(y);
      fi.push(i);
    }
  });
  let kd: KDBush | null = null;
  if (xs.length > 0) {
    kd = new KDBush(xs.length);
    for (let i = 0; i < xs.length; i++) kd.add(xs[i] as number, ys[i] as number);
    kd.finish();
  }
  return { kd, xs: Float64Array.from(xs), ys: Float64Array.from(ys), featureOf: Int32Array.from(fi) };
}

/** Builds a shape index over the line and polygon features of a layer that pass `keep` (points are skipped). */
export function buildShapeIndex(features: readonly Feature<Geometry | null, unknown>[], keep: FeatureFilter = () => true): ShapeIndex {
  const segs: number[] = [];
  const segFeature: number[] = [];
  const polyRings: Float64Array[][] = [];
  const polyFeature: number[] = [];
  const addLine = (r: Float64Array, i: number): void => {
    for (let k = 0; k + 3 < r.length; k += 2) {
      segs.push(r[k] as number, r[k + 1] as number, r[k + 2] as number, r[k + 3] as number);
      segFeature.push(i);
    }
  };
  features.forEach((f, i) => {
    const g = f.geometry;
    if (!g || !keep(f, i)) return;
    if (g.type === 'LineString' || g.type === 'MultiLineString') {
      const lines = g.type === 'LineString' ? [g.coordinates] : g.coordinates;
      for (const l of lines) {
        // A single-vertex line still has a location: index it as a zero-length segment.
        const flat = Float64Array.from(l.flatMap((p) => [p[0] as number, p[1] as number]));
        addLine(flat.length === 2 ? Float64Array.of(flat[0] as number, flat[1] as number, flat[0] as number, flat[1] as number) : flat, i);
      }
    } else if (g.type === 'Polygon' || g.type === 'MultiPolygon') {
      for (const part of polygonParts(g)) {
        polyRings.push(part);
        polyFeature.push(i);
        for (const r of part) addLine(r, i);
      }
    }
  });
  const n = segFeature.length;
  let segTree: Flatbush | null = null;
  if (n > 0) {
    segTree = new Flatbush(n);
    for (let k = 0; k < n * 4; k += 4) {
      const x1 = segs[k] as number;
      const y1 = segs[k + 1] as number;
      const x2 = segs[k + 2] as number;
      const y2 = segs[k + 3] as number;
      segTree.add(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
    }
    segTree.finish();
  }
  let polyTree: Flatbush | null = null;
  if (polyRings.length > 0) {
    polyTree = new Flatbush(polyRings.length);
    for (const rings of polyRings) {
      const ext = rings[0] ?? flattenRing([]);
      let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
      for (let k = 0; k < ext.length; k += 2) {
        x0 = Math.min(x0, ext[k] as number);
        y0 = Math.min(y0, ext[k + 1] as number);
        x1 = Math.max(x1, ext[k] as number);
        y1 = Math.max(y1, ext[k + 1] as number);
      }
      polyTree.add(x0, y0, x1, y1);
    }
    polyTree.finish();
  }
  return {
    segTree,
    segs: Float64Array.from(segs),
    segFeature: Int32Array.from(segFeature),
    polyTree,
    polyRings,
    polyFeature: Int32Array.from(polyFeature),
  };
}

/** Nearest point to the site's edge (0 when a point is inside); capped at `maxSearchM`. */
export function nearestPoint(site: SiteShape, idx: PointIndex, opts: SearchOptions = defaultSearchOptions): NearestResult {
  const kd = idx.kd;
  if (!kd) return { distanceM: opts.maxSearchM, index: -1 };
  const b = site.bbox;
  let upper = opts.maxSearchM;
  for (let r = opts.initialSearchM; ; r *= 3) {
    const m = Math.min(r, upper);
    const cand: Candidate[] = [];
    for (const id of kd.range(b[0] - m, b[1] - m, b[2] + m, b[3] + m)) {
      const x = idx.xs[id] as number;
      const y = idx.ys[id] as number;
      const bd = boxDistance(x, y, x, y, b[0], b[1], b[2], b[3]);
      if (bd <= m) cand.push({ id, bd });
    }
    cand.sort(byBoxDistance);
    let best = Infinity;
    let bestId = -1;
    for (const { id, bd } of cand) {
      if (bd >= best) break;
      const x = idx.xs[id] as number;
      const y = idx.ys[id] as number;
      const d = pointSiteDistance(x, y, site);
      if (d < best) {
        best = d;
        bestId = id;
      }
    }
    if (best <= m) return { distanceM: best, index: idx.featureOf[bestId] as number };
    if (m >= opts.maxSearchM) return { distanceM: opts.maxSearchM, index: -1 };
    // A feature found beyond the margin bounds the answer: one more search to that distance settles it.
    if (best < upper) upper = best;
  }
}

/** Distinct feature indices of points within `dM` metres of the site's edge or inside it. */
export function pointsWithin(site: SiteShape, idx: PointIndex, dM: number): number[] {
  const kd = idx.kd;
  if (!kd) return [];
  const b = site.bbox;
  const out = new Set<number>();
  for (const id of kd.range(b[0] - dM, b[1] - dM, b[2] + dM, b[3] + dM)) {
    const x = idx.xs[id] as number;
    const y = idx.ys[id] as number;
    const bd = boxDistance(x, y, x, y, b[0], b[1], b[2], b[3]);
    if (bd > dM) continue;
    if ((bd === 0 && pointInSite(x, y, site)) || pointEdgeDistance(x, y, site, dM) <= dM) out.add(idx.featureOf[id] as number);
  }
  return [...out].sort((p, q) => p - q);
}

/** Number of distinct point features within `dM` metres of the site's edge or inside it. */
export function countPointsWithin(site: SiteShape, idx: PointIndex, dM: number): number {
  return pointsWithin(site, idx, dM).length;
}

/** Number of distinct values (e.g. transit lines) carried by the points within `dM` metres of the site. */
export function countDistinctWithin(
  site: SiteShape,
  idx: PointIndex,
  dM: number,
  valuesOf: (featureIndex: number) => Iterable<string>,
): number {
  const values = new Set<string>();
  for (const f of pointsWithin(site, idx, dM)) for (const v of valuesOf(f)) values.add(v);
  return values.size;
}

function siteInsidePolygon(site: SiteShape, idx: ShapeIndex): number {
  const x = site.edges[0];
  const y = site.edges[1];
  if (!idx.polyTree || x === undefined || y === undefined) return -1;
  for (const p of idx.polyTree.search(x, y, x, y)) {
    if (pointInRings(x, y, idx.polyRings[p] as Float64Array[])) return idx.polyFeature[p] as number;
  }
  return -1;
}

/** Nearest line or polygon to the site's edge: 0 when they cross, touch, or one contains the other; capped at `maxSearchM`. */
export function nearestShape(site: SiteShape, idx: ShapeIndex, opts: SearchOptions = defaultSearchOptions): NearestResult {
  const tree = idx.segTree;
  if (!tree) return { distanceM: opts.maxSearchM, index: -1 };
  const container = siteInsidePolygon(site, idx);
  if (container >= 0) return { distanceM: 0, index: container };
  const b = site.bbox;
  const s = idx.segs;
  let upper = opts.maxSearchM;
  for (let r = opts.initialSearchM; ; r *= 3) {
    const m = Math.min(r, upper);
    const cand: Candidate[] = [];
    for (const id of tree.search(b[0] - m, b[1] - m, b[2] + m, b[3] + m)) {
      const k = id * 4;
      const x1 = s[k] as number, y1 = s[k + 1] as number, x2 = s[k + 2] as number, y2 = s[k + 3] as number;
      const bd = boxDistance(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2), b[0], b[1], b[2], b[3]);
      if (bd <= m) cand.push({ id, bd });
    }
    cand.sort(byBoxDistance);
    let best = Infinity;
    let bestId = -1;
    // A feature wholly inside the site crosses no edge: testing one vertex per feature is enough.
    const insideTested = new Set<number>();
    for (const { id, bd } of cand) {
      if (bd >= best) break;
      const k = id * 4;
      const f = idx.segFeature[id] as number;
      let d: number;
      if (bd === 0 && !insideTested.has(f) && (insideTested.add(f), pointInSite(s[k] as number, s[k + 1] as number, site))) d = 0;
      else d = segmentEdgeDistance(s[k] as number, s[k + 1] as number, s[k + 2] as number, s[k + 3] as number, site, best);
      if (d < best) {
        best = d;
        bestId = id;
        if (best === 0) break;
      }
    }
    if (best <= m) return { distanceM: best, index: idx.segFeature[bestId] as number };
    if (m >= opts.maxSearchM) return { distanceM: opts.maxSearchM, index: -1 };
    // A feature found beyond the margin bounds the answer: one more search to that distance settles it.
    if (best < upper) upper = best;
  }
}
