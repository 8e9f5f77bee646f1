/**
 * Truck access of every site over the 2013 road network (OpenStreetMap as of 1 January 2013, the newest road data
 * available here: some roads have changed since): road km and truck minutes to the nearest motorway access, the
 * route for the map, and road km to the nearest canal quay. The routing is `src/core/access/roads.ts`; this step
 * feeds it the pipeline's layers and checks the figures (detour ratios) in its summary.
 *
 * Two multi-source searches on the reversed graph serve all sites at once: from every motorway access (fastest
 * truck time, metres alongside) and from every canal quay node (shortest road distance).
 */
import type { Feature, Geometry, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import {
  buildGateIndex,
  buildRoadGraph,
  canalQuayNodes,
  siteGates,
  defaultRoadOptions,
  lineToWgs84,
  motorwayAccessNodes,
  searchToMotorway,
  searchToQuay,
  siteRoute,
  type RoadOptions,
  type RoadTags,
} from '../../src/core/access/roads.ts';
import { prepareSite } from '../../src/core/geo/geom.ts';
import { loadGeoJsonL72 } from './load.ts';
import { sourceOf, type RepairBook } from './repairs.ts';

/** What the step needs; every geometry in Lambert 72 metres. */
export interface RoadAccessInput {
  /** The sites (the pipeline's `sites`), with their `siteId`. */
  sites: readonly Feature<Polygon | MultiPolygon, { siteId: string }>[];
  /**
   * The `roads` layer of run.ts (2013 major roads and minor streets within 2 km of the region): each feature's OSM
   * tags (`highway`, `oneway`, `junction`, `access`, `hgv`, `maxspeed`, `bridge`, …) are read from the source
   * feature it was made from (`sourceOf`); features read straight from the 2013 files work as they are.
   */
  roads: readonly Feature<Geometry | null, unknown>[];
  /** The `canal` layer: water=canal areas and the navigable canals' axes. */
  canal: readonly Feature<Geometry | null, unknown>[];
  /** Optional motorway junctions of 2013 (points): only a check in the summary (how many accesses used lie near one). */
  junctions?: readonly Feature<Geometry | null, unknown>[];
  /** Routing settings (speeds, snapping, gate and quay distances); `defaultRoadOptions` when absent. */
  options?: Partial<RoadOptions>;
  /** Summary lines go here (none when absent). */
  log?: (line: string) => void;
}

/** Truck access of one site; NaN (and a null route) when no motorway access or quay is reachable over the roads kept. */
export interface RoadAccessResult {
  /** Road km from the site's gate to the nearest motorway access (along the fastest truck route), 2 decimals. */
  roadKmToMotorway: number;
  /** Truck minutes along that route at the assumed speeds, 1 decimal. */
  truckMinToMotorway: number;
  /** Road km from the site's gate to the nearest canal quay (shortest road distance), 2 decimals. */
  roadKmToCanalQuay: number;
  /** The route to the motorway (WGS84, 5 decimals), null when none. */
  motorwayRoute: LineString | MultiLineString | null;
}

/** Per-site extras for the checks (not written). */
export interface RoadAccessDetail {
  /** Road km to the motorway access, unrounded. */
  roadKmToMotorway: number;
  /** Straight km from the gate to the motorway access reached. */
  straightKmToMotorway: number;
  /** No drivable 2013 road lies within `maxConnectorM` of the site (every result NaN). */
  noRoad: boolean;
  /** Metres from the site to its gate for the motorway (0 when the gate touches or lies inside the site). */
  gateM: number;
}

/** What `roadAccessReport` gives: the results per site, the checks and the summary lines. */
export interface RoadAccessReport {
  bySite: Map<string, RoadAccessResult>;
  details: Map<string, RoadAccessDetail>;
  summary: string[];
  graph: { nodes: number; links: number; arcs: number; waysUsed: number; waysSkipped: number; motorwayAccesses: number; quayNodes: number };
}

const round = (x: number, d: number): number => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : NaN);

