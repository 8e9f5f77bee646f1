/**
 * Thin adapter from the scoring module's output to {@link SiteScores}. Typed structurally (no import from
 * src/core/scoring) so it keeps compiling while that module evolves: a `SiteExplanation` from `explainSite`
 * fits ExplanationLike, and with its sector id a StandingLike. Also the one rounding of scores (toScore100).
 */
import { isMetricKey, metricTable } from './metricTable';
import type { GateFailureLike, SiteScores } from './scores';

export type { GateFailureLike } from './scores';

/** The part of a site explanation used here (scoring's `SiteExplanation`): score is 0–1. */
export interface ExplanationLike {
  siteId: string;
  score: number;
  failures: readonly GateFailureLike[];
}

/** One sector's result for a site (scoring's explanation under that sector's default profile): score is 0–1. */
export interface StandingLike {
  sector: string;
  score: number;
  failures: readonly GateFailureLike[];
}

/**
 * The one rounding of a score, for every view and export: 0–1 to 0–100 with one decimal; null when not finite.
 * Rounded to 10⁻⁵ first, so the float32 scores of the ranked list and the float64 ones of the explanation
 * round alike (a float32 0.0025 is 0.00249999994 and would otherwise show 0.2 where the card shows 0.3).
 */
export function toScore100(score01: number): number | null {
  if (!Number.isFinite(score01)) return null;
  return Math.round(Math.round(score01 * 100_000) / 100) / 10;
}

/** Column-style name of a gate metric (`distTransitM` is scoring's nearest-of-four-modes gate). */
function gateColumn(gate: string): string {
  if (isMetricKey(gate)) return metricTable[gate].column;
  if (gate === 'distTransitM') return 'dist_transit_m';
  return gate;
}

/** One failed gate as a code for the exports, e.g. `area_m2 min 500`, `status not available/estate`. */
export function gateText(failure: GateFailureLike): string {
  if (failure.bound === 'status') return `status not ${(failure.allowed ?? []).join('/')}`.trim();
  const limit = typeof failure.limit === 'number' ? ` ${failure.limit}` : '';
  return `${gateColumn(failure.gate)} ${failure.bound}${limit}`;
}

/** Score to show for a result: none when a gate fails, since a failing site is not ranked. */
const shownScore = (score01: number, failures: readonly GateFailureLike[]): number | null =>
  failures.length === 0 ? toScore100(score01) : null;

/**
 * Scores of one site for export and compare: the five default sector results and, when a sector is chosen,
 * the current profile's explanation (its sector id, or e.g. `agro-food-custom` for edited weights).
 */
export function toSiteScores(
  siteId: string,
  standings: readonly StandingLike[],
  current?: { sectorId: string; explanation: ExplanationLike },
): SiteScores {
  const bySector: Record<string, number | null> = {};
  const failuresBySector: Record<string, readonly GateFailureLike[]> = {};
  for (const s of standings) {
    bySector[s.sector] = shownScore(s.score, s.failures);
    failuresBySector[s.sector] = s.failures;
  }
  const out: SiteScores = { siteId, bySector, failuresBySector };
  if (current) {
    const e = current.explanation;
    out.current = { sectorId: current.sectorId, score: shownScore(e.score, e.failures), failedGates: e.failures.map(gateText), failures: e.failures };
  }
  return out;
}
