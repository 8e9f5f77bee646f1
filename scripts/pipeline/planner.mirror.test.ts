/** The planner figures built from the real mirror: they add up, reconcile and match the census totals. */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import { lossCategories, type LandLossProperties, type PlannerData } from '../../src/core/planner/types.ts';
import type { Manifest } from '../../src/core/types.ts';
import { runPipeline } from './run.ts';

const mirror = resolve(import.meta.dirname, '../../../shared/data/raw');
const present = existsSync(join(mirror, 'statbel-census-2021/TF_CENSUS_2021_S01_cleaned.csv'));
const work = mkdtempSync(join(tmpdir(), 'planner-mirror-'));
const out = join(work, 'geodata');

async function properties<P>(file: string): Promise<P[]> {
  const list: P[] = [];
  for await (const f of deserialize(new Uint8Array(readFileSync(join(out, file))))) list.push(f.properties as P);
  return list;
}

let data: PlannerData;
let manifest: Manifest;

// Without the mirror (../shared/data/raw) there is nothing real to check: the unit tests cover the code.
describe.skipIf(!present)(`planner figures on the mirror${present ? '' : ' (skipped: the data mirror ../shared/data/raw is absent)'}`, () => {
  beforeAll(async () => {
    await runPipeline({ sourceDir: mirror, outDir: out, log: () => {} });
    data = JSON.parse(readFileSync(join(out, 'planner.json'), 'utf8')) as PlannerData;
    manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('has the 19 municipalities and every sector', () => {
    expect(data.municipalities).toHaveLength(19);
    expect(new Set(data.municipalities.map((m) => m.code)).size).toBe(19);
    expect(data.sectors).toHaveLength(724);
  });

  it('adds the municipalities\' productive land up to the region and to the sites', async () => {
    const sum = data.municipalities.reduce((s, m) => s + m.productiveTotalHa, 0);
    expect(Math.abs(sum - data.region.productiveTotalHa)).toBeLessThan(0.01);
    const sitesHa = (await properties<{ areaM2: number }>('sites.fgb')).reduce((s, p) => s + p.areaM2, 0) / 10_000;
    expect(Math.abs(sum - sitesHa)).toBeLessThan(1);
  });

  it('reconciles the 2013 land in every area: still industrial + each lost category', () => {
    for (const a of [data.region, ...data.municipalities, ...data.sectors]) {
      const c = a.change2013;
      const parts = c.stillIndustrialHa + lossCategories.reduce((s, k) => s + c.lostHa[k], 0);
      expect(Math.abs(c.industrial2013Ha - parts), a.code).toBeLessThan(1);
      expect(Math.abs(c.industrial2013Ha - parts), a.code).toBeLessThan(0.011);
    }
  });

  it('counts every resident and employed resident of the census, and reports the join', () => {
    expect(data.region.residents).toBe(1_219_970);
    expect(data.region.employedResidents).toBe(463_067);
    expect(data.municipalities.reduce((s, m) => s + (m.residents ?? 0), 0)).toBe(1_219_970);
    expect(data.census.sectorsWithoutRows).toHaveLength(22);
    expect(data.census.rowsWithoutSector).toHaveLength(19);
    expect(data.census.rowsWithoutSector.reduce((s, r) => s + r.residents, 0)).toBe(3_069);
    expect(data.sectors.filter((s) => s.residents === null)).toHaveLength(22);
  });

  it('writes the two layers and planner.json with their provenance', async () => {
    for (const id of ['sectors', 'land-losses'] as const) {
      const l = manifest.layers.find((x) => x.id === id);
      expect(l?.features, id).toBeGreaterThan(0);
      expect(l?.source.licence, id).not.toBe('');
    }
    expect(manifest.planner?.file).toBe('planner.json');
    expect(manifest.planner?.source.files).toContain('statbel-census-2021/TF_CENSUS_2021_S01_cleaned.csv');
    const losses = await properties<LandLossProperties>('land-losses.fgb');
    const nis = new Set(data.municipalities.map((m) => m.code));
    for (const l of losses) {
      expect(l.areaM2).toBeGreaterThanOrEqual(100);
      expect(lossCategories).toContain(l.category);
      expect(nis.has(l.nis), l.lossId).toBe(true);
    }
    expect(new Set(losses.map((l) => l.lossId)).size).toBe(losses.length);
  });
});
