/**
 * Weight change → map idle, as a ratio to a one-repaint floor. In headless Chromium (software WebGL) with the built
 * app: the time from a weight slider's input event to the map's next 'idle' after the sites were recoloured
 * (feature-state; the app marks that idle on <html data-scores-idle>), median over several changes. The floor:
 * hovering a list row (one feature-state change) → next idle (<html data-map-idle>), the same map repainted once.
 * Goal: median change / median floor ≤ 1.2.
 *
 * 'idle' comes when maplibre has issued a frame's commands; with software WebGL the GPU process draws them later
 * (~100–200 ms here). So each step then reads one pixel back, which waits for that drawing: the next step starts on
 * an idle GPU (without it, a short pause lets the previous frame's drawing leak into the next measurement), and the
 * time to that read is reported too ("drawn"). Every layer is loaded before measuring (a loading map is never idle),
 * and the pause between steps outlasts the ranked list's deferred stability labels.
 * Needs a build with geodata: `npm run build` (dist/), or BENCH_DIST=<dir>.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ExplorerPage, launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/server.ts';
import { median } from './bench-util.ts';

export const defaultOptions = {
  /** Measured weight changes and hovers (each after `warmup` unmeasured ones). */
  changes: 15,
  /** Unmeasured steps before each series. */
  warmup: 3,
  /** Sector chosen before the changes. */
  sector: 'construction',
  /** Criterion whose slider moves (cycles through 0–5). */
  criterion: 'canal',
  /** Extra hash keys, e.g. '&layers=productive-zones,sites' to see the share of the other layers in a repaint. */
  extraHash: '',
  /** Pause after each step, ms: longer than the list's stability delay (`defaultStabilityDelay`, 250 ms), so its work never lands in a measurement. */
  pauseMs: 400,
  /** Viewport width, px. */
  width: 1200,
  /** Viewport height, px. */
  height: 800,
  /** Built app to serve, with its geodata/. */
  dist: process.env.BENCH_DIST ?? join(resolve(import.meta.dirname, '..'), 'dist'),
  /** Goal for median weight change / median floor. */
  goalRatio: 1.2,
};

// In-page measurements as plain JS text (a bundler's name helpers must not leak into the page). Each starts a step
// and leaves its figures on `window.benchResult`, which `step` polls for: awaiting an in-page promise instead failed
// now and then with playwright's "Resulting promise was garbage collected". `drawnAfter` reads one pixel of the
// map's canvas, which returns once the GPU process has drawn every command issued so far.
const drawn = `const c = document.querySelector('#map canvas'); const gl = c.getContext('webgl2') || c.getContext('webgl');
  const drawnAfter = (t0) => { gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4)); return performance.now() - t0; };`;

// A weight change → [idle ms, input → feature-state set ms, animation frames until idle, drawn ms].
const changeInPage = `(id, w) => {
  ${drawn}
  const html = document.documentElement;
  const before = html.dataset.scoresIdle;
  const input = document.getElementById('weight-' + id);
  let frames = 0;
  const count = () => { frames++; if (html.dataset.scoresIdle === before) requestAnimationFrame(count); };
  const mo = new MutationObserver(() => {
    if (html.dataset.scoresIdle === before) return;
    mo.disconnect();
    const idle = performance.now() - t0;
    const applied = performance.getEntriesByName('scores-applied').pop()?.startTime ?? NaN;
    window.benchResult = [idle, applied - t0, frames, drawnAfter(t0)];
  });
  mo.observe(html, { attributes: true, attributeFilter: ['data-scores-idle'] });
  requestAnimationFrame(count);
  const t0 = performance.now();
  input.value = String(w);
  input.dispatchEvent(new Event('input', { bubbles: true }));
}`;

// Floor: hovering a list row moves the highlight (one feature-state change) → [idle ms, drawn ms].
const hoverInPage = `(n) => {
  ${drawn}
  const html = document.documentElement;
  const before = html.dataset.mapIdle;
  const rows = document.querySelectorAll('.ranked-open');
  const mo = new MutationObserver(() => {
    if (html.dataset.mapIdle === before) return;
    mo.disconnect();
    window.benchResult = [performance.now() - t0, drawnAfter(t0)];
  });
  mo.observe(html, { attributes: true, attributeFilter: ['data-map-idle'] });
  const t0 = performance.now();
  rows[n % rows.length].dispatchEvent(new MouseEvent('mouseenter'));
}`;

