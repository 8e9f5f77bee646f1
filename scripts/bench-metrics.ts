/**
 * Benchmark of the site metric engine on seeded random data of Brussels size (Lambert 72 metres):
 * indexed nearest-feature queries vs a naive loop over every feature, and full `computeSiteMetrics`;
 * then the same on the pipeline's real layers in `geodata/` when they are all present.
 * Run alone with `npx tsx scripts/bench-metrics.ts`; the lead's `npm run bench` calls `benchMetrics()`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Point, Polygon } from 'geojson';
import { placeMetricKeys } from '../src/core/types.ts';
import { projectFeatureCollection, toLambert72 } from '../src/core/geo/proj.ts';
import { pointSiteDistance, prepareSite, segmentEdgeDistance, type SiteShape } from '../src/core/geo/geom.ts';
import { buildPointIndex, buildShapeIndex, nearestPoint, nearestShape } from '../src/core/geo/spatialIndex.ts';
import {
  buildMetricIndex,
  computeSiteMetrics,
  type MetricContext,
  type No2Props,
  type SiteMetricResult,
  type StopProps,
} from '../src/core/geo/metrics.ts';
import { seededRandom } from './bench-util.ts';

/** Sizes of the seeded data (close to the real Brussels layers). */
export const defaultBenchOptions = {
  /** PRNG seed, so every run measures the same data. */
  seed: 20261126,
  /** Candidate sites (irregular polygons, 30–250 m radius). */
  sites: 500,
  /** STIB stops. */
  stops: 2600,
  /** Road lines (4 segments each). */
  roads: 14000,
  /** NO2 measurement points. */
  no2: 2500,
  /** Housing polygons. */
  housing: 1600,
};

// Lambert 72 box around the Brussels-Capital Region.
const X0 = 140_000;
const Y0 = 160_000;
const SPAN = 20_000;


function blob(rnd: () => number, rMin: number, rMax: number): Polygon {
  const cx = X0 + rnd() * SPAN;
  const cy = Y0 + rnd() * SPAN;
  const n = 8 + Math.floor(rnd() * 32);
  const ring: number[][] = [];
  for (let i = 0; i < n; i++) {
    const a = (i / n) * 2 * Math.PI;
    const r = rMin + rnd() * (rMax - rMin);
    ring.push([cx + r * Math.cos(a), cy + r * Math.sin(a)]);
  }
  ring.push(ring[0] as number[]);
  return { type: 'Polygon', coordinates: [ring] };
}

function walk(rnd: () => number, steps: number, stepM: number): LineString {
  let x = X0 + rnd() * SPAN;
  let y = Y0 + rnd() * SPAN;
  const c = [[x, y]];
  for (let i = 0; i < steps; i++) {
    x += (rnd() - 0.5) * 2 * stepM;
    y += (rnd() - 0.5) * 2 * stepM;
    c.push([x, y]);
  }
  return { type: 'LineString', coordinates: c };
}

const fc = <G extends Point | LineString | Polygon, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });
const ft = <G extends Point | LineString | Polygon, P>(geometry: G, properties: P): Feature<G, P> => ({ type: 'Feature', geometry, properties });
const pt = (rnd: () => number): Point => ({ type: 'Point', coordinates: [X0 + rnd() * SPAN, Y0 + rnd() * SPAN] });

/** Seeded context layers and sites of realistic size. */
export function seededData(o = defaultBenchOptions): { sites: Polygon[]; context: MetricContext } {
  const rnd = seededRandom(o.seed);
  const modes = ['metro', 'tram', 'bus'] as const;
  const classes = ['motorway', 'motorway_link', 'trunk', 'primary', 'secondary', 'tertiary', 'minor', 'minor', 'minor', 'minor'];
  const stops = Array.from({ length: o.stops }, (_, i) =>
    ft<Point, StopProps>(pt(rnd), {
      stopId: String(i), nameFr: `arrêt ${i}`, nameNl: `halte ${i}`,
      lines: [String(Math.floor(rnd() * 90))], modes: [modes[i % 3] ?? 'bus'],
    }));
  const points = (n: number) => fc(Array.from({ length: n }, () => ft(pt(rnd), {})));
  const lines = (n: number, steps: number) => fc(Array.from({ length: n }, () => ft(walk(rnd, steps, 60), {})));
  const context: MetricContext = {
    stops: fc(stops),
    railStations: fc(Array.from({ length: 30 }, (_, i) => ft(pt(rnd), { nameFr: `gare ${i}`, nameNl: `station ${i}` }))),
    railSidings: lines(200, 6),
    canal: fc([ft(walk(rnd, 200, 100), {})]),
    cycleRoutes: lines(600, 8),
    roads: fc(Array.from({ length: o.roads }, (_, i) => ft(walk(rnd, 4, 60), { class: classes[i % classes.length] ?? 'minor' }))),
    villo: points(350),
    no2: fc(Array.from({ length: o.no2 }, (_, i) =>
      ft<Point, No2Props>(pt(rnd), { no2UgM3: 15 + rnd() * 30, source: i % 100 === 0 ? 'irceline' : 'curieuzenair' }))),
    housing: fc(Array.from({ length: o.housing }, () => ft(blob(rnd, 20, 120), {}))),
    productiveZones: fc(Array.from({ length: 80 }, () => ft(blob(rnd, 100, 500), {}))),
    sensitive: points(900),
    workshops: points(400),
  };
  const sites = Array.from({ length: o.sites }, () => blob(rnd, 30, 250));
  return { sites, context };
}

