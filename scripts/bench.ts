/** `npm run bench [-- NAME]`: prints every benchmark's figures (bundle size, pipeline, metrics, scoring, map, main-thread long tasks); BENCH_DIST picks the build the browser ones measure. */
export {}; // a module, so top-level await is allowed
type Bench = { title: string; run: () => Promise<string[]> };

const benches: Bench[] = [
  { title: 'Bundle size', run: async () => (await import('./bench-bundle.ts')).benchBundle() },
  { title: 'Data pipeline', run: async () => (await import('./bench-pipeline.ts')).benchPipeline() },
  { title: 'Indexed nearest-feature queries', run: async () => (await import('./bench-metrics.ts')).benchMetrics() },
  { title: 'Sector scoring', run: async () => (await import('./bench-scoring.ts')).benchScoring() },
  { title: 'Map in headless Chromium', run: async () => (await import('./bench-map.ts')).benchMap() },
  { title: 'Scoring on the map in headless Chromium', run: async () => (await import('./bench-scoring-map.ts')).benchScoringMap() },
  { title: 'Main-thread long tasks while the layers load', run: async () => (await import('./bench-longtasks.ts')).benchLongTasks() },
  { title: 'User sites', run: async () => (await import('./bench-usersites.ts')).benchUserSites() },
];

const only = process.argv.slice(2);
let failed = false;
for (const b of benches) {
  if (only.length && !only.some((o) => b.title.toLowerCase().includes(o.toLowerCase()))) continue;
  console.log(`\n## ${b.title}`);
  try {
    for (const line of await b.run()) console.log(line);
  } catch (e) {
    failed = true;
    console.log(`  failed: ${(e as Error).message}`);
  }
}
process.exit(failed ? 1 : 0);
