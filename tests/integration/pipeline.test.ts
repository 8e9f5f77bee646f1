/** The pipeline on the real mirror: layer counts, containment, complete metrics, GDAL-readability, no-op and safe failure. */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deserialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { projectGeometry, toLambert72 } from '../../src/core/geo/proj.ts';
import { metricKeys, offerStatuses, siteStatuses, type Manifest, type SiteProperties } from '../../src/core/types.ts';
import { decodeEvidence } from '../../src/core/status/evidence.ts';
import { statusRuleById } from '../../src/core/status/decide.ts';
import { prepareSite, siteArea } from '../../src/core/geo/geom.ts';
import Flatbush from 'flatbush';
import intersect from '@turf/intersect';
import { featureCollection, feature as turfFeature } from '@turf/helpers';
import { PipelineError } from '../../scripts/pipeline/errors.ts';
import { buildRegion } from '../../scripts/pipeline/layers.ts';
import { positionsOf } from '../../src/core/geo/bbox.ts';
import { runPipeline, type PipelineResult } from '../../scripts/pipeline/run.ts';
import { RepairBook } from '../../scripts/pipeline/repairs.ts';
/** Access metrics over the 2013 roads (NaN where no drivable road is near). */
const roadMetricKeys = ['roadKmToMotorway', 'truckMinToMotorway', 'roadKmToCanalQuay'] as const;

const mirror = resolve(import.meta.dirname, '../../../shared/data/raw');
const work = mkdtempSync(join(tmpdir(), 'pipeline-it-'));
const out = join(work, 'geodata');
const quiet = { log: () => {} };
let first: PipelineResult;

/** A mirror of symlinks to the real one where the file `rel` holds `content` instead. */
function mirrorWith(name: string, rel: string, content: string): string {
  const dir = join(work, name);
  mkdirSync(dir);
  for (const d of readdirSync(mirror)) symlinkSync(join(mirror, d), join(dir, d));
  const sub = dirname(rel);
  rmSync(join(dir, sub));
  mkdirSync(join(dir, sub));
  for (const f of readdirSync(join(mirror, sub))) if (join(sub, f) !== rel) symlinkSync(join(mirror, sub, f), join(dir, sub, f));
  writeFileSync(join(dir, rel), content);
  return dir;
}

const stibRel = 'stib-opendata-2024/stib_stops_with_lines_2024.geojson';
/** The STIB stops file after `edit`. */
function stibWith(edit: (fc: FeatureCollection<Point>) => void): string {
  const fc = JSON.parse(readFileSync(join(mirror, stibRel), 'utf8')) as FeatureCollection<Point>;
  edit(fc);
  return JSON.stringify(fc);
}

async function readLayer(id: string): Promise<Feature<Geometry, Record<string, unknown>>[]> {
  return readLayerFrom(out, id);
}

async function readLayerFrom(dir: string, id: string): Promise<Feature<Geometry, Record<string, unknown>>[]> {
  const bytes = new Uint8Array(readFileSync(join(dir, `${id}.fgb`)));
  const features: Feature<Geometry, Record<string, unknown>>[] = [];
  for await (const f of deserialize(bytes)) features.push(f as unknown as Feature<Geometry, Record<string, unknown>>);
  return features;
}