function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const r = fn();
  return [r, performance.now() - t0];
}

function naiveNearestPoint(site: SiteShape, xs: number[], ys: number[]): number {
  let best = Infinity;
  for (let i = 0; i < xs.length; i++) best = Math.min(best, pointSiteDistance(xs[i] as number, ys[i] as number, site));
  return best;
}

function naiveNearestSegment(site: SiteShape, segs: Float64Array): number {
  let best = Infinity;
  for (let k = 0; k < segs.length && best > 0; k += 4) {
    best = segmentEdgeDistance(segs[k] as number, segs[k + 1] as number, segs[k + 2] as number, segs[k + 3] as number, site, best);
  }
  return best;
}

const ms = (v: number): string => `${v.toFixed(1)} ms`;
const perSite = (total: number, n: number): string => `${(total / Math.max(1, n)).toFixed(3)} ms/site`;
/** Sites on which the naive all-features loops are timed. */
const naiveSites = 100;

/** Times indexed vs naive nearest queries and the whole engine on one data set; returns printable lines. */
function measure(sites: (Polygon | MultiPolygon)[], context: MetricContext): { lines: string[]; results: SiteMetricResult[] } {
  const out: string[] = [];
  const shapes = sites.map(prepareSite);
  const n = sites.length;
  // The naive loops run on a slice only: on all sites they would take tens of seconds on 2 cores.
  const naiveShapes = shapes.slice(0, naiveSites);
  const nn = Math.max(1, naiveShapes.length);

  // Nearest stop: kdbush search vs loop over every stop.
  const xs = context.stops.features.map((f) => f.geometry.coordinates[0] as number);
  const ys = context.stops.features.map((f) => f.geometry.coordinates[1] as number);
  const [stopIdx, stopBuildMs] = time(() => buildPointIndex(context.stops.features));
  const [fast, fastMs] = time(() => shapes.map((s) => nearestPoint(s, stopIdx).distanceM));
  const [slow, slowMs] = time(() => naiveShapes.map((s) => naiveNearestPoint(s, xs, ys)));
  const stopDiff = Math.max(...slow.map((d, i) => Math.abs(d - (fast[i] as number))));
  out.push(`  nearest stop: indexed ${perSite(fastMs, n)} (${n} sites, + build ${ms(stopBuildMs)}), naive ${perSite(slowMs, nn)} ` +
    `(${nn} sites), speed-up ${((slowMs / nn) / (fastMs / n)).toFixed(0)}x, max difference ${stopDiff.toFixed(6)} m`);

  // Nearest road: flatbush segment search vs loop over every segment.
  const [roadIdx, roadBuildMs] = time(() => buildShapeIndex(context.roads.features));
  const [fastR, fastRMs] = time(() => shapes.map((s) => nearestShape(s, roadIdx).distanceM));
  const [slowR, slowRMs] = time(() => naiveShapes.map((s) => naiveNearestSegment(s, roadIdx.segs)));
  // The naive loop skips containment (a road wholly inside a site), so compare only where the index says outside.
  const roadDiff = Math.max(...slowR.map((d, i) => (fastR[i] === 0 ? 0 : Math.abs(d - (fastR[i] as number)))));
  out.push(`  nearest road (${roadIdx.segFeature.length} segments): indexed ${perSite(fastRMs, n)} (+ build ${ms(roadBuildMs)}), ` +
    `naive ${perSite(slowRMs, nn)}, speed-up ${((slowRMs / nn) / (fastRMs / n)).toFixed(0)}x, max difference ${roadDiff.toFixed(6)} m`);

  // Whole engine: all indexes, then every metric for every site.
  const [index, buildMs] = time(() => buildMetricIndex(context));
  const [results, allMs] = time(() => sites.map((s) => computeSiteMetrics(s, index)));
  out.push(`  buildMetricIndex ${ms(buildMs)}; computeSiteMetrics x${n} ${ms(allMs)} ` +
    `(${(allMs / Math.max(1, n)).toFixed(2)} ms per site, ${placeMetricKeys.length} metrics + nearest names)`);
  return { lines: out, results };
}

