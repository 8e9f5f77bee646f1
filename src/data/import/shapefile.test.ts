import { describe, expect, it } from 'vitest';
import shp from 'shpjs';
import type { FeatureCollection, Point, Position } from 'geojson';
import { makeRegionTest } from '../../core/usersites/regionTest.ts';
import { esriPrj, metresBetween, ogcWkt72, roughRegion, sainteCatherine, squareRing } from '../../core/usersites/test-fixtures.ts';
import { ImportError } from '../../core/usersites/types.ts';
import { readImportFile, SeveralLayersError } from './readImport.ts';
import { checkShpStructure, dbfEncoding } from './shapefile.ts';
import { latin1, makeDbf, makeShp, makeZip, type ShpShape } from './test-fixtures.ts';

const region = makeRegionTest(roughRegion);
const clockwise = (r: Position[]): Position[] => [...r].reverse();

/** A zipped shapefile of points at the given positions, named, with an optional .prj and .cpg. */
function pointZip(base: string, xy: [number, number][], names: string[], prj?: string, cpg?: string, encode?: (s: string) => Uint8Array): Uint8Array {
  const { shp: s, shx } = makeShp(1, xy.map((p) => ({ type: 'point', xy: p })));
  const dbf = makeDbf([{ name: 'NOM', type: 'C', length: 40 }, { name: 'ID', type: 'N', length: 6 }], names.map((n, i) => [n, i + 1]), encode);
  return makeZip({ [`${base}.shp`]: s, [`${base}.shx`]: shx, [`${base}.dbf`]: dbf, ...(prj ? { [`${base}.prj`]: prj } : {}), ...(cpg ? { [`${base}.cpg`]: cpg } : {}) });
}

