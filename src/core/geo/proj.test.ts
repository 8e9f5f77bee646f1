import { describe, expect, it } from 'vitest';
import proj4 from 'proj4';
import type { FeatureCollection, Geometry } from 'geojson';
import { detectCrs, featureCollectionToLambert72, lambert72Proj, projectFeatureCollection, projectGeometry, toLambert72, toWgs84 } from './proj.ts';

const dms = (d: number, m: number, s: number): number => d + m / 60 + s / 3600;
// Same projection parameters on the BD72 datum itself (International 1924, no datum shift).
const bd72ToLambert72 = proj4('+proj=longlat +ellps=intl +no_defs', lambert72Proj.replace(/\+towgs84=\S+ /, ''));

describe('Lambert 72 projection parameters', () => {
  it('matches the EPSG Guidance Note 7-2 worked example for Belge Lambert 72 within 1 m', () => {
    // IOGP/EPSG Guidance Note 7-2, example of method 9803 (also shown at epsg.io/9803-method):
    // BD72 lat 50°40'46.461"N, lon 5°48'26.533"E -> E 251763.20 m, N 153034.13 m.
    // EPSG:31370 re-expresses that projection with method 9802, equal to within a few cm.
    const [x, y] = bd72ToLambert72.forward([dms(5, 48, 26.533), dms(50, 40, 46.461)]) as [number, number];
    expect(Math.hypot(x - 251763.2, y - 153034.13)).toBeLessThan(1);
  });

  it('matches the NGI/IGN sample points (BD72 <-> Lambert 72) within 0.1 m', () => {
    // Sample data "Belgian Datum 1972 <-> Lambert 1972" credited to NGI/IGN-B (June 1999) in
    // S. A. Voser's MapRef collection (be_lcc72). That page labels the columns the other way round:
    // the first figure is the easting (points west of the 4°22' meridian have E < 150 km).
    const samples: [number, number, number, number][] = [
      [dms(3, 10, 3.41519), dms(51, 18, 39.48882), 66333.0, 222966.0],
      [dms(5, 27, 47.75844), dms(51, 8, 10.75864), 226696.0, 203425.0],
      [dms(4, 3, 1.99697), dms(50, 29, 57.14179), 127514.0, 132032.0],
    ];
    for (const [lon, lat, e, n] of samples) {
      const [x, y] = bd72ToLambert72.forward([lon, lat]) as [number, number];
      expect(Math.hypot(x - e, y - n)).toBeLessThan(0.1);
    }
  });
});

describe('toLambert72 / toWgs84', () => {
  it('puts the Grand-Place in the expected Lambert 72 square and applies the ~100 m BD72 datum shift', () => {
    const [x, y] = toLambert72([4.3524, 50.8467]);
    expect(x).toBeGreaterThan(148_000);
    expect(x).toBeLessThan(150_000);
    expect(y).toBeGreaterThan(170_000);
    expect(y).toBeLessThan(171_500);
    const [bx, by] = bd72ToLambert72.forward([4.3524, 50.8467]) as [number, number];
    const shift = Math.hypot(x - bx, y - by);
    expect(shift).toBeGreaterThan(80);
    expect(shift).toBeLessThan(130);
  });

  it('matches the same cycle-route vertices published in both CRSs by Bruxelles Mobilité within 1 m', () => {
    // Regional cycle routes (ICR) July 2017: first vertex of four features spread over the Region, from
    // the MobiGIS export in EPSG:31370 and the data-mobility.brussels WFS in CRS84 (mirror files
    // raw/rideaway-icr/icr_regional_cycle_routes_2017_{lambert72,wgs84}.geojson, oSoc17/rideaway-data).
    // Over all 10,623 shared vertices the difference is 0.4 mm, so both use this 7-parameter shift.
    const pairs: [string, [number, number], [number, number]][] = [
      ['icr.132', [4.297074396926589, 50.864679663437705], [144953.94158614308, 172702.02579959022]],
      ['icr.26', [4.462533428969945, 50.828499306283256], [156607.19311523438, 168679.14111328125]],
      ['icr.70', [4.382664021352661, 50.76949176686347], [150981.43811035156, 162111.05010986328]],
      ['icr.121', [4.329886775997639, 50.89780653297576], [147265.7908935547, 176385.4208984375]],
    ];
    for (const [id, wgs, lb] of pairs) {
      const [x, y] = toLambert72(wgs);
      expect(Math.hypot(x - lb[0], y - lb[1]), id).toBeLessThan(0.01);
      const [lon, lat] = toWgs84(lb);
      expect(Math.abs(lon - wgs[0]) + Math.abs(lat - wgs[1]), id).toBeLessThan(1e-5);
    }
  });

  it('round-trips WGS84 -> Lambert 72 -> WGS84 to under 1 mm across the Region', () => {
    for (const p of [[4.25, 50.77], [4.35, 50.85], [4.48, 50.91], [4.40, 50.80]] as [number, number][]) {
      const back = toWgs84(toLambert72(p));
      const [x0, y0] = toLambert72(p);
      const [x1, y1] = toLambert72(back);
      expect(Math.hypot(x1 - x0, y1 - y0)).toBeLessThan(0.001);
      expect(Math.abs(back[0] - p[0])).toBeLessThan(1e-8);
      expect(Math.abs(back[1] - p[1])).toBeLessThan(1e-8);
    }
  });

  it('round-trips Lambert 72 -> WGS84 -> Lambert 72 to under 1 mm', () => {
    const [x, y] = toLambert72(toWgs84([150_000, 170_000]));
    expect(Math.hypot(x - 150_000, y - 170_000)).toBeLessThan(0.001);
  });
});

