/**
 * Access by the real networks (issue 13): the nine access metrics of every site and `geodata/access-reach.json`, built
 * in one place from two parts: public transport here (`transitAccess`: travel times to every statistical sector and
 * the labour shed, with the pure model of `src/core/access/transit.ts`) and the roads in `roadAccess.ts`.
 *
 * The STIB network of May 2024: stop sequences per line and direction from STIB's "stops by line" file, joined on the
 * stop id to the `transit-stops` layer (coordinates); each line's mode from STIB's GTFS routes (else the OSM route's
 * mode, else a stated rule); hop lengths along the OSM route relation of the same `ref` where it fits the stops
 * (`src/core/access/routeGeometry.ts`), else the straight line × `hopDetour`. A sector's destination is its
 * representative point (a point inside the sector polygon, `core/geo/geom.ts`; no finer population data is shipped).
 */
import { join } from 'node:path';
import type { Position } from 'geojson';
import { labourShed, reachedSectors, shedBandsMin, type SectorWorkforce, type TransitMetrics } from '../../src/core/access/labourShed.ts';
import { hopsAlongRoute, routeFit, routeGraph, routeMatchOptionsOf, type RouteGraph, type RouteMatchOptions } from '../../src/core/access/routeGeometry.ts';
import {
  buildTransitNetwork,
  defaultTransitOptions,
  siteOrigin,
  transitModes,
  transitScratch,
  travelTimes,
  walkLineStops,
  type TransitLine,
  type TransitMode,
  type TransitNetworkReport,
  type TransitOptions,
  type TransitStop,
} from '../../src/core/access/transit.ts';
import type { AccessMetricKey, AccessReach, SectorMinutes, SiteReach } from '../../src/core/access/types.ts';
import { prepareSite, representativePoint } from '../../src/core/geo/geom.ts';
import type { SiteFeature } from '../../src/core/types.ts';
import { PipelineError } from './errors.ts';
import { str, type L72Feature, type Polygonal } from './layerReads.ts';
import { readBytes, readCsv } from './readers.ts';
import { readMotorwayJunctions, roadAccess, roadAccessParameters } from './roadAccess.ts';
import { RepairBook } from './repairs.ts';
import { inputFiles } from './sources.ts';

/** One line in one direction as STIB lists it. */
export interface LineDirection {
  lineId: string;
  /** STIB's `direction` (`City` or `Suburb`). */
  direction: string;
  /** Terminus (FR). */
  destination: string;
  /** Stop ids in riding order (STIB's `order`). */
  stopIds: string[];
}

const parseMaybeJson = (v: unknown): unknown => {
  if (typeof v !== 'string') return v;
  try {
    return JSON.parse(v);
  } catch {
    return undefined;
  }
};

/** Reads STIB's "stops by line" records (fields may hold JSON text, as the open-data export gives them); a bad record stops the build. */
export function parseStopsByLine(file: string, json: unknown): LineDirection[] {
  if (!Array.isArray(json)) throw new PipelineError(file, 'expected a JSON array of line×direction records');
  return json.map((r: unknown, i): LineDirection => {
    const rec = (r ?? {}) as Record<string, unknown>;
    const lineId = str(rec.lineid);
    if (!lineId) throw new PipelineError(file, 'record without a lineid', i);
    const points = parseMaybeJson(rec.points);
    if (!Array.isArray(points) || points.length === 0) throw new PipelineError(file, `line ${lineId}: points is not a non-empty list of {id, order}`, i);
    const stops = points.map((p: unknown) => {
      const q = (p ?? {}) as Record<string, unknown>;
      const id = str(q.id);
      const order = Number(q.order);
      if (!id || !Number.isFinite(order)) throw new PipelineError(file, `line ${lineId}: point ${JSON.stringify(p)} has no id or no numeric order`, i);
      return { id, order };
    });
    const dest = parseMaybeJson(rec.destination) as Record<string, unknown> | undefined;
    return {
      lineId,
      direction: str(rec.direction),
      destination: str(dest?.fr) || str(dest?.nl),
      stopIds: stops.sort((a, b) => a.order - b.order).map((p) => p.id),
    };
  });
}

