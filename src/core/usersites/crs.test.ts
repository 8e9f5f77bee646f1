import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { lambert2008ToWgs84, toLambert2008, toLambert72, toWgs84 } from '../geo/proj.ts';
import {
  crsFromCoordinates,
  crsFromEpsgCode,
  crsFromGeoJsonMember,
  crsFromGpkgSrs,
  crsFromWkt,
  decideCrs,
  geometryToWgs84,
} from './crs.ts';
import { esriPrj, metresBetween, ogcWkt72, sainteCatherine, squareRing, wkt2_2008 } from './test-fixtures.ts';

const pt = (c: [number, number]): Geometry => ({ type: 'Point', coordinates: c });

describe('Lambert 2008 (proj.ts addition) and Lambert 72 against cs2cs', () => {
  it('brings Place Sainte-Catherine to both Lambert CRSs within 1 m of PROJ', () => {
    const l72 = toLambert72(sainteCatherine.wgs84);
    const l08 = toLambert2008(sainteCatherine.wgs84);
    expect(Math.hypot(l72[0] - sainteCatherine.lambert72[0], l72[1] - sainteCatherine.lambert72[1])).toBeLessThan(1);
    expect(Math.hypot(l08[0] - sainteCatherine.lambert2008[0], l08[1] - sainteCatherine.lambert2008[1])).toBeLessThan(1);
  });
  it('brings PROJ’s Lambert coordinates back to WGS84 within 1 m', () => {
    expect(metresBetween(toWgs84(sainteCatherine.lambert72), sainteCatherine.wgs84)).toBeLessThan(1);
    expect(metresBetween(lambert2008ToWgs84(sainteCatherine.lambert2008), sainteCatherine.wgs84)).toBeLessThan(1);
  });
});

describe('crsFromWkt', () => {
  it('reads ESRI .prj names', () => {
    expect(crsFromWkt(esriPrj.lambert72)).toMatchObject({ kind: 'known', crs: 'EPSG:31370' });
    expect(crsFromWkt(esriPrj.lambert2008)).toMatchObject({ kind: 'known', crs: 'EPSG:3812' });
    expect(crsFromWkt(esriPrj.wgs84)).toMatchObject({ kind: 'known', crs: 'EPSG:4326' });
  });
  it('reads OGC WKT1 and WKT2 by their top-level authority', () => {
    expect(crsFromWkt(ogcWkt72)).toMatchObject({ kind: 'known', crs: 'EPSG:31370', name: 'BD72 / Belgian Lambert 72' });
    expect(crsFromWkt(wkt2_2008)).toMatchObject({ kind: 'known', crs: 'EPSG:3812' });
  });
  it('reads names without authority: BD72, Belgian Lambert 72, Lambert_2008, ETRS89 / Belgian Lambert 2008', () => {
    expect(crsFromWkt('PROJCS["BD72 / Belgian Lambert 72",GEOGCS["BD72"]]')).toMatchObject({ crs: 'EPSG:31370' });
    expect(crsFromWkt('PROJCS["Belgian Lambert 72",GEOGCS["x"]]')).toMatchObject({ crs: 'EPSG:31370' });
    expect(crsFromWkt('PROJCS["Lambert_2008",GEOGCS["x"]]')).toMatchObject({ crs: 'EPSG:3812' });
    expect(crsFromWkt('PROJCRS["ETRS89 / Belgian Lambert 2008",BASEGEOGCRS["ETRS89"]]')).toMatchObject({ crs: 'EPSG:3812' });
    expect(crsFromWkt('GEOGCRS["WGS 84",DATUM["World Geodetic System 1984"]]')).toMatchObject({ crs: 'EPSG:4326' });
    expect(crsFromWkt('GEOGCS["ETRS89",DATUM["European_Terrestrial_Reference_System_1989"]]')).toMatchObject({ crs: 'EPSG:4326' });
  });
  it('names CRSs it does not read: UTM, the older Belge Lambert 72, BD72 degrees, Lambert 1950', () => {
    expect(crsFromWkt(esriPrj.utm31n)).toEqual({ kind: 'unsupported', name: 'WGS_1984_UTM_Zone_31N' });
    expect(crsFromWkt(esriPrj.belgeLambert72Old)).toEqual({ kind: 'unsupported', name: 'BD72_Belge_Lambert_72' });
    expect(crsFromWkt('GEOGCS["GCS_Belge_1972",DATUM["D_Belge_1972"]]')).toMatchObject({ kind: 'unsupported' });
    expect(crsFromWkt('PROJCS["Belge_Lambert_1950",GEOGCS["GCS_Belge_1950"]]')).toMatchObject({ kind: 'unsupported' });
  });
  it('says nothing for text that is not WKT', () => {
    expect(crsFromWkt('')).toEqual({ kind: 'none' });
    expect(crsFromWkt('hello')).toEqual({ kind: 'none' });
  });
});