describe('projectGeometry', () => {
  const shift = (p: number[]): number[] => [(p[0] as number) + 1, (p[1] as number) + 2];
  it('maps every position of every geometry type and leaves the input untouched', () => {
    const geoms: Geometry[] = [
      { type: 'Point', coordinates: [0, 0] },
      { type: 'MultiPoint', coordinates: [[0, 0], [1, 1]] },
      { type: 'LineString', coordinates: [[0, 0], [1, 1]] },
      { type: 'MultiLineString', coordinates: [[[0, 0], [1, 1]], [[2, 2], [3, 3]]] },
      { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] },
      { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] },
      { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [0, 0] }] },
    ];
    const out = geoms.map((g) => projectGeometry(g, shift));
    expect(out[0]).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(out[3]).toEqual({ type: 'MultiLineString', coordinates: [[[1, 2], [2, 3]], [[3, 4], [4, 5]]] });
    expect(out[5]?.type === 'MultiPolygon' && out[5].coordinates[1]?.[0]?.[2]).toEqual([7, 8]);
    expect(out[6]).toEqual({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }] });
    expect(geoms[0]).toEqual({ type: 'Point', coordinates: [0, 0] });
  });

  it('projects a FeatureCollection, keeping properties and null geometries, dropping crs', () => {
    const fc = {
      type: 'FeatureCollection',
      crs: { type: 'name', properties: { name: 'EPSG:4326' } },
      features: [
        { type: 'Feature', properties: { a: 1 }, geometry: { type: 'Point', coordinates: [0, 0] } },
        { type: 'Feature', properties: null, geometry: null },
      ],
    } as FeatureCollection<Geometry | null>;
    const out = projectFeatureCollection(fc, shift);
    expect(out.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [1, 2] });
    expect(out.features[0]?.properties).toEqual({ a: 1 });
    expect(out.features[1]?.geometry).toBeNull();
    expect('crs' in out).toBe(false);
  });
});

const fcOf = (coords: number[][], crsName?: string): FeatureCollection => ({
  type: 'FeatureCollection',
  ...(crsName ? { crs: { type: 'name', properties: { name: crsName } } } : {}),
  features: coords.map((c) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })),
}) as FeatureCollection;

describe('detectCrs', () => {
  it('reads the crs member in its usual spellings', () => {
    const wgs = [[4.35, 50.85]];
    const lb = [[150_000, 170_000]];
    expect(detectCrs(fcOf(wgs, 'urn:ogc:def:crs:OGC:1.3:CRS84'))).toEqual({ ok: true, crs: 'EPSG:4326', via: 'member', outliers: [] });
    expect(detectCrs(fcOf(wgs, 'EPSG:4326'))).toMatchObject({ ok: true, crs: 'EPSG:4326' });
    expect(detectCrs(fcOf(wgs, 'urn:ogc:def:crs:EPSG::4326'))).toMatchObject({ ok: true, crs: 'EPSG:4326' });
    expect(detectCrs(fcOf(lb, 'EPSG:31370'))).toEqual({ ok: true, crs: 'EPSG:31370', via: 'member', outliers: [] });
    expect(detectCrs(fcOf(lb, 'urn:ogc:def:crs:EPSG::31370'))).toMatchObject({ ok: true, crs: 'EPSG:31370' });
    expect(detectCrs(fcOf(lb, 'EPSG::31370'))).toMatchObject({ ok: true, crs: 'EPSG:31370' });
    expect(detectCrs(fcOf(lb, 'urn:ogc:def:crs:EPSG:6.6:31370'))).toMatchObject({ ok: true, crs: 'EPSG:31370' });
    const old = { ...fcOf(lb), crs: { type: 'EPSG', properties: { code: 31370 } } } as FeatureCollection;
    expect(detectCrs(old)).toMatchObject({ ok: true, crs: 'EPSG:31370' });
  });

  it('guesses from coordinate ranges without a member', () => {
    expect(detectCrs(fcOf([[4.35, 50.85], [4.4, 50.9]]))).toEqual({ ok: true, crs: 'EPSG:4326', via: 'coordinates', outliers: [] });
    expect(detectCrs(fcOf([[140_000, 160_000], [160_000, 180_000]]))).toEqual({ ok: true, crs: 'EPSG:31370', via: 'coordinates', outliers: [] });
    expect(detectCrs(fcOf([]))).toEqual({ ok: true, crs: 'EPSG:4326', via: 'default', outliers: [] });
  });

  it('returns errors naming what was found', () => {
    const lambert2008 = detectCrs(fcOf([[650_000, 670_000]], 'EPSG:3812'));
    expect(lambert2008).toEqual({ ok: false, error: "unsupported crs member 'EPSG:3812'" });
    const mercator = detectCrs(fcOf([[484_000, 6_594_000]]));
    expect(mercator.ok).toBe(false);
    expect(!mercator.ok && mercator.error).toContain('x 484000.000..484000.000');
    const lying = detectCrs(fcOf([[150_000, 170_000]], 'EPSG:4326'));
    expect(!lying.ok && lying.error).toContain('crs member says EPSG:4326');
  });

  it('featureCollectionToLambert72 converts degrees, keeps metres, throws on unknown', () => {
    const fromDeg = featureCollectionToLambert72(fcOf([[4.35, 50.85]]));
    const g = fromDeg.features[0]?.geometry;
    expect(g?.type === 'Point' && (g.coordinates[0] as number)).toBeGreaterThan(140_000);
    const kept = featureCollectionToLambert72(fcOf([[150_000, 170_000]]));
    expect(kept.features[0]?.geometry).toEqual({ type: 'Point', coordinates: [150_000, 170_000] });
    expect(() => featureCollectionToLambert72(fcOf([[1e7, 1e7]]))).toThrow(/fit neither/);
  });
});

