/**
 * The planner view's vocabulary: indicators of productive land per municipality, per statistical sector and for
 * the region, computed by the pipeline (`scripts/pipeline/planner.ts` with the pure code of this folder) and
 * written to `geodata/planner.json`; the app reads them (table, charts, choropleth, sheet, CSV). Units in names.
 */
import type { SiteStatus } from '../types.ts';

/** Where land that was industrial in 2013 went (OSM land use of today over it), in this order of precedence. */
export const lossCategories = ['residential', 'commercial', 'construction', 'other'] as const;
/** One category of lost industrial land. */
export type LossCategory = (typeof lossCategories)[number];

/** Change of industrial land since 2013 in one area (hectares; indicative: OSM's mapping grew too). */
export interface Change2013 {
  /** Land with `landuse=industrial` on 2013-01-01 (OSM), within the area. */
  industrial2013Ha: number;
  /** Of it, land still industrial today. */
  stillIndustrialHa: number;
  /** Of it, land now under each other use (`other` includes land with no land use mapped today). */
  lostHa: Record<LossCategory, number>;
  /** Sum of `lostHa`: industrial2013Ha = stillIndustrialHa + lostTotalHa. */
  lostTotalHa: number;
  /** Industrial today and not in 2013. */
  newIndustrialHa: number;
  /** newIndustrialHa − lostTotalHa. */
  netHa: number;
}

/** Indicators of one area: a municipality, a statistical sector or the region. */
export interface PlannerArea {
  /** NIS code (5 digits) of a municipality, Statbel sector code (e.g. `21001A00-`), or `region`. */
  code: string;
  kind: 'municipality' | 'sector' | 'region';
  nameFr: string;
  nameNl: string;
  /** NIS code of the municipality the area lies in (the region's is `04000`). */
  nis: string;
  /** Land area of the area (hectares). */
  areaHa: number;
  /** Productive land (the explorer's sites) by status, hectares; a site crossing a boundary is split by area. */
  productiveHa: Record<SiteStatus, number>;
  /** Sum of `productiveHa`. */
  productiveTotalHa: number;
  /** productiveTotalHa / areaHa (0–1). */
  productiveShare: number;
  change2013: Change2013;
  /** Mean of the NO2 surface (µg/m³, 2021 annual) over the productive land; null without productive land. */
  no2ProductiveUgM3: number | null;
  /** Mean of the NO2 surface over the whole area (µg/m³). */
  no2AllUgM3: number;
  /** Share of the productive land where the surface exceeds the EU 2030 annual limit (20 µg/m³), 0–1; null without productive land. */
  productiveAboveEu2030Share: number | null;
  /** Census 2021 residents (1 January 2021, where people live); null when no census row matches. */
  residents: number | null;
  /** Census 2021 employed residents (aged 15+, employed); null when no census row matches. */
  employedResidents: number | null;
  /** Share of the productive land within 400 m (straight line) of a metro or tram stop (0–1); null without productive land. */
  productiveNearMetroTramShare: number | null;
}

/** A census row or sector polygon the join could not place, reported instead of dropped. */
export interface CensusJoinReport {
  /** Sector polygons with no census row (their residents are unknown, shown as such). */
  sectorsWithoutRows: string[];
  /** Census sector codes with no polygon (e.g. `21004ZZZZ`, people without a known sector): counted in their municipality and the region, not on the map. */
  rowsWithoutSector: { code: string; residents: number; employedResidents: number }[];
}

/** `geodata/planner.json`. */
export interface PlannerData {
  version: 1;
  /** ISO timestamp of the build. */
  builtAt: string;
  region: PlannerArea;
  /** The 19 municipalities, by NIS code. */
  municipalities: PlannerArea[];
  /** The statistical sectors (geometry in `geodata/sectors.fgb`, joined on `code`). */
  sectors: PlannerArea[];
  census: CensusJoinReport;
  /** Parameters used, stated to the user: the EU limit, the stop distance, the NO2 grid cell. */
  parameters: { eu2030No2UgM3: number; stopDistanceM: number; no2CellM: number };
}

/** Properties of a feature of `geodata/land-losses.fgb`: one piece of 2013 industrial land now under another use. */
export interface LandLossProperties {
  /** Stable id: `loss-<2013 OSM id or geometry key>-<category>`. */
  lossId: string;
  /** Municipality (NIS) holding most of the piece. */
  nis: string;
  category: LossCategory;
  /** Today's OSM `landuse` over the piece ('' when none is mapped). */
  landuseToday: string;
  /** Name of the 2013 industrial polygon ('' when unnamed). */
  name2013: string;
  areaM2: number;
  /** A site of today that overlaps the piece ('' when none): the link from the sheet. */
  siteId: string;
  /** A point inside the piece (degrees), for the map to fit and label. */
  lon: number;
  lat: number;
}

/** Properties of a feature of `geodata/sectors.fgb`. */
export interface SectorProperties {
  code: string;
  nis: string;
  nameFr: string;
  nameNl: string;
}