beforeAll(async () => {
  first = await runPipeline({ sourceDir: mirror, outDir: out, ...quiet });
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('pipeline on the mirror', () => {
  it('writes every layer listed in the manifest, with provenance', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as Manifest;
    expect(manifest.layers.map((l) => l.id)).toContain('sites');
    for (const l of manifest.layers) {
      expect(existsSync(join(out, l.file))).toBe(true);
      expect(l.crs).toBe('EPSG:4326');
      expect(l.features).toBeGreaterThan(0);
      expect(l.source.licence).not.toBe('');
      expect(l.source.date).not.toBe('');
      expect(l.attribution).not.toBe('');
      expect(l.bbox[0]).toBeGreaterThan(4.1);
      expect(l.bbox[2]).toBeLessThan(4.6);
    }
    expect(manifest.layers.find((l) => l.id === 'roads')?.source.date).toBe('2013-01-01');
    expect(manifest.basemap).toHaveLength(5);
    for (const b of manifest.basemap ?? []) expect(existsSync(join(out, b.file))).toBe(true);
  });

  it('has the 19 municipalities with NIS codes and both names', async () => {
    const communes = await readLayer('communes');
    expect(communes).toHaveLength(19);
    expect(new Set(communes.map((c) => c.properties.nis)).size).toBe(19);
    for (const c of communes) {
      expect(c.properties.nis).toMatch(/^210\d\d$/);
      expect(c.properties.nameFr).not.toBe('');
      expect(c.properties.nameNl).not.toBe('');
    }
  });

  it('gives every site its metrics, a status with evidence, an address, coordinates and its 2013 land use', async () => {
    const sites = await readLayer('sites');
    expect(new Set(sites.map((s) => s.properties.siteId)).size).toBe(sites.length);
    // a road metric is NaN only for a site with no drivable 2013 road within 200 m: a handful, said in the summary
    const noRoad = sites.filter((s) => !Number.isFinite(s.properties.truckMinToMotorway));
    expect(noRoad.length).toBeLessThanOrEqual(Math.ceil(sites.length / 100));
    for (const s of sites) {
      const p = s.properties;
      const id = String(p.siteId);
      for (const k of metricKeys) {
        expect(typeof p[k], `${id}.${k}`).toBe('number');
        const roadMetric = (roadMetricKeys as readonly string[]).includes(k);
        if (!roadMetric || !noRoad.includes(s)) expect(Number.isFinite(p[k]), `${id}.${k}`).toBe(true);
      }
      expect(p.communeNis, id).toMatch(/^210\d\d$/);
      expect(siteStatuses, id).toContain(p.status);
      expect(decodeEvidence(p.statusEvidence).length, `${id} evidence`).toBeGreaterThan(0);
      expect(statusRuleById(String(p.statusRule))?.status, `${id} rule`).toBe(p.status);
      expect(String(p.streetFr), `${id} street`).not.toBe('');
      expect(p.lon as number, id).toBeGreaterThan(4.2);
      expect(p.lon as number, id).toBeLessThan(4.5);
      expect(p.lat as number, id).toBeGreaterThan(50.7);
      expect(p.lat as number, id).toBeLessThan(50.95);
      expect(typeof p.landuse2013, id).toBe('string');
      expect(p.formerIndustrialM2 as number, id).toBeLessThanOrEqual(p.areaM2 as number);
    }
    const summary = first.manifest.layers.find((l) => l.id === 'sites')?.siteSummary;
    expect(summary && Object.values(summary.byStatus).reduce((a, b) => a + b, 0)).toBe(sites.length);
  });

  it('never offers housing, and names substations, depots, treatment and fuel sites occupied, the SME park new-productive', async () => {
    const sites = (await readLayer('sites')).map((s) => ({ ...(s.properties as unknown as SiteProperties), tags: decodeEvidence(s.properties.statusEvidence) }));
    const has = (s: (typeof sites)[number], key: RegExp, value: RegExp) => s.tags.some((e) => e.t === 'tag' && key.test(e.key) && value.test(e.value));
    const offered = sites.filter((s) => (offerStatuses as readonly unknown[]).includes(s.status));
    for (const s of offered) expect(has(s, /^(construction|proposed:.+)$/, /^(residential|apartments)$/), String(s.siteId)).toBe(false);
    const byName = (re: RegExp) => sites.filter((s) => re.test(String(s.name)));
    for (const re of [/^Elia$/, /Fluxys/, /^Dépôt (Erasme|Delta|Marly|Haren)/, /épuration.*Nord/, /^Lukoil|TotalEnergies|Comfort Energy/, /Sous-station de traction/]) {
      const found = byName(re);
      expect(found.length, String(re)).toBeGreaterThan(0);
      for (const s of found) expect(s.status, `${String(s.name)}`).toBe('occupied');
    }
    expect(byName(/Parc PME Stevin/).map((s) => s.status)).toEqual(['new-productive']);
  });

  it('keeps one site per piece of land (no overlap over 1 m²) and no site under 100 m²', async () => {
    const sites = await readLayer('sites');
    const polys = sites.map((s) => projectGeometry(s.geometry as Polygon | MultiPolygon, toLambert72));
    const tree = new Flatbush(polys.length);
    const shapes = polys.map((g) => prepareSite(g));
    for (const sh of shapes) tree.add(...sh.bbox);
    tree.finish();
    for (const [i, sh] of shapes.entries()) {
      expect(siteArea(sh), String(sites[i]!.properties.siteId)).toBeGreaterThanOrEqual(100);
      for (const j of tree.search(...sh.bbox)) {
        if (j <= i) continue;
        const shared = intersect(featureCollection([turfFeature(polys[i]!), turfFeature(polys[j]!)]));
        const m2 = shared ? siteArea(prepareSite(shared.geometry)) : 0;
        expect(m2, `${String(sites[i]!.properties.siteId)} × ${String(sites[j]!.properties.siteId)}`).toBeLessThanOrEqual(1);
      }
    }
  });

  it('has the STIB stops and NO2 points', async () => {
    expect((await readLayer('transit-stops')).length).toBeGreaterThanOrEqual(2450);
    expect((await readLayer('no2-points')).length).toBeGreaterThanOrEqual(2400);
  });

  it('keeps sites and zones inside the region (to 1 m)', async () => {
    const region = await buildRegion(mirror, new RepairBook());
    for (const id of ['sites', 'productive-zones']) {
      for (const f of await readLayer(id)) {
        for (const p of positionsOf(f.geometry) as Position[]) {
          const q = toLambert72(p);
          if (!region.contains(q)) expect(region.distanceToBoundaryM(q), `${id} vertex ${p.join(',')}`).toBeLessThan(1);
        }
      }
    }
  });

  it('writes files that GDAL opens as ordinary FlatGeobuf', () => {
    let version: string;
    try {
      version = execFileSync('ogrinfo', ['--version'], { encoding: 'utf8' });
    } catch {
      throw new Error('ogrinfo not found: install GDAL (apt-get install -y gdal-bin; .ci/run does it)');
    }
    expect(version).toMatch(/GDAL/);
    for (const f of readdirSync(out).filter((n) => n.endsWith('.fgb'))) {
      const summary = spawnSync('ogrinfo', ['-ro', '-so', '-al', join(out, f)], { encoding: 'utf8' });
      expect(summary.stdout, f).toMatch(/using driver `FlatGeobuf' successful/);
      expect(summary.stdout, f).toMatch(/Feature Count: [1-9]/);
      expect(summary.stdout, f).toMatch(/ID\["EPSG",4326\]/);
      // Reading every feature catches geometry encodings GDAL rejects.
      const full = spawnSync('ogrinfo', ['-ro', '-al', '-q', join(out, f)], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
      expect(full.status, f).toBe(0);
      expect(full.stderr, f).not.toMatch(/ERROR/);
    }
  });

  it('is a no-op when nothing changed, and rebuilds with force', async () => {
    expect(first.status).toBe('built');
    const again = await runPipeline({ sourceDir: mirror, outDir: out, ...quiet });
    expect(again.status).toBe('up-to-date');
    expect(again.manifest.builtAt).toBe(first.manifest.builtAt);
    const forced = await runPipeline({ sourceDir: mirror, outDir: out, force: true, ...quiet });
    expect(forced.status).toBe('built');
    first = forced;
  });

  it('names a corrupt input file and leaves the previous output intact', async () => {
    const broken = mirrorWith('broken-mirror', 'osm-pasloin/osm_poi.geojson', '{"type": "FeatureCollection", "features": [');
    const before = readFileSync(join(out, 'manifest.json'), 'utf8');
    const error = await runPipeline({ sourceDir: broken, outDir: out, ...quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    expect(String((error as Error).message)).toMatch(/osm_poi\.geojson.*unparsable JSON/);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(work).filter((n) => n.includes('.tmp-'))).toEqual([]);
  });

  it('names a missing source directory', async () => {
    await expect(runPipeline({ sourceDir: join(work, 'nowhere'), outDir: out, ...quiet })).rejects.toThrow(/nowhere: source directory not found/);
  });
});

describe('bad features in the STIB stops file (null coordinates, one stop in Lambert 72)', () => {
  // Feature 2 is MONTGOMERY (stop 0089), feature 3 SIMONIS (0470F): both inside the region.
  let poisoned: PipelineResult;
  beforeAll(async () => {
    const src = mirrorWith('poisoned-stib', stibRel, stibWith((fc) => {
      (fc.features[2]!.geometry as { coordinates: unknown }).coordinates = [null, null];
      fc.features[3]!.geometry.coordinates = toLambert72(fc.features[3]!.geometry.coordinates);
    }));
    poisoned = await runPipeline({ sourceDir: src, outDir: join(work, 'poisoned-out'), ...quiet });
  });
  const stopsOf = (r: PipelineResult) => r.manifest.layers.find((l) => l.id === 'transit-stops')!;

  it('drops the stop with null coordinates, names it (file, index, stop) and builds every layer', () => {
    expect(poisoned.status).toBe('built');
    expect(poisoned.manifest.layers.map((l) => l.id)).toEqual(first.manifest.layers.map((l) => l.id));
    const stops = stopsOf(poisoned);
    expect(stops.repairs?.byKind['unusable-coordinates']).toBe(1);
    expect(stops.repairs?.examples.join('\n')).toMatch(/stib_stops_with_lines_2024\.geojson feature 2 \(stop_id 0089, 'MONTGOMERY'\): dropped, point coordinates \[null, null\]/);
  });

  it('reads the file as degrees by its bulk: only the Lambert 72 stop is dropped and named, metrics stay', async () => {
    const stops = stopsOf(poisoned);
    expect(stops.features).toBe(stopsOf(first).features - 2);
    expect(stops.dropped).toBe(2);
    expect(stops.repairs?.byKind['crs-outlier']).toBe(1);
    expect(stops.repairs?.examples.join('\n')).toMatch(/feature 3 \(stop_id 0470F, 'SIMONIS'\): dropped, coordinates look like Lambert 72 metres/);
    const sites = poisoned.manifest.layers.find((l) => l.id === 'sites')!;
    expect(sites.features).toBe(first.manifest.layers.find((l) => l.id === 'sites')!.features);
    const metro = (await readLayerFrom(join(work, 'poisoned-out'), 'sites')).filter((s) => (s.properties.distMetroM as number) < 30_000);
    expect(metro.length).toBeGreaterThan(300);
  });
});

describe('a layer that loses most of its features', () => {
  it('fails loudly against the previous manifest, leaving geodata/ intact; acceptDrops lets it through', async () => {
    const guarded = join(work, 'guarded');
    cpSync(out, guarded, { recursive: true });
    const before = readFileSync(join(guarded, 'manifest.json'), 'utf8');
    const previous = (JSON.parse(before) as Manifest).layers.find((l) => l.id === 'transit-stops')!.features;
    // A broken export: every stop after the first 100 lost its coordinates.
    const src = mirrorWith('mostly-null-stib', stibRel, stibWith((fc) => fc.features.slice(100).forEach((f) => ((f.geometry as { coordinates: unknown }).coordinates = null))));
    const error = await runPipeline({ sourceDir: src, outDir: guarded, ...quiet }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PipelineError);
    const message = String((error as Error).message);
    expect(message).toMatch(new RegExp(`layer transit-stops.*: \\d+ features against ${previous} in the previous build`));
    expect(message).toMatch(/below 50 % of the previous count/);
    expect(message).toMatch(/--accept-drops/);
    expect(readFileSync(join(guarded, 'manifest.json'), 'utf8')).toBe(before);
    expect(readdirSync(work).filter((n) => n.includes('.tmp-'))).toEqual([]);
    const accepted = await runPipeline({ sourceDir: src, outDir: guarded, acceptDrops: true, ...quiet });
    const stops = accepted.manifest.layers.find((l) => l.id === 'transit-stops')!;
    expect(stops.features).toBeLessThanOrEqual(100);
    expect(stops.dropped).toBe((JSON.parse(stibWith(() => {})) as FeatureCollection).features.length - 100);
  });
});

describe('repair report per layer', () => {
  const landuse = (JSON.parse(readFileSync(join(mirror, 'osm-pasloin/osm_landuse.geojson'), 'utf8')) as FeatureCollection).features;
  const layer = (id: string) => first.manifest.layers.find((l) => l.id === id)!;

  it('counts, for zones, sites and housing, only the repaired features each keeps, by kind, with named examples of its own', () => {
    const expected: Record<string, RegExp> = { 'productive-zones': /^industrial$/, sites: /^(brownfield|greenfield|industrial|construction)$/, housing: /^residential$/ };
    for (const [id, classes] of Object.entries(expected)) {
      const l = layer(id);
      expect(l.repaired, id).toBeGreaterThan(0);
      expect(l.repaired, id).toBeLessThanOrEqual(l.features);
      expect(l.dropped, id).toBe(0);
      expect(Object.values(l.repairs!.byKind).reduce((a, b) => a + b, 0), id).toBeGreaterThanOrEqual(l.repaired!);
      expect(l.repairs!.byKind['repeated-points-removed'], id).toBeGreaterThan(0);
      expect(l.repairs!.examples.length, id).toBeGreaterThan(0);
      for (const e of l.repairs!.examples) {
        const index = Number(/osm_landuse\.geojson feature (\d+) \(id \d+/.exec(e)?.[1]);
        expect(String(landuse[index]?.properties?.landuse), `${id}: ${e}`).toMatch(classes);
        expect(e, id).toMatch(/: repeated points removed|: ring closed|: self-intersection|: non-numeric|: degenerate|: part without area/);
      }
    }
    expect(layer('housing').repaired).not.toBe(layer('productive-zones').repaired);
    expect(layer('transit-stops')).toMatchObject({ repaired: 0, dropped: 0, repairs: { byKind: {}, examples: [] } });
  });
});
