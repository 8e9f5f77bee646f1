import { describe, expect, it } from 'vitest';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { makeRegionTest } from '../../core/usersites/regionTest.ts';
import { metresBetween, roughRegion, sainteCatherine, squareRing } from '../../core/usersites/test-fixtures.ts';
import { ImportError, importLimits, type ImportResult } from '../../core/usersites/types.ts';
import { checkImportSize, detectImportFormat, NoUsableFeatureError, readImportFile, type ReadImportOptions } from './readImport.ts';
import { makeShp, makeZip } from './test-fixtures.ts';

const region = makeRegionTest(roughRegion);
const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const read = (name: string, content: string | Uint8Array, options?: ReadImportOptions): Promise<ImportResult> =>
  readImportFile({ name, bytes: typeof content === 'string' ? enc(content) : content }, region, options);
const fc = (features: Feature[], extra: Record<string, unknown> = {}): string => JSON.stringify({ type: 'FeatureCollection', ...extra, features });
const pointFeature = (c: number[], properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: c }, properties });
const firstPoint = (r: ImportResult): number[] => (r.sites[0]!.geometry as Point).coordinates;

/** The ImportError a read throws (fails the test when it resolves). */
async function failure(name: string, content: string | Uint8Array, options?: ReadImportOptions): Promise<ImportError> {
  const e = await read(name, content, options).then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e, `${name} should fail`).toBeInstanceOf(ImportError);
  return e as ImportError;
}

describe('detectImportFormat', () => {
  it('tells formats by magic bytes first, then extension, then content', () => {
    expect(detectImportFormat('x.bin', Uint8Array.of(0x66, 0x67, 0x62, 3, 0x66, 0x67, 0x62, 0))).toBe('flatgeobuf');
    expect(detectImportFormat('x.dat', enc('SQLite format 3\0rest'))).toBe('geopackage');
    expect(detectImportFormat('x.dat', makeZip({ 'a.txt': 'a' }))).toBe('shapefile');
    expect(detectImportFormat('x.xlsx', makeZip({ 'a.txt': 'a' }))).toBeNull();
    expect(detectImportFormat('x', makeShp(1, []).shp)).toBe('shp');
    expect(detectImportFormat('x.json', enc('{}'))).toBe('geojson');
    expect(detectImportFormat('x.txt', enc('a;b'))).toBe('csv');
    expect(detectImportFormat('noext', enc(' \n[1]'))).toBe('geojson');
    expect(detectImportFormat('noext', enc('lon,lat'))).toBe('csv');
    expect(detectImportFormat('x.kml', enc('<kml/>'))).toBeNull();
    expect(detectImportFormat('x.bin', Uint8Array.of(1, 0, 2, 3))).toBeNull();
  });
});

