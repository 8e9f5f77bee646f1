/**
 * Time to a usable map: navigation → first idle with productive zones and sites drawn, in headless
 * Chromium (software WebGL), median of several runs; beside a minimal maplibre page drawing the same
 * two layers over the same basemap (the floor). Needs a build: dist/ (`npm run build`) or BENCH_DIST=/tmp/dist-x.
 */
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/server.ts';
import { pathToFileURL } from 'node:url';
import { median } from './bench-util.ts';

export const defaultOptions = {
  /** Measured runs per page (after one warm-up run each). */
  runs: 5,
  /** Viewport, px. */
  width: 1200,
  height: 800,
  /** Built app to measure (BENCH_DIST overrides dist/, e.g. to compare with a build of an older commit). */
  dist: process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(resolve(import.meta.dirname, '..'), 'dist'),
};

const nm = join(resolve(import.meta.dirname, '..'), 'node_modules');

const minimalHtml = `<!doctype html><html><head><meta charset="utf-8"><title>floor</title>
<link rel="stylesheet" href="maplibre-gl.css"><link rel="stylesheet" href="minimal.css">
<script src="pmtiles.js"></script><script src="flatgeobuf-geojson.min.js"></script>
<script type="module" src="minimal.js"></script></head><body><div id="map"></div></body></html>`;

const minimalCss = 'html,body,#map{margin:0;height:100%}';

// The floor: same basemap archives, same two FlatGeobuf layers, nothing else.
const minimalJs = `import * as maplibregl from './maplibre-gl.mjs';
maplibregl.setWorkerUrl(new URL('maplibre-gl-worker.mjs', location.href).href);
maplibregl.addProtocol('pmtiles', new pmtiles.Protocol().tile);
const base = new URL('geodata/', location.href).href;
const manifest = await (await fetch(base + 'manifest.json')).json();
const region = manifest.layers.find((l) => l.id === 'region').bbox;
const sources = {}, layers = [{ id: 'bg', type: 'background', paint: { 'background-color': '#f4f2ee' } }];
for (const b of manifest.basemap ?? []) {
  sources[b.name] = { type: 'vector', url: 'pmtiles://' + base + b.file };
  layers.push({ id: b.name, type: 'line', source: b.name, 'source-layer': b.sourceLayer, paint: { 'line-color': '#999' } });
}
const map = new maplibregl.Map({ container: 'map', style: { version: 8, sources, layers }, bounds: region, fitBoundsOptions: { padding: 20 } });
async function load(id) {
  const res = await fetch(base + id + '.fgb');
  const features = [];
  for await (const f of flatgeobuf.deserialize(new Uint8Array(await res.arrayBuffer()))) features.push(f);
  return { type: 'FeatureCollection', features };
}
const [zones, sites] = await Promise.all([load('productive-zones'), load('sites'), new Promise((r) => map.once('load', r))]);
map.addSource('zones', { type: 'geojson', data: zones });
map.addSource('sites', { type: 'geojson', data: sites });
map.addLayer({ id: 'zones', type: 'fill', source: 'zones', paint: { 'fill-color': '#8e6bbf', 'fill-opacity': 0.3 } });
map.addLayer({ id: 'sites', type: 'fill', source: 'sites', paint: { 'fill-color': '#e0712b' } });
map.once('idle', () => { performance.mark('map-ready'); document.documentElement.dataset.mapReady = 'true'; });
`;

/** Temporary directory holding the minimal page, the package builds it needs and a link to the geodata. */
function writeMinimalPage(dist: string): { dir: string; cleanup(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'bile-floor-'));
  writeFileSync(join(dir, 'index.html'), minimalHtml);
  writeFileSync(join(dir, 'minimal.css'), minimalCss);
  writeFileSync(join(dir, 'minimal.js'), minimalJs);
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl.css']) copyFileSync(join(nm, 'maplibre-gl/dist', f), join(dir, f));
  copyFileSync(join(nm, 'pmtiles/dist/pmtiles.js'), join(dir, 'pmtiles.js'));
  copyFileSync(join(nm, 'flatgeobuf/dist/flatgeobuf-geojson.min.js'), join(dir, 'flatgeobuf-geojson.min.js'));
  symlinkSync(join(dist, 'geodata'), join(dir, 'geodata'), 'dir');
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Median ms from navigation to the page's `map-ready` mark, over `runs` fresh contexts. */
async function measure(browser: Awaited<ReturnType<typeof launch>>, url: string, o: typeof defaultOptions): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i <= o.runs; i++) {
    const context = await browser.newContext({ viewport: { width: o.width, height: o.height }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 120_000 });
    const ms = await page.evaluate(() => performance.getEntriesByName('map-ready')[0]?.startTime ?? NaN);
    await context.close();
    if (i > 0) times.push(ms); // first run warms the OS file cache and Chromium's compiled shaders
  }
  return times;
}

/** Benchmark lines for `npm run bench`. */
export async function benchMap(options: Partial<typeof defaultOptions> = {}): Promise<string[]> {
  const o = { ...defaultOptions, ...options };
  if (!existsSync(join(o.dist, 'index.html')) || !existsSync(join(o.dist, 'geodata/manifest.json'))) {
    throw new Error(`${o.dist} with geodata is missing: run \`npm run build\` first`);
  }
  const floor = writeMinimalPage(o.dist);
  const appServer = await serveStatic(o.dist);
  const floorServer = await serveStatic(floor.dir);
  const browser = await launch();
  try {
    const app = await measure(browser, `${appServer.url}index.html`, o);
    const min = await measure(browser, `${floorServer.url}index.html`, o);
    const a = median(app);
    const f = median(min);
    return [
      `  time to usable map (navigation → first idle with zones + sites), median of ${o.runs}, ${o.width}×${o.height}, software WebGL`,
      `  app:            ${a.toFixed(0)} ms  (runs: ${app.map((x) => x.toFixed(0)).join(', ')})`,
      `  minimal page:   ${f.toFixed(0)} ms  (runs: ${min.map((x) => x.toFixed(0)).join(', ')})`,
      `  ratio app/floor: ${(a / f).toFixed(2)}`,
    ];
  } finally {
    await browser.close();
    await appServer.close();
    await floorServer.close();
    floor.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchMap()) console.log(line);
}
