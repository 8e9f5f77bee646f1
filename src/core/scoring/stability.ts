/**
 * Ranking stability under ±20 % weight changes.
 * Definition: for each criterion i with wᵢ > 0 and each factor f in `factors`, set wᵢ ← f·wᵢ (other weights and all
 * gates fixed, so the passing set is unchanged), re-score, re-rank (score desc, siteId asc). A site's shift is
 * |new rank − base rank|; its maxShift is the largest over the 2 × (criteria with weight) re-rankings.
 * Label: 'stable' when maxShift ≤ max(stableMaxShift, floor(stableShareOfList × passing sites)), else 'sensitive'.
 * Criteria with weight 0 are skipped: ±20 % of 0 is 0. With every weight at 0 all sites score 0 and nothing is
 * ranked, so no site is labelled (`sites` is empty): calling such ties 'stable' would claim a ranking that is not there.
 */
import type { CriterionId } from './criteria.ts';
import type { SiteColumns } from './columns.ts';
import { evalCurve } from './curves.ts';
import type { Profile } from './model.ts';
import { radixByScoreDesc, rankPassing } from './rank.ts';
import { compileProfile, scoreColumns } from './score.ts';

/** Options of `rankStability`. */
export const defaultStabilityOptions = {
  /** Multipliers applied to one weight at a time (±20 %). */
  factors: [0.8, 1.2] as readonly number[],
  /** A move of at most this many ranks is always 'stable'. */
  stableMaxShift: 1,
  /** ...and so is a move of at most this share of the passing list (0.02 = 2 %, e.g. 9 ranks of 470). */
  stableShareOfList: 0.02,
};

/** Options of `rankStability`. */
export type StabilityOptions = typeof defaultStabilityOptions;

/** How far one ranked site can move. */
export interface SiteStability {
  /** Site index in the columns. */
  index: number;
  siteId: string;
  /** Base rank, 1 = best. */
  rank: number;
  bestRank: number;
  worstRank: number;
  maxShift: number;
  label: 'stable' | 'sensitive';
  /** The first weight change that causes maxShift, or null when the site never moves. */
  drivenBy: { criterion: CriterionId; factor: number } | null;
}

/** Stability of a whole ranking. */
export interface StabilityResult {
  /** Passing site indices, best first (same as `rankPassing`). */
  ranked: Uint32Array;
  /** Largest shift still labelled 'stable'. */
  threshold: number;
  /** One entry per ranked site, in rank order. */
  sites: SiteStability[];
  stableCount: number;
}

/** Stability of every passing site's rank; O(2K × P) plus 2K radix sorts (K weighted criteria, P passing sites). */
export function rankStability(cols: SiteColumns, profile: Profile, options: Partial<StabilityOptions> = {}): StabilityResult {
  const opts = { ...defaultStabilityOptions, ...options };
  const compiled = compileProfile(profile);
  const ranked = rankPassing(cols, scoreColumns(cols, compiled));
  const p = ranked.length;
  const terms = compiled.terms;
  const k = terms.length;

  // Local position q = base rank − 1. Sub-scores per term, weighted sums, and the siteId tie-break order.
  const sub = new Float64Array(k * p);
  const sums = new Float64Array(p);
  for (let t = 0; t < k; t++) {
    const term = terms[t]!;
    const col = cols.values[term.metric];
    for (let q = 0; q < p; q++) {
      const s = evalCurve(term.curve, col[ranked[q]!]!);
      sub[t * p + q] = s;
      sums[q]! += term.weight * s;
    }
  }
  const byId = Uint32Array.from({ length: p }, (_, q) => q).sort((a, b) => cols.idRank[ranked[a]!]! - cols.idRank[ranked[b]!]!);

  const best = Int32Array.from({ length: p }, (_, q) => q + 1);
  const worst = Int32Array.from(best);
  const maxShift = new Int32Array(p);
  const driver: ({ criterion: CriterionId; factor: number } | null)[] = new Array(p).fill(null);
  const scores = new Float32Array(p);
  for (let t = 0; t < k; t++) {
    const term = terms[t]!;
    for (const factor of opts.factors) {
      const d = (factor - 1) * term.weight;
      const w = compiled.weightSum + d;
      if (!(w > 0)) continue;
      for (let q = 0; q < p; q++) scores[q] = (sums[q]! + d * sub[t * p + q]!) / w;
      const order = radixByScoreDesc(Uint32Array.from(byId), scores);
      for (let r = 0; r < p; r++) {
        const q = order[r]!;
        const rank = r + 1;
        const shift = Math.abs(rank - (q + 1));
        if (rank < best[q]!) best[q] = rank;
        if (rank > worst[q]!) worst[q] = rank;
        if (shift > maxShift[q]!) {
          maxShift[q] = shift;
          driver[q] = { criterion: term.id, factor };
        }
      }
    }
  }

  const threshold = Math.max(opts.stableMaxShift, Math.floor(opts.stableShareOfList * p));
  if (!(compiled.weightSum > 0)) return { ranked, threshold, sites: [], stableCount: 0 };
  const sites: SiteStability[] = [];
  let stableCount = 0;
  for (let q = 0; q < p; q++) {
    const stable = maxShift[q]! <= threshold;
    if (stable) stableCount++;
    const index = ranked[q]!;
    sites.push({
      index, siteId: cols.siteIds[index]!, rank: q + 1, bestRank: best[q]!, worstRank: worst[q]!,
      maxShift: maxShift[q]!, label: stable ? 'stable' : 'sensitive', drivenBy: driver[q] ?? null,
    });
  }
  return { ranked, threshold, sites, stableCount };
}