/** The OSM tags of a road feature: those of the source feature it was made from, else its own properties. */
function tagsOf(f: Feature<Geometry | null, unknown>): RoadTags {
  const p = f.properties;
  if (!p || typeof p !== 'object') return {};
  return sourceOf(p) as RoadTags;
}

/** Median, min and max of the finite values, and how many are not finite. */
export function spread(values: readonly number[]): { median: number; min: number; max: number; n: number; missing: number } {
  const v = values.filter(Number.isFinite).sort((a, b) => a - b);
  const mid = v.length / 2;
  const median = v.length === 0 ? NaN : v.length % 2 ? v[Math.floor(mid)]! : (v[mid - 1]! + v[mid]!) / 2;
  return { median, min: v[0] ?? NaN, max: v[v.length - 1] ?? NaN, n: v.length, missing: values.length - v.length };
}

const fmt = (s: ReturnType<typeof spread>, d = 2): string =>
  s.n === 0 ? `none of ${s.missing}` : `median ${s.median.toFixed(d)}, range ${s.min.toFixed(d)}–${s.max.toFixed(d)} (${s.n} sites${s.missing ? `, ${s.missing} NaN` : ''})`;

/** Straight distances shorter than this (metres) give no detour ratio (a ratio of two short lengths says little). */
export const minStraightForRatioM = 200;

/** Computes the truck access of every site, with the checks and summary lines. */
export function roadAccessReport(input: RoadAccessInput): RoadAccessReport {
  const o: RoadOptions = { ...defaultRoadOptions, ...input.options };
  const graph = buildRoadGraph(input.roads.map((f) => ({ type: 'Feature', geometry: f.geometry, properties: tagsOf(f) })), o);
  const gates = buildGateIndex(graph);
  const accesses = motorwayAccessNodes(graph);
  const toMotorway = searchToMotorway(graph, accesses);
  const quays = canalQuayNodes(graph, input.canal, o.quayM);
  const toQuay = searchToQuay(graph, quays);

  const bySite = new Map<string, RoadAccessResult>();
  const details = new Map<string, RoadAccessDetail>();
  const usedAccesses = new Set<number>();
  for (const s of input.sites) {
    const id = s.properties.siteId;
    const mw = siteRoute(gates, toMotorway, s.geometry, o);
    const quay = siteRoute(gates, toQuay, s.geometry, o);
    if (mw) usedAccesses.add(mw.target);
    bySite.set(id, {
      roadKmToMotorway: round(mw ? mw.also / 1000 : NaN, 2),
      truckMinToMotorway: round(mw ? mw.cost / 60 : NaN, 1),
      roadKmToCanalQuay: round(quay ? quay.cost / 1000 : NaN, 2),
      motorwayRoute: mw ? lineToWgs84(mw.coordinates, o.routeSimplifyM) : null,
    });
    const noRoad = !mw && !quay && siteGates(gates, prepareSite(s.geometry), o.maxConnectorM).length === 0;
    details.set(id, { roadKmToMotorway: mw ? mw.also / 1000 : NaN, straightKmToMotorway: mw ? mw.straightM / 1000 : NaN, noRoad, gateM: mw ? mw.gate.siteM : NaN });
  }

  const rows = [...bySite.entries()];
  const ratios = [...details.values()].map((d) => (d.straightKmToMotorway * 1000 >= minStraightForRatioM ? d.roadKmToMotorway / d.straightKmToMotorway : NaN));
  const shortStraight = [...details.values()].filter((d) => d.straightKmToMotorway * 1000 < minStraightForRatioM).length;
  const farGates = [...details.values()].filter((d) => d.gateM > o.gateM).length;
  const noRoad = [...details.values()].filter((d) => d.noRoad).length;
  const noMotorway = rows.filter(([id, r]) => !details.get(id)!.noRoad && !Number.isFinite(r.roadKmToMotorway)).length;
  const noQuay = rows.filter(([id, r]) => !details.get(id)!.noRoad && !Number.isFinite(r.roadKmToCanalQuay)).length;
  const summary = [
    `    roads of 2013 (OSM 2013-01-01, the newest road data here): ${graph.nodeCount} nodes, ${graph.linkCount} links, ${graph.arcCount} one-way arcs from ${graph.ways.used} ways (${graph.ways.skipped} not drivable by truck)`,
    `    ${accesses.length} motorway accesses, ${quays.length} canal quay nodes (road nodes within ${o.quayM} m of canal water)`,
    `    road km to motorway:   ${fmt(spread(rows.map(([, r]) => r.roadKmToMotorway)))}`,
    `    truck min to motorway: ${fmt(spread(rows.map(([, r]) => r.truckMinToMotorway)), 1)}`,
    `    road km to canal quay: ${fmt(spread(rows.map(([, r]) => r.roadKmToCanalQuay)))}`,
    `    detour road/straight km to the same access: ${fmt(spread(ratios))}; ${shortStraight} sites with the access under ${minStraightForRatioM} m away not rated`,
    `    NaN: ${noRoad} sites with no drivable 2013 road within ${o.maxConnectorM} m, ${noMotorway} with no motorway access reachable over the roads kept (2 km band, as far as the 2013 extract goes), ${noQuay} with no quay reachable`,
    `    ${farGates} sites reach the roads ${o.gateM}–${o.maxConnectorM} m from their edge; ${usedAccesses.size} distinct motorway accesses used`,
  ];
  if (input.junctions) {
    const pts = input.junctions.flatMap((f) => (f.geometry?.type === 'Point' ? [(f.geometry as Point).coordinates] : []));
    const near = [...usedAccesses].filter((n) => pts.some((p) => Math.hypot(p[0]! - graph.nodeXY[2 * n]!, p[1]! - graph.nodeXY[2 * n + 1]!) <= 1000)).length;
    summary.push(`    ${near} of ${usedAccesses.size} accesses used lie within 1 km of one of the ${pts.length} motorway junctions of 2013 (most junctions outside the region are missing from that file)`);
  }
  for (const line of summary) input.log?.(line);
  return {
    bySite,
    details,
    summary,
    graph: { nodes: graph.nodeCount, links: graph.linkCount, arcs: graph.arcCount, waysUsed: graph.ways.used, waysSkipped: graph.ways.skipped, motorwayAccesses: accesses.length, quayNodes: quays.length },
  };
}

