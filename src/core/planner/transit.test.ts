import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { prepareSite } from '../geo/geom.ts';
import { buildPointIndex } from '../geo/spatialIndex.ts';
import { areaNearStopsM2 } from './transit.ts';
import { rect } from './testShapes.ts';

const stops = (...xy: [number, number][]) => buildPointIndex(xy.map((c): Feature<Point> => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: c } })));

describe('land near metro and tram stops', () => {
  // A strip 1,000 m long and 10 m wide; cells of 10 m, so each cell is 100 m² and its centre is on y = 5.
  const strip = prepareSite(rect(0, 0, 1000, 10));

  it('counts the cells whose centre lies within the distance', () => {
    // Centres at x = 5, 15, …, 395 are within 400 m of (0, 5): 40 cells.
    expect(areaNearStopsM2(strip, [stops([0, 5])], 400, 10)).toBeCloseTo(4000, 6);
    expect(areaNearStopsM2(strip, [stops([500, 5])], 400, 10)).toBeCloseTo(8000, 6);
  });

  it('takes any of several indexes (metro, tram), without counting land twice', () => {
    const metro = stops([0, 5]);
    const tram = stops([200, 5], [1000, 5]);
    // Near (0, 5) or (200, 5): x < 600; near (1000, 5): x > 600.
    expect(areaNearStopsM2(strip, [metro, tram], 400, 10)).toBeCloseTo(10_000, 6);
  });

  it('gives nothing without stops or far from them', () => {
    expect(areaNearStopsM2(strip, [stops()], 400, 10)).toBe(0);
    expect(areaNearStopsM2(strip, [], 400, 10)).toBe(0);
    expect(areaNearStopsM2(strip, [stops([0, 5000])], 400, 10)).toBe(0);
  });

  it('weights partial cells by their land', () => {
    // 5 m wide: half of each cell.
    expect(areaNearStopsM2(prepareSite(rect(0, 0, 1000, 5)), [stops([0, 5])], 400, 10)).toBeCloseTo(2000, 6);
  });
});
