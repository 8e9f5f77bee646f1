/**
 * Thin adapter from the scoring module's output to {@link SiteScores}. Typed structurally (no import from
 * src/core/scoring) so it keeps compiling while that module evolves: a `SiteExplanation` from `explainSite`
 * and the `SectorStanding[]` from `scoreSiteAllSectors` fit these shapes as of 2026-11-26.
 */
import { isMetricKey, metricTable } from './metricTable';
import type { SiteScores } from './scores';

/** The part of one failed gate used here (scoring's `GateFailure`). */
export interface GateFailureLike {
  gate: string;
  bound: 'min' | 'max' | 'status';
  /** Limit in the gate's unit (range gates only). */
  limit?: number;
  /** Allowed statuses (status gate only). */
  allowed?: readonly string[];
}

/** The part of a site explanation used here (scoring's `SiteExplanation`): score is 0–1. */
export interface ExplanationLike {
  siteId: string;
  score: number;
  failures: readonly GateFailureLike[];
}

/** The part of a sector standing used here (scoring's `SectorStanding`): score is 0–1. */
export interface StandingLike {
  sector: string;
  score: number;
}

/** A 0–1 score as 0–100 with one decimal, or null when not a finite number. */
export function toScore100(score01: number): number | null {
  return Number.isFinite(score01) ? Math.round(score01 * 1000) / 10 : null;
}

/** Column-style name of a gate metric (`distTransitM` is scoring's nearest-of-four-modes gate). */
function gateColumn(gate: string): string {
  if (isMetricKey(gate)) return metricTable[gate].column;
  if (gate === 'distTransitM') return 'dist_transit_m';
  return gate;
}

/** One failed gate as short text, e.g. `area_m2 min 500`, `status not available/estate`. */
export function gateText(failure: GateFailureLike): string {
  if (failure.bound === 'status') return `status not ${(failure.allowed ?? []).join('/')}`.trim();
  const limit = typeof failure.limit === 'number' ? ` ${failure.limit}` : '';
  return `${gateColumn(failure.gate)} ${failure.bound}${limit}`;
}

/**
 * Scores of one site for export and compare: the current profile's explanation (its sector id, or e.g.
 * `agro-food-custom` for edited weights) and the five default sector standings.
 */
export function toSiteScores(
  currentSectorId: string,
  explanation: ExplanationLike,
  standings: readonly StandingLike[],
): SiteScores {
  const bySector: Record<string, number | null> = {};
  for (const s of standings) bySector[s.sector] = toScore100(s.score);
  return {
    siteId: explanation.siteId,
    current: {
      sectorId: currentSectorId,
      score: toScore100(explanation.score),
      failedGates: explanation.failures.map(gateText),
    },
    bySector,
  };
}
