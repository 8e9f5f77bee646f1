import { describe, expect, it } from 'vitest';
import type { Feature, Geometry } from 'geojson';
import { buildImportResult, cleanName, newUserSiteId, pickColumn, toAttributeValue, type ImportInput, type RegionTest } from './records.ts';
import { metresBetween, sainteCatherine, squareRing } from './test-fixtures.ts';

const inside: RegionTest = () => 'inside';
const ids = (): (() => string) => {
  let n = 0;
  return () => `user-test-${++n}`;
};
const now = () => new Date('2026-12-01T10:00:00Z');
const feat = (geometry: Geometry | null, properties: Record<string, unknown> | null = {}): Feature<Geometry | null, Record<string, unknown> | null> => ({ type: 'Feature', geometry, properties });
const input = (features: ImportInput['features'], extra: Partial<ImportInput> = {}): ImportInput => ({
  file: 'sites.geojson', format: 'geojson', features, crs: 'EPSG:4326', crsFrom: 'file', ...extra,
});
const point = (c: [number, number]): Geometry => ({ type: 'Point', coordinates: c });

describe('columns, names, values, ids', () => {
  it('picks the name and id columns by preference, any case', () => {
    expect(pickColumn(['ID', 'Naam', 'title'], ['name', 'nom', 'naam', 'label', 'titre', 'title'])).toBe('Naam');
    expect(pickColumn(['code', 'fid'], ['id', 'fid', 'ref', 'code'])).toBe('fid');
    expect(pickColumn(['x'], ['id'])).toBeNull();
  });
  it('keeps names as text, trimmed and capped at 200 characters (whole code points)', () => {
    expect(cleanName('  <b>Quai</b> & =SUM(A1)  ')).toBe('<b>Quai</b> & =SUM(A1)');
    expect(cleanName('😀'.repeat(250))).toBe('😀'.repeat(200));
    expect(cleanName(42)).toBe('42');
    expect(cleanName(null)).toBe('');
  });
  it('turns any value into an attribute value', () => {
    expect(toAttributeValue('a')).toBe('a');
    expect(toAttributeValue(3.5)).toBe(3.5);
    expect(toAttributeValue(NaN)).toBeNull();
    expect(toAttributeValue(true)).toBe(true);
    expect(toAttributeValue(undefined)).toBeNull();
    expect(toAttributeValue(new Date(2024, 2, 5))).toBe('2024-03-05');
    expect(toAttributeValue(new Date('x'))).toBeNull();
    expect(toAttributeValue(12n)).toBe(12);
    expect(toAttributeValue({ a: [1] })).toBe('{"a":[1]}');
    expect(toAttributeValue(new Uint8Array(3))).toBeNull();
  });
  it('makes user- ids of 128 random bits', () => {
    const a = newUserSiteId();
    expect(a).toMatch(/^user-[0-9a-f]{32}$/);
    expect(newUserSiteId()).not.toBe(a);
  });
});

