import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, Polygon } from 'geojson';
import { projectGeometry, toWgs84 } from '../geo/proj.ts';
import { decodeEvidence, evidenceWords } from '../status/evidence.ts';
import { accessMetricKeys, type AccessMetricKey } from '../access/types.ts';
import { metricKeys } from '../types.ts';
import {
  buildMeasureContext,
  buildMeasureContextL72,
  createMeasureApi,
  isPointSite,
  measureInSlices,
  measureL72,
  measureLayerIds,
  measureRecord,
  type MeasureLayerId,
  type MeasureLayersL72,
} from './measure.ts';
import type { UserSiteRecord } from './types.ts';

// Fixtures in Lambert 72 metres around (X, Y), a point in Anderlecht; the site is the square X..X+100, Y..Y+100.
const X = 146_000;
const Y = 169_000;
const sq = (x: number, y: number, s: number): number[][] => [[X + x, Y + y], [X + x + s, Y + y], [X + x + s, Y + y + s], [X + x, Y + y + s], [X + x, Y + y]];
const f = (geometry: Geometry, properties: Record<string, unknown> = {}): Feature => ({ type: 'Feature', geometry, properties });
const pt = (x: number, y: number): Geometry => ({ type: 'Point', coordinates: [X + x, Y + y] });
const line = (...c: [number, number][]): Geometry => ({ type: 'LineString', coordinates: c.map(([x, y]) => [X + x, Y + y]) });
const poly = (ring: number[][]): Geometry => ({ type: 'Polygon', coordinates: [ring] });
const stop = (x: number, y: number, stopId: string, lines: string, modes: string) => f(pt(x, y), { stopId, nameFr: `${stopId} fr`, nameNl: `${stopId} nl`, lines, modes, hasMetro: modes.includes('metro') });

const layersL72 = (): MeasureLayersL72 => {
  const l = Object.fromEntries(measureLayerIds.map((id) => [id, [] as Feature[]])) as Record<MeasureLayerId, Feature[]>;
  l['transit-stops'] = [
    stop(250, 50, 'metro', '2,6', 'metro'), // 150 m east of the site's edge
    stop(120, 50, 'depot', '', 'metro'), // closer, but serves no line: not in the metrics
    stop(50, 400, 'bus', '71', 'bus'),
  ];
  l['rail-stations'] = [f(pt(1050, 50), { stationId: 'x', nameFr: 'Gare de l’Ouest', nameNl: 'Weststation' })];
  l.roads = [
    f(line([0, 130], [100, 130]), { class: 'minor', highway: 'residential', name: 'Rue X - Xstraat', nameFr: 'Rue X', nameNl: 'Xstraat', ref: '' }),
    f(line([-300, 0], [-300, 100]), { class: 'motorway', highway: 'motorway', name: '', nameFr: '', nameNl: '', ref: 'R0' }),
  ];
  l['no2-points'] = [f(pt(50, 50), { source: 'curieuzenair', no2UgM3: 31.24, label: 'c', year: 2021 }), f(pt(500, 50), { source: 'irceline', no2UgM3: 40, label: 'i', year: 2022 })];
  l.workshops = [f(pt(20, 20), { kind: 'carpenter', name: '' }), f(pt(600, 20), { kind: 'brewery', name: '' })];
  l['productive-zones'] = [f({ type: 'MultiPolygon', coordinates: [[sq(-50, -50, 300)]] }, { zoneId: 'z', name: '', areaM2: 0 })];
  l.communes = [
    f({ type: 'MultiPolygon', coordinates: [[sq(-2000, -2000, 4000)]] }, { nis: '21001', nameFr: 'Anderlecht', nameNl: 'Anderlecht' }),
    f({ type: 'MultiPolygon', coordinates: [[sq(2000, -2000, 4000)]] }, { nis: '21012', nameFr: 'Molenbeek-Saint-Jean', nameNl: 'Sint-Jans-Molenbeek' }),
  ];
  return l;
};
const toWgsFc = (features: readonly Feature[]): FeatureCollection => ({ type: 'FeatureCollection', features: features.map((x) => ({ ...x, geometry: projectGeometry(x.geometry, toWgs84) })) });
const layersWgs84 = () => Object.fromEntries(Object.entries(layersL72()).map(([id, fs]) => [id, toWgsFc(fs as Feature[])])) as Record<MeasureLayerId, FeatureCollection>;