/** Mode of each GTFS route by its short name (route_type 0 tram, 1 metro, 3 bus; others ignored). */
export function parseGtfsModes(rows: readonly Record<string, string>[]): Map<string, TransitMode> {
  const byType: Record<string, TransitMode> = { '0': 'tram', '1': 'metro', '3': 'bus' };
  const out = new Map<string, TransitMode>();
  for (const r of rows) {
    const mode = byType[r.route_type ?? ''];
    const name = (r.route_short_name ?? '').trim();
    if (mode && name) out.set(name, mode);
  }
  return out;
}

/**
 * Modes of lines neither the GTFS routes (December 2024) nor the OSM routes (2026) know: tram 3 (the North–South
 * premetro axis; it ran in May 2024 and was split in 2024), as the mirror's derived stops file also decides. Any other
 * unknown line (the temporary replacement buses T3, T19, T82 and line 57 of the May 2024 file) counts as a bus.
 */
export const lineModeRules: Readonly<Record<string, TransitMode>> = { '3': 'tram' };

/** Mode of a line and where it was read. */
export function lineModeOf(lineId: string, gtfs: ReadonlyMap<string, TransitMode>, osm: ReadonlyMap<string, TransitMode>): { mode: TransitMode; from: 'gtfs' | 'osm' | 'rule' } {
  const g = gtfs.get(lineId);
  if (g) return { mode: g, from: 'gtfs' };
  const o = osm.get(lineId);
  if (o) return { mode: o, from: 'osm' };
  return { mode: lineModeRules[lineId] ?? 'bus', from: 'rule' };
}

const osmMode = (route: string): TransitMode | undefined => (route === 'subway' ? 'metro' : route === 'tram' ? 'tram' : route === 'bus' ? 'bus' : undefined);

/** The line pieces of a (Multi)LineString feature. */
function pieces(f: L72Feature): Position[][] {
  const g = f.geometry;
  return g.type === 'LineString' ? [g.coordinates] : g.type === 'MultiLineString' ? g.coordinates : [];
}

/** A published running time or length of one line and direction, to check the model against. */
export interface PublishedRun {
  lineId: string;
  /** The terminus the direction runs to (STIB's destination, FR). */
  destination: string;
  minutes?: number;
  km?: number;
  source: string;
}

/** Running times and lengths published for a few lines (end to end, one direction). */
export const publishedRuns: readonly PublishedRun[] = [
  { lineId: '5', destination: 'HERRMANN-DEBROUX', minutes: 35, km: 17.3, source: 'fr.wikipedia "Ligne 5 du métro de Bruxelles" infobox (Erasme – Herrmann-Debroux; its text says about 40 min)' },
  { lineId: '1', destination: 'STOCKEL', km: 12.5, source: 'en.wikipedia "Brussels Metro line 1" infobox (Gare de l\'Ouest – Stockel)' },
  { lineId: '8', destination: 'ROODEBEEK', minutes: 52, km: 13.8, source: 'Avanti wiki (multimob.be) "Vitesse commerciale": Louise – Roodebeek, 52 min in the morning peak, 13.8 km' },
  { lineId: '4', destination: 'STALLE (P)', minutes: 35, km: 10.0, source: 'en.wikipedia "Brussels tram route 4" infobox (Gare du Nord – Stalle)' },
];

/** What the transit part found, for the summary. */
export interface TransitAccessReport {
  network: TransitNetworkReport;
  lineDirections: number;
  modes: Record<TransitMode, number>;
  modeFrom: { gtfs: number; osm: number; rule: string[] };
  /** Line directions whose stops fit an OSM route of the same ref. */
  routesMatched: number;
  /** Median of (distance along the OSM route / straight line) over matched hops longer than 100 m, and their number. */
  matchedHopRatio: { median: number; hops: number };
  /** Sectors without census counts (their people are unknown: never added). */
  sectorsWithoutCensus: string[];
  /** Per band (20, 30, 45 min): sites reaching at least one sector without census counts. */
  sitesReachingUnknown: [number, number, number];
  validation: { run: PublishedRun; modelMin: number; modelKm: number; stops: number }[];
}

