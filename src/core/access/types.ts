/**
 * Access by the real networks (issue 13): public-transport travel times from each site to every statistical
 * sector (the labour shed) and the truck route to the motorway over the 2013 roads. The pipeline computes them
 * with the pure code of this folder; per-site figures go into the sites layer (metric keys below), the per-site
 * reach and route into `geodata/access-reach.json`, loaded by the app when a site is selected.
 */
import type { LineString, MultiLineString } from 'geojson';

/** New site metrics, appended to `metricKeys` (src/core/types.ts); NaN when not computed (e.g. a user's site). */
export const accessMetricKeys = [
  'residents20MinTransit',
  'residents30MinTransit',
  'residents45MinTransit',
  'employedResidents20MinTransit',
  'employedResidents30MinTransit',
  'employedResidents45MinTransit',
  'roadKmToMotorway',
  'truckMinToMotorway',
  'roadKmToCanalQuay',
] as const;
/** One access metric key. */
export type AccessMetricKey = (typeof accessMetricKeys)[number];

/** Travel time from one site to one statistical sector by public transport and walking, whole minutes. */
export type SectorMinutes = [sectorIndex: number, minutes: number];

/** What the app draws for a selected site. */
export interface SiteReach {
  /** Sectors reached within 45 minutes (index into `AccessReach.sectors`), ascending minutes. */
  transit: SectorMinutes[];
  /** The truck route from the site to the nearest motorway access (WGS84, 5 decimals), null when none found. */
  motorwayRoute: LineString | MultiLineString | null;
}

/** `geodata/access-reach.json`. */
export interface AccessReach {
  version: 1;
  builtAt: string;
  /** Statbel sector codes, in the order `SectorMinutes` indexes them (the same codes as `sectors.fgb`). */
  sectors: string[];
  /** Per site id. */
  sites: Record<string, SiteReach>;
  /** The model's parameters, stated to the user (speeds km/h, waits and penalties in minutes, walking limits in metres). */
  parameters: Record<string, number | string>;
}
