import { describe, expect, it } from 'vitest';
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
