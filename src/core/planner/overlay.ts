/**
 * Polygon overlay in Lambert 72 metres for the planner's figures: exact intersection, difference and union
 * (polyclip through turf), and the split of a polygon across a partition of areas (statistical sectors), with
 * flatbush indexes so that no polygon is ever compared with every area.
 */
import Flatbush from 'flatbush';
import difference from '@turf/difference';
import intersect from '@turf/intersect';
import union from '@turf/union';
import { featureCollection, feature } from '@turf/helpers';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { clipToBox, boxesMeet, grownBox, polyBox } from '../geo/boxClip.ts';
import { pointInSite, prepareSite, siteArea, type Box, type SiteShape } from '../geo/geom.ts';

/** Polygon or MultiPolygon, coordinates in metres. */
export type Polygonal = Polygon | MultiPolygon;

/** Planar area in m² (holes subtracted). */
export function areaM2(g: Polygonal): number {
  return siteArea(prepareSite(g));
}

/**
 * a ∩ b, null when they do not overlap. Each operand is first cut to the other's box grown by 1 m: polyclip's
 * cost grows with every vertex it is given, and a large polygon crossing a small one has most of its vertices
 * far away (the same trick as the region's clip).
 */
export function intersectPolys(a: Polygonal, b: Polygonal): Polygonal | null {
  const ba = polyBox(a);
  const bb = polyBox(b);
  if (!boxesMeet(ba, bb)) return null;
  const ca = clipToBox(a, grownBox(bb));
  const cb = clipToBox(b, grownBox(ba));
  if (!ca || !cb) return null;
  return intersect(featureCollection([feature(ca), feature(cb)]))?.geometry ?? null;
}

/** a minus every polygon of `bs`, null when nothing is left (each of `bs` cut to a's box first: same land, fewer vertices). */
export function subtractPolys(a: Polygonal, bs: readonly Polygonal[]): Polygonal | null {
  const box = grownBox(polyBox(a));
  const near = bs.flatMap((b) => (boxesMeet(box, polyBox(b)) ? [clipToBox(b, box)] : [])).filter((b): b is Polygonal => b !== null);
  if (near.length === 0) return a;
  return difference(featureCollection([feature(a), ...near.map((b) => feature(b))]))?.geometry ?? null;
}

/** The union of the polygons (dissolved), null for none. */
export function unionPolys(gs: readonly Polygonal[]): Polygonal | null {
  if (gs.length === 0) return null;
  if (gs.length === 1) return gs[0]!;
  return union(featureCollection(gs.map((g) => feature(g))))?.geometry ?? null;
}

/** Polygons indexed by their boxes, for candidate look-ups. */
export interface PolygonIndex<T> {
  items: readonly T[];
  boxes: Box[];
  tree: Flatbush;
}

/** Indexes items by the box of their polygon. */
export function buildPolygonIndex<T>(items: readonly T[], geometryOf: (t: T) => Polygonal): PolygonIndex<T> {
  const boxes = items.map((t) => polyBox(geometryOf(t)));
  const tree = new Flatbush(Math.max(1, items.length));
  for (const b of boxes) tree.add(b[0], b[1], b[2], b[3]);
  if (items.length === 0) tree.add(0, 0, 0, 0);
  tree.finish();
  return { items, boxes, tree };
}

/** Indices of the items whose box meets `box`, ascending (a stable order keeps the results reproducible). */
export function candidates<T>(index: PolygonIndex<T>, box: Box): number[] {
  if (index.items.length === 0) return [];
  return index.tree.search(box[0], box[1], box[2], box[3]).sort((p, q) => p - q);
}

/** Areas that tile a territory without overlap (statistical sectors), indexed by box and by boundary segment. */
export interface AreaPartition {
  geoms: readonly Polygonal[];
  shapes: SiteShape[];
  boxes: PolygonIndex<Polygonal>;
  /** One box per boundary segment, `segArea[k]` the area it bounds. */
  segs: Flatbush;
  segArea: Int32Array;
}

/** Prepares a partition of areas for `splitByAreas`. */
export function buildPartition(geoms: readonly Polygonal[]): AreaPartition {
  const shapes = geoms.map((g) => prepareSite(g));
  const n = shapes.reduce((s, sh) => s + sh.edges.length / 4, 0);
  const segs = new Flatbush(Math.max(1, n));
  const segArea = new Int32Array(Math.max(1, n));
  let k = 0;
  shapes.forEach((sh, a) => {
    const e = sh.edges;
    for (let i = 0; i < e.length; i += 4) {
      segs.add(Math.min(e[i]!, e[i + 2]!), Math.min(e[i + 1]!, e[i + 3]!), Math.max(e[i]!, e[i + 2]!), Math.max(e[i + 1]!, e[i + 3]!));
      segArea[k++] = a;
    }
  });
  if (n === 0) segs.add(0, 0, 0, 0);
  segs.finish();
  return { geoms, shapes, boxes: buildPolygonIndex(geoms, (g) => g), segs, segArea };
}

/** One piece of a polygon inside one area of a partition. */
export interface AreaPiece {
  /** Index of the area in the partition. */
  area: number;
  geometry: Polygonal;
  areaM2: number;
}

/**
 * The pieces of `g` in each area it meets. An area whose boundary comes nowhere near the polygon's box either
 * holds the whole polygon or none of it (one point-in-polygon test decides); only areas whose boundary crosses
 * the box need an exact intersection. Pieces under `minM2` (touching edges, float noise) are left out.
 */
export function splitByAreas(g: Polygonal, p: AreaPartition, minM2 = 1e-6): AreaPiece[] {
  const box = polyBox(g);
  const crossing = new Set<number>();
  if (p.geoms.length > 0) for (const k of p.segs.search(box[0], box[1], box[2], box[3])) crossing.add(p.segArea[k]!);
  const first = g.type === 'Polygon' ? g.coordinates[0]?.[0] : g.coordinates[0]?.[0]?.[0];
  const out: AreaPiece[] = [];
  for (const a of candidates(p.boxes, box)) {
    if (!crossing.has(a)) {
      if (first && pointInSite(first[0]!, first[1]!, p.shapes[a]!)) out.push({ area: a, geometry: g, areaM2: areaM2(g) });
      continue;
    }
    const piece = intersectPolys(g, p.geoms[a]!);
    const m2 = piece ? areaM2(piece) : 0;
    if (piece && m2 > minM2) out.push({ area: a, geometry: piece, areaM2: m2 });
  }
  return out;
}