describe('GeoJSON', () => {
  it('reads the same point in WGS84, Lambert 72 (crs member) and Lambert 2008 (coordinates) within 1 m', async () => {
    const w = await read('w.geojson', fc([pointFeature(sainteCatherine.wgs84, { name: 'a' })]));
    expect(w).toMatchObject({ format: 'geojson', crs: 'EPSG:4326', crsFrom: 'coordinates' });
    const l72 = await read('l72.geojson', fc([pointFeature(sainteCatherine.lambert72)], { crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::31370' } } }));
    expect(l72).toMatchObject({ crs: 'EPSG:31370', crsFrom: 'file' });
    const l08 = await read('l08.json', fc([pointFeature(sainteCatherine.lambert2008)]));
    expect(l08).toMatchObject({ crs: 'EPSG:3812', crsFrom: 'coordinates' });
    for (const r of [w, l72, l08]) expect(metresBetween(firstPoint(r), sainteCatherine.wgs84)).toBeLessThan(1);
  });
  it('reads a lone Feature, a bare geometry and an array of features', async () => {
    expect((await read('f.geojson', JSON.stringify(pointFeature([4.35, 50.85])))).sites).toHaveLength(1);
    expect((await read('g.geojson', JSON.stringify({ type: 'Polygon', coordinates: [squareRing([4.35, 50.85], 0.001)] }))).sites).toHaveLength(1);
    expect((await read('a.json', JSON.stringify([pointFeature([4.35, 50.85]), pointFeature([4.36, 50.85])]))).sites).toHaveLength(2);
  });
  it('asks for the CRS when the coordinates do not tell it, then takes the user’s', async () => {
    const text = fc([pointFeature(sainteCatherine.lambert72), pointFeature(sainteCatherine.lambert2008)]);
    const first = await read('mixed.geojson', text);
    expect(first).toMatchObject({ crs: null, crsFrom: null, sites: [], refused: [] });
    const second = await read('mixed.geojson', text, { crs: 'EPSG:31370' });
    expect(second).toMatchObject({ crs: 'EPSG:31370', crsFrom: 'user' });
    expect(second.sites).toHaveLength(1);
    expect(second.sites[0]!.origin).toMatchObject({ crsFrom: 'user', featureNumber: 1 });
    expect(second.refused).toEqual([expect.objectContaining({ featureNumber: 2, reason: 'outside-belgium' })]);
  });
  it('imports 100,000 of 100,001 points and refuses the rest, in reasonable time', async () => {
    const features = Array.from({ length: 100_001 }, (_v, i) => pointFeature([4.3 + (i % 500) * 2e-4, 50.8 + Math.floor(i / 500) * 4e-4], { name: `site ${i}` }));
    const text = fc(features);
    const t0 = performance.now();
    const r = await read('many.geojson', text);
    const ms = performance.now() - t0;
    expect(r.sites).toHaveLength(importLimits.maxFeatures);
    expect(r.refused).toEqual([{ featureNumber: 100_001, reason: 'over-limit', detail: '1 feature from feature 100001 on not imported: at most 100000 features are read from one file' }]);
    expect(ms).toBeLessThan(15_000);
  });
});

describe('CSV', () => {
  it('reads ; with decimal commas and , with decimal points, naming lines', async () => {
    const semi = await read('sites.csv', 'nom;lon;lat;ref\n"Quai; A";4,3479;50,8508;Q1\nB;4,35;\n');
    expect(semi).toMatchObject({ format: 'csv', crs: 'EPSG:4326', crsFrom: 'file', nameColumn: 'nom', idColumn: 'ref', columns: ['nom', 'lon', 'lat', 'ref'] });
    expect(semi.sites[0]).toMatchObject({ name: 'Quai; A', externalId: 'Q1', attributes: {}, origin: { featureNumber: 2, format: 'csv' } });
    expect(semi.refused).toEqual([{ featureNumber: 3, reason: 'bad-coordinates', detail: 'line 3: lat is missing' }]);
    const comma = await read('sites.txt', 'name,longitude,latitude\nA,4.3479,50.8508\n');
    expect(metresBetween(firstPoint(comma), sainteCatherine.wgs84)).toBeLessThan(1e-6);
  });
  it('reads x/y in Lambert 72 and Lambert 2008 by their ranges', async () => {
    const l72 = await read('l72.csv', `name;x;y\nA;${sainteCatherine.lambert72.map((v) => String(v).replace('.', ',')).join(';')}\n`);
    expect(l72).toMatchObject({ crs: 'EPSG:31370', crsFrom: 'coordinates' });
    const l08 = await read('l08.csv', `name,X,Y\nA,${sainteCatherine.lambert2008.join(',')}\n`);
    expect(l08).toMatchObject({ crs: 'EPSG:3812', crsFrom: 'coordinates' });
    for (const r of [l72, l08]) expect(metresBetween(firstPoint(r), sainteCatherine.wgs84)).toBeLessThan(1);
  });
  it('asks for the CRS when lon/lat columns hold Lambert metres', async () => {
    expect(await read('wrong.csv', `lon,lat\n${sainteCatherine.lambert72.join(',')}\n`)).toMatchObject({ crs: null, sites: [] });
  });
  it('keeps names with markup and formulas as text, and every other column as an attribute', async () => {
    const r = await read('x.csv', 'name;lon;lat;note\n<img src=x onerror=alert(1)>;4,35;50,85;"=HYPERLINK(""http://x"")"\n=SUM(A1:A3);4,35;50,85;@cmd\n');
    expect(r.sites.map((s) => s.name)).toEqual(['<img src=x onerror=alert(1)>', '=SUM(A1:A3)']);
    expect(r.sites.map((s) => s.attributes)).toEqual([{ note: '=HYPERLINK("http://x")' }, { note: '@cmd' }]);
  });
  it('reads Windows-1252 text', async () => {
    const bytes = Uint8Array.from('name;lon;lat\nSaint-Gilles Forêt;4,35;50,85\n', (c) => c.charCodeAt(0));
    expect((await read('ansi.csv', bytes)).sites[0]!.name).toBe('Saint-Gilles Forêt');
  });
});

describe('FlatGeobuf', () => {
  const collection = (c: [number, number]): FeatureCollection => ({
    type: 'FeatureCollection',
    features: [{ type: 'Feature', geometry: { type: 'Polygon', coordinates: [squareRing(c, c[0] > 1000 ? 30 : 0.0004)] }, properties: { name: 'Bloc', ref: 'B1', surface: 3600 } }],
  });
  it('reads the CRS from the header, else from the coordinates', async () => {
    const withCrs = await read('l72.fgb', serialize(collection(sainteCatherine.lambert72), 31370));
    expect(withCrs).toMatchObject({ format: 'flatgeobuf', crs: 'EPSG:31370', crsFrom: 'file', nameColumn: 'name', idColumn: 'ref', columns: ['name', 'ref', 'surface'] });
    expect(withCrs.sites[0]).toMatchObject({ name: 'Bloc', externalId: 'B1', attributes: { surface: 3600 } });
    const without = await read('l08.fgb', serialize(collection(sainteCatherine.lambert2008)));
    expect(without).toMatchObject({ crs: 'EPSG:3812', crsFrom: 'coordinates' });
    const a = (withCrs.sites[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
    const b = (without.sites[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]!;
    expect(metresBetween(a, b)).toBeLessThan(1);
  });
  it('refuses a truncated file and names it', async () => {
    const bytes = serialize(collection(sainteCatherine.wgs84), 4326);
    const e = await failure('cut.fgb', bytes.subarray(0, bytes.length - 7));
    expect(e).toMatchObject({ reason: 'unreadable', file: 'cut.fgb', message: 'cut.fgb: damaged FlatGeobuf file (truncated feature)' });
  });
});

describe('bad files', () => {
  it('refuses over 50 MB before reading', async () => {
    expect(() => checkImportSize({ name: 'big.gpkg', size: importLimits.maxFileBytes + 1 })).toThrow(/^big\.gpkg: 50\.0 MB is over the 50\.0 MB limit$/);
    const e = await failure('big.geojson', new Uint8Array(importLimits.maxFileBytes + 1));
    expect(e).toMatchObject({ reason: 'too-large', file: 'big.geojson' });
  });
  it('gives each problem its reason and a message naming the file', async () => {
    const cases: [string, string | Uint8Array, ImportError['reason'], RegExp][] = [
      ['zero.csv', new Uint8Array(0), 'empty', /^zero\.csv: the file is empty \(0 bytes\)$/],
      ['blank.geojson', '  \n', 'empty', /^blank\.geojson: the file is empty$/],
      ['none.geojson', fc([]), 'empty', /no features/],
      ['header.csv', 'lon;lat\n', 'empty', /^header\.csv: the file has a header but no rows$/],
      ['data.json', '{"a":1}', 'not-spatial', /^data\.json: JSON without geometries/],
      ['nulls.geojson', fc([{ type: 'Feature', geometry: null, properties: {} } as unknown as Feature]), 'not-spatial', /none of its 1 features has a geometry/],
      ['table.csv', 'name;city\na;b\n', 'not-spatial', /^table\.csv: no coordinate columns: expected lon and lat/],
      ['docs.zip', makeZip({ 'a.txt': 'x' }), 'zip-without-shp', /^docs\.zip: the ZIP holds no \.shp file/],
      ['broken.geojson', '{"type": "FeatureCollection", "features": [', 'unreadable', /^broken\.geojson: not valid JSON \(.+\)$/],
      ['quote.csv', 'lon,lat,name\n4.3,50.8,"open\n', 'unreadable', /^quote\.csv: line 2: /],
      ['fake.fgb', Uint8Array.of(0x66, 0x67, 0x62, 3, 0x66, 0x67, 0x62, 0, 200, 0, 0, 0, 1, 2), 'unreadable', /^fake\.fgb: damaged FlatGeobuf file \(truncated header\)$/],
      ['fake.gpkg', enc('SQLite format 3\0' + 'x'.repeat(200)), 'unreadable', /^fake\.gpkg: /],
      ['photo.bin', Uint8Array.of(0xff, 0xd8, 0xff, 0, 0, 1), 'unknown-format', /^photo\.bin: not a format read here; import GeoJSON/],
      ['map.kml', '<kml></kml>', 'unknown-format', /^map\.kml: KML is not read/],
      ['topo.json', '{"type":"Topology","objects":{}}', 'unknown-format', /TopoJSON/],
      ['crs.geojson', fc([pointFeature([595000, 5634000])], { crs: { type: 'name', properties: { name: 'EPSG:32631' } } }), 'crs-unsupported', /^crs\.geojson: its coordinates are in EPSG:32631/],
    ];
    for (const [name, content, reason, message] of cases) {
      const e = await failure(name, content, { loadSqlJs: async () => (await import('./test-fixtures.ts')).loadSqlJsInNode() });
      expect(e.reason, name).toBe(reason);
      expect(e.file, name).toBe(name);
      expect(e.message, name).toMatch(message);
    }
  });
  it('gives no-usable-feature with every refusal when nothing can be imported', async () => {
    const e = await failure('far.geojson', fc([pointFeature([2.35, 48.85]), pointFeature([5.57, 50.63]), { type: 'Feature', geometry: { type: 'LineString', coordinates: [[4.35, 50.85], [4.36, 50.85]] }, properties: {} }]));
    expect(e).toBeInstanceOf(NoUsableFeatureError);
    expect(e.reason).toBe('no-usable-feature');
    expect((e as NoUsableFeatureError).refused.map((r) => [r.featureNumber, r.reason])).toEqual([[1, 'outside-belgium'], [2, 'outside-region'], [3, 'not-polygon-or-point']]);
    expect(e.message).toBe('far.geojson: no usable site among its features: 1 outside-belgium (1); 1 outside-region (2); 1 not-polygon-or-point (3)');
  });
});