const siteL72: Polygon = { type: 'Polygon', coordinates: [sq(0, 0, 100)] };
const record = (geometry: UserSiteRecord['geometry'], more: Partial<UserSiteRecord> = {}): UserSiteRecord => ({
  id: 'user-abc',
  name: 'My plot',
  externalId: '',
  origin: { kind: 'drawn' },
  geometry,
  areaM2Given: null,
  attributes: {},
  addedAt: '2026-11-30T00:00:00Z',
  outsideRegion: false,
  repairs: [],
  ...more,
});
const wgs = <G extends Geometry>(g: G): G => projectGeometry(g, toWgs84);

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;


/** The metrics the browser measures: all but the access metrics (NaN for a user site). */
const measured = metricKeys.filter((k) => !(accessMetricKeys as readonly string[]).includes(k)) as Exclude<(typeof metricKeys)[number], AccessMetricKey>[];
describe('measureRecord', () => {
  const ctx = buildMeasureContext(layersWgs84());

  it('measures a drawn polygon with the pipeline’s metrics: a metro stop 150 m away, a stop without lines left out', () => {
    const site = measureRecord(ctx, record(wgs(siteL72)));
    const p = site.properties;
    expect(p.distMetroM).toBe(150);
    expect(p.nearestStopId).toBe('metro'); // the depot 20 m away lists no line
    expect([p.nearestStopFr, p.nearestStopNl, p.nearestStopLines]).toEqual(['metro fr', 'metro nl', '2,6']);
    expect(p.distBusM).toBe(300);
    expect(p.distTramM).toBe(30_000); // none in the data
    expect(p.linesWithin400m).toBe(3); // 2, 6 and 71
    expect(p.distRailStationM).toBe(950);
    expect([p.nearestStationFr, p.nearestStationNl]).toEqual(['Gare de l’Ouest', 'Weststation']);
    expect(p.distMotorwayM).toBe(300); // the road's class comes from its OSM highway
    expect(p.distMajorRoadM).toBe(300);
    expect(p.no2UgM3).toBe(31.2);
    expect(p.no2StationUgM3).toBe(40);
    expect(p.distProductiveZoneM).toBe(0);
    expect(p.workshopsWithin1km).toBe(2);
    expect(p.tradesOnSite).toBe(1);
    expect(p.distHousingM).toBe(30_000);
    expect(p.areaM2).toBe(10_000);
    for (const k of measured) expect(Number.isFinite(p[k]), k).toBe(true);
    // the network searches run in the pipeline only: a user site's access metrics are unknown
    for (const k of accessMetricKeys) expect(p[k], k).toBeNaN();
  });

  it('gives the municipality, the address, the place and the user-site fields', () => {
    const site = measureRecord(ctx, record(wgs(siteL72)));
    const p = site.properties;
    expect([p.communeNis, p.communeFr, p.communeNl]).toEqual(['21001', 'Anderlecht', 'Anderlecht']);
    expect([p.streetFr, p.streetNl, p.houseNumber, p.streetDistM]).toEqual(['Rue X', 'Xstraat', '', 30]);
    const [lon, lat] = toWgs84([X + 50, Y + 50]);
    expect(p.lon).toBeCloseTo(round6(lon), 6);
    expect(p.lat).toBeCloseTo(round6(lat), 6);
    expect(p).toMatchObject({ siteId: 'user-abc', name: 'My plot', status: 'user', statusRule: 'user', statusUncertain: false, landuse: '', landuse2013: '', landuse2013Share: 0, formerIndustrialM2: 0 });
    expect(site.geometry).toEqual(wgs(siteL72)); // WGS84 out, as given
  });

  it('writes evidence that says it is the user’s site, readable by the evidence codec', () => {
    const drawn = decodeEvidence(measureRecord(ctx, record(wgs(siteL72))).properties.statusEvidence);
    expect(drawn).toEqual([{ t: 'tag', key: 'user_site', value: 'drawn' }, { t: 'fact', fact: 'tradesOnSite', n: 1 }]);
    const origin = { kind: 'import' as const, file: 'plots.geojson', format: 'geojson' as const, featureNumber: 7, crs: 'EPSG:4326' as const, crsFrom: 'file' as const };
    const imported = decodeEvidence(measureRecord(ctx, record(wgs(siteL72), { origin })).properties.statusEvidence);
    expect(imported.slice(0, 2)).toEqual([{ t: 'tag', key: 'user_site', value: 'imported' }, { t: 'tag', key: 'source_file', value: 'plots.geojson #7', role: 'context' }]);
    for (const item of imported) for (const lang of ['en', 'fr', 'nl'] as const) expect(evidenceWords(item, lang)).not.toBe('');
  });

  it('keeps an imported addr:street as the address', () => {
    const p = measureRecord(ctx, record(wgs(siteL72), { attributes: { 'addr:street': 'Quai de l’Industrie - Nijverheidskaai', 'addr:housenumber': '12' } })).properties;
    expect([p.streetFr, p.streetNl, p.houseNumber, p.streetDistM]).toEqual(['Quai de l’Industrie', 'Nijverheidskaai', '12', 0]);
  });

  it('measures a point record from the point, its area given or unknown (NaN)', () => {
    const point = wgs({ type: 'Point' as const, coordinates: [X + 50, Y - 50] });
    const site = measureRecord(ctx, record(point));
    const p = site.properties;
    expect(p.distMetroM).toBe(224); // √(200² + 100²)
    expect(p.distBusM).toBe(450);
    expect(p.distProductiveZoneM).toBe(0);
    expect(p.workshopsWithin1km).toBe(2);
    expect(p.tradesOnSite).toBe(0);
    expect(p.areaM2).toBeNaN(); // unknown: the scorer's area gate lets it through, the UI says "unknown"
    expect(measureRecord(ctx, record(point, { areaM2Given: 1500 })).properties.areaM2).toBe(1500);
    expect(isPointSite(site.geometry)).toBe(true);
    expect(isPointSite(measureRecord(ctx, record(wgs(siteL72))).geometry)).toBe(false);
    expect(site.geometry.coordinates[0]?.[0]).toEqual(point.coordinates);
    expect(p.lon).toBe(round6(point.coordinates[0]!));
    expect(p.lat).toBe(round6(point.coordinates[1]!));
    for (const k of measured.filter((k) => k !== 'areaM2')) expect(Number.isFinite(p[k]), k).toBe(true);
    for (const k of accessMetricKeys) expect(p[k], k).toBeNaN();
  });

  it('measures a record outside the region and flags it, with no municipality', () => {
    const outside = wgs({ type: 'Polygon' as const, coordinates: [sq(-2600, 0, 100)] });
    const p = measureRecord(ctx, record(outside, { outsideRegion: true })).properties;
    expect(p.distMotorwayM).toBe(2200);
    expect([p.communeNis, p.communeFr, p.communeNl]).toEqual(['', '', '']);
    expect(decodeEvidence(p.statusEvidence)).toContainEqual({ t: 'tag', key: 'outside_region', value: 'yes' });
    // not flagged (a border sliver), the nearest municipality is given, as for the shipped sites
    expect(measureRecord(ctx, record(outside)).properties.communeNis).toBe('21001');
  });

  it('measures the same from WGS84 layers as from the Lambert 72 ones', () => {
    const l72 = buildMeasureContextL72(layersL72());
    const a = measureL72(l72, siteL72, record(siteL72));
    const b = measureRecord(ctx, record(wgs(siteL72))).properties;
    for (const k of metricKeys) expect(b[k], k).toBe(a[k]);
  });
});

