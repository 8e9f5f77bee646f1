import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { geometriesBbox, positionsOf } from './bbox.ts';

describe('positionsOf and geometriesBbox', () => {
  it('flattens every geometry type', () => {
    expect(positionsOf({ type: 'MultiPolygon', coordinates: [[[[0, 0], [2, 0], [0, 1], [0, 0]]]] })).toHaveLength(4);
    expect(positionsOf({ type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[0, 0], [3, 3]] }] })).toEqual([[1, 2], [0, 0], [3, 3]]);
  });
  it('bounds several geometries and skips missing ones', () => {
    expect(geometriesBbox([{ type: 'Point', coordinates: [4, -1] }, null, { type: 'LineString', coordinates: [[0, 2], [1, 3]] }])).toEqual([0, -1, 4, 3]);
    expect(geometriesBbox([])).toBeNull();
    expect(geometriesBbox([{ type: 'MultiPoint', coordinates: [] }])).toBeNull();
  });
});

describe('geometriesBbox on unusable coordinates', () => {
  it('skips null, non-numeric and NaN positions instead of letting them into the box', () => {
    const geoms = [
      { type: 'Point', coordinates: [null, null] },
      { type: 'Point', coordinates: ['4.3', '50.8'] },
      { type: 'Point', coordinates: [NaN, 50] },
      { type: 'Point', coordinates: [4.35, 50.85] },
      { type: 'LineString', coordinates: [[4.4, 50.9], [null, 51]] },
    ] as unknown as Geometry[];
    expect(geometriesBbox(geoms)).toEqual([4.35, 50.85, 4.4, 50.9]);
  });
  it('skips missing coordinates and wrong nesting without throwing', () => {
    const geoms = [
      { type: 'Point', coordinates: null },
      { type: 'Point' },
      { type: 'Point', coordinates: [[4.3, 50.8]] },
      { type: 'Polygon', coordinates: [4.3, 50.8] },
      { type: 'MultiPolygon', coordinates: null },
      { type: 'GeometryCollection', geometries: null },
      { type: 'Feature' },
    ] as unknown as Geometry[];
    expect(geometriesBbox(geoms)).toBeNull();
    expect(geometriesBbox([...geoms, { type: 'Point', coordinates: [1, 2] }])).toEqual([1, 2, 1, 2]);
  });
});
