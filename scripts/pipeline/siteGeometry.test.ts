import { describe, expect, it } from 'vitest';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { prepareSite, siteArea } from '../../src/core/geo/geom.ts';
import { resolveSiteOverlaps, withoutSlivers } from './siteGeometry.ts';

const square = (x: number, y: number, side: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]],
});
const site = (id: string, g: Polygon | MultiPolygon): Feature<Polygon | MultiPolygon, { id: string }> => ({ type: 'Feature', geometry: g, properties: { id } });
const area = (g: Polygon | MultiPolygon) => Math.round(siteArea(prepareSite(g)));
const run = (sites: Feature<Polygon | MultiPolygon, { id: string }>[]) => resolveSiteOverlaps(sites, (f) => f.properties.id);

describe('resolveSiteOverlaps', () => {
  it('leaves the shared land to the smaller site and cuts it out of the larger', () => {
    const { sites, report } = run([site('estate', square(0, 0, 100)), site('depot', square(80, 80, 40))]);
    expect(sites.map((s) => [s.properties.id, area(s.geometry)])).toEqual([['estate', 10000 - 400], ['depot', 1600]]);
    expect(report).toMatchObject({ overlapsResolved: 1, overlapM2: 400, sitesAbsorbed: 0 });
  });
  it('absorbs a duplicate polygon, keeping one site for the land', () => {
    const { sites, report } = run([site('a', square(0, 0, 50)), site('b', square(0, 0, 50.05))]);
    expect(sites.map((s) => s.properties.id)).toEqual(['a']);
    expect(report.sitesAbsorbed).toBe(1);
  });
  it('punches a hole for a site wholly inside another', () => {
    const { sites } = run([site('big', square(0, 0, 100)), site('inner', square(40, 40, 20))]);
    expect(area(sites[0]!.geometry)).toBe(9600);
    expect(sites[0]!.geometry.type === 'Polygon' && sites[0]!.geometry.coordinates.length).toBe(2);
  });
  it('leaves touching sites and tiny digitising overlaps alone', () => {
    const { report } = run([site('a', square(0, 0, 50)), site('b', square(50, 0, 50)), site('c', square(99.99, 0, 50))]);
    expect(report.overlapsResolved).toBe(0);
  });
  it('drops slivers under 100 m² left by the region cut, and sites made only of them', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 50).coordinates, square(200, 0, 5).coordinates] };
    const { sites, report } = run([site('cut', multi), site('crumb', square(500, 0, 8))]);
    expect(sites.map((s) => [s.properties.id, s.geometry.type, area(s.geometry)])).toEqual([['cut', 'Polygon', 2500]]);
    expect(report).toMatchObject({ sliversDropped: 2, smallSitesDropped: 1 });
  });
});

describe('withoutSlivers', () => {
  it('keeps a multipolygon when two parts are large enough', () => {
    const multi: MultiPolygon = { type: 'MultiPolygon', coordinates: [square(0, 0, 20).coordinates, square(100, 0, 20).coordinates] };
    expect(withoutSlivers(multi, 100)).toEqual({ geometry: multi, dropped: 0 });
  });
});
