/**
 * Weight change → map idle: in headless Chromium (software WebGL) with the built app, the time from a weight
 * slider's input event to the map's next 'idle' after the sites were recoloured (feature-state), median over
 * several changes. The app marks that idle on <html data-scores-idle>. Beside it, the floor: hovering a list row
 * (one feature-state change) → next idle (<html data-map-idle>), i.e. the cost of one repaint of the same map.
 * Needs dist/ built (`npm run build`).
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launch } from '../tests/e2e/browser.ts';
import { serveStatic } from '../tests/e2e/server.ts';
import { pathToFileURL } from 'node:url';
import { median } from './bench-util.ts';

export const defaultOptions = {
  /** Measured weight changes (after `warmup` unmeasured ones). */
  changes: 15,
  warmup: 3,
  /** Sector chosen before the changes. */
  sector: 'construction',
  /** Criterion whose slider moves (cycles through 0–5). */
  criterion: 'canal',
  /** Extra hash keys, e.g. '&layers=productive-zones,sites' to see the share of the other layers in a repaint. */
  extraHash: '',
  /** Viewport, px. */
  width: 1200,
  height: 800,
};

const dist = join(resolve(import.meta.dirname, '..'), 'dist');

// In-page measurement as plain JS text (a bundler's name helpers must not leak into the page).
const inPage = `(id, w) => new Promise((done) => {
  const html = document.documentElement;
  const before = html.dataset.scoresIdle;
  const input = document.getElementById('weight-' + id);
  let frames = 0;
  const count = () => { frames++; if (html.dataset.scoresIdle === before) requestAnimationFrame(count); };
  const mo = new MutationObserver(() => {
    if (html.dataset.scoresIdle === before) return;
    mo.disconnect();
    const applied = performance.getEntriesByName('scores-applied').pop()?.startTime ?? NaN;
    done([performance.now() - t0, applied - t0, frames]);
  });
  mo.observe(html, { attributes: true, attributeFilter: ['data-scores-idle'] });
  requestAnimationFrame(count);
  const t0 = performance.now();
  input.value = String(w);
  input.dispatchEvent(new Event('input', { bubbles: true }));
})`;

// Floor: hovering a list row moves the highlight (one feature-state change) → next map idle.
const hoverInPage = `(n) => new Promise((done) => {
  const html = document.documentElement;
  const before = html.dataset.mapIdle;
  const rows = document.querySelectorAll('.ranked-open');
  const mo = new MutationObserver(() => {
    if (html.dataset.mapIdle === before) return;
    mo.disconnect();
    done(performance.now() - t0);
  });
  mo.observe(html, { attributes: true, attributeFilter: ['data-map-idle'] });
  const t0 = performance.now();
  rows[n % rows.length].dispatchEvent(new MouseEvent('mouseenter'));
})`;

/** Benchmark lines for `npm run bench`. */
export async function benchScoringMap(options: Partial<typeof defaultOptions> = {}): Promise<string[]> {
  const o = { ...defaultOptions, ...options };
  if (!existsSync(join(dist, 'index.html')) || !existsSync(join(dist, 'geodata/manifest.json'))) {
    throw new Error('dist/ with geodata is missing: run `npm run build` first');
  }
  const server = await serveStatic(dist);
  const browser = await launch();
  try {
    const context = await browser.newContext({ viewport: { width: o.width, height: o.height }, locale: 'en-GB' });
    const page = await context.newPage();
    await page.goto(`${server.url}index.html#sector=${o.sector}${o.extraHash}`);
    await page.waitForSelector('html[data-map-ready="true"]', { state: 'attached', timeout: 120_000 });
    await page.waitForSelector('html[data-scores-idle]', { state: 'attached', timeout: 60_000 });
    const times: number[] = [];
    const uiTimes: number[] = [];
    const frameCounts: number[] = [];
    for (let i = 0; i < o.warmup + o.changes; i++) {
      const weight = [0, 5, 1, 4, 2, 3][i % 6]!;
      const ms = (await page.evaluate(`(${inPage})(${JSON.stringify(o.criterion)}, ${weight})`)) as [number, number, number];
      if (i >= o.warmup) {
        times.push(ms[0]);
        uiTimes.push(ms[1]);
        frameCounts.push(ms[2]);
      }
      await page.waitForTimeout(50); // let the URL update and stability timer settle like a user's pause
    }
    const hoverTimes: number[] = [];
    for (let i = 0; i < o.warmup + o.changes; i++) {
      const ms = (await page.evaluate(`(${hoverInPage})(${i})`)) as number;
      if (i >= o.warmup) hoverTimes.push(ms);
      await page.waitForTimeout(50);
    }
    await context.close();
    const sorted = [...times].sort((a, b) => a - b);
    return [
      `  weight change → map idle (${o.sector}, ${o.criterion} slider, ${o.width}×${o.height}, software WebGL${o.extraHash ? `, ${o.extraHash}` : ''}), ${o.changes} changes`,
      `  median: ${median(times).toFixed(0)} ms   min: ${sorted[0]!.toFixed(0)} ms   max: ${sorted[sorted.length - 1]!.toFixed(0)} ms   (goal < 200 ms)`,
      `  of which input → feature-state set (scoring + UI render): median ${median(uiTimes).toFixed(1)} ms; animation frames until idle: median ${median(frameCounts)}`,
      `  floor, hover a list row → map idle (one feature-state change, same repaint): median ${median(hoverTimes).toFixed(0)} ms`,
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchScoringMap()) console.log(line);
}
