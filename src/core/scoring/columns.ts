/**
 * Column form of the sites: one Float64Array per metric, built once per data load, so that scoring a profile is
 * a handful of tight loops over typed arrays.
 */
import { metricKeys } from '../types.ts';
import type { MetricKey } from '../types.ts';
import { curveColumn } from './curves.ts';
import type { Curve } from './curves.ts';
import { statusIndex } from './model.ts';
import type { GateMetric, SiteInput } from './model.ts';

/** Sites as columns. Index i is the i-th site of the input array everywhere. */
export interface SiteColumns {
  n: number;
  siteIds: readonly string[];
  /** Index into `siteStatuses`, `userStatusIndex` (254) for a user site, 255 for an unknown status (`statusIndex`). */
  statuses: Uint8Array;
  /** One column per gate metric (the metrics plus `distTransitM`). NaN = unknown (see {@link metricValue}). */
  values: Readonly<Record<GateMetric, Float64Array>>;
  /** Site indices sorted by siteId (code-unit order): the deterministic tie-break of every ranking. */
  idOrder: Uint32Array;
  /** Position of site i in `idOrder`. */
  idRank: Uint32Array;
  /** siteId → index. */
  indexById: ReadonlyMap<string, number>;
  /** Memo of sub-score columns by metric and curve (filled by `subScores`): weights and gates change often, curves rarely. */
  subScoreCache: Map<string, Float32Array>;
}

/** Sub-scores 0–1 of one metric under one curve for every site, computed once per columns and curve. */
export function subScores(cols: SiteColumns, metric: MetricKey, curve: Curve): Float32Array {
  const key = curveKey(metric, curve);
  let col = cols.subScoreCache.get(key);
  if (!col) {
    col = new Float32Array(cols.n);
    curveColumn(curve, cols.values[metric], col);
    cols.subScoreCache.set(key, col);
  }
  return col;
}

/** Identity of a (metric, curve) pair, e.g. `distMetroM:lower:400,1500`. */
export function curveKey(metric: MetricKey, curve: Curve): string {
  const nums =
    curve.kind === 'band' ? [curve.zeroBelow, curve.fullFrom, curve.fullTo, curve.zeroAbove]
    : curve.kind === 'lower' ? [curve.fullAt, curve.zeroAt]
    : [curve.zeroAt, curve.fullAt];
  return `${metric}:${curve.kind}:${nums.join(',')}`;
}

/** Nearest of the given distances in m, ignoring unknown (NaN) ones; NaN when all are unknown. */
export function nearestKnownM(...distancesM: number[]): number {
  let best = NaN;
  for (const d of distancesM) if (d === d && !(d >= best)) best = d;
  return best;
}

/**
 * A metric as the scorer reads it: a finite number, else NaN (unknown). Unknown values pass every gate and score 0
 * on their criterion, so a gate is never failed on a value nobody measured: this is how the area gate treats a
 * user's point site given without an area (`areaM2` NaN, or null/Infinity from a store), and the card says
 * "value unknown" for it (`SiteExplanation.unknownGates`). The shipped layers hold no non-finite values.
 */
export function metricValue(v: unknown): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
}

/** Builds the columns of `sites` (metrics as given, anything not finite becomes NaN); O(n log n) for the id order. */
export function toColumns(sites: readonly SiteInput[]): SiteColumns {
  const n = sites.length;
  const values = {} as Record<GateMetric, Float64Array>;
  for (const key of metricKeys) {
    const col = new Float64Array(n);
    for (let i = 0; i < n; i++) col[i] = metricValue((sites[i] as Record<MetricKey, unknown>)[key]);
    values[key] = col;
  }
  const transit = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    transit[i] = nearestKnownM(values.distMetroM[i]!, values.distTramM[i]!, values.distBusM[i]!, values.distRailStationM[i]!);
  }
  values.distTransitM = transit;

  const statuses = new Uint8Array(n);
  const siteIds: string[] = new Array<string>(n);
  const indexById = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const s = sites[i]!;
    statuses[i] = statusIndex(s.status);
    siteIds[i] = String(s.siteId);
    indexById.set(siteIds[i]!, i);
  }
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => {
    const x = siteIds[a]!;
    const y = siteIds[b]!;
    return x < y ? -1 : x > y ? 1 : a - b;
  });
  const idOrder = Uint32Array.from(order);
  const idRank = new Uint32Array(n);
  for (let r = 0; r < n; r++) idRank[idOrder[r]!] = r;
  return { n, siteIds, statuses, values, idOrder, idRank, indexById, subScoreCache: new Map() };
}
