import { describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon } from 'geojson';
import type { SiteFeature } from '../../src/core/types.ts';
import { accessSummary, lineModeOf, parseGtfsModes, parseStopsByLine, transitAccess, transitParameters, type LineDirection } from './access.ts';
import { PipelineError } from './errors.ts';
import type { L72Feature } from './layerReads.ts';
import { defaultTransitOptions } from '../../src/core/access/transit.ts';

const file = 'stops-by-line.json';

describe('parseStopsByLine', () => {
  it('reads STIB records whose fields hold JSON text, in stop order', () => {
    const json = [
      { lineid: '71', direction: 'Suburb', destination: '{"fr": "DELTA", "nl": "DELTA"}', points: '[{"id": "3", "order": 2}, {"id": "1", "order": 1}]' },
      { lineid: 8, direction: 'City', destination: { fr: 'LOUISE' }, points: [{ id: '5', order: '1' }] },
    ];
    expect(parseStopsByLine(file, json)).toEqual([
      { lineId: '71', direction: 'Suburb', destination: 'DELTA', stopIds: ['1', '3'] },
      { lineId: '8', direction: 'City', destination: 'LOUISE', stopIds: ['5'] },
    ]);
  });

  it('stops the build on a bad record, naming the file, the record and the line', () => {
    const bad: [unknown, RegExp][] = [
      [{}, /JSON array/],
      [[{ points: '[]' }], /without a lineid/],
      [[{ lineid: '1', points: 'not json' }], /line 1: points is not/],
      [[{ lineid: '1', points: '[{"id": "8733"}]' }], /line 1: point .* no numeric order/],
    ];
    for (const [json, message] of bad) {
      expect(() => parseStopsByLine(file, json)).toThrow(PipelineError);
      expect(() => parseStopsByLine(file, json)).toThrow(message);
    }
  });
});

describe('line modes', () => {
  const gtfs = parseGtfsModes([
    { route_short_name: '1', route_type: '1' },
    { route_short_name: '7', route_type: '0' },
    { route_short_name: '71', route_type: '3' },
    { route_short_name: 'X', route_type: '7' },
  ]);

  it('reads GTFS route types 0, 1 and 3 and ignores others', () => {
    expect([...gtfs]).toEqual([
      ['1', 'metro'],
      ['7', 'tram'],
      ['71', 'bus'],
    ]);
  });

  it('takes GTFS first, then the OSM route, then the stated rule (tram 3; any other unknown line a bus)', () => {
    const osm = new Map([['62', 'tram' as const]]);
    expect(lineModeOf('7', gtfs, osm)).toEqual({ mode: 'tram', from: 'gtfs' });
    expect(lineModeOf('62', gtfs, osm)).toEqual({ mode: 'tram', from: 'osm' });
    expect(lineModeOf('3', gtfs, osm)).toEqual({ mode: 'tram', from: 'rule' });
    expect(lineModeOf('T19', gtfs, osm)).toEqual({ mode: 'bus', from: 'rule' });
  });
});

