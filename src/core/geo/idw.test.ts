import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { prepareSite } from './geom.ts';
import { buildIdwIndex, defaultIdwOptions, idwAt, idwAtSite } from './idw.ts';
import { square } from './test-fixtures.ts';

type P = { v: number; src?: string };
const m = (x: number, y: number, v: number, src = 'a'): Feature<Point, P> => ({
  type: 'Feature',
  properties: { v, src },
  geometry: { type: 'Point', coordinates: [x, y] },
});
const build = (fs: Feature<Point, P>[]) => buildIdwIndex(fs, (f) => f.properties.v);

describe('idwAt', () => {
  it('returns the mean of two equidistant points', () => {
    expect(idwAt(0, 0, build([m(-100, 0, 20), m(100, 0, 40)]))).toBeCloseTo(30, 12);
  });

  it('weights by inverse squared distance', () => {
    // Weights 1/100² and 1/200² -> (4*10 + 1*40) / 5 = 16.
    expect(idwAt(0, 0, build([m(100, 0, 10), m(0, 200, 40)]))).toBeCloseTo(16, 12);
  });

  it('returns the value of a point within 1 m (exact hit)', () => {
    expect(idwAt(0, 0, build([m(0.5, 0, 55), m(10, 0, 10)]))).toBe(55);
  });

  it('uses only the k nearest within the radius', () => {
    const idx = build([m(10, 0, 10), m(-10, 0, 10), m(0, 20, 100), m(0, 1600, 1000)]);
    expect(idwAt(0, 0, idx, { ...defaultIdwOptions, k: 2 })).toBeCloseTo(10, 12);
    // The 1600 m point is outside the 1500 m radius and is ignored.
    const all = idwAt(0, 0, idx);
    expect(all).toBeCloseTo((10 / 100 + 10 / 100 + 100 / 400) / (1 / 100 + 1 / 100 + 1 / 400), 9);
  });

  it('falls back to the nearest value beyond the radius, and to missingValue when empty', () => {
    expect(idwAt(0, 0, build([m(3000, 0, 33), m(5000, 0, 50)]))).toBe(33);
    expect(idwAt(0, 0, build([]))).toBe(-1);
  });

  it('skips filtered and non-finite points', () => {
    const idx = buildIdwIndex([m(10, 0, 10, 'a'), m(-10, 0, 99, 'b'), m(0, 10, NaN, 'a')], (f) => f.properties.v, (f) => f.properties.src === 'a');
    expect(idwAt(0, 0, idx)).toBe(10);
  });
});

describe('idwAtSite', () => {
  it('evaluates at the centroid of a convex site', () => {
    const site = prepareSite({ type: 'Polygon', coordinates: [square(0, 0, 100)] });
    expect(idwAtSite(site, build([m(50, 50, 42), m(500, 500, 0)]))).toBe(42);
  });
});
