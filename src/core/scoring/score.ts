/**
 * Column fast path: gates, weighted-mean scores and ranking for all sites of a profile in a few typed-array loops.
 * score = Σ wᵢ·sᵢ / Σ wᵢ over the criteria with wᵢ > 0 (0 when no weight is positive).
 */
import type { MetricKey } from '../types.ts';
import { criteria, criterionIds } from './criteria.ts';
import type { CriterionId } from './criteria.ts';
import { addCurveColumn } from './curves.ts';
import type { Curve } from './curves.ts';
import { failCodeOf, failCodes, gateMetrics, kindIndex } from './model.ts';
import type { FailCodeInfo, GateMetric, Profile } from './model.ts';
import type { SiteColumns } from './columns.ts';

/** One weighted criterion of a compiled profile. */
export interface Term {
  id: CriterionId;
  metric: MetricKey;
  curve: Curve;
  weight: number;
}

/** One bound of one gate. */
export interface Check {
  metric: GateMetric;
  bound: 'min' | 'max';
  limit: number;
  code: number;
}

/** A profile reduced to what the loops need. */
export interface CompiledProfile {
  profile: Profile;
  /** Criteria with weight > 0, in criterion order. */
  terms: readonly Term[];
  weightSum: number;
  /** Bit k set when siteKinds[k] passes. */
  kindMask: number;
  checks: readonly Check[];
}

/** Scores and gate results of all sites for one profile. */
export interface ScoreResult {
  /** Weighted mean 0–1 of every site (failing sites too, so a card can say what it would score). */
  scores: Float32Array;
  /** 0 = passes every gate, else the code of the first failed gate (see `failCodes`). */
  failCode: Uint8Array;
  passCount: number;
  /** Per fail code, how many sites fail that gate (a site counts once for each gate it fails). */
  failCounts: Uint32Array;
}

/** The curve a profile uses for a criterion: its override, else the criterion default. */
export function effectiveCurve(profile: Profile, id: CriterionId): Curve {
  return profile.curves[id] ?? criteria[id].curve;
}

/** A usable weight: finite and positive, else 0. */
export function cleanWeight(w: unknown): number {
  return typeof w === 'number' && Number.isFinite(w) && w > 0 ? w : 0;
}

/** Compiles a profile: keeps weights > 0, turns gates into checks ordered by fail code. */
export function compileProfile(profile: Profile): CompiledProfile {
  const terms: Term[] = [];
  let weightSum = 0;
  for (const id of criterionIds) {
    const weight = cleanWeight(profile.weights[id]);
    if (weight === 0) continue;
    terms.push({ id, metric: criteria[id].metric, curve: effectiveCurve(profile, id), weight });
    weightSum += weight;
  }
  let kindMask = 0;
  for (const k of profile.gates.kinds) {
    const i = kindIndex(k);
    if (i < 31) kindMask |= 1 << i;
  }
  const checks: Check[] = [];
  for (const metric of gateMetrics) {
    const range = profile.gates.limits[metric];
    if (!range) continue;
    // NaN or infinite limits bound nothing.
    if (typeof range.min === 'number' && Number.isFinite(range.min)) {
      checks.push({ metric, bound: 'min', limit: range.min, code: failCodeOf(metric, 'min') });
    }
    if (typeof range.max === 'number' && Number.isFinite(range.max)) {
      checks.push({ metric, bound: 'max', limit: range.max, code: failCodeOf(metric, 'max') });
    }
  }
  return { profile, terms, weightSum, kindMask, checks };
}

/** Allocates a result for n sites, to reuse across calls of `scoreColumns`. */
export function newScoreResult(n: number): ScoreResult {
  return { scores: new Float32Array(n), failCode: new Uint8Array(n), passCount: 0, failCounts: new Uint32Array(failCodes.length) };
}

/**
 * Applies gates and scores every site; O(n × (criteria + gates)). Pass `out` (same n) to avoid allocation.
 * Unknown (NaN) values pass gates and score 0 on their criterion.
 */
