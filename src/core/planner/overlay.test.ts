import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { areaM2, buildPartition, buildPolygonIndex, candidates, intersectPolys, splitByAreas, subtractPolys, unionPolys } from './overlay.ts';
import { clipToBox } from '../geo/boxClip.ts';
import { rect, sq } from './testShapes.ts';

const holed: Polygon = { type: 'Polygon', coordinates: [sq(0, 0, 300).coordinates[0]!, sq(100, 100, 100).coordinates[0]!.slice().reverse()] };

describe('polygon operations', () => {
  it('intersects, subtracts and unions exactly', () => {
    expect(areaM2(intersectPolys(sq(0, 0, 100), sq(50, 50, 100))!)).toBeCloseTo(2500, 6);
    expect(intersectPolys(sq(0, 0, 10), sq(20, 0, 10))).toBeNull();
    expect(areaM2(subtractPolys(sq(0, 0, 100), [sq(0, 0, 50), sq(50, 50, 50)])!)).toBeCloseTo(5000, 6);
    expect(subtractPolys(sq(0, 0, 10), [sq(0, 0, 10)])).toBeNull();
    const far = sq(0, 0, 10);
    expect(subtractPolys(far, [sq(100, 100, 5)])).toBe(far);
    // Two overlapping squares dissolve to 100² + 100² − 50².
    expect(areaM2(unionPolys([sq(0, 0, 100), sq(50, 50, 100)])!)).toBeCloseTo(17500, 6);
    expect(unionPolys([])).toBeNull();
  });

  it('cuts a polygon to a box, keeping its holes and dropping parts outside', () => {
    const u: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [90, 0], [90, 90], [60, 90], [60, 30], [30, 30], [30, 90], [0, 90], [0, 0]]] };
    // The box cuts both arms of the U: 2 × 30 × 40 plus the base 90 × 30 … minus nothing above y = 70.
    expect(areaM2(clipToBox(u, [-10, -10, 100, 70])!)).toBeCloseTo(90 * 30 + 2 * 30 * 40, 6);
    expect(areaM2(clipToBox(holed, [50, 50, 250, 250])!)).toBeCloseTo(200 * 200 - 100 * 100, 6);
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [sq(0, 0, 10).coordinates, sq(100, 0, 10).coordinates] };
    expect(clipToBox(multi, [-1, -1, 50, 50])).toEqual({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [10, 10], [0, 10], [0, 0]]] });
    expect(clipToBox(sq(0, 0, 10), [20, 20, 30, 30])).toBeNull();
  });

  it('intersects a large polygon with a small one as exactly as without the window', () => {
    const big = holed;
    expect(areaM2(intersectPolys(big, rect(90, 90, 110, 310))!)).toBeCloseTo(20 * 210 - 10 * 100, 6);
  });

  it('finds candidates by box only, in index order', () => {
    const idx = buildPolygonIndex([sq(0, 0, 10), sq(100, 0, 10), sq(5, 5, 10)], (g) => g);
    expect(candidates(idx, [0, 0, 20, 20])).toEqual([0, 2]);
    expect(candidates(buildPolygonIndex([], (g: Polygon) => g), [0, 0, 1, 1])).toEqual([]);
  });
});

describe('splitByAreas', () => {
  const part = buildPartition([rect(0, 0, 100, 100), rect(100, 0, 200, 100)]);

  it('splits a site crossing the boundary of two areas by area', () => {
    const pieces = splitByAreas(rect(50, 20, 150, 80), part);
    expect(pieces.map((p) => p.area)).toEqual([0, 1]);
    expect(pieces[0]!.areaM2).toBeCloseTo(3000, 6);
    expect(pieces[1]!.areaM2).toBeCloseTo(3000, 6);
    expect(pieces.reduce((s, p) => s + p.areaM2, 0)).toBeCloseTo(areaM2(rect(50, 20, 150, 80)), 6);
  });

  it('gives a polygon wholly inside one area to it untouched, without an intersection', () => {
    const g = sq(10, 10, 20);
    expect(splitByAreas(g, part)).toEqual([{ area: 0, geometry: g, areaM2: 400 }]);
  });

  it('gives nothing for land outside every area, and the part inside for land across the edge', () => {
    expect(splitByAreas(sq(500, 500, 10), part)).toEqual([]);
    const pieces = splitByAreas(rect(190, 0, 210, 10), part);
    expect(pieces).toHaveLength(1);
    expect(pieces[0]!.areaM2).toBeCloseTo(100, 6);
  });

  it('respects holes: land in an area\'s hole belongs to the area filling it', () => {
    const p = buildPartition([holed, sq(100, 100, 100)]);
    expect(splitByAreas(sq(120, 120, 10), p).map((x) => x.area)).toEqual([1]);
    const across = splitByAreas(rect(50, 150, 150, 160), p);
    expect(across.map((x) => [x.area, Math.round(x.areaM2)])).toEqual([[0, 500], [1, 500]]);
  });

  it('splits a multipolygon spanning both areas and a big polygon holding a whole area', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [sq(10, 10, 10).coordinates, sq(150, 10, 10).coordinates] };
    expect(splitByAreas(multi, part).map((x) => [x.area, Math.round(x.areaM2)])).toEqual([[0, 100], [1, 100]]);
    expect(splitByAreas(rect(-50, -50, 250, 150), part).map((x) => Math.round(x.areaM2))).toEqual([10000, 10000]);
  });
});
