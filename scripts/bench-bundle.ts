/**
 * Bundle size of the built app (BENCH_DIST or dist/): gzipped JavaScript loaded at start without maplibre (goal
 * ≤ 120 kB), maplibre, and the chunks loaded on demand (the planner view), from the entry's static imports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Options of the bundle measure. */
export const defaultBundleOptions = {
  /** The build to measure. */
  dist: resolve(process.env.BENCH_DIST ?? 'dist'),
  /** Budget of the start JavaScript without maplibre (gzipped bytes). */
  budgetBytes: 120 * 1024,
};

const gz = (file: string): number => gzipSync(readFileSync(file)).length;
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;

/** Lines of figures: start JS (entry + its static imports), maplibre, and each chunk loaded later. */
export async function benchBundle(options: Partial<typeof defaultBundleOptions> = {}): Promise<string[]> {
  const o = { ...defaultBundleOptions, ...options };
  const html = readFileSync(join(o.dist, 'index.html'), 'utf8');
  const assets = join(o.dist, 'assets');
  const files = readdirSync(assets).filter((f) => f.endsWith('.js') || f.endsWith('.mjs'));
  const entry = /<script[^>]+src="[^"]*assets\/([^"]+\.js)"/.exec(html)?.[1];
  if (!entry) throw new Error(`${o.dist}/index.html names no entry script`);
  // the start set: the entry and what it (transitively) imports statically or preloads
  const start = new Set<string>([entry]);
  for (const m of html.matchAll(/modulepreload"[^>]*href="[^"]*assets\/([^"]+\.js)"/g)) start.add(m[1]!);
  const queue = [...start];
  while (queue.length) {
    const text = readFileSync(join(assets, queue.pop()!), 'utf8');
    for (const m of text.matchAll(/(?:^|[;\n}])\s*import\s*(?:[\w{}\s,*$]+from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      if (!start.has(m[1]!)) start.add(m[1]!), queue.push(m[1]!);
    }
  }
  const isMaplibre = (f: string) => f.startsWith('maplibre');
  const startApp = [...start].filter((f) => !isMaplibre(f)).reduce((n, f) => n + gz(join(assets, f)), 0);
  const lines = [`  start JS without maplibre ${kb(startApp).padStart(10)}  (${[...start].filter((f) => !isMaplibre(f)).join(', ')}; budget ${kb(o.budgetBytes)}: ${startApp <= o.budgetBytes ? 'within' : 'OVER'})`];
  for (const f of files.filter(isMaplibre)) lines.push(`  ${f.padEnd(26)} ${kb(gz(join(assets, f))).padStart(10)}`);
  for (const f of files.filter((f) => !start.has(f) && !isMaplibre(f))) lines.push(`  on demand: ${f.padEnd(15)} ${kb(gz(join(assets, f))).padStart(10)}`);
  return lines;
}

if (import.meta.url === `file://${process.argv[1]}`) for (const l of await benchBundle()) console.log(l);
