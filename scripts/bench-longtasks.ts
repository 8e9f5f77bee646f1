/**
 * Main-thread freezes while the layers load: the longest task (PerformanceObserver 'longtask', buffered)
 * from first contentful paint until every requested layer has settled, in headless Chromium on the built
 * app, median of several loads; with WebGL (map drawn) and without (list and scoring only).
 * With software WebGL the browser compiles maplibre's shader programs on the CPU, inside the page's tasks:
 * the time spent in those calls (and in creating a WebGL context) is timed in the page and shown apart.
 * Beside them the floor: a bare maplibre page with the same basemap style and the same two layers (bench-floor.ts),
 * measured the same way in the same run, since on a software renderer maplibre alone freezes the page too: each
 * new shader program makes the page wait for the GPU process, busy drawing (on the CPU) the frames before it.
 * Needs a build: dist/ (`npm run build`) or BENCH_DIST=/tmp/dist-x.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/server.ts';
import { median } from './bench-util.ts';
import { writeFloorPage } from './bench-floor.ts';

export const defaultOptions = {
  /** Measured loads per case (after one warm-up load): single loads vary by ±50 ms on a software renderer. */
  runs: 5,
  /** Built app to measure (BENCH_DIST overrides dist/, e.g. to compare with a build of an older commit). */
  dist: process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(resolve(import.meta.dirname, '..'), 'dist'),
  /** Time after the layers settled still counted, ms: the map drawing the last layers belongs to loading. */
  graceMs: 1000,
  /** Layer the app's case switches on after loading (its label in the layer panel, English UI); '' to skip. */
  switchOn: 'STIB stops',
  /** Time after switching it on still counted, ms. */
  switchMs: 2500,
  /** The goal the figure is printed beside, ms. */
  goalMs: 100,
  /** Viewport, px. */
  width: 1200,
  height: 800,
};

// Installed before any page script, so no task is missed. Long tasks go to window.__longTasks; the WebGL calls
// that wait for shader compilation or linking, and WebGL context creation, to window.__glSetup as [start, end].
const instrument = `window.__longTasks = [];
window.__glSetup = [];
new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); })
  .observe({ type: 'longtask', buffered: true });
const timed = (proto, name, when) => {
  const f = proto[name];
  proto[name] = function (...args) {
    if (when && !when(args)) return f.apply(this, args);
    const t0 = performance.now();
    try { return f.apply(this, args); } finally { window.__glSetup.push([t0, performance.now()]); }
  };
};
for (const C of [self.WebGLRenderingContext, self.WebGL2RenderingContext]) {
  if (!C) continue;
  for (const n of ['compileShader', 'linkProgram', 'getShaderParameter', 'getProgramParameter', 'getUniformLocation', 'getUniformBlockIndex', 'uniformBlockBinding', 'getAttribLocation', 'getActiveUniform', 'getActiveAttrib', 'useProgram']) if (C.prototype[n]) timed(C.prototype, n);
}
timed(HTMLCanvasElement.prototype, 'getContext', (args) => /webgl/.test(String(args[0])));`;

// Settled: <html data-layers-ready> (set by the layer store) and, with a map, <html data-map-layers-drawn> (every
// layer handed to the map and drawn); builds older than the store only show it in the layer panel, where every row
// then has a count or an error instead of "loading…". A function, not a string: the app's policy forbids eval,
// which Playwright would need for a string predicate.
const settled = (withMap: boolean) =>
  (document.documentElement.dataset.layersReady === 'true' || (document.querySelectorAll('.layer-row .layer-status').length > 0 && [...document.querySelectorAll('.layer-row .layer-status')].every((e) => !e.textContent?.includes('…')))) &&
  (!withMap || document.documentElement.dataset.mapLayersDrawn === 'true');

interface Load {
  /** Longest task starting after first contentful paint, ms (0 when none reached the 50 ms threshold). */
  longest: number;
  /** The same task, less the time it spent in WebGL shader and context set-up calls, ms. */
  longestBesidesGl: number;
  /** Long tasks (≥ 50 ms) after first contentful paint. */
  count: number;
  /** Navigation → all layers settled (and, with a map, drawn), ms. */
  settledAt: number;
  /** Longest task after switching `switchOn` on, once loaded, ms (NaN when not measured: the floor has no panel). */
  switchOn: number;
}

