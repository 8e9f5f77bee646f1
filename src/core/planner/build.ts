/**
 * The planner's indicators from the layers the pipeline already built (all in Lambert 72 metres): every figure is
 * computed per statistical sector by exact overlay, then added up to the municipalities and the region. The
 * sectors tile the region, so a site crossing a boundary is split by area and its pieces add up to it.
 */
import type { Feature } from 'geojson';
import { prepareSite, representativePoint } from '../geo/geom.ts';
import type { No2Surface } from '../geo/no2Grid.ts';
import { toWgs84 } from '../geo/proj.ts';
import type { PointIndex } from '../geo/spatialIndex.ts';
import type { SiteStatus } from '../types.ts';
import { addKnown, addSums, emptySums, finishArea, finishRegion, type AreaSums } from './aggregate.ts';
import { joinCensus, nisOfSector, type CensusCount } from './census.ts';
import { fatesOf2013, newIndustrial, type Industrial2013, type LanduseToday } from './change.ts';
import { addNo2Sums, no2CellValues, no2SumsOver } from './no2.ts';
import { areaM2, buildPartition, buildPolygonIndex, candidates, intersectPolys, splitByAreas, type Polygonal } from './overlay.ts';
import { polyBox } from '../geo/boxClip.ts';
import { areaNearStopsM2 } from './transit.ts';
import type { LandLossProperties, PlannerArea, PlannerData } from './types.ts';

/** A statistical sector cut to the region. */
export interface SectorInput {
  code: string;
  nis: string;
  nameFr: string;
  nameNl: string;
  geometry: Polygonal;
}

/** Everything the planner figures are made of. */
export interface PlannerInputs {
  sectors: readonly SectorInput[];
  /** The municipalities' names by NIS (the sectors carry only the NIS). */
  municipalities: readonly { nis: string; nameFr: string; nameNl: string }[];
  /** The explorer's sites (productive land), every status. */
  sites: readonly { siteId: string; status: SiteStatus; geometry: Polygonal }[];
  /** `landuse=industrial` of 2013, cut to the region. */
  industrial2013: readonly Industrial2013[];
  /** Today's land use, every class. */
  landuseToday: readonly LanduseToday[];
  /** Today's `landuse=industrial`, cut to the region. */
  industrialToday: readonly Polygonal[];
  /** The app's NO2 surface (`no2Surface` of the no2-points layer in degrees); null when there is none. */
  no2: No2Surface | null;
  /** Metro and tram stops (the metric index's `metro` and `tram`). */
  metroTramStops: readonly PointIndex[];
  /** Residents per census row; employed residents per row of the activity table (0 for other statuses). */
  census: { residents: readonly CensusCount[]; employed: readonly CensusCount[] };
  builtAt: string;
}

/** Settings, stated to the user in `planner.json`'s parameters. */
export const defaultPlannerOptions = {
  /** EU annual NO2 limit from 2030 (Directive (EU) 2024/2881), µg/m³. */
  eu2030No2UgM3: 20,
  /** Distance to a metro or tram stop (straight line), metres. */
  stopDistanceM: 400,
  /** Side of the cells the NO2 surface is sampled on, metres. */
  no2CellM: 50,
  /** Side of the cells that decide nearness to a stop, metres. */
  transitCellM: 10,
  /** Lost pieces smaller than this are counted but not drawn (m²). */
  minLossPieceM2: 100,
};

/** Planner settings. */
export type PlannerOptions = typeof defaultPlannerOptions;

/** Region meta. */
const regionMeta = { code: 'region', kind: 'region', nameFr: 'Région de Bruxelles-Capitale', nameNl: 'Brussels Hoofdstedelijk Gewest', nis: '04000' } as const;

/** The planner data and the lost pieces (`land-losses`, Lambert 72 geometry) with the id of their 2013 polygon. */
export interface PlannerOutput {
  data: PlannerData;
  losses: { sourceId: string; feature: Feature<Polygonal, LandLossProperties> }[];
}

