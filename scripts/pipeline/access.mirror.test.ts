/**
 * Access by public transport built from the real mirror: `access-reach.json` keeps its contract, the sites' labour
 * shed adds up from it and the planner's census counts, and the model's running times stay near published ones.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { accessMetricKeys, type AccessReach } from '../../src/core/access/types.ts';
import type { PlannerData } from '../../src/core/planner/types.ts';
import type { Manifest, SiteProperties } from '../../src/core/types.ts';
import { accessFile, runPipeline, type PipelineResult } from './run.ts';
import { inputFiles } from './sources.ts';

const mirror = resolve(import.meta.dirname, '../../../shared/data/raw');
const present = existsSync(join(mirror, inputFiles.stopsByLine)) && existsSync(join(mirror, inputFiles.censusResidents));
const work = mkdtempSync(join(tmpdir(), 'access-mirror-'));
const out = join(work, 'geodata');

let result: PipelineResult;
let reach: AccessReach;
let planner: PlannerData;
let manifest: Manifest;
let sites: SiteProperties[];

describe.skipIf(!present)(`access by public transport on the mirror${present ? '' : ' (skipped: the data mirror ../shared/data/raw is absent)'}`, () => {
  beforeAll(async () => {
    result = await runPipeline({ sourceDir: mirror, outDir: out, log: () => {} });
    reach = JSON.parse(readFileSync(join(out, accessFile), 'utf8')) as AccessReach;
    planner = JSON.parse(readFileSync(join(out, 'planner.json'), 'utf8')) as PlannerData;
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    sites = [];
    for await (const f of deserialize(new Uint8Array(readFileSync(join(out, 'sites.fgb'))))) sites.push(f.properties as SiteProperties);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('lists the file in the manifest with its provenance, compact (no whitespace)', () => {
    expect(manifest.access?.file).toBe(accessFile);
    expect(manifest.access?.source.files).toContain(inputFiles.stopsByLine);
    const text = readFileSync(join(out, accessFile), 'utf8');
    expect(text).toBe(`${JSON.stringify(JSON.parse(text))}\n`); // no whitespace but within the parameters' texts
    expect(result.access?.bytes).toBe(Buffer.byteLength(text));
    expect(result.access?.gzipBytes).toBeLessThan(result.access!.bytes);
  });

  it('keeps the contract: sectors in the planner’s order, every site, whole minutes ascending within 45', () => {
    expect(reach.version).toBe(1);
    expect(reach.sectors).toEqual(planner.sectors.map((s) => s.code));
    expect(Object.keys(reach.sites).sort()).toEqual(sites.map((s) => s.siteId).sort());
    const bad: string[] = [];
    for (const [id, r] of Object.entries(reach.sites)) {
      let last = -1;
      const seen = new Set<number>();
      for (const [j, m] of r.transit) {
        if (!Number.isInteger(j) || j < 0 || j >= reach.sectors.length || seen.has(j)) bad.push(`${id}: sector ${j}`);
        if (!Number.isInteger(m) || m < 0 || m > 45 || m < last) bad.push(`${id}: ${m} min after ${last}`);
        seen.add(j);
        last = m;
      }
    }
    expect(bad).toEqual([]);
    expect(reach.parameters.metroKmh).toBe(28);
    expect(typeof reach.parameters.sectorPoint).toBe('string');
  });

  it('gives every site its labour shed: integers, growing with the band, employed ≤ residents, summed from the file', () => {
    const bySector = planner.sectors;
    for (const s of sites) {
      const m = accessMetricKeys.slice(0, 6).map((k) => s[k]);
      for (const v of m) expect(Number.isInteger(v), s.siteId).toBe(true);
      const [r20, r30, r45, e20, e30, e45] = m as [number, number, number, number, number, number];
      expect(r20 <= r30 && r30 <= r45 && e20 <= e30 && e30 <= e45, s.siteId).toBe(true);
      expect(e20 <= r20 && e45 <= r45, s.siteId).toBe(true);
      const sum = (band: number, key: 'residents' | 'employedResidents') =>
        reach.sites[s.siteId]!.transit.filter(([, t]) => t <= band).reduce((acc, [j]) => acc + (bySector[j]![key] ?? 0), 0);
      expect([sum(20, 'residents'), sum(30, 'residents'), sum(45, 'residents')], s.siteId).toEqual([r20, r30, r45]);
      expect([sum(20, 'employedResidents'), sum(45, 'employedResidents')], s.siteId).toEqual([e20, e45]);
      expect(r45).toBeLessThanOrEqual(planner.region.residents!);
    }
  });

  it('reports the sectors without census counts instead of reading them as zero', () => {
    expect(result.access?.transit.sectorsWithoutCensus).toEqual(planner.census.sectorsWithoutRows);
  });

  it('rides most hops along the OSM routes and keeps published running times within 15 % and lengths within 5 %', () => {
    const t = result.access!.transit;
    expect(t.network.hopsAlongRoute / t.network.hops).toBeGreaterThan(0.8);
    expect(t.validation.length).toBeGreaterThanOrEqual(4);
    for (const v of t.validation) {
      if (v.run.km !== undefined) expect(Math.abs(v.modelKm / v.run.km - 1), `line ${v.run.lineId} km`).toBeLessThan(0.05);
      if (v.run.minutes !== undefined) expect(Math.abs(v.modelMin / v.run.minutes - 1), `line ${v.run.lineId} min`).toBeLessThan(0.15);
    }
  });
});
