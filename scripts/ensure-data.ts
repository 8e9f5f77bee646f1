/**
 * Before the app starts or builds: brings geodata/ up to date with the mirror. The check costs a few
 * tens of ms when nothing changed (the pipeline is a no-op then). When geodata/ exists but cannot be
 * rebuilt (no mirror on a deployment machine, a broken input), the existing layers are kept.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runPipeline } from './pipeline/run.ts';

const manifest = resolve(import.meta.dirname, '../geodata/manifest.json');
const present = existsSync(manifest);
if (!present) console.log('geodata/ is missing: building it from ../shared/data (npm run data)');
try {
  await runPipeline();
} catch (e) {
  const message = e instanceof Error ? e.message : String(e);
  if (!present) {
    console.error(`Data pipeline failed: ${message}`);
    process.exit(1);
  }
  console.warn(`geodata/ could not be refreshed (${message}); using the existing layers.`);
}
