/** Pure selections of the planner view: the largest losses of a municipality, its status parts and its ranks. */
import { indicators, type IndicatorId } from '../../core/planner/indicators.ts';
import type { LandLossProperties, PlannerArea } from '../../core/planner/types.ts';
import { siteStatuses, type SiteStatus } from '../../core/types.ts';

/** How many losses the sheet lists. */
export const lossListLength = 10;

/** The largest pieces of lost industrial land of a municipality, largest first (ties by id, so the order is stable). */
export function largestLosses(losses: readonly LandLossProperties[], nis: string, n = lossListLength): LandLossProperties[] {
  return losses
    .filter((l) => l.nis === nis && Number.isFinite(l.areaM2))
    .sort((a, b) => b.areaM2 - a.areaM2 || (a.lossId < b.lossId ? -1 : a.lossId > b.lossId ? 1 : 0))
    .slice(0, n);
}

/** One part of the status bar. */
export interface StatusPart {
  status: SiteStatus;
  ha: number;
}

/** Productive land of an area by status, in the statuses' order, leaving out statuses without land. */
export function statusParts(a: Pick<PlannerArea, 'productiveHa'>): StatusPart[] {
  return siteStatuses.map((status) => ({ status, ha: a.productiveHa?.[status] ?? 0 })).filter((p) => Number.isFinite(p.ha) && p.ha > 0);
}

/** Rank of an area among `areas` for an indicator (1 = highest value), or null when it has no value. */
export function rankOf(areas: readonly PlannerArea[], code: string, id: IndicatorId): number | null {
  const own = areas.find((a) => a.code === code);
  const v = own ? indicators[id].value(own) : null;
  if (v === null || v === undefined || !Number.isFinite(v)) return null;
  return 1 + areas.filter((a) => {
    const w = indicators[id].value(a);
    return w !== null && Number.isFinite(w) && w > v;
  }).length;
}