/** Truck access of every site by `siteId` (see `roadAccessReport` for the checks). */
export function roadAccess(input: RoadAccessInput): Map<string, RoadAccessResult> {
  return roadAccessReport(input).bySite;
}

/** The routing's parameters as stated to the user (`AccessReach.parameters`): speeds km/h, distances m. */
export function roadAccessParameters(options: Partial<RoadOptions> = {}): Record<string, number | string> {
  const o: RoadOptions = { ...defaultRoadOptions, ...options };
  const out: Record<string, number | string> = {
    roadData: 'OpenStreetMap as of 2013-01-01, the newest road data available here (some roads have changed since)',
    truckSpeeds: 'assumptions for a loaded truck in Brussels traffic, per OSM road class, capped by a lower tagged maxspeed',
    motorwayAccess: 'where a truck from an ordinary road enters a motorway or motorway ramp (fastest truck route)',
    canalQuay: `road node within ${o.quayM} m of canal water, off bridges (shortest road distance)`,
    siteGateM: o.gateM,
    siteMaxConnectorM: o.maxConnectorM,
    routeSimplifyM: o.routeSimplifyM,
  };
  for (const [cls, kmh] of Object.entries(o.speedKmh)) out[`truckKmh.${cls}`] = kmh;
  return out;
}

/** The 2013 motorway junctions of the mirror (Lambert 72 points), for the summary's check. */
export const motorwayJunctionsFile = 'osm-bxl-2013/motorway_junctions_osm_2013.geojson';

/** Reads the 2013 motorway junctions (Lambert 72), recording repairs in `book`. */
export function readMotorwayJunctions(sourceDir: string, book: RepairBook): Feature<Geometry, Record<string, unknown>>[] {
  return loadGeoJsonL72(sourceDir, motorwayJunctionsFile, book);
}