describe('transitAccess on a small network', () => {
  // A tram line east along y = 0, stops every 1 km; a site at its west end; sectors along the line.
  const stop = (id: string, x: number): L72Feature => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, 0] }, properties: { stopId: id } });
  const square = (cx: number, cy: number, r: number): Polygon => ({ type: 'Polygon', coordinates: [[[cx - r, cy - r], [cx + r, cy - r], [cx + r, cy + r], [cx - r, cy + r], [cx - r, cy - r]]] });
  const stops = [0, 1, 2, 3, 4, 5, 6].map((k) => stop(`s${k}`, k * 1000));
  // The OSM route runs 30 m north of the stops, in two pieces, with a loop between s2 and s3 (500 m north and back,
  // its legs 200 m apart: farther than the gap bridging, so the loop is ridden): that hop is 2000 m.
  const route: L72Feature = {
    type: 'Feature',
    geometry: { type: 'MultiLineString', coordinates: [[[0, 30], [2400, 30], [2400, 530], [2600, 530], [2600, 30]], [[2600, 30], [6000, 30]]] },
    properties: { ref: 'T', route: 'tram', operator: 'STIB/MIVB' },
  };
  const lineDirections: LineDirection[] = [{ lineId: 'T', direction: 'Suburb', destination: 'EAST', stopIds: ['s0', 's1', 's2', 'sX', 's3', 's4', 's5', 's6'] }];
  const site: SiteFeature = { type: 'Feature', geometry: square(0, -100, 50), properties: { siteId: 'site-1' } as SiteFeature['properties'] };
  const sectors = [0, 2000, 6000, 30_000].map((x, k) => ({
    code: `2100${k}A00-`,
    geometry: square(x, 0, 20) as Polygon | MultiPolygon,
    workforce: k === 2 ? { residents: null, employedResidents: null } : { residents: 1000 * (k + 1), employedResidents: 100 * (k + 1) },
  }));
  const o = { ...defaultTransitOptions, walkDetour: 1, walkKmh: 4.8, tramKmh: 12, tramHeadwayMin: 10 };
  const run = () => transitAccess({ sites: [site], stops, transitLines: [route], lineDirections, gtfsModes: new Map([['T', 'tram' as const]]), sectors, options: o });

  it('rides the OSM route where it fits the stops (the loop counts), skipping a stop without coordinates', () => {
    const { report } = run();
    expect(report.routesMatched).toBe(1);
    expect(report.network).toMatchObject({ stops: 7, lineStops: 7, hops: 6, hopsAlongRoute: 6, missingStopRefs: 1 });
    expect(report.modes).toEqual({ metro: 0, tram: 1, bus: 0 });
    expect(report.modeFrom).toEqual({ gtfs: 1, osm: 0, rule: [] });
    // 5 of the 6 hops are 1000 m along the route and straight; the loop hop is 2000 m (ratio 2): median 1
    expect(report.matchedHopRatio).toEqual({ median: 1, hops: 6 });
  });

  it('gives each sector its minutes and the labour shed, counting the sector without census apart', () => {
    const { bySite, report } = run();
    const s = bySite.get('site-1')!;
    // sector 0 (its point on s0): walking 50 m from the site's edge, 0.6 min → 1
    // sector 1 (on s2): walk 50 m to s0 (0.6), wait 5, ride 2000 m at 200 m/min (10): 15.6 → 16 (walking: 24 min)
    // sector 2 (on s6): walk 0.6, wait 5, ride 1000 + 1000 + 2000 (loop) + 3 × 1000 m (35): 40.6 → 41 (walking: 75 min)
    // sector 3: 30 km away, not reached
    expect(s.transit).toEqual([
      [0, 1],
      [1, 16],
      [2, 41],
    ]);
    expect(s.metrics).toEqual({
      residents20MinTransit: 3000,
      residents30MinTransit: 3000,
      residents45MinTransit: 3000,
      employedResidents20MinTransit: 300,
      employedResidents30MinTransit: 300,
      employedResidents45MinTransit: 300,
    });
    expect(report.sectorsWithoutCensus).toEqual(['21002A00-']);
    expect(report.sitesReachingUnknown).toEqual([0, 0, 1]);
  });

  it('prints a summary with the parameters, and states them for the file', () => {
    const { report, bySite, options } = run();
    const metrics = [...bySite.values()].map((v) => ({ ...v.metrics, roadKmToMotorway: NaN, truckMinToMotorway: NaN, roadKmToCanalQuay: NaN }));
    const text = accessSummary(report, options, metrics, 1).join('\n');
    expect(text).toMatch(/1 line directions \(metro 0, tram 1, bus 0/);
    expect(text).toMatch(/residents45MinTransit\s+3,000\s+\[3,000 – 3,000\]/);
    expect(text).toMatch(/1 sectors have no census counts/);
    expect(text).toMatch(/tramKmh 12/);
    const p = transitParameters(options);
    expect(p.tramKmh).toBe(12);
    expect(typeof p.sectorPoint).toBe('string');
  });
});
