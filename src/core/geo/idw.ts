/**
 * Inverse-distance weighting of point measurements (e.g. NO2 in µg/m³) in Lambert 72 metres.
 * kdbush has no k-nearest query, so the k nearest come from flatbush's `neighbors` over point boxes.
 */
import Flatbush from 'flatbush';
import type { Feature, Geometry } from 'geojson';
import { representativePoint, type SiteShape } from './geom.ts';

/** Default IDW settings. */
export const defaultIdwOptions = {
  /** Number of nearest measurement points weighted. */
  k: 8,
  /** Exponent of distance in the weight 1/d^power. */
  power: 2,
  /** Only points within this many metres are weighted; when none are, the nearest point's value is returned. */
  maxRadiusM: 1500,
  /** A point closer than this many metres is taken as the value itself (avoids 1/0 and near-singular weights). */
  exactHitM: 1,
  /** Returned when the layer holds no measurement at all (JSON/FlatGeobuf hold no NaN): a negative means "no data". */
  missingValue: -1,
};

/** IDW settings. */
export type IdwOptions = typeof defaultIdwOptions;

/** Measurement points with their values, indexed for k-nearest queries. */
export interface IdwIndex {
  tree: Flatbush | null;
  xs: Float64Array;
  ys: Float64Array;
  values: Float64Array;
}

/** Indexes the Point features that pass `keep` and whose `valueOf` is finite (others are skipped). */
export function buildIdwIndex<P>(
  features: readonly Feature<Geometry | null, P>[],
  valueOf: (f: Feature<Geometry | null, P>) => number,
  keep: (f: Feature<Geometry | null, P>) => boolean = () => true,
): IdwIndex {
  const xs: number[] = [];
  const ys: number[] = [];
  const vs: number[] = [];
  for (const f of features) {
    const g = f.geometry;
    if (!g || g.type !== 'Point' || !keep(f)) continue;
    const v = valueOf(f);
    const x = g.coordinates[0] as number;
    const y = g.coordinates[1] as number;
    if (!Number.isFinite(v) || !Number.isFinite(x) || !Number.isFinite(y)) continue;
    xs.push(x);
    ys.push(y);
    vs.push(v);
  }
  let tree: Flatbush | null = null;
  if (xs.length > 0) {
    tree = new Flatbush(xs.length);
    for (let i = 0; i < xs.length; i++) tree.add(xs[i] as number, ys[i] as number, xs[i] as number, ys[i] as number);
    tree.finish();
  }
  return { tree, xs: Float64Array.from(xs), ys: Float64Array.from(ys), values: Float64Array.from(vs) };
}

/** IDW estimate at (x, y) metres from the k nearest points within `maxRadiusM` (value units of the layer). */
export function idwAt(x: number, y: number, idx: IdwIndex, opts: IdwOptions = defaultIdwOptions): number {
  const tree = idx.tree;
  if (!tree) return opts.missingValue;
  let ids = tree.neighbors(x, y, opts.k, opts.maxRadiusM);
  if (ids.length === 0) ids = tree.neighbors(x, y, 1);
  let wSum = 0;
  let vSum = 0;
  for (const id of ids) {
    const v = idx.values[id] as number;
    const d = Math.hypot((idx.xs[id] as number) - x, (idx.ys[id] as number) - y);
    // neighbors() returns nearest first, so the first exact hit is the closest one.
    if (d <= opts.exactHitM) return v;
    const w = 1 / Math.pow(d, opts.power);
    wSum += w;
    vSum += w * v;
  }
  return vSum / wSum;
}

/**
 * IDW estimate for a site, evaluated at its representative interior point: the area centroid when
 * it lies inside, else the middle of the widest interior span through it (see `representativePoint`).
 * One point, not the edge: air quality is a property of the place people would work, and the
 * centroid is stable under re-digitising of the outline; with k=8 over a 1.5 km radius the
 * estimate is already smooth at the scale of a site.
 */
export function idwAtSite(site: SiteShape, idx: IdwIndex, opts: IdwOptions = defaultIdwOptions): number {
  const [x, y] = representativePoint(site);
  return idwAt(x, y, idx, opts);
}
