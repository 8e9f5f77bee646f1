/**
 * A scoring session over one set of columns for the app: each `run(profile)` recomputes only what changed since
 * the previous run — gates only when gates change, and the weighted sums incrementally when a few weights change
 * (one slider move = one pass over the sites). Sub-score columns are memoised on the columns.
 */
import type { SiteColumns } from './columns.ts';
import { subScores, curveKey } from './columns.ts';
import type { Profile } from './model.ts';
import { addScaled, applyGates, compileProfile, newScoreResult, normalise, weightedSums } from './score.ts';
import type { CompiledProfile, ScoreResult } from './score.ts';

/** A scoring session; see the module comment. */
export interface Scorer {
  readonly cols: SiteColumns;
  /**
   * Scores all sites with `profile`. The returned object is new each run, but its typed arrays are reused by the
   * next run: copy them to keep them.
   */
  run(profile: Profile): ScoreResult;
}

/** Options of `createScorer`. */
export const defaultScorerOptions = {
  /** Recompute the sums from scratch when more than this share of the terms changed weight. */
  fullRecomputeShare: 0.5,
  /** Also recompute from scratch after this many incremental updates (bounds float64 drift). */
  maxIncrementalRuns: 1000,
};

function gatesKey(c: CompiledProfile): string {
  return `${c.statusMask}|${c.checks.map((k) => `${k.code}:${k.limit}`).join(',')}`;
}

/** Starts a session over `cols` (O(1); the first run costs a full scoring). */
export function createScorer(cols: SiteColumns, options: Partial<typeof defaultScorerOptions> = {}): Scorer {
  const opts = { ...defaultScorerOptions, ...options };
  const base = newScoreResult(cols.n);
  const sums = new Float64Array(cols.n);
  let lastGates: string | null = null;
  // Weight per (metric, curve) key currently included in `sums`.
  let lastWeights = new Map<string, { weight: number; sub: Float32Array }>();
  let lastWeightSum = -1;
  let incrementalRuns = 0;
  let passCount = 0;

  function run(profile: Profile): ScoreResult {
    const compiled = compileProfile(profile);
    const gk = gatesKey(compiled);
    if (gk !== lastGates) {
      passCount = applyGates(cols, compiled, base.failCode, base.failCounts);
      lastGates = gk;
    }
    const next = new Map<string, { weight: number; sub: Float32Array }>();
    for (const t of compiled.terms) {
      const key = curveKey(t.metric, t.curve);
      const prev = next.get(key);
      next.set(key, { weight: (prev?.weight ?? 0) + t.weight, sub: prev?.sub ?? subScores(cols, t.metric, t.curve) });
    }
    const deltas: { sub: Float32Array; delta: number }[] = [];
    for (const [key, v] of next) {
      const d = v.weight - (lastWeights.get(key)?.weight ?? 0);
      if (d !== 0) deltas.push({ sub: v.sub, delta: d });
    }
    for (const [key, v] of lastWeights) if (!next.has(key)) deltas.push({ sub: v.sub, delta: -v.weight });
    const changed = deltas.length > 0 || compiled.weightSum !== lastWeightSum;
    if (changed) {
      const full = lastWeightSum < 0 || deltas.length > opts.fullRecomputeShare * Math.max(1, next.size) || incrementalRuns >= opts.maxIncrementalRuns;
      if (full) {
        weightedSums(cols, compiled.terms, sums);
        incrementalRuns = 0;
      } else {
        for (const d of deltas) addScaled(sums, d.sub, d.delta);
        incrementalRuns++;
      }
      normalise(sums, compiled.weightSum, base.scores);
      lastWeights = next;
      lastWeightSum = compiled.weightSum;
    }
    return { scores: base.scores, failCode: base.failCode, failCounts: base.failCounts, passCount };
  }

  return { cols, run };
}
