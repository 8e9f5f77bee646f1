/**
 * Geometry validation and repair for polygons, lines and points from open data: what a
 * careless export leaves behind (unclosed or degenerate rings, repeated points, bow-ties,
 * NaN coordinates). Pure; used by the pipeline and, later, for user-supplied sites.
 */
import kinks from '@turf/kinks';
import union from '@turf/union';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Outcome of checking one geometry. */
export type RepairResult<G extends Geometry> =
  | { status: 'ok'; geometry: G }
  | { status: 'repaired'; geometry: G; reason: string }
  | { status: 'dropped'; reason: string };

const finite = (p: Position): boolean => p.length >= 2 && Number.isFinite(p[0]) && Number.isFinite(p[1]);

function samePos(a: Position, b: Position): boolean {
  return a[0] === b[0] && a[1] === b[1];
}

/** Removes consecutive duplicate positions (2D only). */
function dedupe(line: Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) if (out.length === 0 || !samePos(out[out.length - 1]!, p)) out.push([p[0]!, p[1]!]);
  return out;
}

/** Twice the signed planar area of a closed ring (units²). */
function ringArea2(r: Position[]): number {
  let a = 0;
  for (let i = 0; i + 1 < r.length; i++) a += r[i]![0]! * r[i + 1]![1]! - r[i + 1]![0]! * r[i]![1]!;
  return a;
}

/** Cleans one ring: drops non-finite positions and repeats, closes it; null when fewer than 3 distinct corners remain. */
function cleanRing(ring: Position[], notes: Set<string>): Position[] | null {
  const pts = ring.filter(finite);
  if (pts.length !== ring.length) notes.add('non-numeric coordinates removed');
  const closed = pts.length > 1 && samePos(pts[0]!, pts[pts.length - 1]!);
  if (!closed && pts.length > 0) notes.add('ring closed');
  const open = closed ? pts.slice(0, -1) : pts;
  const r = dedupe(open);
  if (r.length > 1 && samePos(r[0]!, r[r.length - 1]!)) r.pop();
  if (r.length !== open.length) notes.add('repeated points removed');
  if (r.length < 3) return null;
  r.push([r[0]![0]!, r[0]![1]!]);
  return r;
}

/** Validates a Polygon or MultiPolygon (any planar units); repairs what it can, drops what has no area left. */
export function repairPolygonal(geom: Polygon | MultiPolygon): RepairResult<Polygon | MultiPolygon> {
  const notes = new Set<string>();
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  if (!Array.isArray(polys)) return { status: 'dropped', reason: 'no coordinates' };
  const cleaned: Position[][][] = [];
  for (const rings of polys) {
    if (!Array.isArray(rings) || rings.length === 0) continue;
    const outer = cleanRing(rings[0]!, notes);
    if (!outer) {
      notes.add('degenerate outer ring removed');
      continue;
    }
    const holes: Position[][] = [];
    for (const h of rings.slice(1)) {
      const c = cleanRing(h, notes);
      if (c) holes.push(c);
      else notes.add('degenerate hole removed');
    }
    cleaned.push([outer, ...holes]);
  }
  const selfIntersecting = cleaned.some((rings) => kinks(turfPolygon(rings)).features.length > 0);
  if (!selfIntersecting) {
    const withArea = cleaned.filter((rings) => ringArea2(rings[0]!) !== 0);
    if (withArea.length !== cleaned.length) notes.add('part without area removed');
    cleaned.splice(0, cleaned.length, ...withArea);
  }
  if (cleaned.length === 0) return { status: 'dropped', reason: 'no ring enclosing an area' };
  let geometry: Polygon | MultiPolygon = cleaned.length === 1 ? { type: 'Polygon', coordinates: cleaned[0]! } : { type: 'MultiPolygon', coordinates: cleaned };
  if (selfIntersecting) {
    // A union of the parts rebuilds a valid polygonal set from bow-ties and overlapping parts.
    const parts = cleaned.map((rings) => turfPolygon(rings));
    const fixed = parts.length === 1 ? union(featureCollection([parts[0]!, parts[0]!])) : union(featureCollection(parts));
    if (!fixed) return { status: 'dropped', reason: 'self-intersecting polygon with no area left after repair' };
    geometry = fixed.geometry;
    notes.add('self-intersection resolved');
  }
  if (notes.size === 0) return { status: 'ok', geometry: geom };
  return { status: 'repaired', geometry, reason: [...notes].join(', ') };
}

/** Validates a LineString or MultiLineString: drops non-numeric and repeated positions and parts under 2 positions. */
export function repairLinear<G extends Geometry>(geom: G): RepairResult<G> {
  if (geom.type !== 'LineString' && geom.type !== 'MultiLineString') return { status: 'dropped', reason: `expected a line, found ${geom.type}` };
  const parts = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  let changed = false;
  const kept: Position[][] = [];
  for (const part of parts) {
    const c = dedupe(part.filter(finite));
    if (c.length !== part.length) changed = true;
    if (c.length >= 2) kept.push(c);
    else changed = true;
  }
  if (kept.length === 0) return { status: 'dropped', reason: 'line with fewer than 2 distinct positions' };
  if (!changed) return { status: 'ok', geometry: geom };
  const geometry = (kept.length === 1 ? { type: 'LineString', coordinates: kept[0] } : { type: 'MultiLineString', coordinates: kept }) as unknown as G;
  return { status: 'repaired', geometry, reason: 'non-numeric or repeated positions removed' };
}

/** Validates a Point: finite coordinates. */
export function repairPoint<G extends Geometry>(geom: G): RepairResult<G> {
  if (geom.type !== 'Point') return { status: 'dropped', reason: `expected a point, found ${geom.type}` };
  return finite(geom.coordinates) ? { status: 'ok', geometry: geom } : { status: 'dropped', reason: 'point with non-numeric coordinates' };
}

/** Validates any geometry by its family (polygonal, linear, point); other types are dropped with a reason. */
export function repairGeometry(geom: Geometry | null | undefined): RepairResult<Geometry> {
  if (!geom || typeof geom !== 'object' || !('type' in geom)) return { status: 'dropped', reason: 'missing geometry' };
  switch (geom.type) {
    case 'Polygon':
    case 'MultiPolygon':
      return repairPolygonal(geom);
    case 'LineString':
    case 'MultiLineString':
      return repairLinear(geom);
    case 'Point':
      return repairPoint(geom);
    default:
      return { status: 'dropped', reason: `unsupported geometry type ${geom.type}` };
  }
}
