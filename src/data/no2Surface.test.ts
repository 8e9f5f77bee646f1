import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { no2Surface } from './no2Surface.ts';

const pt = (lng: number, lat: number, no2UgM3: number) => ({ type: 'Feature' as const, properties: { no2UgM3 }, geometry: { type: 'Point' as const, coordinates: [lng, lat] } });

describe('no2Surface', () => {
  it('interpolates between points and classes the values', () => {
    const points: FeatureCollection = { type: 'FeatureCollection', features: [pt(4.30, 50.80, 5), pt(4.31, 50.80, 5), pt(4.30, 50.81, 5), pt(4.34, 50.84, 45), pt(4.35, 50.84, 45), pt(4.34, 50.85, 45)] };
    const grid = no2Surface(points, null, { cellM: 500 });
    expect(grid.features.length).toBeGreaterThan(20);
    const vals = grid.features.map((f) => f.properties.no2UgM3);
    expect(Math.min(...vals)).toBeGreaterThanOrEqual(5);
    expect(Math.max(...vals)).toBeLessThanOrEqual(45);
    const first = grid.features[0]!;
    expect(first.properties.cls).toBe(0);
    expect(grid.features.some((f) => f.properties.cls === 4)).toBe(true);
  });
  it('returns nothing without points and clips to the region', () => {
    expect(no2Surface({ type: 'FeatureCollection', features: [] }, null).features).toEqual([]);
    const points: FeatureCollection = { type: 'FeatureCollection', features: [pt(4.3, 50.8, 20), pt(4.32, 50.82, 20), pt(4.3, 50.82, 20)] };
    const region: FeatureCollection = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[4.3, 50.8], [4.31, 50.8], [4.31, 50.81], [4.3, 50.81], [4.3, 50.8]]] } }] };
    const all = no2Surface(points, null).features.length;
    const clipped = no2Surface(points, region).features.length;
    expect(clipped).toBeGreaterThan(0);
    expect(clipped).toBeLessThan(all);
  });
});
