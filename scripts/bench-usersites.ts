/**
 * Measuring the user's own sites: 1,000 seeded random polygons (200–20,000 m², log-uniform, wholly inside the region)
 * measured with the pipeline's code (`core/usersites/measure.ts`).
 * (a) In Node: reading and indexing the context layers of `geodata/`, then measuring; total and per site.
 * (b) In headless Chromium: a small bench page (built here with Vite from `src/data/measureSource.ts`, served beside
 *     the built app's files so it reads the app's `geodata/` from the same origin) measures them through
 *     `createSiteMeasurer`, i.e. in the measure worker: the first call (worker start, layers fetched, decoded and
 *     indexed), then warm calls, with the main thread's longest task (PerformanceObserver 'longtask') during each,
 *     and how soon the worker is free again after a cancel.
 * Goal of the issue: ≤ 2 s for 1,000 sites, no main-thread task over 50 ms. Figures only, never asserted.
 * Run alone with `npx tsx scripts/bench-usersites.ts`; (b) needs a build: dist/ or BENCH_DIST=/tmp/dist-x.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { pointInSite, prepareSite, siteArea, type SiteShape } from '../src/core/geo/geom.ts';
import { projectGeometry, toLambert72, toWgs84 } from '../src/core/geo/proj.ts';
import { buildMeasureContext, measureLayerIds, measureRecord, type MeasureLayers } from '../src/core/usersites/measure.ts';
import type { UserSiteRecord } from '../src/core/usersites/types.ts';
import { median, seededRandom } from './bench-util.ts';

const root = resolve(import.meta.dirname, '..');

export const defaultOptions = {
  /** PRNG seed, so every run measures the same polygons. */
  seed: 20261130,
  /** Sites measured per run. */
  sites: 1_000,
  /** Smallest and largest site area, m² (log-uniform between). */
  minAreaM2: 200,
  maxAreaM2: 20_000,
  /** Runs in Node (after the first, which warms the JIT, is shown apart). */
  nodeRuns: 3,
  /** Warm runs in the browser, after the first call that starts the worker. */
  browserRuns: 3,
  /** Layers read in Node. */
  geodataDir: join(root, 'geodata'),
  /** Built app whose origin and `geodata/` the browser bench uses (BENCH_DIST overrides dist/). */
  dist: process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(root, 'dist'),
  /** Goals printed beside the figures. */
  goalTotalMs: 2_000,
  goalTaskMs: 50,
};

type Options = typeof defaultOptions;

async function readLayer(dir: string, id: string): Promise<FeatureCollection> {
  const features: Feature[] = [];
  for await (const f of deserialize(new Uint8Array(readFileSync(join(dir, `${id}.fgb`))))) features.push(f as Feature);
  return { type: 'FeatureCollection', features };
}

/** `n` seeded random star-shaped polygons of `minAreaM2`–`maxAreaM2` lying wholly inside the region, as user records (WGS84). */
export function randomRecords(region: SiteShape, o: Pick<Options, 'seed' | 'sites' | 'minAreaM2' | 'maxAreaM2'>): UserSiteRecord[] {
  const rnd = seededRandom(o.seed);
  const [x0, y0, x1, y1] = region.bbox;
  const out: UserSiteRecord[] = [];
  while (out.length < o.sites) {
    const cx = x0 + rnd() * (x1 - x0);
    const cy = y0 + rnd() * (y1 - y0);
    const n = 5 + Math.floor(rnd() * 12);
    const target = Math.exp(Math.log(o.minAreaM2) + rnd() * (Math.log(o.maxAreaM2) - Math.log(o.minAreaM2)));
    // vertices at increasing angles, radius 0.6–1: simple (star-shaped) polygons, scaled to the target area
    const unit = Array.from({ length: n }, (_, i) => {
      const a = ((i + 0.2 + 0.6 * rnd()) / n) * 2 * Math.PI;
      const r = 0.6 + 0.4 * rnd();
      return [r * Math.cos(a), r * Math.sin(a)];
    });
    const unitArea = siteArea(prepareSite({ type: 'Polygon', coordinates: [[...unit, unit[0]!]] }));
    const k = Math.sqrt(target / unitArea);
    const ring = [...unit, unit[0]!].map(([ux, uy]) => [cx + k * ux!, cy + k * uy!]);
    if (!ring.every(([x, y]) => pointInSite(x!, y!, region))) continue;
    const i = out.length;
    out.push({
      id: `user-bench-${i}`,
      name: `bench ${i}`,
      externalId: '',
      origin: { kind: 'drawn' },
      geometry: projectGeometry({ type: 'Polygon', coordinates: [ring] } as Polygon, toWgs84),
      areaM2Given: null,
      attributes: {},
      addedAt: '2026-11-30T00:00:00.000Z',
      outsideRegion: false,
      repairs: [],
    });
  }
  return out;
}

