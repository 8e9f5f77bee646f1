/** `npm run bench`: prints every benchmark's figures (pipeline, metrics, scoring, map). */
export {}; // a module, so top-level await is allowed
type Bench = { title: string; run: () => Promise<string[]> };

const benches: Bench[] = [
  { title: 'Data pipeline', run: async () => (await import('./bench-pipeline.ts')).benchPipeline() },
  { title: 'Indexed nearest-feature queries', run: async () => (await import('./bench-metrics.ts')).benchMetrics() },
  { title: 'Sector scoring', run: async () => (await import('./bench-scoring.ts')).benchScoring() },
  { title: 'Map in headless Chromium', run: async () => (await import('./bench-map.ts')).benchMap() },
  { title: 'Scoring on the map in headless Chromium', run: async () => (await import('./bench-scoring-map.ts')).benchScoringMap() },
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
