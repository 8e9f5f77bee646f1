/**
 * Geometry validation and repair for polygons, lines and points from open data: what a
 * careless export leaves behind (null or non-numeric coordinates, wrong nesting, unclosed or
 * degenerate rings, repeated points, bow-ties). Every repair and drop has a kind, so reports can
 * count them. Pure; used by the pipeline and, later, for user-supplied sites.
 */
import kinks from '@turf/kinks';
import union from '@turf/union';
import { featureCollection, polygon as turfPolygon } from '@turf/helpers';
import type { Geometry, MultiPolygon, Polygon, Position } from 'geojson';

/** Kinds of repair, with the words reports use for them. */
export const repairKindLabels = {
  'non-numeric-coordinates-removed': 'non-numeric coordinates removed',
  'ring-closed': 'ring closed',
  'repeated-points-removed': 'repeated points removed',
  'degenerate-ring-removed': 'degenerate ring (under 3 corners) removed',
  'zero-area-part-removed': 'part without area removed',
  'bow-tie-split': 'self-intersection (bow-tie) split into valid polygons',
  'short-line-part-removed': 'line part under 2 positions removed',
} as const;

/** One kind of repair. */
export type RepairKind = keyof typeof repairKindLabels;

/** Kinds of drop (a feature left out), with the words reports use for them; the CRS kinds come from `geo/proj.ts`. */
export const dropKindLabels = {
  'missing-geometry': 'missing geometry',
  'unusable-coordinates': 'unusable coordinates (null, non-numeric, missing or wrongly nested)',
  'unsupported-geometry': 'unsupported geometry type',
  'no-area-left': 'no area left after repair',
  'line-too-short': 'line with fewer than 2 distinct positions',
  'crs-outlier': 'coordinates in another CRS than the rest of the file',
  'outside-belgium': 'far outside Belgium',
} as const;

/** One kind of drop. */
export type DropKind = keyof typeof dropKindLabels;

/** Outcome of checking one geometry. */
export type RepairResult<G extends Geometry> =
  | { status: 'ok'; geometry: G }
  | { status: 'repaired'; geometry: G; kinds: RepairKind[]; reason: string }
  | { status: 'dropped'; kind: DropKind; reason: string };

const dropped = (kind: DropKind, reason: string): { status: 'dropped'; kind: DropKind; reason: string } => ({ status: 'dropped', kind, reason });

/** A repaired result from the kinds noted, or ok with the input when none was. */
function outcome<G extends Geometry>(input: G, geometry: G, kinds: Set<RepairKind>): RepairResult<G> {
  if (kinds.size === 0) return { status: 'ok', geometry: input };
  const list = [...kinds];
  return { status: 'repaired', geometry, kinds: list, reason: list.map((k) => repairKindLabels[k]).join(', ') };
}

// ---- Coordinates: nesting and numbers, before anything reads them ----

/** Array levels above the positions, per geometry type. */
const levelsAbovePositions: Record<string, number> = { Point: 0, MultiPoint: 1, LineString: 1, MultiLineString: 2, Polygon: 2, MultiPolygon: 3 };

const render = (v: unknown): string =>
  Array.isArray(v) ? `[${v.map(render).join(', ')}]` : typeof v === 'number' ? String(v) : v === undefined ? 'undefined' : JSON.stringify(v);

/** 'ok', 'bad' (a position whose numbers are unusable: removable) or 'nesting' (structure of another type). */
function positionState(p: unknown): 'ok' | 'bad' | 'nesting' {
  if (!Array.isArray(p)) return typeof p === 'number' ? 'nesting' : 'bad';
  if (Array.isArray(p[0]) || Array.isArray(p[1])) return 'nesting';
  return typeof p[0] === 'number' && typeof p[1] === 'number' && Number.isFinite(p[0]) && Number.isFinite(p[1]) ? 'ok' : 'bad';
}