const stopsNear = (n: number): number[][] => Array.from({ length: n }, (_, i) => [4.3 + i * 0.001, 50.8 + i * 0.0005]);
const withGeometry = (fc: FeatureCollection, i: number, geometry: unknown): FeatureCollection => {
  (fc.features[i] as { geometry: unknown }).geometry = geometry;
  return fc;
};

describe('detectCrs on features with unusable coordinates', () => {
  it('ignores null, non-numeric and missing coordinates and wrong nesting instead of failing on them', () => {
    const fc = fcOf(stopsNear(5));
    withGeometry(fc, 1, { type: 'Point', coordinates: [null, null] });
    withGeometry(fc, 2, { type: 'Point', coordinates: ['4.3', 'x'] });
    withGeometry(fc, 3, { type: 'Point', coordinates: [[4.3, 50.8]] });
    expect(detectCrs(fc)).toMatchObject({ ok: true, crs: 'EPSG:4326', via: 'coordinates', outliers: [] });
    withGeometry(fc, 0, { type: 'Point' });
    withGeometry(fc, 4, null);
    expect(detectCrs(fc)).toMatchObject({ ok: true, crs: 'EPSG:4326', via: 'default' });
  });
});

describe('detectCrs decides by the bulk of the features', () => {
  it('reads a WGS84 file with one Lambert 72 stop as degrees and names the stop as an outlier', () => {
    const fc = fcOf([...stopsNear(20), [150_000, 170_000]]);
    const d = detectCrs(fc);
    expect(d).toMatchObject({ ok: true, crs: 'EPSG:4326', via: 'coordinates' });
    expect(d.ok && d.outliers).toEqual([{ index: 20, kind: 'crs-outlier', reason: expect.stringMatching(/Lambert 72 metres.*150000.*read as WGS84/) }]);
  });

  it('reads a Lambert 72 file with one degrees feature as metres, the degrees feature an outlier', () => {
    const d = detectCrs(fcOf([[150_000, 170_000], [151_000, 171_000], [152_000, 169_000], [4.35, 50.85]]));
    expect(d).toMatchObject({ ok: true, crs: 'EPSG:31370', outliers: [{ index: 3, kind: 'crs-outlier' }] });
  });

  it('names features far outside Belgium and features fitting no CRS as outliers', () => {
    const d = detectCrs(fcOf([...stopsNear(10), [12.49, 41.89], [1e7, 1e7]]));
    expect(d.ok && d.outliers.map((o) => [o.index, o.kind])).toEqual([[10, 'outside-belgium'], [11, 'crs-outlier']]);
    expect(d.ok && d.outliers[0]!.reason).toMatch(/far outside Belgium.*12\.49/);
  });

  it('follows the crs member and names the features that contradict it', () => {
    const d = detectCrs(fcOf([...stopsNear(5), [150_000, 170_000]], 'EPSG:4326'));
    expect(d).toMatchObject({ ok: true, crs: 'EPSG:4326', via: 'member', outliers: [{ index: 5, kind: 'crs-outlier' }] });
  });

  it('fails when no CRS fits most features, with the counts', () => {
    const d = detectCrs(fcOf([[4.35, 50.85], [150_000, 170_000]]));
    expect(d.ok).toBe(false);
    expect(!d.ok && d.error).toMatch(/1 of 2 features fit WGS84 degrees, 1 fit Lambert 72 metres/);
    const lying = detectCrs(fcOf([[150_000, 170_000], [151_000, 170_000], [4.35, 50.85]], 'EPSG:4326'));
    expect(!lying.ok && lying.error).toMatch(/crs member says EPSG:4326 but 2 of 3 features/);
  });

  it('featureCollectionToLambert72 leaves the outliers out', () => {
    const out = featureCollectionToLambert72(fcOf([...stopsNear(3), [150_000, 170_000]]));
    expect(out.features).toHaveLength(3);
  });
});
