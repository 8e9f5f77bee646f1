/**
 * The data pipeline: reads the mirror, builds every layer in Lambert 72, computes site metrics,
 * writes WGS84 FlatGeobuf files and a manifest into a fresh directory, then swaps it in, so a
 * failed run leaves the previous `geodata/` intact. A run with unchanged inputs is a no-op.
 */
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Polygon } from 'geojson';
import { buildMetricIndex } from '../../src/core/geo/metrics.ts';
import { buildMetricContext, communeFinder, type ContextLayers } from '../../src/core/geo/metricContext.ts';
import { buildSites, type SiteInputs, type SitesReport } from './sites.ts';
import { siteLanduses, siteStatuses, type LayerId, type Manifest, type ManifestLayer, type SiteSummary } from '../../src/core/types.ts';
import { prepareSite, siteArea } from '../../src/core/geo/geom.ts';
import { PipelineError } from './errors.ts';
import { writeLayer } from './write.ts';
import * as L from './layers.ts';
import type { Region } from './region.ts';
import { loadGeoJsonL72 } from './load.ts';
import { checkLayerCounts } from './counts.ts';
import { layerReads } from './layerReads.ts';
import { derivedFrom, layerRepairReport, RepairBook, type LayerRepairs } from './repairs.ts';
import { accessSource, attributionOf, basemapArchives, basemapSource, inputFiles, layerSources, plannerSource } from './sources.ts';
import { buildPlannerLayers, plannerSummary } from './planner.ts';
import type { PlannerData } from '../../src/core/planner/types.ts';
import { buildAccess, type TransitAccessReport } from './access.ts';

/** File of the planner view's indicators in the output directory. */
export const plannerFile = 'planner.json';
/** File of the access by the real networks (`core/access/types.ts` AccessReach) in the output directory. */
export const accessFile = 'access-reach.json';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Pipeline settings. */
export const defaultPipelineOptions = {
  /** Mirror directory holding the raw files (the `raw/` folder of ../shared/data). */
  sourceDir: resolve(root, '../shared/data/raw'),
  /** Output directory served by the app. */
  outDir: resolve(root, 'geodata'),
  /** Rebuild even when the inputs and the pipeline code are unchanged. */
  force: false,
  /** Context layers keep what lies within this distance of the region (metres), so border distances stay right. */
  contextBufferM: 2000,
  /** Build date (ISO `YYYY-MM-DD`): status rules treat end dates before it as passed. */
  asOf: new Date().toISOString().slice(0, 10),
  /** A layer keeping fewer than this share of its feature count in the previous build's manifest fails the build (0–1). */
  minCountShare: 0.5,
  /** Accept layers that fell below `minCountShare` of their previous count (`--accept-drops`). */
  acceptDrops: false,
  /** Progress lines go here. */
  log: (line: string) => console.log(line),
};

/** Pipeline settings. */
export type PipelineOptions = typeof defaultPipelineOptions;

/** What a run did. */
export interface PipelineResult {
  status: 'built' | 'up-to-date';
  manifest: Manifest;
  steps: { name: string; ms: number }[];
  totalMs: number;
  /** Invalid geometries repaired or dropped, per layer: counts, counts per kind and named examples. */
  repairs?: Partial<Record<LayerId, LayerRepairs>>;
  /** Site cleaning and status counts. */
  sites?: SitesReport;
  /** The planner view's figures written to `planner.json`. */
  planner?: PlannerData;
  /** What the access step found (transit network, validation, census gaps) and the size of `access-reach.json` (bytes, raw and gzipped). */
  access?: { transit: TransitAccessReport; bytes: number; gzipBytes: number };
}

/** Files whose content defines the output besides the inputs: a code change forces a rebuild. */
function codeFiles(): string[] {
  const dirs = ['scripts/pipeline', 'src/core/geo', 'src/core/status', 'src/core/planner', 'src/core/access'];
  const files = dirs.flatMap((d) => readdirSync(join(root, d)).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => join(root, d, f)));
  return [...files, join(root, 'src/core/validate.ts'), join(root, 'src/core/types.ts')].sort();
}

/** Fingerprint of every input file and of the pipeline code (SHA-256). */
function fingerprint(sourceDir: string): string {
  const h = createHash('sha256');
  const inputs = [...Object.values(inputFiles), ...basemapArchives.map((n) => `osm-pasloin-tiles/${n}.pmtiles`)].sort();
  for (const rel of inputs) {
    const file = join(sourceDir, rel);
    if (!existsSync(file)) throw new PipelineError(file, 'file not found (is the data mirror at the expected place? use --source DIR)');
    h.update(rel).update(readFileSync(file));
  }
  for (const file of codeFiles()) h.update(relative(root, file)).update(readFileSync(file));
  return h.digest('hex').slice(0, 16);
}

