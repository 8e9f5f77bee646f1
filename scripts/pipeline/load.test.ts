import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { toLambert72 } from '../../src/core/geo/proj.ts';
import { PipelineError } from './errors.ts';
import { loadGeoJsonL72, validateFeatures } from './load.ts';
import { describeEvent, RepairBook } from './repairs.ts';

const dir = mkdtempSync(join(tmpdir(), 'load-'));
mkdirSync(join(dir, 'stib'));
const rel = 'stib/stops.geojson';

/** A STIB-like stops file of `n` stops in Brussels, after `edit`; returns the book and the loaded features. */
function load(n: number, edit: (features: Feature<Point>[]) => void = () => {}, text?: (json: string) => string) {
  const features: Feature<Point>[] = Array.from({ length: n }, (_, i) => ({
    type: 'Feature',
    geometry: { type: 'Point', coordinates: [4.3 + i * 0.002, 50.82 + i * 0.001] },
    properties: { stop_id: `00${10 + i}`, name_fr: `ARRET ${i}` },
  }));
  edit(features);
  const json = JSON.stringify({ type: 'FeatureCollection', features });
  writeFileSync(join(dir, rel), text ? text(json) : json);
  const book = new RepairBook();
  return { book, out: loadGeoJsonL72(dir, rel, book) };
}
const coordinatesOf = (f: Feature<Point>): { coordinates: unknown } => f.geometry as unknown as { coordinates: unknown };

describe('loadGeoJsonL72: unusable coordinates', () => {
  it('drops a stop with null coordinates, names it (file, index, stop) and keeps the others', () => {
    const { book, out } = load(10, (fs) => (coordinatesOf(fs[3]!).coordinates = [null, null]));
    expect(out).toHaveLength(9);
    const events = book.eventsIn([rel]);
    expect(events.map((e) => [e.index, e.outcome, e.kinds])).toEqual([[3, 'dropped', ['unusable-coordinates']]]);
    expect(describeEvent(events[0]!)).toBe("stib/stops.geojson feature 3 (stop_id 0013, 'ARRET 3'): dropped, point coordinates [null, null] are not two finite numbers");
  });

  it('drops missing, non-numeric and wrongly nested coordinates and a null geometry, one by one', () => {
    const { book, out } = load(10, (fs) => {
      delete coordinatesOf(fs[1]!).coordinates;
      coordinatesOf(fs[2]!).coordinates = ['4.35', '50.85'];
      coordinatesOf(fs[4]!).coordinates = [[4.35, 50.85]];
      (fs[5] as { geometry: unknown }).geometry = null;
    });
    expect(out).toHaveLength(6);
    expect(book.eventsIn([rel]).map((e) => [e.index, e.kinds[0]])).toEqual([[1, 'unusable-coordinates'], [2, 'unusable-coordinates'], [4, 'unusable-coordinates'], [5, 'missing-geometry']]);
  });

  it('reads a NaN written by a careless exporter as a dropped feature, not an unreadable file', () => {
    const { book, out } = load(4, () => {}, (json) => json.replace('[4.3,50.82]', '[NaN, NaN]'));
    expect(out).toHaveLength(3);
    expect(book.eventsIn([rel]).map((e) => e.index)).toEqual([0]);
  });
});

describe('loadGeoJsonL72: CRS by the bulk of the file', () => {
  it('one stop in Lambert 72 in a WGS84 file: the others are read as degrees, that stop dropped and named', () => {
    const { book, out } = load(10, (fs) => (fs[6]!.geometry.coordinates = toLambert72(fs[6]!.geometry.coordinates)));
    expect(out).toHaveLength(9);
    for (const f of out) {
      const [x, y] = (f.geometry as Point).coordinates as [number, number];
      expect(x).toBeGreaterThan(140_000);
      expect(y).toBeGreaterThan(165_000);
    }
    const [e] = book.eventsIn([rel]);
    expect(e).toMatchObject({ index: 6, outcome: 'dropped', kinds: ['crs-outlier'] });
    expect(describeEvent(e!)).toMatch(/feature 6 \(stop_id 0016, 'ARRET 6'\): dropped, coordinates look like Lambert 72 metres \(x 14\d+\.\d+, y 16\d+\.\d+\) in a file read as WGS84 degrees/);
  });

  it('keeps the original index of a feature dropped after others were (unusable first, then the outlier)', () => {
    const { book } = load(10, (fs) => {
      coordinatesOf(fs[1]!).coordinates = null;
      fs[7]!.geometry.coordinates = [12.49, 41.89];
    });
    expect(book.eventsIn([rel]).map((e) => [e.index, e.kinds[0]])).toEqual([[1, 'unusable-coordinates'], [7, 'outside-belgium']]);
  });

  it('names the file when no CRS fits most features', () => {
    expect(() => load(2, (fs) => (fs[1]!.geometry.coordinates = [150_000, 170_000]))).toThrow(PipelineError);
    expect(() => load(2, (fs) => (fs[1]!.geometry.coordinates = [150_000, 170_000]))).toThrow(/stib\/stops\.geojson: unknown coordinate reference system: .*1 of 2 features fit WGS84/);
  });
});

describe('validateFeatures', () => {
  it('records repairs with their kinds and keeps the properties object (the report finds features by it)', () => {
    const props = { name: 'Zone' };
    const book = new RepairBook();
    const out = validateFeatures('x.gpkg', [{ type: 'Feature', properties: props, geometry: { type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 0], [10, 10], [0, 0]]] } }], book);
    expect(out[0]!.properties).toBe(props);
    expect(book.repairOf(props)).toMatchObject({ file: 'x.gpkg', index: 0, kinds: ['repeated-points-removed'], label: "'Zone'" });
  });
});
