import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { prepareSite } from '../geo/geom.ts';
import { no2Surface, type No2Surface } from '../geo/no2Grid.ts';
import { toLambert72 } from '../geo/proj.ts';
import { addNo2Sums, emptyNo2Sums, no2CellValues, no2SumsOver } from './no2.ts';
import { rect, sq } from './testShapes.ts';

const constant = (v: number): No2Surface => ({ at: () => v, extent: [4.2, 50.7, 4.5, 50.9], mPerDegLng: 70_000 });
const [x0, y0] = toLambert72([4.35, 50.85]).map((v) => Math.round(v / 100) * 100) as [number, number];

describe('NO2 over an area', () => {
  it('is the surface itself on a constant surface, whatever the polygon', () => {
    const at = no2CellValues(constant(23.5), 50);
    for (const g of [sq(x0, y0, 1000), rect(x0 + 7, y0 + 3, x0 + 61, y0 + 29)]) {
      const s = no2SumsOver(prepareSite(g), 50, at, 20);
      expect(s.weightedUgM3M2 / s.areaM2).toBeCloseTo(23.5, 9);
      expect(s.aboveM2).toBeCloseTo(s.areaM2, 9);
    }
    const under = no2SumsOver(prepareSite(sq(x0, y0, 100)), 50, no2CellValues(constant(20), 50), 20);
    expect(under.aboveM2).toBe(0);
  });

  it('weights cells by the land in them and counts land strictly above the limit', () => {
    // Cells i < 2 read 10, the others 30: a 200 × 50 m strip is half of each.
    const s = no2SumsOver(prepareSite(rect(0, 0, 200, 50)), 50, (i) => (i < 2 ? 10 : 30), 20);
    expect(s.areaM2).toBeCloseTo(10_000, 9);
    expect(s.weightedUgM3M2 / s.areaM2).toBeCloseTo(20, 9);
    expect(s.aboveM2).toBeCloseTo(5_000, 9);
    // A strip 25 m into the high cells: 3/4 of it is low.
    const t = no2SumsOver(prepareSite(rect(0, 0, 125, 50)), 50, (i) => (i < 2 ? 10 : 30), 20);
    expect(t.weightedUgM3M2 / t.areaM2).toBeCloseTo(14, 9);
  });

  it('leaves out cells without a value', () => {
    const s = no2SumsOver(prepareSite(rect(0, 0, 100, 50)), 50, (i) => (i === 0 ? -1 : 25), 20);
    expect(s.areaM2).toBeCloseTo(2500, 9);
    expect(s.weightedUgM3M2 / s.areaM2).toBe(25);
  });

  it('samples the app\'s surface once per cell, at the cell centre', () => {
    const seen: [number, number][] = [];
    const spy: No2Surface = { ...constant(1), at: (lng, lat) => (seen.push([lng, lat]), 1) };
    const at = no2CellValues(spy, 50);
    at(3000, 3400);
    at(3000, 3400);
    expect(seen).toHaveLength(1);
    const back = toLambert72(seen[0]!);
    expect(back[0]).toBeCloseTo(150_025, 3);
    expect(back[1]).toBeCloseTo(170_025, 3);
  });

  it('reads the IDW surface of no2Grid: measurements all equal give that value everywhere', () => {
    const pt = (lng: number, lat: number) => ({ type: 'Feature' as const, properties: { no2UgM3: 18 }, geometry: { type: 'Point' as const, coordinates: [lng, lat] } });
    const points: FeatureCollection = { type: 'FeatureCollection', features: [pt(4.34, 50.84), pt(4.36, 50.85), pt(4.35, 50.86)] };
    const s = no2SumsOver(prepareSite(sq(x0, y0, 500)), 50, no2CellValues(no2Surface(points)!, 50), 20);
    expect(s.weightedUgM3M2 / s.areaM2).toBeCloseTo(18, 9);
    expect(s.aboveM2).toBe(0);
  });

  it('adds sums', () => {
    const a = { areaM2: 1, weightedUgM3M2: 20, aboveM2: 0 };
    addNo2Sums(a, { areaM2: 3, weightedUgM3M2: 90, aboveM2: 3 });
    expect(a).toEqual({ areaM2: 4, weightedUgM3M2: 110, aboveM2: 3 });
    expect(emptyNo2Sums()).toEqual({ areaM2: 0, weightedUgM3M2: 0, aboveM2: 0 });
  });
});