const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1));

/** (a) Node: read, index, measure. */
async function benchNode(o: Options, records: UserSiteRecord[]): Promise<string[]> {
  let t = performance.now();
  const layers = Object.fromEntries(await Promise.all(measureLayerIds.map(async (id) => [id, await readLayer(o.geodataDir, id)] as const))) as MeasureLayers;
  const readMs = performance.now() - t;
  t = performance.now();
  const ctx = buildMeasureContext(layers);
  const indexMs = performance.now() - t;
  const runs: { total: number; perSite: number[] }[] = [];
  for (let r = 0; r <= o.nodeRuns; r++) {
    const perSite: number[] = [];
    const t0 = performance.now();
    for (const rec of records) {
      const s = performance.now();
      measureRecord(ctx, rec);
      perSite.push(performance.now() - s);
    }
    runs.push({ total: performance.now() - t0, perSite });
  }
  const warm = runs.slice(1);
  const all = warm.flatMap((r) => r.perSite).sort((a, b) => a - b);
  const p95 = all[Math.floor(all.length * 0.95)] ?? NaN;
  const totals = warm.map((r) => r.total);
  return [
    `  (a) Node, ${records.length} seeded polygons of ${o.minAreaM2}–${o.maxAreaM2} m² inside the region, layers of ${relative(root, o.geodataDir) || '.'}`,
    `      read + decode the ${measureLayerIds.length} layers: ${fmt(readMs)} ms; project to Lambert 72 + build the index: ${fmt(indexMs)} ms`,
    `      measure ${records.length}: ${fmt(median(totals))} ms (warm runs: ${totals.map(fmt).join(', ')}; first, cold JIT: ${fmt(runs[0]!.total)} ms) = ${(median(totals) / o.goalTotalMs).toFixed(2)}× the ${o.goalTotalMs} ms goal`,
    `      per site: median ${fmt(median(all))} ms, p95 ${fmt(p95)} ms, max ${fmt(all.at(-1) ?? NaN)} ms`,
  ];
}

// The bench page: a long-task observer installed before anything else, and hooks calling the measurer.
const benchHtml = (csp: string) => `<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<link rel="icon" href="data:,"><title>user sites bench</title><script type="module" src="./main.ts"></script></head><body></body></html>`;

const benchMain = (measureSource: string) => `import { createSiteMeasurer } from '${measureSource}';
const tasks = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true });
const longestIn = (t0, t1) => Math.max(0, ...tasks.filter(([s, d]) => s + d >= t0 && s <= t1).map(([, d]) => d));
const measurer = createSiteMeasurer(new URL('../geodata/', document.baseURI).href);
const never = new AbortController().signal;
window.__measure = async (records) => {
  let progress = 0;
  const t0 = performance.now();
  const out = await measurer.measure(records, () => progress++, never);
  const t1 = performance.now();
  await new Promise((r) => setTimeout(r, 100)); // long-task entries arrive a little after their task
  return { ms: t1 - t0, sites: out.length, progress, longestTaskMs: longestIn(t0, t1), workerStarted: workerLoaded() };
};
const workerLoaded = () => performance.getEntriesByType('resource').some((e) => /measure\\.worker/.test(e.name));
window.__workerLoaded = workerLoaded;
window.__cancel = async (records, afterMs) => {
  const ac = new AbortController();
  const run = measurer.measure(records, () => {}, ac.signal).then(() => 'finished', () => 'rejected');
  await new Promise((r) => setTimeout(r, afterMs));
  const t0 = performance.now();
  ac.abort(new Error('cancelled by the bench'));
  const outcome = await run;
  const rejectedMs = performance.now() - t0;
  await measurer.measure(records.slice(0, 1), () => {}, never); // queued behind the cancelled job in the worker
  return { outcome, rejectedMs, freeMs: performance.now() - t0 };
};
window.__ready = true;
`;