export function scoreColumns(cols: SiteColumns, compiled: CompiledProfile, out?: ScoreResult): ScoreResult {
  const n = cols.n;
  const res = out && out.scores.length === n ? out : newScoreResult(n);
  const { scores, failCode, failCounts } = res;
  failCounts.fill(0);

  const kinds = cols.kinds;
  const mask = compiled.kindMask;
  let kindFails = 0;
  for (let i = 0; i < n; i++) {
    const k = kinds[i]!;
    const ok = k < 31 && (mask & (1 << k)) !== 0;
    failCode[i] = ok ? 0 : 1;
    if (!ok) kindFails++;
  }
  failCounts[1] = kindFails;
  for (const c of compiled.checks) {
    const col = cols.values[c.metric];
    const lim = c.limit;
    const code = c.code;
    let count = 0;
    // Comparisons with NaN are false, so unknown values pass.
    if (c.bound === 'min') {
      for (let i = 0; i < n; i++) {
        if (col[i]! < lim) {
          count++;
          if (failCode[i] === 0) failCode[i] = code;
        }
      }
    } else {
      for (let i = 0; i < n; i++) {
        if (col[i]! > lim) {
          count++;
          if (failCode[i] === 0) failCode[i] = code;
        }
      }
    }
    failCounts[code] = count;
  }
  let passCount = 0;
  for (let i = 0; i < n; i++) if (failCode[i] === 0) passCount++;
  res.passCount = passCount;

  const acc = new Float64Array(n);
  for (const t of compiled.terms) addCurveColumn(t.curve, cols.values[t.metric], t.weight, acc);
  const inv = compiled.weightSum > 0 ? 1 / compiled.weightSum : 0;
  for (let i = 0; i < n; i++) scores[i] = acc[i]! * inv;
  return res;
}

/**
 * Passing site indices, best first (score desc, then siteId asc); O(n) stable LSD radix sort on the float32 bits.
 */
export function rankPassing(cols: SiteColumns, result: ScoreResult): Uint32Array {
  const { failCode, passCount } = result;
  const a = new Uint32Array(passCount);
  let m = 0;
  const order = cols.idOrder;
  for (let r = 0; r < order.length; r++) {
    const i = order[r]!;
    if (failCode[i] === 0) a[m++] = i;
  }
  return radixByScoreDesc(a, result.scores);
}

/** Sorts `indices` (already in tie-break order) by `scores[index]` desc, stably; scores must be in [0, 1]. */
export function radixByScoreDesc(indices: Uint32Array, scores: Float32Array): Uint32Array {
  const m = indices.length;
  // Non-negative floats order like their bit patterns; 1.0 is 0x3F800000, so keys fit in 30 bits.
  const bits = new Uint32Array(scores.buffer, scores.byteOffset, scores.length);
  let src: Uint32Array = indices;
  let dst: Uint32Array = new Uint32Array(m);
  const counts = new Uint32Array(1024);
  for (let shift = 0; shift < 30; shift += 10) {
    counts.fill(0);
    for (let j = 0; j < m; j++) counts[((0x3f800000 - bits[src[j]!]!) >>> shift) & 1023]!++;
    let sum = 0;
    for (let b = 0; b < 1024; b++) {
      const c = counts[b]!;
      counts[b] = sum;
      sum += c;
    }
    for (let j = 0; j < m; j++) {
      const i = src[j]!;
      dst[counts[((0x3f800000 - bits[i]!) >>> shift) & 1023]!++] = i;
    }
    const t = src;
    src = dst;
    dst = t;
  }
  return src;
}

/** Rank (1 = best) per site index from a ranking; 0 for sites not ranked. */
export function ranksOf(ranked: Uint32Array, n: number): Uint32Array {
  const ranks = new Uint32Array(n);
  for (let r = 0; r < ranked.length; r++) ranks[ranked[r]!] = r + 1;
  return ranks;
}

/** "N of M pass" and the gate that excludes the most sites. */
export interface ScoreSummary {
  total: number;
  passCount: number;
  /** Gate failed by the most sites (counting every gate a site fails), or null when all pass. */
  mainFailure: (FailCodeInfo & { code: number; count: number }) | null;
}

/** Summary of a result for the list header. */
export function summarize(result: ScoreResult): ScoreSummary {
  let best = 0;
  let bestCount = 0;
  for (let c = 1; c < result.failCounts.length; c++) {
    const count = result.failCounts[c]!;
    if (count > bestCount) {
      best = c;
      bestCount = count;
    }
  }
  const info = failCodes[best];
  return {
    total: result.scores.length,
    passCount: result.passCount,
    mainFailure: best > 0 && info ? { ...info, code: best, count: result.failCounts[best]! } : null,
  };
}
