/**
 * Time to a usable map: navigation → first idle with productive zones and sites drawn, in headless
 * Chromium (software WebGL), median of several runs; beside a bare maplibre page drawing the same
 * two layers over the same basemap style (the floor, bench-floor.ts). Needs a build: dist/ (`npm run build`) or BENCH_DIST=/tmp/dist-x.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/server.ts';
import { pathToFileURL } from 'node:url';
import { median } from './bench-util.ts';
import { writeFloorPage } from './bench-floor.ts';

export const defaultOptions = {
  /** Measured runs per page (after one warm-up run each). */
  runs: 5,
  /** Viewport, px. */
  width: 1200,
  height: 800,
  /** Built app to measure (BENCH_DIST overrides dist/, e.g. to compare with a build of an older commit). */
  dist: process.env.BENCH_DIST ? resolve(process.env.BENCH_DIST) : join(resolve(import.meta.dirname, '..'), 'dist'),
};

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
  const floor = writeFloorPage(o.dist);
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
      `  bare maplibre page (floor): ${f.toFixed(0)} ms  (runs: ${min.map((x) => x.toFixed(0)).join(', ')})`,
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
