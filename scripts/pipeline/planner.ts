/**
 * The planner view's data: gathers what the pipeline already built (sites, land use of today and of 2013, NO2
 * points, metro and tram stops) and the census, hands them to `src/core/planner/build.ts`, and returns the two
 * layers (`sectors`, `land-losses`) and `planner.json`'s content, plus the summary lines the build prints.
 */
import type { FeatureCollection } from 'geojson';
import { projectGeometry, toWgs84 } from '../../src/core/geo/proj.ts';
import { no2Surface } from '../../src/core/geo/no2Grid.ts';
import type { MetricIndex } from '../../src/core/geo/metrics.ts';
import { buildPlanner, type PlannerInputs, type SectorInput } from '../../src/core/planner/build.ts';
import type { Industrial2013 } from '../../src/core/planner/change.ts';
import { lossCategories, type PlannerArea, type PlannerData, type SectorProperties } from '../../src/core/planner/types.ts';
import { siteStatuses, userStatus, type SiteFeature } from '../../src/core/types.ts';
import { readCensus } from './census.ts';
import { PipelineError } from './errors.ts';
import { isPolygonal, str, type L72Feature, type Polygonal, type RawFeature } from './layerReads.ts';
import { geometryKey } from './layers.ts';
import type { Region } from './region.ts';
import { derivedFrom } from './repairs.ts';
import { inputFiles } from './sources.ts';

/** What the planner step reads besides the census (all Lambert 72). */
export interface PlannerLayerInputs {
  sourceDir: string;
  region: Region;
  /** The statistical sectors as read (`readSectors`). */
  sectorRows: RawFeature[];
  communes: L72Feature[];
  sites: SiteFeature[];
  /** Today's OSM land use, every class, as loaded. */
  landuse: RawFeature[];
  /** Today's `landuse=industrial` cut to the region (the productive-zones layer). */
  zones: L72Feature[];
  /** OSM land use of 2013-01-01, as loaded. */
  landuse2013: RawFeature[];
  /** The no2-points layer. */
  no2: L72Feature[];
  /** The metric index: its metro and tram stops. */
  index: MetricIndex;
  builtAt: string;
}

/** The planner's output: planner.json and the two layers, in Lambert 72. */
export interface PlannerLayers {
  data: PlannerData;
  sectors: L72Feature[];
  losses: L72Feature[];
}

/** Statistical sectors cut to the region, with code, NIS and names; a sector without a code stops the build. */
export function sectorsInRegion(rows: RawFeature[], region: Region): (SectorInput & { source: RawFeature['properties'] })[] {
  const out: (SectorInput & { source: RawFeature['properties'] })[] = [];
  rows.forEach((f, i) => {
    const code = str(f.properties.cd_sector);
    if (!/^\d{5}[0-9A-Z-]{4}$/.test(code)) throw new PipelineError(inputFiles.sectors, `expected a Statbel sector code in cd_sector, found '${code}'`, i);
    if (!isPolygonal(f.geometry)) return;
    const geometry = region.clip(f.geometry);
    if (!geometry) return;
    const p = f.properties;
    out.push({ code, nis: str(p.cd_munty_refnis), nameFr: str(p.tx_sector_descr_fr), nameNl: str(p.tx_sector_descr_nl) || str(p.tx_sector_descr_fr), geometry, source: p });
  });
  return out.sort((a, b) => a.code.localeCompare(b.code));
}

/** 2013 `landuse=industrial` cut to the region, with an id from OSM (`w` way, `r` relation) or the geometry. */
export function industrial2013InRegion(landuse2013: RawFeature[], region: Region): (Industrial2013 & { source: RawFeature['properties'] })[] {
  const out: (Industrial2013 & { source: RawFeature['properties'] })[] = [];
  for (const f of landuse2013) {
    if (str(f.properties.landuse) !== 'industrial' || !isPolygonal(f.geometry)) continue;
    const geometry = region.clip(f.geometry);
    if (!geometry) continue;
    const way = str(f.properties.osm_way_id);
    const rel = str(f.properties.osm_id);
    const id = way ? `w${way}` : rel ? `r${rel}` : geometryKey(f.geometry);
    out.push({ id, name: str(f.properties.name), geometry, source: f.properties });
  }
  return out;
}

/** The no2-points layer in degrees as the app reads it (7 decimals), so the surface sampled is the app's. */
function no2PointsWgs84(no2: L72Feature[]): FeatureCollection {
  const round7 = (v: number) => Math.round(v * 1e7) / 1e7;
  return { type: 'FeatureCollection', features: no2.map((f) => ({ ...f, geometry: projectGeometry(f.geometry, (p) => toWgs84(p).map(round7)) })) };
}