/** Copies `c` without its unusable positions (the same array when none); notes wrong nesting in `st`. */
function cleanLevel(c: unknown, levels: number, st: { removed: boolean; nesting: boolean }): unknown[] {
  if (!Array.isArray(c)) {
    st.nesting = true;
    return [];
  }
  let out: unknown[] | undefined;
  c.forEach((x, i) => {
    if (levels === 1) {
      const s = positionState(x);
      if (s === 'nesting') st.nesting = true;
      if (s !== 'ok') {
        st.removed = true;
        out ??= c.slice(0, i);
      } else out?.push(x);
      return;
    }
    const y = cleanLevel(x, levels - 1, st);
    if (y !== x) out ??= c.slice(0, i);
    out?.push(y);
  });
  return out ?? c;
}

const depthOf = (c: unknown): number => {
  let d = 0;
  for (let x = c; Array.isArray(x); x = x[0]) d++;
  return d;
};

/**
 * Checks a geometry's coordinates before anything reads them: a missing geometry, missing or wrongly
 * nested coordinates, or a point whose x/y are not finite numbers (null, a string, NaN) drop the
 * feature; unusable positions of lines and rings are removed (later repair closes what that opens).
 */
export function checkCoordinates(geom: unknown): RepairResult<Geometry> {
  if (!geom || typeof geom !== 'object' || !('type' in geom)) return dropped('missing-geometry', 'missing geometry');
  const g = geom as { type: unknown; coordinates?: unknown };
  const type = String(g.type);
  const levels = levelsAbovePositions[type];
  if (levels === undefined) return dropped('unsupported-geometry', `unsupported geometry type ${type}`);
  const c = g.coordinates;
  if (c === undefined) return dropped('unusable-coordinates', `${type} has no coordinates`);
  if (!Array.isArray(c)) return dropped('unusable-coordinates', `${type} coordinates are ${render(c)}, not an array`);
  const nested = (): RepairResult<Geometry> =>
    dropped('unusable-coordinates', `${type} coordinates nested ${depthOf(c)} deep where ${levels + 1} expected (${render(c).slice(0, 60)})`);
  if (levels === 0) {
    const s = positionState(c);
    if (s === 'nesting') return nested();
    if (s === 'ok') return { status: 'ok', geometry: geom as Geometry };
    if (c.length < 2) return dropped('unusable-coordinates', `point coordinates ${render(c)} have ${c.length === 1 ? 'one number' : 'no number'}, expected x and y`);
    return dropped('unusable-coordinates', `point coordinates ${render(c)} are not two finite numbers`);
  }
  const st = { removed: false, nesting: false };
  const cleaned = cleanLevel(c, levels, st);
  if (st.nesting) return nested();
  const kinds = new Set<RepairKind>(st.removed ? ['non-numeric-coordinates-removed'] : []);
  return outcome(geom as Geometry, { ...(geom as Geometry), coordinates: cleaned } as Geometry, kinds);
}

// ---- Polygons, lines, points ----

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
function cleanRing(ring: Position[], kinds: Set<RepairKind>): Position[] | null {
  const pts = ring.filter(finite);
  if (pts.length !== ring.length) kinds.add('non-numeric-coordinates-removed');
  const closed = pts.length > 1 && samePos(pts[0]!, pts[pts.length - 1]!);
  if (!closed && pts.length > 0) kinds.add('ring-closed');
  const open = closed ? pts.slice(0, -1) : pts;
  const r = dedupe(open);
  if (r.length > 1 && samePos(r[0]!, r[r.length - 1]!)) r.pop();
  if (r.length !== open.length) kinds.add('repeated-points-removed');
  if (r.length < 3) return null;
  r.push([r[0]![0]!, r[0]![1]!]);
  return r;
}

