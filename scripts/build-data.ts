/** `npm run data`: builds geodata/ from the open-data mirror. Flags: --source DIR, --out DIR, --force. */
import { resolve } from 'node:path';
import { PipelineError } from './pipeline/errors.ts';
import { runPipeline, type PipelineOptions } from './pipeline/run.ts';

function parseArgs(argv: string[]): Partial<PipelineOptions> {
  const o: Partial<PipelineOptions> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--force') o.force = true;
    else if (a === '--source' || a === '--out') {
      const v = argv[++i];
      if (!v) throw new Error(`${a} needs a directory`);
      if (a === '--source') o.sourceDir = resolve(v);
      else o.outDir = resolve(v);
    } else if (a === '--help' || a === '-h') {
      console.log('usage: npm run data -- [--source DIR] [--out DIR] [--force]');
      process.exit(0);
    } else throw new Error(`unknown option ${a} (expected --source DIR, --out DIR or --force)`);
  }
  return o;
}

try {
  const result = await runPipeline(parseArgs(process.argv.slice(2)));
  if (result.status === 'built') {
    console.log('\nLayer                  features  repaired  dropped  (invalid geometries in its source files)');
    for (const l of result.manifest.layers) {
      console.log(`${l.id.padEnd(22)} ${String(l.features).padStart(8)}  ${String(l.repaired ?? 0).padStart(8)}  ${String(l.dropped ?? 0).padStart(7)}`);
    }
    const repairs = [...(result.repairs ?? [])].filter(([, l]) => l.repaired || l.dropped);
    if (repairs.length) {
      console.log('\nInvalid geometries (repaired or dropped), per source file:');
      for (const [file, l] of repairs) {
        console.log(`  ${file}: ${l.repaired} repaired, ${l.dropped} dropped`);
        for (const e of l.examples) console.log(`    e.g. ${e}`);
      }
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
