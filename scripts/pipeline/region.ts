/**
 * The region outline as a clipping and proximity tool, in Lambert 72 metres: which features lie
 * inside it, which lie within a buffer distance of it, and polygons cut to it.
 */
import Flatbush from 'flatbush';
import intersect from '@turf/intersect';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import { featureCollection, feature } from '@turf/helpers';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import { geometriesBbox, positionsOf } from '../../src/core/geo/bbox.ts';
import { clipToBox, grownBox } from '../../src/core/geo/boxClip.ts';
import { pointInSite, pointSegmentDistance, prepareSite, type SiteShape } from '../../src/core/geo/geom.ts';

/** Bounding box of a non-empty geometry, in its units. */
export function bboxOf(g: Geometry): [number, number, number, number] {
  return geometriesBbox([g]) ?? [Infinity, Infinity, -Infinity, -Infinity];
}

/** A region outline (Lambert 72) indexed by its boundary segments. */
export class Region {
  private readonly segs: Float64Array;
  private readonly index: Flatbush;
  readonly bbox: [number, number, number, number];
  /** Flat rings for fast containment tests (turf's walks GeoJSON arrays, ~10× slower on this outline). */
  private readonly shape: SiteShape;

  constructor(readonly geometry: Polygon | MultiPolygon) {
    const rings = geometry.type === 'Polygon' ? geometry.coordinates : geometry.coordinates.flat();
    const n = rings.reduce((s, r) => s + r.length - 1, 0);
    this.segs = new Float64Array(n * 4);
    this.index = new Flatbush(Math.max(1, n));
    let k = 0;
    for (const r of rings) {
      for (let i = 0; i + 1 < r.length; i++) {
        const [ax, ay] = r[i] as [number, number];
        const [bx, by] = r[i + 1] as [number, number];
        this.segs.set([ax, ay, bx, by], k * 4);
        this.index.add(Math.min(ax, bx), Math.min(ay, by), Math.max(ax, bx), Math.max(ay, by));
        k++;
      }
    }
    if (n === 0) this.index.add(0, 0, 0, 0);
    this.index.finish();
    this.bbox = bboxOf(geometry);
    this.shape = prepareSite(geometry);
  }

  /** True when the point (metres) is inside the outline or on it. */
  contains(p: Position): boolean {
    return booleanPointInPolygon(p, this.geometry);
  }

  /** Distance from a point to the outline's boundary (metres). */
  distanceToBoundaryM(p: Position): number {
    const [x, y] = p as [number, number];
    const [i] = this.index.neighbors(x, y, 1);
    if (i === undefined) return Infinity;
    // neighbors() ranks by box distance; refine over the boxes no farther than the exact best.
    const s = this.segs;
    let best = pointSegmentDistance(x, y, s[i * 4]!, s[i * 4 + 1]!, s[i * 4 + 2]!, s[i * 4 + 3]!);
    for (const j of this.index.neighbors(x, y, Infinity, best)) {
      const d = pointSegmentDistance(x, y, s[j * 4]!, s[j * 4 + 1]!, s[j * 4 + 2]!, s[j * 4 + 3]!);
      if (d < best) best = d;
    }
    return best;
  }

  /** True when any position of the geometry lies inside the outline or within `bufferM` metres of it. */
  near(g: Geometry, bufferM: number): boolean {
    const [minX, minY, maxX, maxY] = bboxOf(g);
    const [rx0, ry0, rx1, ry1] = this.bbox;
    if (maxX < rx0 - bufferM || minX > rx1 + bufferM || maxY < ry0 - bufferM || minY > ry1 + bufferM) return false;
    for (const p of positionsOf(g)) {
      if (this.distanceToBoundaryM(p) <= bufferM || pointInSite(p[0]!, p[1]!, this.shape)) return true;
    }
    return false;
  }

  /** True when the box crosses the outline's boundary. */
  private crossesBoundary(b: [number, number, number, number]): boolean {
    return this.index.search(b[0], b[1], b[2], b[3]).length > 0;
  }

  /**
   * Cuts a polygon to the outline (metres). Returns the polygon unchanged when it lies wholly inside,
   * null when wholly outside, and the intersection otherwise.
   */
  clip(g: Polygon | MultiPolygon): Polygon | MultiPolygon | null {
    const b = bboxOf(g);
    if (!this.crossesBoundary(b)) {
      const first = positionsOf(g)[0];
      // No boundary segment near the polygon: it is all inside or all outside, unless it encloses the region.
      if (first && this.contains(first)) return g;
      const [rx0, ry0, rx1, ry1] = this.bbox;
      if (!(b[0] <= rx0 && b[1] <= ry0 && b[2] >= rx1 && b[3] >= ry1)) return null;
    }
    // Intersecting with the whole outline (thousands of vertices) costs ~0.3 s per polygon; the part of
    // the outline inside the polygon's box gives the same answer at a fraction of the cost.
    const window = clipToBox(this.geometry, grownBox(b));
    if (!window) return null;
    const cut = intersect(featureCollection([feature(g), feature(window)]));
    return cut ? cut.geometry : null;
  }
}

