import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import { defaultRoadOptions } from '../../src/core/access/roads.ts';
import { derivedFrom } from './repairs.ts';
import { roadAccess, roadAccessParameters, roadAccessReport, spread } from './roadAccess.ts';

// A small network in Lambert 72 near the centre of Brussels (x 150 000, y 170 000).
const X = 150_000;
const Y = 170_000;
const kmh = defaultRoadOptions.speedKmh as Record<string, number>;

/** A road as the `roads` layer holds it: its own properties lack `oneway`, its source feature's tags have it. */
function layerRoad(coords: [number, number][], tags: Record<string, unknown>): Feature<LineString, unknown> {
  const props = derivedFrom({ class: 'minor', highway: String(tags.highway), name: '', nameFr: '', nameNl: '', ref: '' }, tags);
  return { type: 'Feature', properties: props, geometry: { type: 'LineString', coordinates: coords.map(([x, y]) => [X + x, Y + y]) } };
}
const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[X + x0, Y + y0], [X + x1, Y + y0], [X + x1, Y + y1], [X + x0, Y + y1], [X + x0, Y + y0]]],
});

const roads = [
  layerRoad([[0, 0], [1000, 0]], { highway: 'residential', oneway: '-1' }), // westward only
  layerRoad([[0, 0], [0, 300]], { highway: 'residential' }),
  layerRoad([[0, 300], [1000, 300]], { highway: 'primary' }),
  layerRoad([[1000, 300], [1000, 0]], { highway: 'primary' }),
  layerRoad([[1000, 0], [1000, -500]], { highway: 'motorway_link' }),
  layerRoad([[1000, -500], [2000, -500]], { highway: 'motorway' }),
];
const canal = [{ type: 'Feature' as const, properties: { kind: 'water' }, geometry: box(-500, 330, 1500, 380) }];
const sites: Feature<Polygon, { siteId: string }>[] = [
  { type: 'Feature', properties: { siteId: 'by-the-one-way' }, geometry: box(40, -30, 60, -10) },
  { type: 'Feature', properties: { siteId: 'far-from-roads' }, geometry: box(400, -900, 500, -800) },
];

describe('roadAccess', () => {
  it('gives per site the three figures and the route, reading one-way tags from the source features', () => {
    const out = roadAccess({ sites, roads, canal });
    expect([...out.keys()]).toEqual(['by-the-one-way', 'far-from-roads']);
    const r = out.get('by-the-one-way')!;
    expect(Object.keys(r).sort()).toEqual(['motorwayRoute', 'roadKmToCanalQuay', 'roadKmToMotorway', 'truckMinToMotorway']);
    // Round the block (the street is one-way westwards): 40 + 300 + 1000 + 300 m.
    expect(r.roadKmToMotorway).toBe(1.64);
    const minutes = (340 / (kmh.residential! / 3.6) + 1300 / (kmh.primary! / 3.6)) / 60;
    expect(r.truckMinToMotorway).toBe(Math.round(minutes * 10) / 10);
    // The quay: the primary along y = 300 is 30 m from the water; nearest quay node (0, 300) is 40 + 300 m away.
    expect(r.roadKmToCanalQuay).toBe(0.34);
    expect(r.motorwayRoute?.type).toBe('LineString');
    const coords = r.motorwayRoute!.coordinates as number[][];
    expect(coords).toHaveLength(5);
    for (const [lon, lat] of coords) {
      expect(lon).toBeGreaterThan(4.2);
      expect(lon).toBeLessThan(4.5);
      expect(lat).toBeGreaterThan(50.7);
      expect(lat).toBeLessThan(51);
      expect(Math.round(lon! * 1e5) / 1e5).toBe(lon);
    }
    const far = out.get('far-from-roads')!;
    expect(far).toEqual({ roadKmToMotorway: NaN, truckMinToMotorway: NaN, roadKmToCanalQuay: NaN, motorwayRoute: null });
  });

  it('reads plain 2013 road features too, and ignores the one-way when the source has none', () => {
    const plain = roads.map((f, i) => (i === 0 ? { ...f, properties: { highway: 'residential' } } : f));
    expect(roadAccess({ sites: sites.slice(0, 1), roads: plain, canal }).get('by-the-one-way')!.roadKmToMotorway).toBe(0.94);
  });

  it('reports counts, medians, ranges, detour ratios and NaN reasons in its summary', () => {
    const lines: string[] = [];
    const rep = roadAccessReport({ sites, roads, canal, log: (l) => lines.push(l), junctions: [{ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: [X + 1000, Y - 400] } }] });
    expect(lines).toEqual(rep.summary);
    expect(rep.graph.motorwayAccesses).toBe(1);
    expect(rep.details.get('by-the-one-way')).toMatchObject({ noRoad: false, gateM: 10 });
    expect(rep.details.get('by-the-one-way')!.straightKmToMotorway).toBeCloseTo(0.96, 9);
    expect(rep.details.get('far-from-roads')!.noRoad).toBe(true);
    const text = lines.join('\n');
    expect(text).toMatch(/2013/);
    expect(text).toMatch(/road km to motorway: +median 1\.64, range 1\.64–1\.64 \(1 sites, 1 NaN\)/);
    expect(text).toMatch(/detour road\/straight km to the same access: median 1\.71/);
    expect(text).toMatch(/NaN: 1 sites with no drivable 2013 road within 200 m, 0 with no motorway access/);
    expect(text).toMatch(/1 of 1 accesses used lie within 1 km of one of the 1 motorway junctions/);
  });

  it('states its parameters: the 2013 roads, the speeds and distances', () => {
    const p = roadAccessParameters();
    expect(String(p.roadData)).toMatch(/2013-01-01/);
    expect(p['truckKmh.motorway']).toBe(kmh.motorway);
    expect(p['truckKmh.residential']).toBe(kmh.residential);
    expect(p.siteGateM).toBe(defaultRoadOptions.gateM);
    expect(roadAccessParameters({ gateM: 10 }).siteGateM).toBe(10);
  });
});

describe('spread', () => {
  it('gives median, range and the count of non-finite values', () => {
    expect(spread([3, 1, NaN, 2])).toEqual({ median: 2, min: 1, max: 3, n: 3, missing: 1 });
    expect(spread([4, 1, 2, 3]).median).toBe(2.5);
    expect(spread([NaN]).median).toBeNaN();
  });
});
