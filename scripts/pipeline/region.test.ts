import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { Region } from './region.ts';

// A 1 km square "region" in metres.
const square: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1000, 0], [1000, 1000], [0, 1000], [0, 0]]] };
const region = new Region(square);
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
const area = (p: Polygon): number => {
  let a = 0;
  const r = p.coordinates[0]!;
  for (let i = 0; i + 1 < r.length; i++) a += r[i]![0]! * r[i + 1]![1]! - r[i + 1]![0]! * r[i]![1]!;
  return Math.abs(a / 2);
};

describe('Region', () => {
  it('keeps a polygon wholly inside unchanged and drops one wholly outside', () => {
    const inside = box(100, 100, 200, 200);
    expect(region.clip(inside)).toBe(inside);
    expect(region.clip(box(2000, 2000, 2100, 2100))).toBeNull();
  });
  it('cuts a polygon across the border', () => {
    const cut = region.clip(box(900, 100, 1100, 200));
    expect(cut?.type).toBe('Polygon');
    expect(area(cut as Polygon)).toBeCloseTo(100 * 100, 3);
  });
  it('measures distance to the boundary and tells near from far', () => {
    expect(region.distanceToBoundaryM([500, 1300])).toBeCloseTo(300, 6);
    expect(region.distanceToBoundaryM([500, 400])).toBeCloseTo(400, 6);
    expect(region.near({ type: 'Point', coordinates: [500, 2500] }, 2000)).toBe(true);
    expect(region.near({ type: 'Point', coordinates: [500, 3100] }, 2000)).toBe(false);
    expect(region.near({ type: 'LineString', coordinates: [[5000, 5000], [500, 500]] }, 0)).toBe(true);
  });
});
