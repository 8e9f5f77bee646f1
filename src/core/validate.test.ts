import { describe, expect, it } from 'vitest';
import { repairGeometry, repairLinear, repairPolygonal } from './validate.ts';

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
    expect(r).toEqual({ status: 'repaired', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, reason: expect.any(String) });
  });
  it('names a missing geometry and an unsupported type', () => {
    expect(repairGeometry(null)).toEqual({ status: 'dropped', reason: 'missing geometry' });
    expect(repairGeometry({ type: 'MultiPoint', coordinates: [] })).toEqual({ status: 'dropped', reason: 'unsupported geometry type MultiPoint' });
  });
});