describe('buildImportResult', () => {
  it('builds records in WGS84 from Lambert 72 with name, id, attributes and origin', () => {
    const r = buildImportResult(
      input(
        [
          feat({ type: 'Polygon', coordinates: [squareRing(sainteCatherine.lambert72, 40)] }, { NOM: ' Site A ', ref: 7, zone: 'ZEMU', area: 1600, built: null }),
          feat(point(sainteCatherine.lambert72), { NOM: 'Point B', ref: 'b-2', area: '2 500,5' }),
        ],
        { crs: 'EPSG:31370', crsFrom: 'coordinates', file: 'a.shp.zip', format: 'shapefile' },
      ),
      inside,
      { newId: ids(), now },
    );
    expect(r).toMatchObject({ file: 'a.shp.zip', format: 'shapefile', crs: 'EPSG:31370', crsFrom: 'coordinates', nameColumn: 'NOM', idColumn: 'ref', refused: [] });
    expect(r.columns).toEqual(['NOM', 'ref', 'zone', 'area', 'built']);
    const [a, b] = r.sites;
    expect(a).toMatchObject({
      id: 'user-test-1', name: 'Site A', externalId: '7', areaM2Given: null, addedAt: '2026-12-01T10:00:00.000Z', outsideRegion: false, repairs: [],
      attributes: { zone: 'ZEMU', area: 1600, built: null },
      origin: { kind: 'import', file: 'a.shp.zip', format: 'shapefile', featureNumber: 1, crs: 'EPSG:31370', crsFrom: 'coordinates' },
    });
    expect(a!.geometry.type).toBe('Polygon');
    expect(b).toMatchObject({ id: 'user-test-2', name: 'Point B', externalId: 'b-2', areaM2Given: 2500.5, origin: { featureNumber: 2 } });
    expect(b!.geometry.type).toBe('Point');
    expect(metresBetween((b!.geometry as { coordinates: number[] }).coordinates, sainteCatherine.wgs84)).toBeLessThan(1);
  });

  it('refuses geometries that are neither polygons nor points, and missing ones, by number', () => {
    const r = buildImportResult(
      input([
        feat({ type: 'LineString', coordinates: [[4.35, 50.85], [4.36, 50.86]] }),
        feat(null),
        feat({ type: 'MultiPoint', coordinates: [[4.35, 50.85]] }),
        feat({ type: 'MultiPoint', coordinates: [[4.35, 50.85], [4.36, 50.85]] }),
        feat({ type: 'Point', coordinates: [null, 'a'] } as unknown as Geometry),
      ]),
      inside,
      { newId: ids(), now },
    );
    expect(r.sites.map((s) => s.origin)).toMatchObject([{ featureNumber: 3 }]);
    expect(r.sites[0]!.geometry).toEqual({ type: 'Point', coordinates: [4.35, 50.85] });
    expect(r.refused.map((x) => [x.featureNumber, x.reason])).toEqual([
      [1, 'not-polygon-or-point'],
      [2, 'no-geometry'],
      [4, 'not-polygon-or-point'],
      [5, 'bad-coordinates'],
    ]);
    expect(r.refused[0]!.detail).toBe('feature 1: LineString is neither a polygon nor a point');
  });

  it('repairs a self-intersecting polygon and refuses an unrepairable one, naming it', () => {
    const [x, y] = sainteCatherine.wgs84;
    const d = 0.001;
    const bowTie = [[x, y], [x + d, y + d], [x + d, y], [x, y + d], [x, y]];
    const flat = [[x, y], [x + d, y], [x + 2 * d, y], [x, y]];
    const r = buildImportResult(input([feat({ type: 'Polygon', coordinates: [bowTie] }), feat({ type: 'Polygon', coordinates: [flat] })]), inside, { newId: ids(), now });
    expect(r.sites).toHaveLength(1);
    expect(r.sites[0]!.repairs).toContain('self-intersection (bow-tie) split into valid polygons');
    expect(r.sites[0]!.geometry.type).toBe('MultiPolygon');
    expect(r.refused).toEqual([{ featureNumber: 2, reason: 'invalid-geometry', detail: expect.stringMatching(/^feature 2: invalid polygon that cannot be repaired/) }]);
  });

  it('notes an unclosed ring as repaired', () => {
    const ring = squareRing(sainteCatherine.wgs84, 0.001).slice(0, 4);
    const r = buildImportResult(input([feat({ type: 'Polygon', coordinates: [ring] })]), inside, { newId: ids(), now });
    expect(r.sites[0]!.repairs).toEqual(['ring closed']);
  });

  it('refuses coordinates outside Belgium (hinting at swapped axes) and sites beyond the context band; flags those in it', () => {
    const region: RegionTest = (g) => (g.type === 'Point' && g.coordinates[0]! > 4.5 ? (g.coordinates[0]! > 4.6 ? 'outside' : 'band') : 'inside');
    const r = buildImportResult(
      input([feat(point([2.35, 48.85])), feat(point([50.85, 4.35])), feat(point([4.55, 50.85])), feat(point([4.65, 50.85])), feat(point([4.35, 50.85]))]),
      region,
      { newId: ids(), now },
    );
    expect(r.refused.map((x) => [x.featureNumber, x.reason])).toEqual([[1, 'outside-belgium'], [2, 'outside-belgium'], [4, 'outside-region']]);
    expect(r.refused[1]!.detail).toMatch(/look swapped/);
    expect(r.refused[2]!.detail).toBe('feature 4: lies more than 2000 m from the Brussels-Capital Region');
    expect(r.sites.map((s) => [s.origin.kind === 'import' && s.origin.featureNumber, s.outsideRegion])).toEqual([[3, true], [5, false]]);
  });

  it('builds nothing without a CRS (the UI asks for it)', () => {
    const r = buildImportResult(input([feat(point([4.35, 50.85]), { name: 'a' })], { crs: null, crsFrom: null }), inside);
    expect(r).toMatchObject({ crs: null, crsFrom: null, sites: [], refused: [], nameColumn: 'name' });
  });

  it('merges the reader’s refusals in order and names lines for CSV', () => {
    const r = buildImportResult(
      input([feat(point([4.35, 50.85])), feat(point([0, 0]))], {
        format: 'csv', featureNumbers: [2, 5], numberWord: 'line',
        refused: [{ featureNumber: 3, reason: 'bad-coordinates', detail: 'line 3: lon is missing' }],
      }),
      inside,
      { newId: ids(), now },
    );
    expect(r.refused.map((x) => x.detail)).toEqual(['line 3: lon is missing', expect.stringMatching(/^line 5: lies outside Belgium/)]);
  });

  it('reads at most maxFeatures features and refuses the rest in one summary', () => {
    const features = Array.from({ length: 5 }, () => feat(point([4.35, 50.85])));
    const r = buildImportResult(input(features), inside, { newId: ids(), now, maxFeatures: 3 });
    expect(r.sites).toHaveLength(3);
    expect(r.refused).toEqual([{ featureNumber: 4, reason: 'over-limit', detail: '2 features from feature 4 on not imported: at most 3 features are read from one file' }]);
    const cut = buildImportResult(input(features.slice(0, 3), { totalFeatures: 10 }), inside, { newId: ids(), now, maxFeatures: 3 });
    expect(cut.refused).toEqual([expect.objectContaining({ featureNumber: 4, reason: 'over-limit', detail: expect.stringMatching(/^7 features/) })]);
  });

  it('imports 100,000 of 100,001 points and refuses the last, in reasonable time', () => {
    const features = Array.from({ length: 100_001 }, (_v, i) => feat(point([4.3 + (i % 1000) * 1e-4, 50.8 + Math.floor(i / 1000) * 1e-4]), { name: `p${i}`, id: i }));
    const t0 = performance.now();
    const r = buildImportResult(input(features), inside, { now });
    const ms = performance.now() - t0;
    expect(r.sites).toHaveLength(100_000);
    expect(r.refused).toEqual([{ featureNumber: 100_001, reason: 'over-limit', detail: expect.stringMatching(/^1 feature from feature 100001 on/) }]);
    expect(new Set(r.sites.map((s) => s.id)).size).toBe(100_000);
    expect(ms).toBeLessThan(5000);
  });

  it('keeps names with markup and formulas as text', () => {
    const r = buildImportResult(input([feat(point([4.35, 50.85]), { title: '<script>alert(1)</script>' }), feat(point([4.35, 50.85]), { title: '=SUM(A1:A9)' })]), inside, { newId: ids(), now });
    expect(r.sites.map((s) => s.name)).toEqual(['<script>alert(1)</script>', '=SUM(A1:A9)']);
  });
});
