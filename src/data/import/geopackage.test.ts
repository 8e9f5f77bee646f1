import { describe, expect, it } from 'vitest';
import type { Point } from 'geojson';
import { makeRegionTest } from '../../core/usersites/regionTest.ts';
import { esriPrj, metresBetween, ogcWkt72, roughRegion, sainteCatherine, squareRing } from '../../core/usersites/test-fixtures.ts';
import { readImportFile, SeveralLayersError } from './readImport.ts';
import { loadSqlJsInNode, makeGeoPackage, type GpkgTable } from './test-fixtures.ts';

const region = makeRegionTest(roughRegion);
const opts = { loadSqlJs: loadSqlJsInNode };
const srs72 = { id: 31370, organization: 'EPSG', code: 31370, definition: ogcWkt72 };

const table = (name: string, srs: GpkgTable['srs'], at: [number, number], half: number): GpkgTable => ({
  name,
  srs,
  columns: { naam: 'TEXT', code: 'TEXT', opp: 'REAL' },
  rows: [
    { geometry: { type: 'Point', coordinates: at }, values: { naam: 'Sint-Katelijne', code: 'K1', opp: 1200.5 } },
    { geometry: { type: 'MultiPolygon', coordinates: [[squareRing(at, half)]] }, values: { naam: 'Blok', code: 'K2', opp: null } },
    { geometry: null, values: { naam: 'leeg' } },
  ],
});

describe('GeoPackages', () => {
  it('reads the same place from Lambert 72, Lambert 2008 and WGS84 tables within 1 m', async () => {
    const cases = [
      [table('l72', srs72, sainteCatherine.lambert72, 30), 'EPSG:31370'],
      [table('l08', { id: 3812, organization: 'EPSG', code: 3812, definition: esriPrj.lambert2008 }, sainteCatherine.lambert2008, 30), 'EPSG:3812'],
      [table('wgs', { id: 4326, organization: 'EPSG', code: 4326, definition: esriPrj.wgs84 }, sainteCatherine.wgs84, 0.0004), 'EPSG:4326'],
      [table('custom', { id: 100001, organization: 'NONE', code: 100001, definition: esriPrj.lambert2008 }, sainteCatherine.lambert2008, 30), 'EPSG:3812'],
    ] as const;
    for (const [t, crs] of cases) {
      const r = await readImportFile({ name: `${t.name}.gpkg`, bytes: await makeGeoPackage([t]) }, region, opts);
      expect(r, t.name).toMatchObject({ format: 'geopackage', crs, crsFrom: 'file', nameColumn: 'naam', idColumn: 'fid', columns: ['fid', 'naam', 'code', 'opp'] });
      expect(metresBetween((r.sites[0]!.geometry as Point).coordinates, sainteCatherine.wgs84), t.name).toBeLessThan(1);
      expect(r.sites[0]!.attributes, t.name).toEqual({ code: 'K1', opp: 1200.5 });
      expect(r.sites[1]!.geometry.type).toBe('MultiPolygon');
      expect(r.refused, t.name).toEqual([{ featureNumber: 3, reason: 'no-geometry', detail: 'feature 3: no geometry' }]);
    }
  });

  it('refuses a row whose geometry blob is unreadable, by its number', async () => {
    const t = table('l72', srs72, sainteCatherine.lambert72, 30);
    t.rows[1]!.rawBlob = Uint8Array.of(0x47, 0x50, 0, 1, 0x6a, 0x7a, 0, 0, 1, 3, 0);
    const r = await readImportFile({ name: 'bad-row.gpkg', bytes: await makeGeoPackage([t]) }, region, opts);
    expect(r.refused.map((x) => [x.featureNumber, x.reason])).toEqual([[2, 'invalid-geometry'], [3, 'no-geometry']]);
    expect(r.refused[0]!.detail).toMatch(/^feature 2: unreadable geometry \(truncated/);
  });

  it('asks for a layer among several feature tables, and reads the one chosen', async () => {
    const bytes = await makeGeoPackage([table('a', srs72, sainteCatherine.lambert72, 30), table('b', srs72, sainteCatherine.lambert72, 30)]);
    const err = await readImportFile({ name: 'two.gpkg', bytes }, region, opts).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeveralLayersError);
    expect(err).toMatchObject({ reason: 'unreadable', layers: ['a', 'b'] });
    expect((await readImportFile({ name: 'two.gpkg', bytes }, region, { ...opts, layer: 'b' })).sites).toHaveLength(2);
  });

  it('reads at most maxFeatures rows, counting the rest', async () => {
    const t = table('l72', srs72, sainteCatherine.lambert72, 30);
    const r = await readImportFile({ name: 'cap.gpkg', bytes: await makeGeoPackage([t]) }, region, { ...opts, maxFeatures: 1 });
    expect(r.sites).toHaveLength(1);
    expect(r.refused).toEqual([expect.objectContaining({ featureNumber: 2, reason: 'over-limit', detail: expect.stringMatching(/^2 features from feature 2 on/) })]);
  });

  it('refuses an SQLite file without feature tables, an unsupported SRS, an empty table and a damaged database', async () => {
    const plain = await makeGeoPackage([], false);
    await expect(readImportFile({ name: 'plain.sqlite', bytes: plain }, region, opts)).rejects.toMatchObject({ reason: 'not-spatial', message: expect.stringMatching(/^plain\.sqlite: an SQLite database without GeoPackage feature tables/) });
    const utm = table('utm', { id: 32631, organization: 'EPSG', code: 32631, definition: esriPrj.utm31n }, [595000, 5634000], 30);
    await expect(readImportFile({ name: 'utm.gpkg', bytes: await makeGeoPackage([utm]) }, region, opts)).rejects.toMatchObject({ reason: 'crs-unsupported', message: expect.stringMatching(/EPSG:32631/) });
    const empty = { ...table('e', srs72, sainteCatherine.lambert72, 30), rows: [] };
    await expect(readImportFile({ name: 'e.gpkg', bytes: await makeGeoPackage([empty]) }, region, opts)).rejects.toMatchObject({ reason: 'empty' });
    const good = await makeGeoPackage([table('l72', srs72, sainteCatherine.lambert72, 30)]);
    const damaged = good.slice(0, 2048);
    await expect(readImportFile({ name: 'cut.gpkg', bytes: damaged }, region, opts)).rejects.toMatchObject({ reason: 'unreadable', message: expect.stringMatching(/^cut\.gpkg: /) });
  });
});