/** The transit part's inputs (Lambert 72). */
export interface TransitAccessInput {
  sites: readonly SiteFeature[];
  /** The `transit-stops` layer (`stopId`). */
  stops: readonly L72Feature[];
  /** The `transit-lines` layer (OSM route relations: `ref`, `route`, `operator`). */
  transitLines: readonly L72Feature[];
  /** STIB's stop sequences per line and direction. */
  lineDirections: readonly LineDirection[];
  /** GTFS modes by line short name. */
  gtfsModes: ReadonlyMap<string, TransitMode>;
  /** The statistical sectors in the planner's order, with their census counts. */
  sectors: readonly { code: string; geometry: Polygonal; workforce: SectorWorkforce }[];
  options?: Partial<TransitOptions>;
}

/** One site's transit access. */
export interface SiteTransit {
  metrics: TransitMetrics;
  transit: SectorMinutes[];
}

const median = (xs: readonly number[]): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/** Travel times from every site to every sector and the labour sheds. */
export function transitAccess(input: TransitAccessInput): { bySite: Map<string, SiteTransit>; report: TransitAccessReport; options: TransitOptions } {
  const o: TransitOptions = { ...defaultTransitOptions, ...input.options };
  const ro: RouteMatchOptions = routeMatchOptionsOf(o);
  const stops: TransitStop[] = [];
  const at = new Map<string, [number, number]>();
  for (const f of input.stops) {
    const id = str(f.properties.stopId);
    if (!id || f.geometry.type !== 'Point' || at.has(id)) continue;
    const [x, y] = f.geometry.coordinates as [number, number];
    stops.push({ id, x, y });
    at.set(id, [x, y]);
  }

  // OSM routes by ref (STIB's only), and their mode.
  const osmByRef = new Map<string, L72Feature[]>();
  const osmModes = new Map<string, TransitMode>();
  for (const f of input.transitLines) {
    const ref = str(f.properties.ref);
    const operator = str(f.properties.operator);
    if (!ref || (operator && !/stib|mivb/i.test(operator))) continue;
    osmByRef.set(ref, [...(osmByRef.get(ref) ?? []), f]);
    const m = osmMode(str(f.properties.route));
    if (m && !osmModes.has(ref)) osmModes.set(ref, m);
  }
  const graphs = new Map<L72Feature, RouteGraph>();
  const graphOf = (f: L72Feature) => {
    let g = graphs.get(f);
    if (!g) graphs.set(f, (g = routeGraph(pieces(f), ro)));
    return g;
  };

  const modes = Object.fromEntries(transitModes.map((m) => [m, 0])) as Record<TransitMode, number>;
  const modeFrom = { gtfs: 0, osm: 0, rule: [] as string[] };
  const ratios: number[] = [];
  let routesMatched = 0;
  const lines: (TransitLine & { source: LineDirection })[] = input.lineDirections.map((ld) => {
    const { mode, from } = lineModeOf(ld.lineId, input.gtfsModes, osmModes);
    modes[mode]++;
    if (from === 'rule') modeFrom.rule.push(`${ld.lineId}>${ld.destination} (${mode})`);
    else modeFrom[from]++;
    // Hop lengths along the best-fitting OSM route of the same ref, between consecutive stops with coordinates.
    const knownAt = ld.stopIds.flatMap((id, k) => (at.has(id) ? [k] : []));
    const pts = knownAt.map((k) => at.get(ld.stopIds[k]!)!);
    let hopM: (number | null)[] | undefined;
    let best: { g: RouteGraph; snapped: number; mean: number } | undefined;
    for (const f of osmByRef.get(ld.lineId) ?? []) {
      const g = graphOf(f);
      const fit = routeFit(g, pts, ro);
      if (!best || fit.snapped > best.snapped || (fit.snapped === best.snapped && fit.meanSnapM < best.mean)) best = { g, snapped: fit.snapped, mean: fit.meanSnapM };
    }
    if (best && pts.length > 1 && best.snapped >= ro.minSnapShare * pts.length) {
      routesMatched++;
      const along = hopsAlongRoute(best.g, pts, ro);
      hopM = new Array<number | null>(Math.max(0, ld.stopIds.length - 1)).fill(0);
      along.forEach((d, i) => {
        // The hop into the next stop with coordinates carries the whole length; hops into skipped stops stay 0.
        hopM![knownAt[i + 1]! - 1] = d;
        const straight = Math.hypot(pts[i + 1]![0] - pts[i]![0], pts[i + 1]![1] - pts[i]![1]);
        if (d !== null && straight > 100) ratios.push(d / straight);
      });
    }
    return { id: `${ld.lineId}>${ld.destination}`, mode, stopIds: ld.stopIds, ...(hopM ? { hopM } : {}), source: ld };
  });

  const points = input.sectors.map((s) => {
    const [x, y] = representativePoint(prepareSite(s.geometry));
    return { x, y };
  });
  const net = buildTransitNetwork(stops, lines, points, o);
  const workforce = input.sectors.map((s) => s.workforce);

  const bySite = new Map<string, SiteTransit>();
  const scratch = transitScratch(net);
  const sitesReachingUnknown: [number, number, number] = [0, 0, 0];
  for (const site of input.sites) {
    const { destMin } = travelTimes(net, siteOrigin(prepareSite(site.geometry)), scratch);
    const transit = reachedSectors(destMin, o.maxMinutes);
    const shed = labourShed(transit, workforce);
    shed.sectorsWithoutCensus.forEach((n, b) => n > 0 && sitesReachingUnknown[b]!++);
    bySite.set(site.properties.siteId, { metrics: shed.metrics, transit });
  }

  // End-to-end running times of a few lines as the model rides them (no waits), against published figures.
  const validation = publishedRuns.flatMap((run) => {
    const line = lines.find((l) => l.source.lineId === run.lineId && l.source.destination === run.destination);
    if (!line) return [];
    const speed = ((line.mode === 'metro' ? o.metroKmh : line.mode === 'tram' ? o.tramKmh : o.busKmh) * 1000) / 60;
    let metres = 0;
    let stopsUsed = 0;
    walkLineStops(line, (id) => at.get(id), o.hopDetour, (_, hop) => {
      stopsUsed++;
      metres += hop?.metres ?? 0;
    });
    return [{ run, modelMin: metres / speed, modelKm: metres / 1000, stops: stopsUsed }];
  });

  return {
    bySite,
    options: o,
    report: {
      network: net.report,
      lineDirections: lines.length,
      modes,
      modeFrom,
      routesMatched,
      matchedHopRatio: { median: median(ratios), hops: ratios.length },
      sectorsWithoutCensus: input.sectors.filter((s) => s.workforce.residents === null || s.workforce.employedResidents === null).map((s) => s.code),
      sitesReachingUnknown,
      validation,
    },
  };
}