describe('shapefiles', () => {
  it('puts Place Sainte-Catherine from a Lambert 72 shapefile within 1 m (our reprojection), where shpjs alone is ~187 m off', async () => {
    const zip = pointZip('sites', [sainteCatherine.lambert72], ['Sainte-Catherine'], esriPrj.lambert72);
    const r = await readImportFile({ name: 'sites.zip', bytes: zip }, region);
    expect(r).toMatchObject({ format: 'shapefile', crs: 'EPSG:31370', crsFrom: 'file', nameColumn: 'NOM', idColumn: 'ID' });
    const ours = (r.sites[0]!.geometry as Point).coordinates;
    expect(metresBetween(ours, sainteCatherine.wgs84)).toBeLessThan(1);
    expect(r.sites[0]).toMatchObject({ name: 'Sainte-Catherine', externalId: '1' });

    // shpjs reprojects with proj4's reading of the ESRI .prj: datum D_Belge_1972 → proj4's 'rnb72', whose
    // towgs84 has the signs of the opposite direction. Measured here so a fixed proj4 shows up.
    const theirs = (await shp(zip)) as FeatureCollection;
    const off = metresBetween((theirs.features[0]!.geometry as Point).coordinates, sainteCatherine.wgs84);
    expect(off).toBeGreaterThan(150);
    expect(off).toBeLessThan(250);
  });

  it('reads a shapefile whose .prj is OGC WKT with its authority', async () => {
    const r = await readImportFile({ name: 'ogc.zip', bytes: pointZip('ogc', [sainteCatherine.lambert72], ['a'], ogcWkt72) }, region);
    expect(r.crs).toBe('EPSG:31370');
    expect(metresBetween((r.sites[0]!.geometry as Point).coordinates, sainteCatherine.wgs84)).toBeLessThan(1);
  });

  it('reads Lambert 2008 and WGS84 shapefiles by their .prj, and one without .prj by its coordinates', async () => {
    const l08 = await readImportFile({ name: 'l08.zip', bytes: pointZip('l08', [sainteCatherine.lambert2008], ['a'], esriPrj.lambert2008) }, region);
    expect(l08).toMatchObject({ crs: 'EPSG:3812', crsFrom: 'file' });
    expect(metresBetween((l08.sites[0]!.geometry as Point).coordinates, sainteCatherine.wgs84)).toBeLessThan(1);
    const wgs = await readImportFile({ name: 'wgs.zip', bytes: pointZip('wgs', [sainteCatherine.wgs84], ['a'], esriPrj.wgs84) }, region);
    expect(wgs).toMatchObject({ crs: 'EPSG:4326', crsFrom: 'file' });
    const bare = await readImportFile({ name: 'bare.zip', bytes: pointZip('bare', [sainteCatherine.lambert72], ['a']) }, region);
    expect(bare).toMatchObject({ crs: 'EPSG:31370', crsFrom: 'coordinates' });
  });

  it('decodes a .dbf without .cpg in Windows-1252 and with a .cpg as it says', async () => {
    const names = ['Schaerbeek – gare', 'Forest é ç ë'];
    const plain = ['Schaerbeek gare', 'Forest é ç ë'];
    const ansi = await readImportFile({ name: 'a.zip', bytes: pointZip('a', [sainteCatherine.wgs84, sainteCatherine.wgs84], plain, undefined, undefined, latin1) }, region);
    expect(ansi.sites.map((s) => s.name)).toEqual(plain);
    const u = await readImportFile({ name: 'u.zip', bytes: pointZip('u', [sainteCatherine.wgs84, sainteCatherine.wgs84], names, undefined, 'UTF-8') }, region);
    expect(u.sites.map((s) => s.name)).toEqual(names);
    expect(dbfEncoding(new Uint8Array(32), 'ANSI 1252')).toBe('windows-1252');
    expect(dbfEncoding(Object.assign(new Uint8Array(32), { 29: 0x57 }))).toBe('windows-1252');
  });

  it('reads polygons with holes, repairs a bow-tie and refuses an unrepairable polygon by its number', async () => {
    const [x, y] = sainteCatherine.lambert72;
    const outer = clockwise(squareRing([x, y], 60));
    const hole = squareRing([x, y], 10);
    const bowTie = [[x, y], [x + 50, y + 50], [x + 50, y], [x, y + 50], [x, y]];
    const flat = [[x, y], [x + 50, y], [x + 100, y], [x, y]];
    const shapes: ShpShape[] = [{ type: 'polygon', rings: [outer, hole] }, { type: 'polygon', rings: [bowTie] }, { type: 'polygon', rings: [flat] }, null];
    const { shp: s, shx } = makeShp(5, shapes);
    const dbf = makeDbf([{ name: 'name', type: 'C', length: 10 }], [['hole'], ['bowtie'], ['flat'], ['none']]);
    const r = await readImportFile({ name: 'poly.zip', bytes: makeZip({ 'poly.shp': s, 'poly.shx': shx, 'poly.dbf': dbf, 'poly.prj': esriPrj.lambert72 }) }, region);
    expect(r.sites.map((x) => [x.name, x.geometry.type, x.repairs])).toEqual([
      ['hole', 'Polygon', []],
      ['bowtie', 'MultiPolygon', ['self-intersection (bow-tie) split into valid polygons']],
    ]);
    expect((r.sites[0]!.geometry as { coordinates: unknown[] }).coordinates).toHaveLength(2);
    expect(r.refused.map((x) => [x.featureNumber, x.reason])).toEqual([[3, 'invalid-geometry'], [4, 'no-geometry']]);
  });

  it('reads a lone .shp (geometry only)', async () => {
    const { shp: s } = makeShp(1, [{ type: 'point', xy: sainteCatherine.lambert72 }]);
    const r = await readImportFile({ name: 'lone.shp', bytes: s }, region);
    expect(r).toMatchObject({ format: 'shapefile', crs: 'EPSG:31370', crsFrom: 'coordinates', columns: [] });
    expect(r.sites).toHaveLength(1);
  });

  it('asks for a layer when the ZIP holds several shapefiles, and reads the one chosen', async () => {
    const a = makeShp(1, [{ type: 'point', xy: sainteCatherine.wgs84 }]);
    const zip = makeZip({ 'x/a.shp': a.shp, 'x/b.shp': a.shp, 'x/b.prj': esriPrj.wgs84 });
    const err = await readImportFile({ name: 'two.zip', bytes: zip }, region).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(SeveralLayersError);
    expect(err).toMatchObject({ reason: 'unreadable', layers: ['x/a', 'x/b'], message: 'two.zip: the ZIP holds 2 shapefiles (x/a, x/b); choose one' });
    expect(await readImportFile({ name: 'two.zip', bytes: zip }, region, { layer: 'b' })).toMatchObject({ crs: 'EPSG:4326', crsFrom: 'file' });
  });

  it('refuses a ZIP without .shp, a damaged .shp, a truncated .dbf, and a .prj it does not read', async () => {
    const cases: [string, Uint8Array, string, RegExp][] = [];
    cases.push(['docs.zip', makeZip({ 'readme.txt': 'hi', 'data.csv': 'a,b' }), 'zip-without-shp', /^docs\.zip: the ZIP holds no \.shp file \(it holds readme\.txt, data\.csv\)$/]);
    const { shp: good } = makeShp(1, [{ type: 'point', xy: sainteCatherine.wgs84 }, { type: 'point', xy: sainteCatherine.wgs84 }]);
    cases.push(['cut.zip', makeZip({ 'cut.shp': good.subarray(0, good.length - 5) }), 'unreadable', /^cut\.zip: damaged cut\.shp \(record 2 runs past the end/]);
    const dbf = makeDbf([{ name: 'n', type: 'C', length: 10 }], [['a'], ['b']]);
    cases.push(['dbf.zip', makeZip({ 'd.shp': good, 'd.dbf': dbf.subarray(0, 65 + 11 + 3) }), 'unreadable', /^dbf\.zip: d\.dbf cannot be read \(truncated \.dbf: its header counts 2 records, the file holds 1\)$/]);
    cases.push(['utm.zip', makeZip({ 'u.shp': good, 'u.prj': esriPrj.utm31n }), 'crs-unsupported', /^utm\.zip: its coordinates are in WGS_1984_UTM_Zone_31N; this import reads/]);
    cases.push(['old72.zip', makeZip({ 'u.shp': good, 'u.prj': esriPrj.belgeLambert72Old }), 'crs-unsupported', /BD72_Belge_Lambert_72/]);
    const corrupt = makeZip({ 'a.shp': good });
    corrupt[corrupt.length - 10] = 0xff; // central directory offset now points past the end
    cases.push(['corrupt.zip', corrupt, 'unreadable', /^corrupt\.zip: damaged ZIP archive/]);
    for (const [name, bytes, reason, message] of cases) {
      const err = await readImportFile({ name, bytes }, region).catch((e: unknown) => e);
      expect(err, name).toBeInstanceOf(ImportError);
      expect(err, name).toMatchObject({ reason, file: name });
      expect((err as Error).message, name).toMatch(message);
    }
  });

  it('checks the .shp size chain', () => {
    const { shp: s } = makeShp(1, [{ type: 'point', xy: [1, 2] }]);
    expect(checkShpStructure(s)).toBe('ok');
    const bad = s.slice();
    new DataView(bad.buffer).setInt32(104, -4, false);
    expect(checkShpStructure(bad)).toMatch(/record 1/);
    expect(checkShpStructure(new Uint8Array(100))).toMatch(/9994/);
  });
});