/** Start an in-page step (`call`, a JS expression) and poll for the figures it leaves on `window.benchResult`. */
async function step<T>(page: ExplorerPage['page'], call: string, what: string): Promise<T> {
  await page.evaluate(`window.benchResult = undefined; ${call};`);
  for (const end = Date.now() + 10_000; Date.now() < end; await page.waitForTimeout(20)) {
    const r = await page.evaluate('window.benchResult');
    if (r !== undefined) return r as T;
  }
  throw new Error(`${what}: the map did not report idle within 10 s`);
}

const ms = (x: number) => `${x.toFixed(0)} ms`;

/** Benchmark lines for `npm run bench`. */
export async function benchScoringMap(options: Partial<typeof defaultOptions> = {}): Promise<string[]> {
  const o = { ...defaultOptions, ...options };
  if (!existsSync(join(o.dist, 'index.html')) || !existsSync(join(o.dist, 'geodata/manifest.json'))) {
    throw new Error(`${o.dist} with geodata is missing: run \`npm run build\` first`);
  }
  const server = await serveStatic(o.dist);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: o.width, height: o.height }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}index.html#sector=${o.sector}${o.extraHash}`);
    await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 120_000 });
    await page.waitForSelector('html[data-scores-idle]', { state: 'attached', timeout: 60_000 });
    await new ExplorerPage(page).waitForLayers();
    const change = { idle: [] as number[], ui: [] as number[], frames: [] as number[], drawn: [] as number[] };
    for (let i = 0; i < o.warmup + o.changes; i++) {
      const weight = [0, 5, 1, 4, 2, 3][i % 6]!;
      const r = await step<[number, number, number, number]>(page, `(${changeInPage})(${JSON.stringify(o.criterion)}, ${weight})`, 'weight change');
      if (i >= o.warmup) {
        change.idle.push(r[0]);
        change.ui.push(r[1]);
        change.frames.push(r[2]);
        change.drawn.push(r[3]);
      }
      await page.waitForTimeout(o.pauseMs);
    }
    const hover = { idle: [] as number[], drawn: [] as number[] };
    for (let i = 0; i < o.warmup + o.changes; i++) {
      const r = await step<[number, number]>(page, `(${hoverInPage})(${i})`, 'hover');
      if (i >= o.warmup) {
        hover.idle.push(r[0]);
        hover.drawn.push(r[1]);
      }
      await page.waitForTimeout(o.pauseMs);
    }
    await context.close();
    const sorted = [...change.idle].sort((a, b) => a - b);
    const ratio = median(change.idle) / median(hover.idle);
    const drawnRatio = median(change.drawn) / median(hover.drawn);
    return [
      `  weight change → map idle (${o.sector}, ${o.criterion} slider, ${o.width}×${o.height}, software WebGL${o.extraHash ? `, ${o.extraHash}` : ''}), ${o.changes} changes, ${o.pauseMs} ms apart`,
      `  median: ${ms(median(change.idle))}   min: ${ms(sorted[0]!)}   max: ${ms(sorted[sorted.length - 1]!)}   (goal < 200 ms)`,
      `  of which input → feature-state set (scoring + UI render): median ${median(change.ui).toFixed(1)} ms; animation frames until idle: median ${median(change.frames)}`,
      `  floor, hover a list row → map idle (one feature-state change, same repaint): median ${ms(median(hover.idle))}`,
      `  ratio, weight change / floor (medians): ${ratio.toFixed(2)}×   (goal ≤ ${o.goalRatio}×)`,
      `  until drawn (GPU caught up): weight change median ${ms(median(change.drawn))}, floor median ${ms(median(hover.drawn))}, ratio ${drawnRatio.toFixed(2)}×`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchScoringMap()) console.log(line);
}