/** Computes every planner figure. */
export function buildPlanner(inputs: PlannerInputs, options: Partial<PlannerOptions> = {}): PlannerOutput {
  const o = { ...defaultPlannerOptions, ...options };
  const part = buildPartition(inputs.sectors.map((s) => s.geometry));
  const sums = inputs.sectors.map((): AreaSums => emptySums());
  const no2At = inputs.no2 ? no2CellValues(inputs.no2, o.no2CellM) : () => -1;
  const no2Over = (g: Polygonal) => no2SumsOver(prepareSite(g), o.no2CellM, no2At, o.eu2030No2UgM3);

  inputs.sectors.forEach((s, k) => {
    sums[k]!.areaM2 = areaM2(s.geometry);
    sums[k]!.no2All = no2Over(s.geometry);
  });
  for (const site of inputs.sites) {
    for (const p of splitByAreas(site.geometry, part)) {
      const t = sums[p.area]!;
      t.productiveM2[site.status] += p.areaM2;
      addNo2Sums(t.no2Productive, no2Over(p.geometry));
      t.productiveNearStopsM2 += areaNearStopsM2(prepareSite(p.geometry), inputs.metroTramStops, o.stopDistanceM, o.transitCellM);
    }
  }

  const fates = fatesOf2013(inputs.industrial2013, inputs.landuseToday);
  const sites = buildPolygonIndex(inputs.sites, (s) => s.geometry);
  const losses: PlannerOutput['losses'] = [];
  for (const f of fates) {
    for (const p of splitByAreas(f.own, part)) sums[p.area]!.industrial2013M2 += p.areaM2;
    if (f.still) for (const p of splitByAreas(f.still, part)) sums[p.area]!.stillIndustrialM2 += p.areaM2;
    for (const l of f.lost) {
      const pieces = splitByAreas(l.geometry, part);
      // `other` is the remainder per area (aggregate.ts): its pieces are drawn, not added.
      if (l.category !== 'other') for (const p of pieces) sums[p.area]!.lostM2[l.category] += p.areaM2;
      const m2 = areaM2(l.geometry);
      if (m2 < o.minLossPieceM2) continue;
      const byNis = new Map<string, number>();
      for (const p of pieces) byNis.set(inputs.sectors[p.area]!.nis, (byNis.get(inputs.sectors[p.area]!.nis) ?? 0) + p.areaM2);
      const nis = [...byNis].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? '';
      const [lon, lat] = toWgs84(representativePoint(prepareSite(l.geometry)));
      const properties: LandLossProperties = {
        lossId: `loss-${f.source.id}-${l.category}`,
        nis,
        category: l.category,
        landuseToday: l.landuseToday,
        name2013: f.source.name,
        areaM2: Math.round(m2),
        siteId: overlappingSite(l.geometry, sites),
        lon: Math.round(lon * 1e6) / 1e6,
        lat: Math.round(lat * 1e6) / 1e6,
      };
      losses.push({ sourceId: f.source.id, feature: { type: 'Feature', geometry: l.geometry, properties } });
    }
  }
  for (const g of newIndustrial(inputs.industrialToday, inputs.industrial2013.map((f) => f.geometry))) {
    for (const p of splitByAreas(g, part)) sums[p.area]!.newIndustrialM2 += p.areaM2;
  }

  const census = joinCensus(inputs.sectors.map((s) => s.code), inputs.census.residents, inputs.census.employed);
  inputs.sectors.forEach((s, k) => Object.assign(sums[k]!, census.bySector.get(s.code)));

  const sectors = inputs.sectors.map((s, k) => finishArea({ code: s.code, kind: 'sector', nameFr: s.nameFr, nameNl: s.nameNl, nis: s.nis }, sums[k]!));
  const regionSums = emptySums();
  const municipalities: PlannerArea[] = inputs.municipalities.map((m) => {
    const t = emptySums();
    inputs.sectors.forEach((s, k) => s.nis === m.nis && addSums(t, sums[k]!));
    const extra = census.withoutSectorByNis.get(m.nis);
    if (extra) [t.residents, t.employedResidents] = [addKnown(t.residents, extra.residents), addKnown(t.employedResidents, extra.employedResidents)];
    addSums(regionSums, t);
    return finishArea({ code: m.nis, kind: 'municipality', nameFr: m.nameFr, nameNl: m.nameNl, nis: m.nis }, t);
  });
  // Census codes whose NIS is no municipality of the region still count in the region (none in the 2021 data).
  const known = new Set(inputs.municipalities.map((m) => m.nis));
  const stray = census.report.rowsWithoutSector.filter((r) => !known.has(nisOfSector(r.code)));
  const region = finishRegion(regionMeta, municipalities, regionSums);
  for (const r of stray) [region.residents, region.employedResidents] = [addKnown(region.residents, r.residents), addKnown(region.employedResidents, r.employedResidents)];

  return {
    data: {
      version: 1,
      builtAt: inputs.builtAt,
      region,
      municipalities,
      sectors,
      census: census.report,
      parameters: { eu2030No2UgM3: o.eu2030No2UgM3, stopDistanceM: o.stopDistanceM, no2CellM: o.no2CellM },
    },
    losses: losses.sort((a, b) => a.feature.properties.lossId.localeCompare(b.feature.properties.lossId)),
  };
}

/** The site sharing the most land with the piece (at least 1 m², digitising noise aside), '' for none. */
function overlappingSite(g: Polygonal, sites: ReturnType<typeof buildPolygonIndex<PlannerInputs['sites'][number]>>): string {
  let best = '';
  let bestM2 = 1;
  for (const k of candidates(sites, polyBox(g))) {
    const s = sites.items[k]!;
    const cut = intersectPolys(g, s.geometry);
    const m2 = cut ? areaM2(cut) : 0;
    if (m2 > bestM2) [best, bestM2] = [s.siteId, m2];
  }
  return best;
}