/** Builds the planner's data and layers. */
export function buildPlannerLayers(i: PlannerLayerInputs): PlannerLayers {
  const sectors = sectorsInRegion(i.sectorRows, i.region);
  const industrial2013 = industrial2013InRegion(i.landuse2013, i.region);
  const inputs: PlannerInputs = {
    sectors,
    municipalities: i.communes.map((c) => ({ nis: str(c.properties.nis), nameFr: str(c.properties.nameFr), nameNl: str(c.properties.nameNl) })),
    // The pipeline builds the shipped sites only; a user site (status 'user', drawn or imported in the browser)
    // never reaches it, and the planner's figures are about the region's own land: it is skipped if one ever does.
    sites: i.sites.flatMap(({ properties: { siteId, status }, geometry }) => (status === userStatus ? [] : [{ siteId, status, geometry }])),
    industrial2013,
    landuseToday: i.landuse.filter((f) => isPolygonal(f.geometry) && str(f.properties.landuse) !== '').map((f) => ({ landuse: str(f.properties.landuse), geometry: f.geometry as Polygonal })),
    industrialToday: i.zones.map((z) => z.geometry as Polygonal),
    no2: no2Surface(no2PointsWgs84(i.no2)),
    metroTramStops: [i.index.metro, i.index.tram],
    census: readCensus(i.sourceDir),
    builtAt: i.builtAt,
  };
  const out = buildPlanner(inputs);
  const sourceOf = new Map(industrial2013.map((f) => [f.id, f.source]));
  return {
    data: out.data,
    sectors: sectors.map((s) => ({ type: 'Feature', geometry: s.geometry, properties: derivedFrom({ code: s.code, nis: s.nis, nameFr: s.nameFr, nameNl: s.nameNl } satisfies SectorProperties, s.source) })),
    losses: out.losses.map(({ sourceId, feature }) => {
      const source = sourceOf.get(sourceId);
      return { type: 'Feature', geometry: feature.geometry, properties: source ? derivedFrom({ ...feature.properties }, source) : { ...feature.properties } };
    }),
  };
}

const ha = (v: number) => `${v.toLocaleString('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} ha`;
const pct = (v: number | null) => (v === null ? 'n/a' : `${(v * 100).toFixed(1)} %`);
const people = (v: number | null) => (v === null ? 'n/a' : v.toLocaleString('en-GB'));

/** The region's figures as printed at the end of a build (they go into the README). */
export function plannerSummary(d: PlannerData): string[] {
  const r: PlannerArea = d.region;
  const c = r.change2013;
  return [
    `Planner view: region (${d.municipalities.length} municipalities, ${d.sectors.length} statistical sectors, ${ha(r.areaHa)})`,
    `  productive land ${ha(r.productiveTotalHa)} (${pct(r.productiveShare)} of the region): ${siteStatuses.map((s) => `${s} ${ha(r.productiveHa[s])}`).join(', ')}`,
    `  industrial land 2013 ${ha(c.industrial2013Ha)}: still industrial ${ha(c.stillIndustrialHa)}, lost ${ha(c.lostTotalHa)} (${lossCategories.map((k) => `${k} ${ha(c.lostHa[k])}`).join(', ')}); new since ${ha(c.newIndustrialHa)}; net ${ha(c.netHa)} (indicative)`,
    `  residents ${people(r.residents)}, employed residents ${people(r.employedResidents)} (Census 2021); census join: ${d.census.sectorsWithoutRows.length} sectors without a row, ${d.census.rowsWithoutSector.length} codes without a sector (${people(d.census.rowsWithoutSector.reduce((s, x) => s + x.residents, 0))} residents, ${people(d.census.rowsWithoutSector.reduce((s, x) => s + x.employedResidents, 0))} employed)`,
    `  NO2 (surface on ${d.parameters.no2CellM} m cells): mean ${r.no2AllUgM3.toFixed(2)} µg/m³ over the region, ${r.no2ProductiveUgM3?.toFixed(2) ?? 'n/a'} µg/m³ over productive land; productive land above ${d.parameters.eu2030No2UgM3} µg/m³ (EU 2030): ${pct(r.productiveAboveEu2030Share)}`,
    `  productive land within ${d.parameters.stopDistanceM} m of a metro or tram stop: ${pct(r.productiveNearMetroTramShare)}`,
  ];
}
