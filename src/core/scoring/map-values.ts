/**
 * Flat values for the map layer, so it can recolour without rebuilding its source: either per-site feature-state
 * or the pairs of a `match` expression keyed by siteId.
 */
import type { SiteColumns } from './columns.ts';
import type { ScoreResult } from './score.ts';

/** `[id0, v0, id1, v1, …]` for `['match', ['get', 'siteId'], ...pairs, fallback]`: the score 0–1, or `failValue`. */
export function scoreMatchPairs(cols: SiteColumns, result: ScoreResult, failValue = -1): (string | number)[] {
  const out: (string | number)[] = new Array<string | number>(2 * cols.n);
  for (let i = 0; i < cols.n; i++) {
    out[2 * i] = cols.siteIds[i]!;
    // Rounded to 3 decimals: enough for a colour ramp, and a shorter expression to hand to the style.
    out[2 * i + 1] = result.failCode[i] === 0 ? Math.round(result.scores[i]! * 1000) / 1000 : failValue;
  }
  return out;
}

/** Calls `fn` per site with what feature-state needs: score 0–1, whether it passes, and its fail code. */
export function forEachSiteScore(
  cols: SiteColumns,
  result: ScoreResult,
  fn: (siteId: string, score: number, passed: boolean, failCode: number) => void,
): void {
  for (let i = 0; i < cols.n; i++) fn(cols.siteIds[i]!, result.scores[i]!, result.failCode[i] === 0, result.failCode[i]!);
}
