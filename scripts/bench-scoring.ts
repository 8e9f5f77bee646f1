/**
 * Benchmark of the scoring core on seeded synthetic sites (benchmark-only data, never shipped):
 * gates + scores + ranking for one sector at 5,000 / 50,000 / 250,000 sites. Goal: 250,000 in < 20 ms, linear.
 * Run alone: `npx tsx scripts/bench-scoring.ts`.
 */
import { accessNotMeasured } from '../src/core/access/metrics.ts';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { siteStatuses } from '../src/core/types.ts';
import { toColumns } from '../src/core/scoring/columns.ts';
import type { SiteInput } from '../src/core/scoring/model.ts';
import { sectorProfiles } from '../src/core/scoring/profiles.ts';
import { rankPassing, topPassing } from '../src/core/scoring/rank.ts';
import { compileProfile, newScoreResult, scoreColumns, summarize } from '../src/core/scoring/score.ts';
import { createScorer } from '../src/core/scoring/scorer.ts';
import { customProfile } from '../src/core/scoring/customProfile.ts';
import { rankStability } from '../src/core/scoring/stability.ts';
import { median, seededRandom } from './bench-util.ts';

/** Options of the benchmark. */
export const defaultBenchScoringOptions = {
  /** Site counts to time. */
  sizes: [5_000, 50_000, 250_000] as readonly number[],
  /** Timed runs per size (the median is reported), after `warmup` untimed runs. */
  runs: 15,
  warmup: 5,
  /** PRNG seed, so every run sees the same sites. */
  seed: 20190101,
  /** Sites for the stability figure (≈ the real site count). */
  stabilitySites: 470,
};


/** n synthetic sites with plausible Brussels ranges (m, m², µg/m³); 1 % unknown NO2. */
export function syntheticSites(n: number, seed: number): SiteInput[] {
  const r = seededRandom(seed);
  const dist = (max: number) => Math.round(r() * r() * max);
  const sites: SiteInput[] = new Array<SiteInput>(n);
  for (let i = 0; i < n; i++) {
    sites[i] = {
      ...accessNotMeasured(),
      siteId: `syn-${(i * 2654435761) >>> 0}`,
      status: siteStatuses[Math.floor(r() * siteStatuses.length)]!,
      areaM2: Math.round(100 + r() * r() * r() * 50_000),
      distMetroM: dist(6000),
      distTramM: dist(3000),
      distBusM: dist(1500),
      linesWithin400m: Math.floor(r() * 12),
      distRailStationM: dist(5000),
      distRailSidingM: dist(5000),
      distCanalM: dist(8000),
      distCycleRouteM: dist(1500),
      distMajorRoadM: dist(2000),
      distMotorwayM: dist(8000),
      distVilloM: dist(2000),
      no2UgM3: r() < 0.01 ? NaN : 12 + r() * 30,
      no2StationUgM3: 15 + r() * 25,
      distHousingM: dist(600),
      distProductiveZoneM: r() < 0.4 ? 0 : dist(3000),
      distSensitiveM: dist(900),
      workshopsWithin1km: Math.floor(r() * 20),
    };
  }
  return sites;
}

function timeIt(runs: number, warmup: number, fn: (k: number) => void): number {
  const times: number[] = [];
  for (let k = 0; k < warmup + runs; k++) {
    const t = performance.now();
    fn(k);
    if (k >= warmup) times.push(performance.now() - t);
  }
  return median(times);
}

const fmtMs = (ms: number, n: number) => `${ms.toFixed(2).padStart(6)} ms (${((ms / n) * 1000).toFixed(3)}/1k)`;

/** Times gates + scores + ranking per size and stability at the real site count; returns lines to print. */
export async function benchScoring(options: Partial<typeof defaultBenchScoringOptions> = {}): Promise<string[]> {
  const opts = { ...defaultBenchScoringOptions, ...options };
  const lines = [
    'scoring = gates + weighted mean + "N of M pass" + top 100 of the passing sites (median ms; ms per 1,000 sites):',
    '  cold = first scoring of fresh columns (all 15 sub-score curves evaluated); sector = full rescoring with another',
    '  sector, curves memoised; slider = createScorer().run after one weight change; gate = after one gate change;',
    '  full rank = sector rescoring + sorting every passing site (rankPassing)',
  ];
  const sectors = Object.values(sectorProfiles);
  for (const n of opts.sizes) {
    const sites = syntheticSites(n, opts.seed);
    let t = performance.now();
    const first = toColumns(sites);
    const columnsMs = performance.now() - t;
    let passCount = 0;
    const cold = timeIt(opts.runs, opts.warmup, () => {
      const cols = { ...first, subScoreCache: new Map<string, Float32Array>() };
      const res = scoreColumns(cols, compileProfile(sectorProfiles.manufacturing));
      topPassing(cols, res, 100);
      passCount = summarize(res).passCount;
    });
    const out = newScoreResult(n);
    const compiled = sectors.map((p) => compileProfile(p));
    const sector = timeIt(opts.runs, opts.warmup, (k) => {
      const res = scoreColumns(first, compiled[k % compiled.length]!, out);
      topPassing(first, res, 100);
      summarize(res);
    });
    const fullRank = timeIt(opts.runs, opts.warmup, () => rankPassing(first, scoreColumns(first, compiled[0]!, out)));
    const scorer = createScorer(first);
    const base = sectorProfiles.manufacturing;
    scorer.run(base);
    const slider = timeIt(opts.runs, opts.warmup, (k) => {
      const res = scorer.run(customProfile(base, { weights: { metro: 1 + (k % 7) * 0.5 } }));
      topPassing(first, res, 100);
      summarize(res);
    });
    const gate = timeIt(opts.runs, opts.warmup, (k) => {
      const res = scorer.run(customProfile(base, { weights: { metro: 1 }, limits: { areaM2: { min: 200 + (k % 7) * 100 } } }));
      topPassing(first, res, 100);
      summarize(res);
    });
    lines.push(
      `  ${String(n).padStart(7)} sites, ${passCount} pass (manufacturing): cold ${fmtMs(cold, n)}, sector ${fmtMs(sector, n)}, ` +
        `slider ${fmtMs(slider, n)}, gate ${fmtMs(gate, n)}, full rank ${fmtMs(fullRank, n)}; ` +
        `toColumns once ${columnsMs.toFixed(0)} ms`,
    );
    // Yield between sizes so a caller can print progressively.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  const cols = toColumns(syntheticSites(opts.stabilitySites, opts.seed + 1));
  let stable = 0;
  let ranked = 0;
  const stab = timeIt(7, 2, () => {
    const st = rankStability(cols, sectorProfiles.manufacturing);
    stable = st.stableCount;
    ranked = st.sites.length;
  });
  lines.push(
    `  stability (±20 % on each weight, ${2 * compileProfile(sectorProfiles.manufacturing).terms.length} re-rankings) for ` +
      `${opts.stabilitySites} sites: ${stab.toFixed(2)} ms, ${stable} of ${ranked} ranked sites stable`,
  );
  return lines;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  void benchScoring().then((lines) => {
    for (const line of lines) console.log(line);
  });
}
