/**
 * The labour shed of a site: Census 2021 residents and employed residents of the statistical sectors reached by
 * public transport and walking within 20, 30 and 45 minutes (whole minutes, `SectorMinutes`). A sector without a
 * census row adds nothing and is counted apart, never read as zero people.
 */
import type { AccessMetricKey, SectorMinutes } from './types.ts';

/** The bands of the labour shed, minutes. */
export const shedBandsMin = [20, 30, 45] as const;

/** The six transit metrics of a site. */
export type TransitMetricKey = Extract<AccessMetricKey, `${string}MinTransit`>;
/** Their values. */
export type TransitMetrics = Record<TransitMetricKey, number>;

/** Residents and employed residents of a sector; null when no census row matched it. */
export interface SectorWorkforce {
  residents: number | null;
  employedResidents: number | null;
}

/** Whole minutes of a travel time (nearest), as written and as compared with the bands. */
export const wholeMinutes = (t: number): number => Math.round(t);

/**
 * Sectors reached within `maxMinutes` (index into the sectors, whole minutes), ascending minutes then index: the
 * `transit` part of a `SiteReach`. `minutes[j]` is sector j's travel time (Infinity when not reached).
 */
export function reachedSectors(minutes: ArrayLike<number>, maxMinutes: number): SectorMinutes[] {
  const out: SectorMinutes[] = [];
  for (let j = 0; j < minutes.length; j++) {
    const t = minutes[j]!;
    if (!Number.isFinite(t)) continue;
    const m = wholeMinutes(t);
    if (m <= maxMinutes) out.push([j, m]);
  }
  return out.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
}

/** The labour shed of one site from its reached sectors. */
export interface LabourShed {
  metrics: TransitMetrics;
  /** Per band (20, 30, 45), sectors reached whose census counts are unknown (not added). */
  sectorsWithoutCensus: [number, number, number];
}

/** Sums residents and employed residents of the sectors reached within each band (integers). */
export function labourShed(reached: readonly SectorMinutes[], sectors: readonly SectorWorkforce[]): LabourShed {
  const res = [0, 0, 0];
  const emp = [0, 0, 0];
  const unknown: [number, number, number] = [0, 0, 0];
  for (const [j, m] of reached) {
    const s = sectors[j];
    shedBandsMin.forEach((band, b) => {
      if (m > band) return;
      if (!s || s.residents === null || s.employedResidents === null) unknown[b]!++;
      if (s?.residents != null) res[b]! += s.residents;
      if (s?.employedResidents != null) emp[b]! += s.employedResidents;
    });
  }
  return {
    metrics: {
      residents20MinTransit: Math.round(res[0]!),
      residents30MinTransit: Math.round(res[1]!),
      residents45MinTransit: Math.round(res[2]!),
      employedResidents20MinTransit: Math.round(emp[0]!),
      employedResidents30MinTransit: Math.round(emp[1]!),
      employedResidents45MinTransit: Math.round(emp[2]!),
    },
    sectorsWithoutCensus: unknown,
  };
}