describe('crsFromEpsgCode, crsFromGeoJsonMember, crsFromGpkgSrs', () => {
  it('reads codes, URNs and URLs', () => {
    expect(crsFromEpsgCode(31370)).toMatchObject({ crs: 'EPSG:31370' });
    expect(crsFromEpsgCode('EPSG:3812')).toMatchObject({ crs: 'EPSG:3812' });
    expect(crsFromEpsgCode('urn:ogc:def:crs:EPSG::31370')).toMatchObject({ crs: 'EPSG:31370' });
    expect(crsFromEpsgCode('urn:ogc:def:crs:EPSG:6.6:4326')).toMatchObject({ crs: 'EPSG:4326' });
    expect(crsFromEpsgCode('urn:ogc:def:crs:OGC:1.3:CRS84')).toMatchObject({ crs: 'EPSG:4326' });
    expect(crsFromEpsgCode('http://www.opengis.net/def/crs/EPSG/0/3812')).toMatchObject({ crs: 'EPSG:3812' });
    expect(crsFromEpsgCode(4258)).toMatchObject({ crs: 'EPSG:4326' });
    expect(crsFromEpsgCode(32631)).toEqual({ kind: 'unsupported', name: 'EPSG:32631' });
    expect(crsFromEpsgCode(31300)).toEqual({ kind: 'unsupported', name: 'EPSG:31300' });
    expect(crsFromEpsgCode(0)).toEqual({ kind: 'none' });
  });
  it('reads the GeoJSON 2008 crs member, both kinds', () => {
    expect(crsFromGeoJsonMember({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::31370' } })).toMatchObject({ crs: 'EPSG:31370' });
    expect(crsFromGeoJsonMember({ type: 'EPSG', properties: { code: 3812 } })).toMatchObject({ crs: 'EPSG:3812' });
    expect(crsFromGeoJsonMember(undefined)).toEqual({ kind: 'none' });
  });
  it('reads a GeoPackage SRS by organisation code, definition, or srs_id; 0 and -1 say nothing', () => {
    expect(crsFromGpkgSrs({ srsId: 31370, organization: 'EPSG', organizationCode: 31370, definition: ogcWkt72 })).toMatchObject({ crs: 'EPSG:31370' });
    expect(crsFromGpkgSrs({ srsId: 100000, organization: 'NONE', organizationCode: 100000, definition: esriPrj.lambert2008 })).toMatchObject({ crs: 'EPSG:3812' });
    expect(crsFromGpkgSrs({ srsId: 4326 })).toMatchObject({ crs: 'EPSG:4326' });
    expect(crsFromGpkgSrs({ srsId: 0, organization: 'NONE', organizationCode: 0, definition: 'undefined' })).toEqual({ kind: 'none' });
    expect(crsFromGpkgSrs({ srsId: 32631, organization: 'EPSG', organizationCode: 32631, definition: esriPrj.utm31n })).toMatchObject({ kind: 'unsupported' });
  });
});

describe('crsFromCoordinates', () => {
  it('tells the same Brussels point in each CRS', () => {
    expect(crsFromCoordinates([pt(sainteCatherine.wgs84)]).crs).toBe('EPSG:4326');
    expect(crsFromCoordinates([pt(sainteCatherine.lambert72)]).crs).toBe('EPSG:31370');
    expect(crsFromCoordinates([pt(sainteCatherine.lambert2008)]).crs).toBe('EPSG:3812');
    expect(crsFromCoordinates([{ type: 'Polygon', coordinates: [squareRing(sainteCatherine.lambert2008, 50)] }]).crs).toBe('EPSG:3812');
  });
  it('is null when the coordinates are mixed or fit none', () => {
    const mixed = crsFromCoordinates([pt(sainteCatherine.lambert72), pt(sainteCatherine.lambert2008)]);
    expect(mixed.crs).toBeNull();
    expect(mixed.detail).toMatch(/1 look like Belgian Lambert 72.*1 look like Belgian Lambert 2008/);
    expect(crsFromCoordinates([pt([2_000_000, 9_000_000])]).crs).toBeNull();
    expect(crsFromCoordinates([null, undefined]).crs).toBeNull();
  });
  it('lets one stray feature in twenty pass (it is refused later as outside Belgium)', () => {
    const g = [...Array.from({ length: 19 }, () => pt(sainteCatherine.lambert72)), pt([5_000_000, 5_000_000])];
    expect(crsFromCoordinates(g).crs).toBe('EPSG:31370');
  });
});

describe('decideCrs', () => {
  const l72 = [pt(sainteCatherine.lambert72)];
  it('takes the user’s choice, then the file’s, then the coordinates', () => {
    expect(decideCrs({ kind: 'none' }, l72, 'EPSG:3812')).toMatchObject({ crs: 'EPSG:3812', from: 'user' });
    expect(decideCrs({ kind: 'known', crs: 'EPSG:31370', name: 'x' }, l72)).toMatchObject({ crs: 'EPSG:31370', from: 'file' });
    expect(decideCrs({ kind: 'none' }, l72)).toMatchObject({ crs: 'EPSG:31370', from: 'coordinates' });
  });
  it('asks when the file’s CRS contradicts its coordinates', () => {
    const d = decideCrs({ kind: 'known', crs: 'EPSG:4326', name: 'CRS84' }, l72);
    expect(d.crs).toBeNull();
    expect(d.detail).toMatch(/declares WGS84.*look like Belgian Lambert 72/);
  });
  it('names an unsupported declared CRS', () => {
    expect(decideCrs({ kind: 'unsupported', name: 'EPSG:32631' }, l72)).toMatchObject({ crs: null, unsupported: 'EPSG:32631' });
  });
});

describe('geometryToWgs84', () => {
  it('brings a Lambert 72 and a Lambert 2008 polygon to the same place, dropping Z', () => {
    const a = geometryToWgs84({ type: 'Polygon', coordinates: [squareRing(sainteCatherine.lambert72, 20).map(([x, y]) => [x, y, 12])] }, 'EPSG:31370');
    const b = geometryToWgs84({ type: 'Polygon', coordinates: [squareRing(sainteCatherine.lambert2008, 20)] }, 'EPSG:3812');
    const ca = a.coordinates[0]![0]!;
    const cb = b.coordinates[0]![0]!;
    expect(ca).toHaveLength(2);
    expect(metresBetween(ca, cb)).toBeLessThan(1);
  });
});
