import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PipelineError } from './errors.ts';
import { collectionToLambert72 } from './load.ts';
import { RepairBook } from './repairs.ts';
import { readCsv, readGeoJson, readGeoPackage } from './readers.ts';
import { parseBoardings, fnv1a, geometryKey } from './layers.ts';
import { writeLayer } from './write.ts';

const dir = mkdtempSync(join(tmpdir(), 'readers-'));
const file = (name: string, content: string | Uint8Array): string => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};

describe('readGeoJson', () => {
  it('reads plain and gzip collections', () => {
    const fc = '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[4.35,50.85]},"properties":null}]}';
    expect(readGeoJson(file('a.geojson', fc)).features).toHaveLength(1);
    expect(readGeoJson(file('a.geojson.gz', gzipSync(fc))).features[0]?.properties).toEqual({});
  });
  it('names a missing file', () => {
    expect(() => readGeoJson(join(dir, 'nope.geojson'))).toThrow(/nope\.geojson: file not found/);
  });
  it('names an empty file', () => {
    expect(() => readGeoJson(file('empty.geojson', ''))).toThrow(/empty\.geojson: file is empty/);
  });
  it('names unparsable JSON and says what was expected', () => {
    expect(() => readGeoJson(file('bad.geojson', '{"type": "Feat'))).toThrow(/bad\.geojson: unparsable JSON .*expected a GeoJSON FeatureCollection/);
  });
  it('names JSON that is not a FeatureCollection', () => {
    expect(() => readGeoJson(file('arr.geojson', '[1,2]'))).toThrow(/arr\.geojson: expected a GeoJSON FeatureCollection/);
  });
  it('names the feature that is not a Feature', () => {
    expect(() => readGeoJson(file('f.geojson', '{"type":"FeatureCollection","features":[{"type":"Feature","properties":{}},{"type":"Point"}]}'))).toThrow(/f\.geojson \(feature 1\): expected a GeoJSON Feature/);
  });
  it('names a broken gzip', () => {
    expect(() => readGeoJson(file('x.geojson.gz', 'not gzip'))).toThrow(/not a valid gzip/);
  });
  it('reports an unknown CRS with the file name', () => {
    const fc = JSON.parse('{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::3857"}},"features":[{"type":"Feature","geometry":{"type":"Point","coordinates":[485000,6590000]},"properties":{}}]}');
    expect(() => collectionToLambert72('web.geojson', fc, new RepairBook())).toThrow(PipelineError);
    expect(() => collectionToLambert72('web.geojson', fc, new RepairBook())).toThrow(/web\.geojson: unknown coordinate reference system.*expected WGS84/);
  });
});

describe('readCsv and readGeoPackage', () => {
  it('reads rows with a header', () => {
    expect(readCsv(file('s.csv', 'URI,name\nx, Brussel-Zuid \n'))).toEqual([{ URI: 'x', name: 'Brussel-Zuid' }]);
  });
  it('names a CSV without data rows', () => {
    expect(() => readCsv(file('h.csv', 'URI,name\n'))).toThrow(/h\.csv: CSV has no data rows/);
  });
  it('names a file that is not a GeoPackage', async () => {
    await expect(readGeoPackage(file('x.gpkg', 'hello, not sqlite'))).rejects.toThrow(/x\.gpkg: not a GeoPackage/);
  });
});

describe('helpers', () => {
  it('parses iRail counts with "." as thousands separator', () => {
    expect(parseBoardings('58.344')).toBe(58344);
    expect(parseBoardings('20')).toBe(20);
    expect(parseBoardings('1.234.567')).toBe(1234567);
    expect(parseBoardings('')).toBe(-1);
    expect(parseBoardings('abc')).toBe(-1);
  });
  it('derives stable ids from geometry, not order', () => {
    expect(fnv1a('')).toBe('811c9dc5');
    const g = { type: 'Point' as const, coordinates: [150000.2, 170000.4] };
    expect(geometryKey(g)).toBe(geometryKey({ type: 'Point', coordinates: [150000.1, 170000.3] }));
    expect(geometryKey(g)).not.toBe(geometryKey({ type: 'Point', coordinates: [150010, 170000] }));
  });
  it('refuses to write an empty layer, naming it', () => {
    mkdirSync(join(dir, 'out'), { recursive: true });
    expect(() => writeLayer(join(dir, 'out'), 'villo', [])).toThrow(/layer villo: no features/);
  });
});
