/** `npm run data`: builds geodata/ from the open-data mirror. Flags: --source DIR, --out DIR, --force, --accept-drops. */
import { resolve } from 'node:path';
import { PipelineError } from './pipeline/errors.ts';
import { formatLayerRepairs } from './pipeline/repairs.ts';
import { runPipeline, type PipelineOptions } from './pipeline/run.ts';
import type { SiteSummary } from '../src/core/types.ts';

function parseArgs(argv: string[]): Partial<PipelineOptions> {
  const o: Partial<PipelineOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') o.force = true;
    else if (a === '--accept-drops') o.acceptDrops = true;
    else if (a === '--source' || a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a directory`);
      if (a === '--source') o.sourceDir = resolve(v);
      else o.outDir = resolve(v);
    } else if (a === '--help' || a === '-h') {
      console.log('usage: npm run data -- [--source DIR] [--out DIR] [--force] [--accept-drops]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (expected --source DIR, --out DIR, --force or --accept-drops)`);
  }
  return o;
}

/** Prints the sites per status, per land-use class, and what geometry cleaning removed. */
function printSiteSummary(s: SiteSummary): void {
  const statuses = Object.keys(s.byStatus) as (keyof SiteSummary['byStatus'])[];
  console.log(`\nSites by status            ${statuses.map((st) => st.padStart(16)).join('')}`);
  for (const [landuse, counts] of Object.entries(s.byLanduse)) {
    console.log(`  landuse=${landuse.padEnd(17)} ${statuses.map((st) => String(counts[st]).padStart(16)).join('')}`);
  }
  console.log(`  ${'all'.padEnd(25)} ${statuses.map((st) => String(s.byStatus[st]).padStart(16)).join('')}`);
  console.log(`  ${'of which uncertain'.padEnd(25)} ${statuses.map((st) => String(s.uncertain[st]).padStart(16)).join('')}`);
  console.log(`  overlaps resolved: ${s.overlapsResolved} pairs (${(s.overlapM2 / 10_000).toFixed(1)} ha counted twice before); sites absorbed: ${s.sitesAbsorbed}; slivers under 100 m² dropped: ${s.sliversDropped} parts, ${s.smallSitesDropped} whole sites; without a named street: ${s.withoutStreet}`);
}

try {
  const result = await runPipeline(parseArgs(process.argv.slice(2)));
  if (result.status === 'built') {
    console.log('\nLayer                  features  repaired  dropped  (invalid geometries: features the layer keeps repaired, features it would read dropped)');
    for (const l of result.manifest.layers) {
      console.log(`${l.id.padEnd(22)} ${String(l.features).padStart(8)}  ${String(l.repaired ?? 0).padStart(8)}  ${String(l.dropped ?? 0).padStart(7)}`);
    }
    const sites = result.manifest.layers.find((l) => l.id === 'sites')?.siteSummary;
    if (sites) printSiteSummary(sites);
    const lines = Object.entries(result.repairs ?? {}).flatMap(([id, r]) => formatLayerRepairs(id, r));
    if (lines.length) {
      console.log('\nInvalid geometries per layer, by kind of repair or drop:');
      for (const line of lines) console.log(line);
    }
    console.log(`\nTotal ${(result.totalMs / 1000).toFixed(1)} s`);
  }
} catch (e) {
  if (e instanceof PipelineError) {
    console.error(`\nData pipeline failed: ${e.message}\nThe previous geodata/ (if any) was left as it was.`);
    process.exit(1);
  }
  console.error(e instanceof Error ? `Data pipeline failed: ${e.message}` : e);
  process.exit(1);
}
