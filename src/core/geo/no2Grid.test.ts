import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { no2Grid } from './no2Grid.ts';

const pt = (lng: number, lat: number, no2UgM3: number) => ({ type: 'Feature' as const, properties: { no2UgM3 }, geometry: { type: 'Point' as const, coordinates: [lng, lat] } });

describe('no2Grid', () => {
  it('interpolates between points and classes the values', () => {
    const points: FeatureCollection = { type: 'FeatureCollection', features: [pt(4.30, 50.80, 5), pt(4.31, 50.80, 5), pt(4.30, 50.81, 5), pt(4.34, 50.84, 45), pt(4.35, 50.84, 45), pt(4.34, 50.85, 45)] };
    const grid = no2Grid(points, null, { cellM: 500 });
    expect(grid.features.length).toBeGreaterThan(20);
    const vals = grid.features.map((f) => f.properties.no2UgM3);
    expect(Math.min(...vals)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...vals)).toBeLessThanOrEqual(45);
    const first = grid.features[0]!;
    expect(first.properties.cls).toBe(0);
    expect(grid.features.some((f) => f.properties.cls === 4)).toBe(true);
  });
  it('returns nothing without points and clips to the region', () => {
    expect(no2Grid({ type: 'FeatureCollection', features: [] }, null).features).toEqual([]);
    const points: FeatureCollection = { type: 'FeatureCollection', features: [pt(4.3, 50.8, 20), pt(4.32, 50.82, 20), pt(4.3, 50.82, 20)] };
    const region: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[4.3, 50.8], [4.31, 50.8], [4.31, 50.81], [4.3, 50.81], [4.3, 50.8]]] } }] };
    const all = no2Grid(points, null).features.length;
    const clipped = no2Grid(points, region).features.length;
    expect(clipped).toBeGreaterThan(0);
    expect(clipped).toBeLessThan(all);
  });
});

describe('no2Grid region test', () => {
  it('keeps cells in a multipolygon part and drops those in its hole', () => {
    const points: FeatureCollection = { type: 'FeatureCollection', features: [pt(4.3, 50.8, 20), pt(4.34, 50.84, 20)] };
    const outer = [[4.3, 50.8], [4.34, 50.8], [4.34, 50.84], [4.3, 50.84], [4.3, 50.8]];
    const hole = [[4.31, 50.81], [4.33, 50.81], [4.33, 50.83], [4.31, 50.83], [4.31, 50.81]];
    const withHole: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'MultiPolygon', coordinates: [[outer, hole]] } }] };
    const full: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [outer] } }] };
    const centre = (f: { geometry: { coordinates: number[][][] } }) => {
      const [a, , c] = f.geometry.coordinates[0]!;
      return [(a![0]! + c![0]!) / 2, (a![1]! + c![1]!) / 2];
    };
    const inHole = (c: number[]) => c[0]! > 4.31 && c[0]! < 4.33 && c[1]! > 50.81 && c[1]! < 50.83;
    const holed = no2Grid(points, withHole, { cellM: 500 }).features;
    expect(holed.some((f) => inHole(centre(f)))).toBe(false);
    expect(no2Grid(points, full, { cellM: 500 }).features.some((f) => inHole(centre(f)))).toBe(true);
  });
});