/** One fresh page load, measured. */
async function measureLoad(browser: Awaited<ReturnType<typeof launch>>, url: string, withMap: boolean, o: typeof defaultOptions): Promise<Load> {
  const context = await browser.newContext({ viewport: { width: o.width, height: o.height }, locale: 'en-GB' });
  try {
    await context.addInitScript(instrument);
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(settled, withMap, { timeout: 120_000, polling: 'raf' });
    const settledAt = (await page.evaluate('performance.now()')) as number;
    await page.waitForTimeout(o.graceMs);
    const [fcp, tasks, gl] = (await page.evaluate(`[performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0, window.__longTasks, window.__glSetup]`)) as [number, [number, number][], [number, number][]];
    const after = tasks.filter(([start]) => start >= fcp && start <= settledAt + o.graceMs);
    const glIn = ([start, duration]: [number, number]) => gl.reduce((sum, [a, b]) => sum + Math.max(0, Math.min(b, start + duration) - Math.max(a, start)), 0);
    let switchOn = NaN;
    const row = page.locator('.layer-row', { hasText: o.switchOn }).first();
    if (withMap && o.switchOn && (await row.count())) {
      // a layer the user switches on draws for the first time then: its shader programs are built at that moment
      const t0 = (await page.evaluate('performance.now()')) as number;
      await row.locator('input[type=checkbox]').press('Space');
      await page.waitForTimeout(o.switchMs);
      const later = (await page.evaluate('window.__longTasks')) as [number, number][];
      switchOn = Math.max(0, ...later.filter(([start]) => start >= t0).map(([, d]) => d));
    }
    return {
      longest: Math.max(0, ...after.map(([, d]) => d)),
      longestBesidesGl: Math.max(0, ...after.map((t) => t[1] - glIn(t))),
      count: after.length,
      settledAt,
      switchOn,
    };
  } finally {
    await context.close();
  }
}

/** Figures of `runs` loads in one browser. */
async function measureCase(extraArgs: string[], url: string, o: typeof defaultOptions): Promise<Load[]> {
  const withMap = !extraArgs.includes('--disable-webgl');
  const browser = await launch(extraArgs);
  try {
    const loads: Load[] = [];
    for (let i = 0; i <= o.runs; i++) {
      const load = await measureLoad(browser, url, withMap, o);
      if (i > 0) loads.push(load); // the first load warms the OS file cache and Chromium's compiled code
    }
    return loads;
  } finally {
    await browser.close();
  }
}

const ms = (xs: number[]) => `${median(xs).toFixed(0)} ms (runs: ${xs.map((x) => x.toFixed(0)).join(', ')})`;

/** Benchmark lines for `npm run bench`. */
export async function benchLongTasks(options: Partial<typeof defaultOptions> = {}): Promise<string[]> {
  const o = { ...defaultOptions, ...options };
  if (!existsSync(join(o.dist, 'index.html')) || !existsSync(join(o.dist, 'geodata/manifest.json'))) {
    throw new Error(`${o.dist} with geodata is missing: run \`npm run build\` first`);
  }
  const server = await serveStatic(o.dist);
  const floor = writeFloorPage(o.dist);
  const floorServer = await serveStatic(floor.dir);
  try {
    const url = `${server.url}index.html`;
    const map = await measureCase([], url, o);
    const bare = await measureCase([], `${floorServer.url}index.html`, o);
    const noMap = await measureCase(['--disable-webgl', '--disable-3d-apis'], url, o);
    const settledAt = (loads: Load[]) => `${median(loads.map((l) => l.settledAt)).toFixed(0)} ms`;
    const longest = (loads: Load[]) => median(loads.map((l) => l.longest));
    const count = (loads: Load[]) => loads.map((l) => l.count).join(', ');
    return [
      `  longest main-thread task from first paint until all layers settled (+${o.graceMs} ms), median of ${o.runs} loads, ${o.width}×${o.height}; goal ≤ ${o.goalMs} ms`,
      `  without WebGL (list, scoring, exports): ${ms(noMap.map((l) => l.longest))}; long tasks per load: ${count(noMap)}; layers settled at ${settledAt(noMap)}`,
      `  with the map (software WebGL):          ${ms(map.map((l) => l.longest))}; long tasks per load: ${count(map)}; layers settled at ${settledAt(map)}`,
      `    the same, less the waits in WebGL calls (shader programs, context creation): ${ms(map.map((l) => l.longestBesidesGl))}`,
      ...(map.some((l) => !Number.isNaN(l.switchOn)) ? [`    then switching ${o.switchOn} on (within ${o.switchMs} ms): ${ms(map.map((l) => l.switchOn))}`] : []),
      `  floor, bare maplibre page (same basemap, zones and sites): ${ms(bare.map((l) => l.longest))}; long tasks per load: ${count(bare)}; less the waits in WebGL calls: ${ms(bare.map((l) => l.longestBesidesGl))}`,
      `  ratio app/floor, longest task: ${(longest(map) / longest(bare)).toFixed(2)}`,
    ];
  } finally {
    await server.close();
    await floorServer.close();
    floor.cleanup();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const l of await benchLongTasks()) console.log(l);
}
