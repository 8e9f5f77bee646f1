/** Benchmark of the data pipeline on the mirror: time per step and in all, median of a few forced runs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runPipeline } from './pipeline/run.ts';
import { median } from './bench-util.ts';

/** Benchmark settings. */
export const defaultPipelineBenchOptions = {
  /** Forced full runs; the median of each step is printed. */
  runs: 3,
};

/** Runs the pipeline `runs` times into a temporary directory; returns printable lines (ms). */
export async function benchPipeline(o = defaultPipelineBenchOptions): Promise<string[]> {
  const out = mkdtempSync(join(tmpdir(), 'bench-geodata-'));
  const perStep = new Map<string, number[]>();
  const totals: number[] = [];
  try {
    for (let i = 0; i < o.runs; i++) {
      const r = await runPipeline({ outDir: join(out, 'geodata'), force: true, log: () => {} });
      totals.push(r.totalMs);
      for (const s of r.steps) perStep.set(s.name, [...(perStep.get(s.name) ?? []), s.ms]);
    }
    const noop = await runPipeline({ outDir: join(out, 'geodata'), log: () => {} });
    const lines = [`Pipeline on the mirror (median of ${o.runs} forced runs, goal < 30 s):`];
    for (const [name, ms] of perStep) lines.push(`  ${name.padEnd(30)} ${median(ms).toFixed(0).padStart(7)} ms`);
    lines.push(`  ${'whole pipeline'.padEnd(30)} ${median(totals).toFixed(0).padStart(7)} ms`);
    lines.push(`  ${'unchanged inputs (no-op)'.padEnd(30)} ${noop.totalMs.toFixed(0).padStart(7)} ms`);
    return lines;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  for (const line of await benchPipeline()) console.log(line);
}
