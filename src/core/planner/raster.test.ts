import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import { prepareSite } from '../geo/geom.ts';
import { cellAreas } from './raster.ts';
import { rect, sq } from './testShapes.ts';

const cells = (g: Polygon | MultiPolygon, c: number) =>
  cellAreas(prepareSite(g), c)
    .map((x) => [x.i, x.j, Math.round(x.areaM2 * 1e6) / 1e6])
    .sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!);

describe('cellAreas', () => {
  it('gives each cell the exact area of the polygon in it', () => {
    expect(cells(sq(0, 0, 100), 50)).toEqual([[0, 0, 2500], [0, 1, 2500], [1, 0, 2500], [1, 1, 2500]]);
    expect(cells(sq(25, 25, 50), 50)).toEqual([[0, 0, 625], [0, 1, 625], [1, 0, 625], [1, 1, 625]]);
  });

  it('cuts slanted edges exactly (a triangle)', () => {
    const tri: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [100, 0], [0, 100], [0, 0]]] };
    expect(cells(tri, 50)).toEqual([[0, 0, 2500], [0, 1, 1250], [1, 0, 1250]]);
  });

  it('subtracts holes and ignores the winding of the rings', () => {
    const hole = sq(25, 25, 50).coordinates[0]!;
    const withHole: Polygon = { type: 'Polygon', coordinates: [sq(0, 0, 100).coordinates[0]!, hole] };
    expect(cells(withHole, 50).map((c) => c[2])).toEqual([1875, 1875, 1875, 1875]);
    const clockwise: Polygon = { type: 'Polygon', coordinates: [sq(0, 0, 100).coordinates[0]!.slice().reverse()] };
    expect(cells(clockwise, 50)).toEqual(cells(sq(0, 0, 100), 50));
  });

  it('keeps the total area of a concave multipolygon, also at negative coordinates', () => {
    const u: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [90, 0], [90, 90], [60, 90], [60, 30], [30, 30], [30, 90], [0, 90], [0, 0]]] };
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [u.coordinates, rect(-73, -41, -12, -3).coordinates] };
    const total = cellAreas(prepareSite(multi), 7).reduce((s, c) => s + c.areaM2, 0);
    expect(total).toBeCloseTo(90 * 90 - 30 * 60 + 61 * 38, 6);
  });

  it('returns nothing for a degenerate polygon', () => {
    expect(cellAreas(prepareSite({ type: 'Polygon', coordinates: [[[0, 0], [10, 0], [20, 0], [0, 0]]] }), 5)).toEqual([]);
  });
});