/** Builds the bench page with Vite; returns its files by path under `prefix/`. */
async function buildBenchPage(prefix: string): Promise<Record<string, Buffer>> {
  const { build } = await import('vite');
  const { contentSecurityPolicy } = await import('../vite.config.ts');
  const work = mkdtempSync(join(tmpdir(), 'bench-usersites-'));
  try {
    const src = join(work, 'src');
    const out = join(work, 'dist');
    mkdirSync(src);
    writeFileSync(join(src, 'index.html'), benchHtml(contentSecurityPolicy));
    writeFileSync(join(src, 'main.ts'), benchMain(relative(src, join(root, 'src/data/measureSource.ts'))));
    await build({ root: src, base: './', configFile: false, logLevel: 'warn', build: { outDir: out, emptyOutDir: true, target: 'es2022' }, worker: { format: 'es' } });
    const files: Record<string, Buffer> = {};
    const walk = (dir: string): void => {
      for (const name of readdirSync(dir)) {
        const p = join(dir, name);
        if (statSync(p).isDirectory()) walk(p);
        else files[`${prefix}/${relative(out, p)}`] = readFileSync(p);
      }
    };
    walk(out);
    return files;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** (b) Chromium: the measure worker through `createSiteMeasurer`. */
async function benchBrowser(o: Options, records: UserSiteRecord[]): Promise<string[]> {
  if (!existsSync(join(o.dist, 'geodata/manifest.json'))) throw new Error(`${o.dist}/geodata is missing: run \`npm run build\` (or set BENCH_DIST)`);
  const { launch } = await import('../tests/e2e/browser.ts');
  const { serveStatic } = await import('../tests/e2e/server.ts');
  const files = await buildBenchPage('bench-usersites');
  const server = await serveStatic(o.dist, files);
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ locale: 'en-GB' })).newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    await page.goto(`${server.url}bench-usersites/index.html`);
    await page.waitForFunction(() => (window as unknown as { __ready?: boolean }).__ready === true, undefined, { timeout: 30_000 });
    await page.waitForTimeout(500);
    const loadedEarly = (await page.evaluate('window.__workerLoaded()')) as boolean;
    type Run = { ms: number; sites: number; progress: number; longestTaskMs: number; workerStarted: boolean };
    const measure = (rs: UserSiteRecord[]) => page.evaluate((r) => (window as unknown as { __measure: (r: unknown) => Promise<Run> }).__measure(r), rs);
    const first = await measure(records);
    if (first.sites !== records.length) throw new Error(`measured ${first.sites} of ${records.length} sites${errors.length ? `: ${errors.join('; ')}` : ''}`);
    const warm: Run[] = [];
    for (let i = 0; i < o.browserRuns; i++) warm.push(await measure(records));
    const cancel = await page.evaluate(([r, ms]) => (window as unknown as { __cancel: (r: unknown, ms: number) => Promise<{ outcome: string; rejectedMs: number; freeMs: number }> }).__cancel(r, ms), [records, 300] as const);
    const ms = warm.map((r) => r.ms);
    const tasks = warm.map((r) => r.longestTaskMs);
    return [
      `  (b) Chromium (headless), ${records.length} sites through createSiteMeasurer, ${first.workerStarted ? 'in the measure worker' : 'ON THE MAIN THREAD (the worker did not start)'}; page served beside ${o.dist}`,
      `      worker script loaded before the first measure: ${loadedEarly ? 'YES (it should load on demand)' : 'no (on demand)'}`,
      `      first call (worker start, ${measureLayerIds.length} layers fetched, decoded, projected and indexed, then measured): ${fmt(first.ms)} ms; main thread's longest task meanwhile: ${fmt(first.longestTaskMs)} ms`,
      `      warm calls: ${fmt(median(ms))} ms (runs: ${ms.map(fmt).join(', ')}) = ${(median(ms) / o.goalTotalMs).toFixed(2)}× the ${o.goalTotalMs} ms goal; progress calls per run: ${warm.map((r) => r.progress).join(', ')}`,
      `      main thread's longest task during them: ${fmt(Math.max(...tasks))} ms (0 = none reached 50 ms; goal: none over ${o.goalTaskMs} ms)`,
      `      cancel after 300 ms: promise ${cancel.outcome} in ${fmt(cancel.rejectedMs)} ms; worker free again (next 1-site job done) ${fmt(cancel.freeMs)} ms after the abort`,
      ...(errors.length ? [`      page errors: ${errors.join('; ')}`] : []),
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Benchmark lines for `npm run bench`. */
export async function benchUserSites(options: Partial<Options> = {}): Promise<string[]> {
  const o = { ...defaultOptions, ...options };
  const regionFc = await readLayer(o.geodataDir, 'region');
  const regionGeom = regionFc.features[0]?.geometry as Polygon | MultiPolygon | undefined;
  if (!regionGeom) throw new Error(`${o.geodataDir}/region.fgb has no outline`);
  const records = randomRecords(prepareSite(projectGeometry(regionGeom, toLambert72)), o);
  const lines = await benchNode(o, records);
  try {
    lines.push(...(await benchBrowser(o, records)));
  } catch (e) {
    lines.push(`  (b) Chromium: not run: ${(e as Error).message}`);
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const l of await benchUserSites()) console.log(l);
}
