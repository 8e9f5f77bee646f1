/** Builds geodata/ when it is missing (first run on a fresh clone); otherwise does nothing. */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { runPipeline } from './pipeline/run.ts';

const manifest = resolve(import.meta.dirname, '../geodata/manifest.json');
if (!existsSync(manifest)) {
  console.log('geodata/ is missing: building it from ../shared/data (npm run data)');
  try {
    await runPipeline();
  } catch (e) {
    console.error(`Data pipeline failed: ${(e as Error).message}`);
    process.exit(1);
  }
}