/** Reads the STIB files the transit part needs besides the layers. */
export function readTransitInputs(sourceDir: string): { lineDirections: LineDirection[]; gtfsModes: Map<string, TransitMode> } {
  const sbl = inputFiles.stopsByLine;
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder().decode(readBytes(join(sourceDir, sbl))));
  } catch (e) {
    if (e instanceof PipelineError) throw e;
    throw new PipelineError(sbl, `not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
  }
  return { lineDirections: parseStopsByLine(sbl, json), gtfsModes: parseGtfsModes(readCsv(join(sourceDir, inputFiles.gtfsRoutes))) };
}

/** Everything the access step reads (Lambert 72). */
export interface AccessInputs {
  sourceDir: string;
  sites: readonly SiteFeature[];
  stops: readonly L72Feature[];
  transitLines: readonly L72Feature[];
  roads: readonly L72Feature[];
  canal: readonly L72Feature[];
  /** The planner's sectors (`sectors` layer features, `code`) and their indicators, in the same order. */
  sectors: readonly L72Feature[];
  sectorWorkforce: readonly (SectorWorkforce & { code: string })[];
  builtAt: string;
  transitOptions?: Partial<TransitOptions>;
}

/** What the access step gives the pipeline. */
export interface AccessResult {
  reach: AccessReach;
  /** The nine access metrics per site id. */
  metrics: Map<string, Record<AccessMetricKey, number>>;
  transit: TransitAccessReport;
  /** Lines for the build log. */
  summary: string[];
  /** Time taken by each part, ms. */
  ms: { transit: number; roads: number };
}

/** Builds the access metrics of every site and `access-reach.json` (transit here, roads in `roadAccess.ts`). */
export function buildAccess(i: AccessInputs): AccessResult {
  if (i.sectors.length !== i.sectorWorkforce.length) throw new PipelineError('access', `${i.sectors.length} sector polygons but ${i.sectorWorkforce.length} sector indicators`);
  const sectors = i.sectors.map((f, k) => {
    const code = str(f.properties.code);
    const w = i.sectorWorkforce[k]!;
    if (code !== w.code) throw new PipelineError('access', `sector ${k}: polygon ${code} but indicators of ${w.code} (the planner's order must be kept)`);
    if (f.geometry.type !== 'Polygon' && f.geometry.type !== 'MultiPolygon') throw new PipelineError('access', `sector ${code} is not a polygon`);
    return { code, geometry: f.geometry, workforce: { residents: w.residents, employedResidents: w.employedResidents } };
  });
  const started = performance.now();
  const { lineDirections, gtfsModes } = readTransitInputs(i.sourceDir);
  const t = transitAccess({ sites: i.sites, stops: i.stops, transitLines: i.transitLines, lineDirections, gtfsModes, sectors, ...(i.transitOptions ? { options: i.transitOptions } : {}) });
  const transitMs = performance.now() - started;
  const roadLog: string[] = [];
  const roads = roadAccess({ sites: i.sites, roads: i.roads, canal: i.canal, junctions: readMotorwayJunctions(i.sourceDir, new RepairBook()), log: (line) => roadLog.push(line) });

  const roadsMs = performance.now() - started - transitMs;
  const metrics = new Map<string, Record<AccessMetricKey, number>>();
  const sites: Record<string, SiteReach> = {};
  for (const s of i.sites) {
    const id = s.properties.siteId;
    const tr = t.bySite.get(id);
    const rd = roads.get(id);
    metrics.set(id, {
      ...(tr?.metrics ?? { residents20MinTransit: NaN, residents30MinTransit: NaN, residents45MinTransit: NaN, employedResidents20MinTransit: NaN, employedResidents30MinTransit: NaN, employedResidents45MinTransit: NaN }),
      roadKmToMotorway: rd?.roadKmToMotorway ?? NaN,
      truckMinToMotorway: rd?.truckMinToMotorway ?? NaN,
      roadKmToCanalQuay: rd?.roadKmToCanalQuay ?? NaN,
    });
    sites[id] = { transit: tr?.transit ?? [], motorwayRoute: rd?.motorwayRoute ?? null };
  }
  const reach: AccessReach = {
    version: 1,
    builtAt: i.builtAt,
    sectors: sectors.map((s) => s.code),
    sites,
    parameters: { ...transitParameters(t.options), ...roadAccessParameters() },
  };
  return { reach, metrics, transit: t.report, summary: [...accessSummary(t.report, t.options, [...metrics.values()], i.sites.length), ...roadLog], ms: { transit: transitMs, roads: roadsMs } };
}

