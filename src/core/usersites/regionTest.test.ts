import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import { makeRegionTest } from './regionTest.ts';
import { roughRegion, squareRing } from './test-fixtures.ts';

describe('makeRegionTest', () => {
  const test = makeRegionTest(roughRegion, 2000);
  // 0.0142° of longitude is about 1 km at 50.85° N.
  it('places points inside, within the band and beyond it', () => {
    expect(test({ type: 'Point', coordinates: [4.35, 50.85] })).toBe('inside');
    expect(test({ type: 'Point', coordinates: [4.48 + 0.0142, 50.85] })).toBe('band');
    expect(test({ type: 'Point', coordinates: [4.48 + 0.0142 * 3, 50.85] })).toBe('outside');
    expect(test({ type: 'Point', coordinates: [5.5, 50.85] })).toBe('outside');
  });
  it('places polygons: crossing the border, outside near it, far, and around the whole region', () => {
    const poly = (c: [number, number], half: number): Polygon => ({ type: 'Polygon', coordinates: [squareRing(c, half)] });
    expect(test(poly([4.48, 50.85], 0.002))).toBe('inside');
    expect(test(poly([4.48 + 0.0142, 50.85], 0.002))).toBe('band');
    expect(test(poly([4.48 + 0.05, 50.85], 0.002))).toBe('outside');
    expect(test(poly([4.36, 50.84], 0.5))).toBe('inside');
  });
  it('tests 100,000 points against a 4,000-vertex outline in reasonable time', () => {
    const n = 4000;
    const ring = Array.from({ length: n + 1 }, (_v, i) => {
      const a = ((i % n) / n) * 2 * Math.PI;
      return [4.36 + 0.12 * Math.cos(a), 50.84 + 0.07 * Math.sin(a)];
    });
    const t = makeRegionTest({ type: 'Polygon', coordinates: [ring] });
    const t0 = performance.now();
    let inside = 0;
    for (let i = 0; i < 100_000; i++) if (t({ type: 'Point', coordinates: [4.2 + (i % 400) * 0.0008, 50.75 + Math.floor(i / 400) * 0.0008] }) === 'inside') inside++;
    expect(inside).toBeGreaterThan(0);
    expect(performance.now() - t0).toBeLessThan(20_000);
  });
});
