import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { toLambert72 } from '../geo/proj.ts';
import { buildPointIndex } from '../geo/spatialIndex.ts';
import { buildPlanner, type PlannerInputs } from './build.ts';
import { rect } from './testShapes.ts';

// Three 4 ha sectors in a row (two in 21001, one in 21002), in Lambert 72 metres near Brussels.
const X = 150_000;
const Y = 170_000;
const r = (x0: number, y0: number, x1: number, y1: number) => rect(X + x0, Y + y0, X + x1, Y + y1);
const stop = (x: number, y: number) => buildPointIndex([{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [X + x, Y + y] } } as Feature<Point>]);

const inputs: PlannerInputs = {
  sectors: [
    { code: '21001A00-', nis: '21001', nameFr: 'A', nameNl: 'A', geometry: r(0, 0, 200, 200) },
    { code: '21001A01-', nis: '21001', nameFr: 'B', nameNl: 'B', geometry: r(200, 0, 400, 200) },
    { code: '21002A00-', nis: '21002', nameFr: 'C', nameNl: 'C', geometry: r(400, 0, 600, 200) },
  ],
  municipalities: [
    { nis: '21001', nameFr: 'Anderlecht', nameNl: 'Anderlecht' },
    { nis: '21002', nameFr: 'Auderghem', nameNl: 'Oudergem' },
  ],
  sites: [
    // 2 ha across the boundary of B and C.
    { siteId: 's1', status: 'estate', geometry: r(300, 40, 500, 140) },
    { siteId: 's2', status: 'available', geometry: r(10, 10, 60, 60) },
  ],
  // 1 ha of 2013 industrial land across B and C: still industrial in B, residential in C.
  industrial2013: [{ id: 'w1', name: 'Old works', geometry: r(300, 0, 500, 50) }],
  landuseToday: [
    { landuse: 'industrial', geometry: r(300, 0, 400, 100) },
    { landuse: 'residential', geometry: r(400, 0, 500, 50) },
  ],
  industrialToday: [r(300, 0, 400, 100)],
  no2: { at: () => 22, extent: [4, 50, 5, 51], mPerDegLng: 70_000 },
  // s1 lies within 400 m of the stop, s2 (≥ 441 m away) does not.
  metroTramStops: [stop(500, 100), buildPointIndex([])],
  census: {
    residents: [
      { code: '21001A00-', count: 100 },
      { code: '21001A01-', count: 50 },
      { code: '21001ZZZZ', count: 7 },
    ],
    employed: [
      { code: '21001A00-', count: 40 },
      { code: '21001A01-', count: 0 },
      { code: '21001ZZZZ', count: 3 },
    ],
  },
  builtAt: '2026-01-01T00:00:00.000Z',
};

describe('buildPlanner on a tiny region', () => {
  const { data, losses } = buildPlanner(inputs);
  const [a, b, c] = data.sectors;
  const [m1, m2] = data.municipalities;

  it('splits a site across two sectors and two municipalities by area', () => {
    expect([a!.productiveHa.available, b!.productiveHa.estate, c!.productiveHa.estate]).toEqual([0.25, 1, 1]);
    expect([m1!.productiveTotalHa, m2!.productiveTotalHa, data.region.productiveTotalHa]).toEqual([1.25, 1, 2.25]);
    expect([a!.areaHa, m1!.areaHa, data.region.areaHa]).toEqual([4, 8, 12]);
    expect(a!.productiveShare).toBe(0.0625);
  });

  it('follows the 2013 land: still industrial, lost by category, new, net', () => {
    expect(b!.change2013).toMatchObject({ industrial2013Ha: 0.5, stillIndustrialHa: 0.5, lostTotalHa: 0, newIndustrialHa: 0.5, netHa: 0.5 });
    expect(c!.change2013).toMatchObject({ industrial2013Ha: 0.5, stillIndustrialHa: 0, lostHa: { residential: 0.5, commercial: 0, construction: 0, other: 0 }, netHa: -0.5 });
    expect(data.region.change2013).toEqual({
      industrial2013Ha: 1,
      stillIndustrialHa: 0.5,
      lostHa: { residential: 0.5, commercial: 0, construction: 0, other: 0 },
      lostTotalHa: 0.5,
      newIndustrialHa: 0.5,
      netHa: 0,
    });
  });

  it('draws the lost piece with its municipality, today\'s use, the site on it and a point inside', () => {
    expect(losses).toHaveLength(1);
    const f = losses[0]!.feature;
    expect(losses[0]!.sourceId).toBe('w1');
    expect(f.properties).toMatchObject({ lossId: 'loss-w1-residential', nis: '21002', category: 'residential', landuseToday: 'residential', name2013: 'Old works', areaM2: 5000, siteId: 's1' });
    const [x, y] = toLambert72([f.properties.lon, f.properties.lat]);
    expect(x).toBeGreaterThan(X + 400);
    expect(x).toBeLessThan(X + 500);
    expect(y).toBeGreaterThan(Y);
    expect(y).toBeLessThan(Y + 50);
  });

  it('measures NO2 and nearness to stops over the productive land', () => {
    expect([data.region.no2AllUgM3, data.region.no2ProductiveUgM3, data.region.productiveAboveEu2030Share]).toEqual([22, 22, 1]);
    expect([a!.productiveNearMetroTramShare, b!.productiveNearMetroTramShare, data.region.productiveNearMetroTramShare]).toEqual([0, 1, 0.8889]);
    const noLand = buildPlanner({ ...inputs, sites: [] }).data.region;
    expect([noLand.no2ProductiveUgM3, noLand.productiveAboveEu2030Share, noLand.productiveNearMetroTramShare]).toEqual([null, null, null]);
  });

  it('joins the census: a ZZZZ row counts in its municipality, a sector without row is unknown', () => {
    expect([a!.residents, b!.residents, c!.residents, c!.employedResidents]).toEqual([100, 50, null, null]);
    expect([m1!.residents, m1!.employedResidents, m2!.residents]).toEqual([157, 43, null]);
    expect([data.region.residents, data.region.employedResidents]).toEqual([157, 43]);
    expect(data.census).toEqual({ sectorsWithoutRows: ['21002A00-'], rowsWithoutSector: [{ code: '21001ZZZZ', residents: 7, employedResidents: 3 }] });
  });

  it('states its parameters and names the areas', () => {
    expect(data.parameters).toEqual({ eu2030No2UgM3: 20, stopDistanceM: 400, no2CellM: 50 });
    expect(data.region).toMatchObject({ code: 'region', kind: 'region', nis: '04000' });
    expect(m2).toMatchObject({ code: '21002', kind: 'municipality', nameNl: 'Oudergem' });
    expect(a).toMatchObject({ code: '21001A00-', kind: 'sector', nis: '21001' });
  });
});