/** Validates a Polygon or MultiPolygon (any planar units); repairs what it can, drops what has no area left. */
export function repairPolygonal(geom: Polygon | MultiPolygon): RepairResult<Polygon | MultiPolygon> {
  const kinds = new Set<RepairKind>();
  const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.coordinates;
  if (!Array.isArray(polys)) return dropped('unusable-coordinates', `${geom.type} has no coordinates`);
  const cleaned: Position[][][] = [];
  for (const rings of polys) {
    if (!Array.isArray(rings) || rings.length === 0) continue;
    const outer = cleanRing(rings[0]!, kinds);
    if (!outer) {
      kinds.add('degenerate-ring-removed');
      continue;
    }
    const holes: Position[][] = [];
    for (const h of rings.slice(1)) {
      const c = cleanRing(h, kinds);
      if (c) holes.push(c);
      else kinds.add('degenerate-ring-removed');
    }
    cleaned.push([outer, ...holes]);
  }
  const selfIntersecting = cleaned.some((rings) => kinks(turfPolygon(rings)).features.length > 0);
  if (!selfIntersecting) {
    const withArea = cleaned.filter((rings) => ringArea2(rings[0]!) !== 0);
    if (withArea.length !== cleaned.length) kinds.add('zero-area-part-removed');
    cleaned.splice(0, cleaned.length, ...withArea);
  }
  if (cleaned.length === 0) return dropped('no-area-left', 'no ring enclosing an area');
  let geometry: Polygon | MultiPolygon = cleaned.length === 1 ? { type: 'Polygon', coordinates: cleaned[0]! } : { type: 'MultiPolygon', coordinates: cleaned };
  if (selfIntersecting) {
    // A union of the parts rebuilds a valid polygonal set from bow-ties and overlapping parts.
    const parts = cleaned.map((rings) => turfPolygon(rings));
    const fixed = parts.length === 1 ? union(featureCollection([parts[0]!, parts[0]!])) : union(featureCollection(parts));
    if (!fixed) return dropped('no-area-left', 'self-intersecting polygon with no area left after repair');
    geometry = fixed.geometry;
    kinds.add('bow-tie-split');
  }
  return outcome<Polygon | MultiPolygon>(geom, geometry, kinds);
}

/** Validates a LineString or MultiLineString: drops non-numeric and repeated positions and parts under 2 positions. */
export function repairLinear<G extends Geometry>(geom: G): RepairResult<G> {
  if (geom.type !== 'LineString' && geom.type !== 'MultiLineString') return dropped('unsupported-geometry', `expected a line, found ${geom.type}`);
  const parts = geom.type === 'LineString' ? [geom.coordinates] : geom.coordinates;
  const kinds = new Set<RepairKind>();
  const kept: Position[][] = [];
  for (const part of parts) {
    const numeric = part.filter(finite);
    if (numeric.length !== part.length) kinds.add('non-numeric-coordinates-removed');
    const c = dedupe(numeric);
    if (c.length !== numeric.length) kinds.add('repeated-points-removed');
    if (c.length >= 2) kept.push(c);
    else kinds.add('short-line-part-removed');
  }
  if (kept.length === 0) return dropped('line-too-short', 'line with fewer than 2 distinct positions');
  const geometry = (kept.length === 1 ? { type: 'LineString', coordinates: kept[0] } : { type: 'MultiLineString', coordinates: kept }) as unknown as G;
  return outcome(geom, geometry, kinds);
}

/** Validates a Point: finite coordinates. */
export function repairPoint<G extends Geometry>(geom: G): RepairResult<G> {
  if (geom.type !== 'Point') return dropped('unsupported-geometry', `expected a point, found ${geom.type}`);
  return finite(geom.coordinates) ? { status: 'ok', geometry: geom } : dropped('unusable-coordinates', 'point with non-numeric coordinates');
}

/** Validates a geometry whose coordinates passed `checkCoordinates`, by family (polygonal, linear, point); other types are dropped with a reason. */
export function repairCheckedGeometry(g: Geometry): RepairResult<Geometry> {
  if (g.type === 'Polygon' || g.type === 'MultiPolygon') return repairPolygonal(g);
  if (g.type === 'LineString' || g.type === 'MultiLineString') return repairLinear(g);
  if (g.type === 'Point') return repairPoint(g);
  return dropped('unsupported-geometry', `unsupported geometry type ${g.type}`);
}

/** Validates any geometry: coordinates first (`checkCoordinates`), then by family (`repairCheckedGeometry`). */
export function repairGeometry(geom: Geometry | null | undefined): RepairResult<Geometry> {
  const checked = checkCoordinates(geom);
  if (checked.status === 'dropped') return checked;
  const r = repairCheckedGeometry(checked.geometry);
  if (checked.status === 'ok' || r.status === 'dropped') return r;
  return outcome(geom as Geometry, r.geometry, new Set([...checked.kinds, ...(r.status === 'repaired' ? r.kinds : [])]));
}
