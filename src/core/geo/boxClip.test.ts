import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { clipToBox } from './boxClip.ts';

const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1000, 0], [1000, 1000], [0, 1000], [0, 0]]] };

describe('clipToBox', () => {
  it('clips a ring to a box', () => {
    const cut = clipToBox(square, [500, -10, 2000, 2000]) as Polygon;
    expect(cut.coordinates[0]).toEqual([[500, 0], [1000, 0], [1000, 1000], [500, 1000], [500, 0]]);
    expect(clipToBox(square, [2000, 2000, 3000, 3000])).toBeNull();
  });
});
