/**
 * Column fast path: gates, weighted-mean scores and ranking for all sites of a profile in a few typed-array loops.
 * score = Σ wᵢ·sᵢ / Σ wᵢ over the criteria with wᵢ > 0 (0 when no weight is positive).
 */
import type { MetricKey } from '../types.ts';
import { criteria, criterionIds } from './criteria.ts';
import type { CriterionId } from './criteria.ts';
import type { Curve } from './curves.ts';
import { failCodeOf, failCodes, gateMetrics, statusIndex, userStatusIndex } from './model.ts';
import type { FailCodeInfo, GateMetric, Profile } from './model.ts';
import { subScores } from './columns.ts';
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
  /** Bit k set when siteStatuses[k] passes (a user site passes regardless: see `passesStatusGate`). */
  statusMask: number;
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
  let statusMask = 0;
  for (const st of profile.gates.statuses) {
    const i = statusIndex(st);
    if (i < 31) statusMask |= 1 << i;
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
  return { profile, terms, weightSum, statusMask, checks };
}

/** Allocates a result for n sites, to reuse across calls of `scoreColumns`. */
export function newScoreResult(n: number): ScoreResult {
  return { scores: new Float32Array(n), failCode: new Uint8Array(n), passCount: 0, failCounts: new Uint32Array(failCodes.length) };
}

// One reusable sum buffer per columns object: a 250,000-site buffer is 2 MB to allocate and zero otherwise.
const scratch = new WeakMap<SiteColumns, Float64Array>();

/**
 * Applies gates and scores every site; O(n × (criteria + gates)), sub-scores memoised on `cols`.
 * Pass `out` (same n) to avoid allocation. Unknown values (NaN: anything not a finite number, e.g. the area of a
 * user's point site given without one) pass gates and score 0 on their criterion.
 */
export function scoreColumns(cols: SiteColumns, compiled: CompiledProfile, out?: ScoreResult): ScoreResult {
  const res = out && out.scores.length === cols.n ? out : newScoreResult(cols.n);
  res.passCount = applyGates(cols, compiled, res.failCode, res.failCounts);
  let sums = scratch.get(cols);
  if (!sums) scratch.set(cols, (sums = new Float64Array(cols.n)));
  weightedSums(cols, compiled.terms, sums);
  normalise(sums, compiled.weightSum, res.scores);
  return res;
}

/** Writes the first failed gate of every site into `failCode` and per-gate failure counts; returns the pass count. */
export function applyGates(cols: SiteColumns, compiled: CompiledProfile, failCode: Uint8Array, failCounts: Uint32Array): number {
  const n = cols.n;
  failCounts.fill(0);
  const statuses = cols.statuses;
  const mask = compiled.statusMask;
  let statusFails = 0;
  for (let i = 0; i < n; i++) {
    const k = statuses[i]!;
    // `passesStatusGate` in column form: a listed status, or a user site (which passes every status gate).
    const ok = k === userStatusIndex || (k < 31 && (mask & (1 << k)) !== 0);
    failCode[i] = ok ? 0 : 1;
    if (!ok) statusFails++;
  }
  failCounts[1] = statusFails;
  for (const c of compiled.checks) {
    const col = cols.values[c.metric];
    const lim = c.limit;
    const code = c.code;
    let count = 0;
    // Branch-free: gate outcomes are data-dependent and mispredict. NaN compares false, so unknown values pass.
    if (c.bound === 'min') {
      for (let i = 0; i < n; i++) {
        const f = +(col[i]! < lim);
        const cur = failCode[i]!;
        count += f;
        failCode[i] = cur | (code & -(f & +(cur === 0)));
      }
    } else {
      for (let i = 0; i < n; i++) {
        const f = +(col[i]! > lim);
        const cur = failCode[i]!;
        count += f;
        failCode[i] = cur | (code & -(f & +(cur === 0)));
      }
    }
    failCounts[code] = count;
  }
  let passCount = 0;
  for (let i = 0; i < n; i++) if (failCode[i] === 0) passCount++;
  return passCount;
}

/** sums[i] = Σ weight × sub-score over `terms` (unnormalised). */
export function weightedSums(cols: SiteColumns, terms: readonly Term[], sums: Float64Array): void {
  sums.fill(0);
  const subs = terms.map((t) => subScores(cols, t.metric, t.curve));
  const n = sums.length;
  let k = 0;
  // Four terms per pass: the sums array is read and written a quarter as often.
  for (; k + 4 <= terms.length; k += 4) {
    const [a, b, c, d] = [subs[k]!, subs[k + 1]!, subs[k + 2]!, subs[k + 3]!];
    const [wa, wb, wc, wd] = [terms[k]!.weight, terms[k + 1]!.weight, terms[k + 2]!.weight, terms[k + 3]!.weight];
    for (let i = 0; i < n; i++) sums[i]! += wa * a[i]! + wb * b[i]! + wc * c[i]! + wd * d[i]!;
  }
  for (; k < terms.length; k++) addScaled(sums, subs[k]!, terms[k]!.weight);
}

/** sums[i] += weight × sub[i]. */
export function addScaled(sums: Float64Array, sub: Float32Array, weight: number): void {
  const n = sums.length;
  for (let i = 0; i < n; i++) sums[i]! += weight * sub[i]!;
}

/** scores[i] = sums[i] / weightSum (0 when weightSum is 0). */
export function normalise(sums: Float64Array, weightSum: number, scores: Float32Array): void {
  const inv = weightSum > 0 ? 1 / weightSum : 0;
  const n = sums.length;
  for (let i = 0; i < n; i++) scores[i] = sums[i]! * inv;
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
