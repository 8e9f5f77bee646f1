import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { checkCoordinates, repairGeometry, repairLinear, repairPolygonal } from './validate.ts';

const sq = [[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]];

describe('repairPolygonal', () => {
  it('accepts a valid square untouched', () => {
    expect(repairPolygonal({ type: 'Polygon', coordinates: [sq] })).toEqual({ status: 'ok', geometry: { type: 'Polygon', coordinates: [sq] } });
  });
  it('closes an unclosed ring', () => {
    const r = repairPolygonal({ type: 'Polygon', coordinates: [sq.slice(0, 4)] });
    expect(r.status).toBe('repaired');
    if (r.status === 'repaired') {
      expect(r.geometry.coordinates[0]).toEqual(sq);
      expect(r.reason).toMatch(/closed/);
    }
  });
  it('removes repeated points', () => {
    const r = repairPolygonal({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] });
    expect(r.status).toBe('repaired');
    if (r.status === 'repaired') expect(r.geometry.coordinates[0]).toEqual(sq);
  });
  it('drops a ring with two distinct corners', () => {
    expect(repairPolygonal({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [0, 0]]] }).status).toBe('dropped');
  });
  it('drops a ring with no area (collinear)', () => {
    expect(repairPolygonal({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [2, 2], [0, 0]]] }).status).toBe('dropped');
  });
  it('resolves a bow-tie into valid polygons with the same area', () => {
    const r = repairPolygonal({ type: 'Polygon', coordinates: [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]] });
    expect(r.status).toBe('repaired');
    if (r.status === 'repaired') {
      expect(r.reason).toMatch(/self-intersection/);
      expect(r.geometry.type).toBe('MultiPolygon');
    }
  });
  it('drops NaN coordinates and keeps the rest', () => {
    const r = repairPolygonal({ type: 'Polygon', coordinates: [[[0, 0], [NaN, 5], [10, 0], [10, 10], [0, 10], [0, 0]]] });
    expect(r.status).toBe('repaired');
    if (r.status === 'repaired') expect(r.reason).toMatch(/non-numeric/);
  });
});

describe('repairLinear and repairGeometry', () => {
  it('drops a one-point line', () => {
    expect(repairLinear({ type: 'LineString', coordinates: [[0, 0], [0, 0]] }).status).toBe('dropped');
  });
  it('keeps valid parts of a multi-line', () => {
    const r = repairLinear({ type: 'MultiLineString', coordinates: [[[0, 0]], [[0, 0], [1, 1]]] });
    expect(r).toEqual({ status: 'repaired', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, kinds: ['short-line-part-removed'], reason: 'line part under 2 positions removed' });
  });
  it('names a missing geometry and an unsupported type', () => {
    expect(repairGeometry(null)).toEqual({ status: 'dropped', kind: 'missing-geometry', reason: 'missing geometry' });
    expect(repairGeometry({ type: 'MultiPoint', coordinates: [] })).toEqual({ status: 'dropped', kind: 'unsupported-geometry', reason: 'unsupported geometry type MultiPoint' });
  });
});

describe('repair kinds', () => {
  const kindsOf = (g: Geometry): string[] => {
    const r = repairGeometry(g);
    return r.status === 'repaired' ? r.kinds : [r.status];
  };
  it('names each kind of polygon repair', () => {
    expect(kindsOf({ type: 'Polygon', coordinates: [sq.slice(0, 4)] })).toEqual(['ring-closed']);
    expect(kindsOf({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] })).toEqual(['repeated-points-removed']);
    expect(kindsOf({ type: 'Polygon', coordinates: [[[0, 0], [10, 10], [10, 0], [0, 10], [0, 0]]] })).toEqual(['bow-tie-split']);
    expect(kindsOf({ type: 'Polygon', coordinates: [[[0, 0], [NaN, 5], [10, 0], [10, 10], [0, 10], [0, 0]]] })).toEqual(['non-numeric-coordinates-removed']);
    expect(kindsOf({ type: 'Polygon', coordinates: [sq, [[1, 1], [2, 2], [1, 1]]] })).toEqual(['degenerate-ring-removed']);
    expect(kindsOf({ type: 'MultiPolygon', coordinates: [[sq], [[[20, 20], [21, 21], [22, 22], [20, 20]]]] })).toEqual(['zero-area-part-removed']);
  });
  it('names each kind of line repair', () => {
    expect(kindsOf({ type: 'LineString', coordinates: [[0, 0], [1, 1], [1, 1], [2, 0]] })).toEqual(['repeated-points-removed']);
    expect(kindsOf({ type: 'LineString', coordinates: [[0, 0], [NaN, 1], [2, 0]] })).toEqual(['non-numeric-coordinates-removed']);
  });
  it('names the kind of a drop', () => {
    const r = repairGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 1], [2, 2], [0, 0]]] });
    expect(r.status === 'dropped' && r.kind).toBe('no-area-left');
    const l = repairGeometry({ type: 'LineString', coordinates: [[0, 0], [0, 0]] });
    expect(l.status === 'dropped' && l.kind).toBe('line-too-short');
  });
});

describe('unusable coordinates', () => {
  const bad = (geometry: unknown) => repairGeometry(geometry as Geometry);
  it('drops a point with null, non-numeric, NaN or missing coordinates, naming what was found', () => {
    for (const [coordinates, found] of [[[null, null], 'null'], [['4.35', '50.85'], '"4.35"'], [[NaN, 50.8], 'NaN'], [undefined, 'no coordinates'], [[4.35], 'one number']] as const) {
      const r = bad({ type: 'Point', coordinates });
      expect(r.status, found).toBe('dropped');
      expect(r.status === 'dropped' && r.kind, found).toBe('unusable-coordinates');
      expect(r.status === 'dropped' && r.reason, found).toContain(found);
    }
  });
  it('drops wrong nesting, naming the type and depth', () => {
    const r = bad({ type: 'Point', coordinates: [[4.35, 50.85]] });
    expect(r).toMatchObject({ status: 'dropped', kind: 'unusable-coordinates', reason: expect.stringMatching(/Point.*nested/) });
    expect(bad({ type: 'Polygon', coordinates: [[4.3, 50.8], [4.4, 50.8], [4.4, 50.9], [4.3, 50.8]] })).toMatchObject({ status: 'dropped', kind: 'unusable-coordinates' });
    expect(bad({ type: 'LineString', coordinates: null })).toMatchObject({ status: 'dropped', kind: 'unusable-coordinates' });
  });
  it('removes null and non-numeric positions from lines and rings and keeps the rest', () => {
    const ring = bad({ type: 'Polygon', coordinates: [[[0, 0], [null, 5], [10, 0], ['x', 1], [10, 10], [0, 10], [0, 0]]] });
    expect(ring).toMatchObject({ status: 'repaired', kinds: ['non-numeric-coordinates-removed'], geometry: { type: 'Polygon', coordinates: [sq] } });
    const line = bad({ type: 'LineString', coordinates: [[0, 0], [null, null], [1, 1]] });
    expect(line).toMatchObject({ status: 'repaired', kinds: ['non-numeric-coordinates-removed'], geometry: { coordinates: [[0, 0], [1, 1]] } });
  });
  it('checkCoordinates passes good geometries through as they are', () => {
    const g: Geometry = { type: 'MultiPolygon', coordinates: [[sq]] };
    expect(checkCoordinates(g)).toEqual({ status: 'ok', geometry: g });
    expect(checkCoordinates({ type: 'Point', coordinates: [4.35, 50.85, 12] })).toMatchObject({ status: 'ok' });
  });
});