async function readLayer(dir: string, id: string): Promise<Feature[] | null> {
  const file = join(dir, `${id}.fgb`);
  if (!existsSync(file)) return null;
  const features: Feature[] = [];
  for await (const f of deserialize(new Uint8Array(readFileSync(file)))) features.push(f as unknown as Feature);
  return projectFeatureCollection({ type: 'FeatureCollection', features }, toLambert72).features;
}

/** The pipeline's layers from `geodata/` as a Lambert 72 context, or null when any is missing. */
async function realData(dir: string): Promise<{ sites: Feature<Polygon | MultiPolygon, Record<string, unknown>>[]; context: MetricContext } | null> {
  const ids = ['sites', 'transit-stops', 'rail-stations', 'rail-sidings', 'canal', 'cycle-routes', 'roads', 'villo',
    'no2-points', 'housing', 'productive-zones', 'sensitive', 'workshops'] as const;
  const layers = await Promise.all(ids.map((id) => readLayer(dir, id)));
  if (layers.some((l) => l === null)) return null;
  const get = <T>(id: (typeof ids)[number]): FeatureCollection<never, T> & T =>
    ({ type: 'FeatureCollection', features: layers[ids.indexOf(id)] ?? [] }) as never;
  const context: MetricContext = {
    stops: get('transit-stops'), railStations: get('rail-stations'), railSidings: get('rail-sidings'), canal: get('canal'),
    cycleRoutes: get('cycle-routes'), roads: get('roads'), villo: get('villo'), no2: get('no2-points'), housing: get('housing'),
    productiveZones: get('productive-zones'), sensitive: get('sensitive'), workshops: get('workshops'),
  };
  return { sites: (layers[0] ?? []) as Feature<Polygon | MultiPolygon, Record<string, unknown>>[], context };
}

/** Runs the benchmark (seeded data, then the real `geodata/` layers when present) and returns the lines to print. */
export async function benchMetrics(o = defaultBenchOptions, geodataDir = 'geodata'): Promise<string[]> {
  const out: string[] = [];
  const [{ sites, context }, genMs] = time(() => seededData(o));
  // Warm the JIT on a small slice so the figures below measure steady-state code.
  const warm = buildMetricIndex(seededData({ ...o, sites: 20, stops: 200, roads: 500, no2: 200, housing: 100 }).context);
  for (const s of sites.slice(0, 20)) computeSiteMetrics(s, warm);
  out.push(`metrics bench, seeded data (seed ${o.seed}): ${o.sites} sites, ${o.stops} stops, ${o.roads} roads, ` +
    `${o.no2} NO2 points, ${o.housing} housing polygons; generated in ${ms(genMs)}`);
  out.push(...measure(sites, context).lines);

  const real = await realData(geodataDir);
  if (!real) {
    out.push(`metrics bench, real layers: ${geodataDir}/ is incomplete, skipped`);
    return out;
  }
  const c = real.context;
  out.push(`metrics bench, real layers from ${geodataDir}/ (WGS84 -> Lambert 72): ${real.sites.length} sites, ` +
    `${c.stops.features.length} stops, ${c.roads.features.length} roads, ${c.no2.features.length} NO2 points, ${c.housing.features.length} housing`);
  const { lines, results } = measure(real.sites.map((f) => f.geometry), c);
  out.push(...lines);
  // The stored values were computed from the pipeline's Lambert 72 originals; the FlatGeobuf round trip
  // through WGS84 moves coordinates by millimetres, so only rounding-edge differences are expected.
  let differing = 0;
  real.sites.forEach((f, i) => {
    for (const k of placeMetricKeys) {
      const stored = f.properties[k];
      if (typeof stored === 'number' && Math.abs(stored - (results[i]?.[k] ?? NaN)) > (k === 'areaM2' ? 2 : 1)) differing++;
    }
  });
  out.push(`  recomputed vs stored metrics in sites.fgb: ${differing} of ${real.sites.length * placeMetricKeys.length} values differ beyond rounding`);
  return out;
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  for (const line of await benchMetrics()) console.log(line);
}