describe('measureInSlices', () => {
  const ctx = buildMeasureContextL72(layersL72());
  const records = Array.from({ length: 6 }, (_, i) => record(wgs({ type: 'Polygon' as const, coordinates: [sq(i * 200, 0, 50)] }), { id: `user-${i}` }));
  const run = (options: { sliceMs?: number; reportMs?: number }, cancelAfterYields = Infinity) => {
    const calls: { ids: string[]; done: number; total: number }[] = [];
    let yields = 0;
    const result = measureInSlices(ctx, records, {
      onChunk: (fs, done, total) => void calls.push({ ids: fs.map((x) => x.properties.siteId), done, total }),
      cancelled: () => yields >= cancelAfterYields,
      yieldNow: async () => void yields++,
      now: () => 0,
    }, options);
    return { result, calls, yields: () => yields };
  };

  it('reports every site once, in order, with progress up to done = total', async () => {
    const { result, calls } = run({ sliceMs: 0, reportMs: 0 });
    expect(await result).toBe('done');
    expect(calls.flatMap((c) => c.ids)).toEqual(records.map((r) => r.id));
    expect(calls.map((c) => c.done)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(calls.every((c) => c.total === 6)).toBe(true);
  });

  it('reports no more often than reportMs, and once at the end', async () => {
    const { result, calls, yields } = run({ sliceMs: 0, reportMs: 1_000 });
    expect(await result).toBe('done');
    expect(calls).toEqual([{ ids: records.map((r) => r.id), done: 6, total: 6 }]);
    expect(yields()).toBe(5); // still yields between slices
  });

  it('stops at the end of the slice where it is cancelled, reporting nothing more', async () => {
    const { result, calls } = run({ sliceMs: 0, reportMs: 0 }, 2);
    expect(await result).toBe('cancelled');
    expect(calls.map((c) => c.done)).toEqual([1, 2]);
  });

  it('names a record that cannot be measured', async () => {
    const bad = record({ type: 'Polygon', coordinates: [[]] }, { id: 'user-bad', name: 'empty' });
    await expect(measureInSlices(ctx, [bad], { onChunk: () => {}, cancelled: () => false, yieldNow: async () => {}, now: () => 0 })).rejects.toThrow(/user-bad \(empty\) could not be measured/);
  });
});

describe('createMeasureApi', () => {
  const hooks = { yieldNow: () => new Promise<void>((r) => setTimeout(r, 0)), now: () => performance.now() };
  const layers = layersWgs84();

  it('reads each layer once for all jobs of a directory and hands back the same features as measureRecord', async () => {
    const reads: string[] = [];
    const api = createMeasureApi(async (base, id) => (reads.push(`${base}${id}`), layers[id]), hooks);
    const r = record(wgs(siteL72));
    const got: unknown[] = [];
    expect(await api.measure('g/', 1, [r], (fs) => void got.push(...fs))).toBe('done');
    expect(await api.measure('g/', 2, [r, r], (fs) => void got.push(...fs))).toBe('done');
    expect(reads.sort()).toEqual(measureLayerIds.map((id) => `g/${id}`).sort());
    expect(got).toEqual([0, 1, 2].map(() => measureRecord(buildMeasureContext(layers), r)));
  });

  it('rejects when a layer cannot be read, and tries again on the next job', async () => {
    let fail = true;
    const api = createMeasureApi(async (_base, id) => {
      if (fail && id === 'roads') throw new Error('roads.fgb: file missing (404)');
      return layers[id];
    }, hooks);
    await expect(api.measure('g/', 1, [record(wgs(siteL72))], () => {})).rejects.toThrow('roads.fgb');
    fail = false;
    expect(await api.measure('g/', 2, [record(wgs(siteL72))], () => {})).toBe('done');
  });

  it('cancels a job: it stops without reporting', async () => {
    const api = createMeasureApi(async (_b, id) => layers[id], hooks, { sliceMs: 0, reportMs: 0 });
    const chunks: number[] = [];
    const job = api.measure('g/', 7, Array.from({ length: 50 }, () => record(wgs(siteL72))), (_fs, done) => void chunks.push(done));
    api.cancel(7);
    expect(await job).toBe('cancelled');
    expect(chunks).toEqual([]);
    api.cancel(8); // an unknown job is ignored
  });
});
