import { describe, expect, it } from 'vitest';
import type { AccessReach } from '../core/access/types.ts';
import { fetchAccessReach, parseAccessReach } from './accessReach.ts';
import { LayerLoadError } from './loadError.ts';

/** A small file of the contract: two sectors, one site with a route and one without. */
const file = (over: Record<string, unknown> = {}): Record<string, unknown> => ({
  version: 1,
  builtAt: '2026-12-01T00:00:00Z',
  sectors: ['21001A00-', '21004B12-'],
  sites: {
    'osm-w1': { transit: [[0, 4], [1, 27]], motorwayRoute: { type: 'LineString', coordinates: [[4.3, 50.83], [4.29, 50.82]] } },
    'osm-w2': { transit: [], motorwayRoute: null },
  },
  parameters: { walkKmH: 4.5, note: 'GTFS 2024', bad: { x: 1 } },
  ...over,
});
/** `file()` with site osm-w1 changed. */
const site = (over: Record<string, unknown>) => file({ sites: { 'osm-w1': { transit: [[0, 4]], motorwayRoute: null, ...over } } });
const corrupt = (json: unknown) => {
  try {
    parseAccessReach(json);
  } catch (e) {
    expect(e).toBeInstanceOf(LayerLoadError);
    expect((e as LayerLoadError).reason).toBe('corrupt');
    return (e as Error).message;
  }
  throw new Error('accepted');
};

describe('access-reach.json', () => {
  it('reads a file of the contract, keeping only number and text parameters', () => {
    const r: AccessReach = parseAccessReach(file());
    expect(r.sectors).toEqual(['21001A00-', '21004B12-']);
    expect(r.sites['osm-w1']!.transit).toEqual([[0, 4], [1, 27]]);
    expect(r.sites['osm-w2']!.motorwayRoute).toBeNull();
    expect(r.parameters).toEqual({ walkKmH: 4.5, note: 'GTFS 2024' });
    const multi = { type: 'MultiLineString', coordinates: [[[4.3, 50.83], [4.29, 50.82]], [[4.29, 50.82], [4.28, 50.81]]] };
    expect(parseAccessReach(site({ motorwayRoute: multi })).sites['osm-w1']!.motorwayRoute).toEqual(multi);
    expect(parseAccessReach(file({ builtAt: undefined, parameters: undefined })).parameters).toEqual({});
  });

  it('names the file and the first bad field of a broken one', () => {
    expect(corrupt([])).toBe('access-reach.json: not a JSON object');
    expect(corrupt(file({ version: 2 }))).toMatch(/^access-reach\.json: unsupported version 2/);
    expect(corrupt(file({ sectors: 'a' }))).toMatch(/sectors is not a list/);
    expect(corrupt(file({ sectors: ['21001A00-', 7] }))).toMatch(/sectors\[1\] is not a sector code/);
    expect(corrupt(file({ sites: [] }))).toMatch(/sites is not an object/);
    expect(corrupt(file({ sites: { s: 3 } }))).toMatch(/sites\["s"\] is not an object/);
    expect(corrupt(site({ transit: {} }))).toMatch(/sites\["osm-w1"\]\.transit is not a list/);
    expect(corrupt(site({ transit: [[0, 4], [1]] }))).toMatch(/transit\[1\] is not a \[sectorIndex, minutes\] pair/);
    expect(corrupt(site({ transit: [[2, 4]] }))).toMatch(/transit\[0\]: sector index 2 is not in sectors \(0–1\)/);
    expect(corrupt(site({ transit: [[0.5, 4]] }))).toMatch(/sector index 0\.5/);
    expect(corrupt(site({ transit: [[0, -1]] }))).toMatch(/transit\[0\]: minutes -1 is not a number ≥ 0/);
    expect(corrupt(site({ transit: [[0, '4']] }))).toMatch(/minutes "4"/);
    const noRoute = file({ sites: { 'osm-w1': { transit: [] } } });
    expect(corrupt(noRoute)).toMatch(/sites\["osm-w1"\]\.motorwayRoute missing/);
    expect(corrupt(site({ motorwayRoute: { type: 'Point', coordinates: [4.3, 50.8] } }))).toMatch(/motorwayRoute: type "Point"/);
    expect(corrupt(site({ motorwayRoute: { type: 'LineString', coordinates: [[4.3, 50.8]] } }))).toMatch(/motorwayRoute: fewer than 2 positions/);
    // Lambert 72 metres instead of degrees
    expect(corrupt(site({ motorwayRoute: { type: 'LineString', coordinates: [[150000, 170000], [150100, 170000]] } }))).toMatch(/position 0 is not \[lon, lat\]/);
    expect(corrupt(site({ motorwayRoute: { type: 'MultiLineString', coordinates: [[[4.3, 50.8], [4.2, 50.8]], [[4.3, 'x'], [4.2, 50.8]]] } }))).toMatch(/motorwayRoute: line 1: position 0/);
    expect(corrupt(site({ motorwayRoute: { type: 'MultiLineString', coordinates: [] } }))).toMatch(/motorwayRoute: no line/);
  });

  it('says a missing file is missing, a broken one is not JSON, and reads a good one', async () => {
    const signal = new AbortController().signal;
    const urls: string[] = [];
    const respond = (body: string, status = 200) =>
      ((url: string) => {
        urls.push(url);
        return Promise.resolve(new Response(body, { status }));
      }) as unknown as typeof fetch;
    const missing = fetchAccessReach('http://x/geodata/', signal, respond('', 404));
    await expect(missing).rejects.toThrow(/^access-reach\.json: file missing \(404\)/);
    await expect(missing).rejects.toMatchObject({ reason: 'missing' });
    await expect(fetchAccessReach('http://x/geodata/', signal, respond('', 500))).rejects.toMatchObject({ reason: 'other', message: 'access-reach.json: HTTP 500' });
    await expect(fetchAccessReach('http://x/geodata/', signal, respond('{nope'))).rejects.toThrow(/access-reach\.json: not valid JSON/);
    await expect(fetchAccessReach('http://x/geodata/', signal, respond(JSON.stringify(file())))).resolves.toMatchObject({ version: 1, sectors: ['21001A00-', '21004B12-'] });
    expect(urls[0]).toBe('http://x/geodata/access-reach.json');
  });
});