function readManifest(outDir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(join(outDir, 'manifest.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/** The pipeline's layers in Lambert 72, before anything is measured or written. */
export interface PipelineLayers {
  region: Region;
  sectorRows: Awaited<ReturnType<typeof L.readSectors>>;
  communes: L.L72Feature[];
  /** Land use of today (all classes), read once for the sites, housing and the planner. */
  landuse: ReturnType<typeof loadGeoJsonL72>;
  zones: L.L72Feature<Polygon | MultiPolygon>[];
  siteShapes: ReturnType<typeof L.buildSiteShapes>;
  housing: L.L72Feature[];
  stops: L.L72Feature[];
  transitLines: L.L72Feature[];
  stations: L.L72Feature[];
  sidings: L.L72Feature[];
  canal: L.L72Feature[];
  cycle: L.L72Feature[];
  villo: L.L72Feature[];
  no2: L.L72Feature[];
  roads: L.L72Feature[];
  sensitive: L.L72Feature[];
  workshops: L.L72Feature[];
}

/**
 * Reads the mirror and builds every layer sites are cut from and measured against (Lambert 72), recording repairs
 * in `book`; `step` is called after each group, as `runPipeline` logs it. Exported for the tests that compare the
 * pipeline with the browser's measurement of user sites.
 */
export async function buildPipelineLayers(sourceDir: string, buffer: number, book: RepairBook, step: (name: string, detail?: string) => void = () => {}): Promise<PipelineLayers> {
  const region = await L.buildRegion(sourceDir, book);
  step('region outline');
  const sectorRows = await L.readSectors(sourceDir, book);
  const communes = L.buildCommunes(sectorRows, region);
  step('communes (dissolve sectors)', `${communes.length} municipalities`);

  const landuse = loadGeoJsonL72(sourceDir, inputFiles.landuse, book);
  // Sites include the industrial zones: land use is cut to the region once for both.
  const candidateLand = L.landuseInRegion(landuse, L.siteLanduseClasses, region);
  const zones = candidateLand
    .filter((f) => f.properties.landuse === 'industrial')
    .map((f) => ({ ...f, properties: derivedFrom({ zoneId: `zone-${L.geometryKey(f.geometry)}`, name: String(f.properties.name ?? ''), areaM2: 0 }, f.properties) }));
  const siteShapes = L.buildSiteShapes(candidateLand);
  const housing = L.buildHousing(landuse, region, buffer);
  step('land use', `${zones.length} zones, ${siteShapes.length} sites, ${housing.length} housing`);

  const stops = L.buildStops(sourceDir, region, buffer, book);
  const transitLines = L.buildTransitLines(sourceDir, region, buffer, book);
  const stations = L.buildRailStations(sourceDir, region, buffer, book);
  const railway = loadGeoJsonL72(sourceDir, inputFiles.railway, book);
  const sidings = L.buildRailSidings(railway, region, buffer);
  const canal = L.buildCanal(sourceDir, region, buffer, book);
  const cycle = L.buildCycleRoutes(sourceDir, region, buffer, book);
  const villo = L.buildVillo(sourceDir, region, buffer, book);
  step('mobility layers', `${stops.length} stops, ${stations.length} stations, ${sidings.length} sidings`);
  const no2 = L.buildNo2Points(sourceDir, region, buffer, book);
  const roads = L.buildRoads(sourceDir, region, buffer, book);
  const poi = loadGeoJsonL72(sourceDir, inputFiles.poi, book);
  const sensitive = L.buildSensitive(poi, region, buffer);
  const workshops = L.buildWorkshops(poi, region, buffer);
  step('air, roads, places', `${no2.length} NO2 points, ${roads.length} roads`);
  return { region, sectorRows, communes, landuse, zones, siteShapes, housing, stops, transitLines, stations, sidings, canal, cycle, villo, no2, roads, sensitive, workshops };
}

/** The context layers sites are measured against: the very features written to their `geodata/` files. */
export function contextLayersOf(l: PipelineLayers): ContextLayers {
  return {
    stops: l.stops,
    railStations: l.stations,
    railSidings: l.sidings,
    canal: l.canal,
    cycleRoutes: l.cycle,
    roads: l.roads,
    villo: l.villo,
    no2: l.no2,
    housing: l.housing,
    productiveZones: l.zones,
    sensitive: l.sensitive,
    workshops: l.workshops,
  };
}

/** Runs the whole pipeline; throws PipelineError on bad input, leaving the previous output untouched. */
export async function runPipeline(options: Partial<PipelineOptions> = {}): Promise<PipelineResult> {
  const o: PipelineOptions = { ...defaultPipelineOptions, ...options };
  const started = performance.now();
  const steps: PipelineResult['steps'] = [];
  let t = performance.now();
  const step = (name: string, detail = ''): void => {
    const ms = performance.now() - t;
    steps.push({ name, ms });
    o.log(`  ✓ ${name.padEnd(28)} ${ms.toFixed(0).padStart(6)} ms${detail ? `  ${detail}` : ''}`);
    t = performance.now();
  };

  if (!existsSync(o.sourceDir) || !statSync(o.sourceDir).isDirectory()) {
    throw new PipelineError(o.sourceDir, 'source directory not found; expected the mirror of ../shared/data/raw (use --source DIR)');
  }
  o.log(`Building geodata from ${o.sourceDir}`);
  const inputsHash = fingerprint(o.sourceDir);
  const previous = readManifest(o.outDir);
  if (!o.force && previous?.inputsHash === inputsHash && previous.layers.every((l) => existsSync(join(o.outDir, l.file))) && existsSync(join(o.outDir, plannerFile)) && existsSync(join(o.outDir, accessFile))) {
    o.log(`  geodata/ is up to date (inputs ${inputsHash}); use --force to rebuild`);
    return { status: 'up-to-date', manifest: previous, steps: [], totalMs: performance.now() - started };
  }
  step('fingerprint inputs', inputsHash);

  const book = new RepairBook();
  const layersL72 = await buildPipelineLayers(o.sourceDir, o.contextBufferM, book, step);
  const { region, sectorRows, communes, landuse, zones, siteShapes, housing, stops, transitLines, stations, sidings, canal, cycle, villo, no2, roads, sensitive, workshops } = layersL72;
  const regionFeature: L.L72Feature = { type: 'Feature', geometry: region.geometry, properties: { nameFr: 'Région de Bruxelles-Capitale', nameNl: 'Brussels Hoofdstedelijk Gewest' } };

  // The same context, filters and finders as the user's own sites measured in the browser (core/geo/metricContext.ts).
  const index = buildMetricIndex(buildMetricContext(contextLayersOf(layersL72)));
  step('spatial indexes');

  const landuse2013 = loadGeoJsonL72(o.sourceDir, inputFiles.landuse2013, book);
  const built = buildSites(siteShapes, {
    index,
    streets: roads as unknown as SiteInputs['streets'],
    landuse2013,
    communeOf: communeFinder(communes),
    asOf: o.asOf,
  });
  const sites = built.sites;
  for (const z of zones) z.properties.areaM2 = Math.round(siteArea(prepareSite(z.geometry)));
  step('sites: status, address, 2013', `${sites.length} sites`);

  const builtAt = new Date().toISOString();
  const planner = buildPlannerLayers({ sourceDir: o.sourceDir, region, sectorRows, communes, sites, landuse, zones, landuse2013, no2, index, builtAt });
  step('planner: sectors, 2013, NO2', `${planner.sectors.length} sectors, ${planner.losses.length} lost pieces`);

  // Access by the real networks: travel times to the planner's sectors, the labour shed, the road access.
  const access = buildAccess({
    sourceDir: o.sourceDir,
    sites,
    stops,
    transitLines,
    roads,
    canal,
    sectors: planner.sectors,
    sectorWorkforce: planner.data.sectors.map(({ code, residents, employedResidents }) => ({ code, residents, employedResidents })),
    builtAt,
  });
  for (const s of sites) Object.assign(s.properties, access.metrics.get(s.properties.siteId));
  const accessJson = `${JSON.stringify(access.reach)}\n`;
  const accessSize = { bytes: Buffer.byteLength(accessJson), gzipBytes: gzipSync(accessJson).length };
  step('access: transit, roads', `transit ${access.ms.transit.toFixed(0)} ms (${sites.length} sites × ${access.reach.sectors.length} sectors), roads ${access.ms.roads.toFixed(0)} ms; access-reach.json ${(accessSize.bytes / 1024).toFixed(0)} kB (${(accessSize.gzipBytes / 1024).toFixed(0)} kB gzipped)`);

  const layers: [LayerId, L.L72Feature[]][] = [
    ['region', [regionFeature]],
    ['communes', communes],
    ['productive-zones', zones],
    ['sites', sites as unknown as L.L72Feature[]],
    ['transit-stops', stops],
    ['transit-lines', transitLines],
    ['rail-stations', stations],
    ['rail-sidings', sidings],
    ['canal', canal],
    ['cycle-routes', cycle],
    ['villo', villo],
    ['no2-points', no2],
    ['roads', roads],
    ['housing', housing],
    ['sensitive', sensitive],
    ['workshops', workshops],
    ['sectors', planner.sectors],
    ['land-losses', planner.losses],
  ];

  // Checked before anything is written: a refused build leaves the previous output as it was.
  checkLayerCounts(previous, layers.map(([id, features]) => ({ id, features: features.length })), {
    minShare: o.minCountShare,
    acceptDrops: o.acceptDrops,
    manifestPath: join(o.outDir, 'manifest.json'),
  });
  // Sites are rebuilt by sites.ts; their siteId leads back to the source polygon's tags.
  const siteSource = new Map(siteShapes.map((s) => [s.properties.siteId, s.properties.tags]));
  const repairs: Partial<Record<LayerId, LayerRepairs>> = {};
  for (const [id, features] of layers) {
    const kept = id === 'sites' ? sites.map((s) => siteSource.get(s.properties.siteId) ?? s.properties) : features.map((f) => f.properties);
    repairs[id] = layerRepairReport(book, layerReads[id], kept);
  }

  const tmp = `${o.outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'basemap'), { recursive: true });
  try {
    const entries: ManifestLayer[] = layers.map(([id, features]) => {
      const { repaired, dropped, byKind, examples } = repairs[id]!;
      const summary = id === 'sites' ? { siteSummary: siteSummaryOf(built.report) } : {};
      return { ...writeLayer(tmp, id, features), source: layerSources[id], attribution: attributionOf(id), repaired, dropped, repairs: { byKind, examples }, ...summary };
    });
    writeFileSync(join(tmp, plannerFile), `${JSON.stringify(planner.data)}\n`);
    writeFileSync(join(tmp, accessFile), accessJson);
    for (const name of basemapArchives) copyFileSync(join(o.sourceDir, `osm-pasloin-tiles/${name}.pmtiles`), join(tmp, 'basemap', `${name}.pmtiles`));
    const manifest: Manifest = {
      version: 1,
      builtAt,
      sourceDir: o.sourceDir,
      inputsHash,
      basemap: basemapArchives.map((name) => ({ name, file: `basemap/${name}.pmtiles`, sourceLayer: name, source: basemapSource })),
      layers: entries,
      planner: { file: plannerFile, source: plannerSource },
      access: { file: accessFile, source: accessSource },
    };
    writeFileSync(join(tmp, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    step('write FlatGeobuf + manifest');
    swapIn(tmp, o.outDir);
    for (const line of plannerSummary(planner.data)) o.log(line);
    for (const line of access.summary) o.log(line);
    o.log(`  ${accessFile}: ${accessSize.bytes.toLocaleString('en-GB')} bytes, ${accessSize.gzipBytes.toLocaleString('en-GB')} gzipped`);
    return { status: 'built', manifest, steps, totalMs: performance.now() - started, repairs, sites: built.report, planner: planner.data, access: { transit: access.transit, ...accessSize } };
  } catch (e) {
    rmSync(tmp, { recursive: true, force: true });
    throw e;
  }
}

/** The manifest's summary of the sites layer: counts per status and per land-use class, and what cleaning removed. */
function siteSummaryOf(r: SitesReport): SiteSummary {
  const byStatus = Object.fromEntries(siteStatuses.map((st) => [st, siteLanduses.reduce((n, l) => n + r.statusCounts[l][st], 0)])) as SiteSummary['byStatus'];
  const { overlapsResolved, overlapM2, sitesAbsorbed, sliversDropped, smallSitesDropped } = r.geometry;
  return { byStatus, byLanduse: r.statusCounts, uncertain: r.uncertain, overlapsResolved, overlapM2, sitesAbsorbed, sliversDropped, smallSitesDropped, withoutStreet: r.withoutStreet };
}

/** Replaces `outDir` by `tmp` with renames only, so readers never see a half-written directory. */
function swapIn(tmp: string, outDir: string): void {
  const old = `${outDir}.old-${process.pid}`;
  if (existsSync(outDir)) renameSync(outDir, old);
  renameSync(tmp, outDir);
  rmSync(old, { recursive: true, force: true });
}
