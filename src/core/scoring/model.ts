/**
 * Types shared by profiles, the scorer and the URL codec, and the fixed table of gate failure codes.
 */
import { metricKeys, siteStatuses, userStatus } from '../types.ts';
import type { AnySiteStatus, MetricKey, SiteMetrics, SiteStatus } from '../types.ts';
import type { CriterionId, Labels } from './criteria.ts';
import type { Curve } from './curves.ts';

/** Ids of the five sectors of the 2019 Brussels Industrial Plan. */
export const sectorIds = ['construction', 'manufacturing', 'agro-food', 'health', 'creative'] as const;
/** One sector id. */
export type SectorId = (typeof sectorIds)[number];

/**
 * What the scorer reads of a site: its metrics, id and availability status (a `SiteProperties` fits, the user's
 * own sites included: `status: 'user'`, see {@link passesStatusGate}). A metric that is not a finite number is
 * unknown (see `metricValue` in columns.ts).
 */
export interface SiteInput extends SiteMetrics {
  siteId: string;
  status: AnySiteStatus;
}

/** Metrics a gate can test: every site metric plus the nearest stop of any mode (metro, tram, bus, train). */
export const gateMetrics = [...metricKeys, 'distTransitM'] as const;
/** One gate metric; `distTransitM` = min(distMetroM, distTramM, distBusM, distRailStationM). */
export type GateMetric = (typeof gateMetrics)[number];

/** Inclusive bounds in the metric's units; a missing side is unbounded. */
export interface Range {
  min?: number;
  max?: number;
}

/**
 * Hard pass/fail conditions. A site fails when its status is not listed or a value is outside a range. Only the
 * shipped statuses can be listed: a user site passes the status gate whatever the list ({@link passesStatusGate}).
 */
export interface Gates {
  statuses: readonly SiteStatus[];
  limits: Partial<Record<GateMetric, Range>>;
}

/** Weight per criterion (0 = ignored; any non-negative scale, only ratios matter). */
export type Weights = Record<CriterionId, number>;

/** A nuisance class from VNG 'Bedrijven en milieuzonering' (2009) and the distances derived from it. */
export interface NuisanceClass {
  /** VNG category, e.g. '3.2'. */
  category: string;
  /** VNG guide distance for a quiet residential area, m. */
  guideDistanceM: number;
  /** Why this category (en). */
  why: string;
}

/** A sector profile: gates, weights, curve overrides and the reasons for them. */
export interface Profile {
  id: SectorId | 'custom';
  /** The sector a custom profile derives from (itself for a sector). */
  baseId: SectorId;
  label: Labels;
  gates: Gates;
  weights: Weights;
  /** Curves replacing the criterion defaults for this profile. */
  curves: Partial<Record<CriterionId, Curve>>;
  nuisance: NuisanceClass;
  /** Short rationale in the three languages. */
  rationale: Labels;
  /** Keys into `sources`. */
  basis: readonly SourceId[];
}

/** Citations used by the profiles. */
export const sources = {
  plan2019: 'Brussels-Capital Region, Plan industriel / Industrieplan (2019): five priority sectors.',
  citydev: 'citydev.brussels, SME and workshop units (about 150 m² to over 1,000 m²).',
  eu2024: 'Directive (EU) 2024/2881 on ambient air quality: NO2 annual limit 20 µg/m³ from 2030 (40 until then).',
  who2021: 'WHO Global Air Quality Guidelines (2021): NO2 annual 10 µg/m³.',
  vng2009: "VNG, 'Bedrijven en milieuzonering' (2009): categories 1, 2, 3.1, 3.2, 4.1, 4.2 at 10, 30, 50, 100, 200, 300 m; one step less in mixed areas.",
  census2021: 'Statbel, Census 2021: employed residents per statistical sector, reached by STIB and walking (modelled).',
  osm2013roads: 'OpenStreetMap roads on 1 January 2013: truck routes to the motorway and to canal quays (modelled).',
} as const;
/** One citation key. */
export type SourceId = keyof typeof sources;

/** Why a site failed: the gate metric (or 'status') and which bound. */
export interface FailCodeInfo {
  gate: GateMetric | 'status';
  bound: 'min' | 'max' | 'status';
}

/** Fail code 0 = pass, 1 = status, 2 + 2j = min of gateMetrics[j], 3 + 2j = max. Fixed, so the UI can keep it. */
export const failCodes: readonly (FailCodeInfo | null)[] = [
  null,
  { gate: 'status', bound: 'status' },
  ...gateMetrics.flatMap((g): FailCodeInfo[] => [
    { gate: g, bound: 'min' },
    { gate: g, bound: 'max' },
  ]),
];

/** Fail code (0 = pass) of a gate metric and bound. */
export function failCodeOf(gate: GateMetric, bound: 'min' | 'max'): number {
  return 2 + 2 * gateMetrics.indexOf(gate) + (bound === 'max' ? 1 : 0);
}

/** Column code of a user site's status (`SiteColumns.statuses`): outside `siteStatuses`, never in a status mask. */
export const userStatusIndex = 254;
/** Column code of an unknown status (data from outside may hold one): fails every status gate. */
export const unknownStatusIndex = 255;

/**
 * Index of a status in `siteStatuses`, {@link userStatusIndex} for a user site, {@link unknownStatusIndex} for
 * anything else.
 */
export function statusIndex(status: string): number {
  if (status === userStatus) return userStatusIndex;
  const i = (siteStatuses as readonly string[]).indexOf(status);
  return i < 0 ? unknownStatusIndex : i;
}

/**
 * The status gate, in one place for both paths (explain.ts per site, score.ts `applyGates` per column): a shipped
 * site passes when its status is listed; a user site (`status: 'user'`) ALWAYS passes, in every sector and under
 * any custom list. The explorer knows nothing of a user site's availability, and the user brought it on purpose to
 * see how it scores: hiding it behind a status it cannot have would make it vanish from the ranking. Its range
 * gates (area, NO2, distances…) apply as to any site. An unknown status fails.
 */
export function passesStatusGate(status: string, allowed: readonly SiteStatus[]): boolean {
  if (status === userStatus) return true;
  return (allowed as readonly string[]).includes(status);
}

/** Unit of a gate metric, read from its name (`M` → m, `M2` → m², `UgM3` → µg/m³, `roadKm…` → km, `truckMin…` → min, else ''). */
export function gateUnit(gate: GateMetric | MetricKey): string {
  if (gate.startsWith('roadKm')) return 'km';
  if (gate.startsWith('truckMin')) return 'min';
  if (gate.endsWith('UgM3')) return 'µg/m³';
  if (gate.endsWith('M2')) return 'm²';
  if (gate.endsWith('M')) return 'm';
  return '';
}
