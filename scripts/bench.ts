/** `npm run bench`: prints every benchmark's figures (pipeline, metrics, scoring, map). */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

type Bench = { title: string; run: () => Promise<string[]> };

const benches: Bench[] = [
  { title: 'Data pipeline', run: async () => (await import('./bench-pipeline.ts')).benchPipeline() },
  { title: 'Indexed nearest-feature queries', run: async () => (await import('./bench-metrics.ts')).benchMetrics() },
  { title: 'Sector scoring', run: async () => (await import('./bench-scoring.ts')).benchScoring() },
];
if (existsSync(resolve(import.meta.dirname, 'bench-map.ts'))) {
  benches.push({ title: 'Map in headless Chromium', run: async () => (await import('./bench-map.ts' as string)).benchMap() });
}
benches.push({ title: 'Scoring on the map in headless Chromium', run: async () => (await import('./bench-scoring-map.ts')).benchScoringMap() });

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