/** The transit model's parameters as stated in `access-reach.json`. */
export function transitParameters(o: TransitOptions): Record<string, number | string> {
  return {
    ...o,
    transitNetwork: 'STIB stops by line 2024-05-11 (stop order), STIB stop coordinates, GTFS routes 2024-12 (modes), OSM route relations 2026-05 (distances along the line where they fit)',
    transitTimes: 'walk to a stop + half the mean headway + ride at the commercial speed (+ transfer walk, wait and penalty per change) + walk to the sector point; or walking all the way, whichever is shorter; whole minutes',
    sectorPoint: 'representative point of the statistical sector (a point inside it); no finer population data',
    siteOrigin: 'the site\'s edge (0 m for a stop inside the site)',
    labourShed: 'Census 2021 residents and employed residents of the sectors reached within 20, 30 and 45 min; sectors without census counts add nothing and are counted apart',
  };
}

const fmt = (v: number) => (Number.isFinite(v) ? Math.round(v).toLocaleString('en-GB') : 'n/a');

/** The build log's lines: network, matching, validation, labour shed (region median and range), census gaps, parameters. */
export function accessSummary(r: TransitAccessReport, o: TransitOptions, metrics: readonly Record<AccessMetricKey, number>[], sites: number): string[] {
  const n = r.network;
  const pct = (a: number, b: number) => (b ? `${((a / b) * 100).toFixed(0)} %` : 'n/a');
  const lines = [
    `Access by public transport (STIB, May 2024): ${r.lineDirections} line directions (metro ${r.modes.metro}, tram ${r.modes.tram}, bus ${r.modes.bus}; mode from GTFS ${r.modeFrom.gtfs}, OSM ${r.modeFrom.osm}, rule ${r.modeFrom.rule.length}${r.modeFrom.rule.length ? `: ${r.modeFrom.rule.join(', ')}` : ''})`,
    `  ${n.stops} stops, ${n.lineStops} line stops, ${n.hops} hops (${n.hopsAlongRoute} = ${pct(n.hopsAlongRoute, n.hops)} measured along an OSM route; ${r.routesMatched} of ${r.lineDirections} line directions matched), ${n.missingStopRefs} stop references without coordinates skipped, ${n.transferLinks} transfer walks, ${n.destinationsWithoutStop} sector points without a stop within ${o.maxAccessWalkM} m`,
    `  along the OSM routes a hop is ${r.matchedHopRatio.median.toFixed(2)} × the straight line (median of ${r.matchedHopRatio.hops} hops over 100 m); unmatched hops use ${o.hopDetour}`,
    '  validation, end-to-end running time as the model rides it (no wait) against published figures:',
    ...r.validation.map(({ run, modelMin, modelKm }) => {
      const km = run.km !== undefined ? `${modelKm.toFixed(1)} km vs ${run.km} km (${(((modelKm - run.km) / run.km) * 100).toFixed(0)} %)` : `${modelKm.toFixed(1)} km`;
      const min = run.minutes !== undefined ? `, ${modelMin.toFixed(0)} min vs ${run.minutes} min (${(((modelMin - run.minutes) / run.minutes) * 100).toFixed(0)} %)` : '';
      return `    line ${run.lineId} to ${run.destination}: ${km}${min} — ${run.source}`;
    }),
    `  labour shed of ${sites} sites (Census 2021, sectors reached within 20/30/45 min): region median [min – max]`,
  ];
  const keys: AccessMetricKey[] = ['residents20MinTransit', 'residents30MinTransit', 'residents45MinTransit', 'employedResidents20MinTransit', 'employedResidents30MinTransit', 'employedResidents45MinTransit'];
  for (const k of keys) {
    const v = metrics.map((m) => m[k]).filter(Number.isFinite);
    lines.push(`    ${k.padEnd(30)} ${fmt(median(v)).padStart(10)}  [${fmt(Math.min(...v))} – ${fmt(Math.max(...v))}]`);
  }
  lines.push(
    `  census: ${r.sectorsWithoutCensus.length} sectors have no census counts (unknown, not counted as 0)${r.sectorsWithoutCensus.length ? `: ${r.sectorsWithoutCensus.slice(0, 8).join(', ')}${r.sectorsWithoutCensus.length > 8 ? ', …' : ''}` : ''}; sites reaching at least one of them within ${shedBandsMin.join('/')} min: ${r.sitesReachingUnknown.join('/')}`,
    `  parameters: ${Object.entries(o).map(([k, v]) => `${k} ${v}`).join(', ')}`,
  );
  return lines;
}
