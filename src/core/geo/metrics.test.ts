import { describe, expect, it } from 'vitest';
import type { Feature, FeatureCollection, Geometry, LineString, Point, Polygon } from 'geojson';
import { placeMetricKeys } from '../types.ts';
import { buildMetricIndex, computeSiteMetrics, defaultMetricOptions, type MetricContext, type No2Props } from './metrics.ts';
import { feature, square } from './test-fixtures.ts';

const fc = <G extends Geometry, P>(features: Feature<G, P>[]): FeatureCollection<G, P> => ({ type: 'FeatureCollection', features });
const P = (x: number, y: number) => ({ type: 'Point' as const, coordinates: [x, y] });
const L = (...c: number[][]) => ({ type: 'LineString' as const, coordinates: c });
const A = (...rings: number[][][]) => ({ type: 'Polygon' as const, coordinates: rings });
const stop = (x: number, y: number, stopId: string, lines: string[] | string, modes: ('metro' | 'tram' | 'bus')[] | string) =>
  feature(P(x, y), { stopId, nameFr: `${stopId} fr`, nameNl: `${stopId} nl`, lines, modes });

// The site is the square (0,0)-(100,100); every layer is placed at a hand-checkable offset.
const site: Polygon = { type: 'Polygon', coordinates: [square(0, 0, 100)] };
const context: MetricContext = {
  stops: fc([
    stop(100, 160, 'near', ['1', '5'], ['metro']),
    stop(-200, 50, 'tram', '3,7', 'tram'),
    stop(50, 550, 'bus', ['71'], ['bus']),
    stop(50, 499, 'bus2', ['N04', '1'], ['bus', 'tram']),
  ]),
  railStations: fc([feature(P(1100, 50), { nameFr: 'Gare du Midi', nameNl: 'Zuidstation' }), feature(P(5000, 0), { nameFr: 'x', nameNl: 'y' })]),
  railSidings: fc([feature(L([-35, -10], [-35, 200]), {})]),
  canal: fc<LineString | Polygon, object>([feature(A(square(300, -500, 40)), {}), feature(L([0, -20], [100, -20]), {})]),
  cycleRoutes: fc([feature(L([50, -50], [50, 150]), {})]),
  roads: fc([
    feature(L([0, 112], [100, 112]), { class: 'secondary' }),
    feature(L([0, 140], [100, 140]), { class: 'primary_link' }),
    feature(L([-400, 0], [-400, 100]), { class: 'motorway_link' }),
    feature(L([0, 200], [100, 200]), { class: 'trunk' }),
  ]),
  villo: fc([feature(P(170, 50), {})]),
  no2: fc<Point, No2Props>([
    feature(P(40, 50), { no2UgM3: 20, source: 'curieuzenair' }),
    feature(P(60, 50), { no2UgM3: 30, source: 'curieuzenair' }),
    feature(P(50, 60), { no2UgM3: 99, source: 'irceline' }),
    feature(P(-900, 0), { no2UgM3: 41.26, source: 'irceline' }),
  ]),
  housing: fc([feature(A(square(100, 0, 30)), {}), feature(A(square(400, 400, 10)), {})]),
  productiveZones: fc([feature(A(square(-100, -100, 500)), {})]),
  sensitive: fc<Point | Polygon, object>([feature(P(0, 300), {}), feature(A(square(-80, 0, 20)), {})]),
  workshops: fc([feature(P(50, 50), {}), feature(P(1099, 50), {}), feature(P(1101, 50), {})]),
};

const empty: MetricContext = {
  stops: fc([]), railStations: fc([]), railSidings: fc([]), canal: fc([]), cycleRoutes: fc([]), roads: fc([]),
  villo: fc([]), no2: fc([]), housing: fc([]), productiveZones: fc([]), sensitive: fc([]), workshops: fc([]),
};

describe('computeSiteMetrics', () => {
  const r = computeSiteMetrics(site, buildMetricIndex(context));

  it('returns every metric key as a finite number', () => {
    for (const k of placeMetricKeys) expect(Number.isFinite(r[k]), k).toBe(true);
  });

  it('computes transit metrics from the edge, by mode, with distinct lines within 400 m', () => {
    expect(r.distMetroM).toBe(60);
    expect(r.distTramM).toBe(200); // the tram stop at 200 m beats the bus+tram stop at 399 m
    expect(r.distBusM).toBe(399);
    // Lines within 400 m: near (1,5), tram stop (3,7), bus2 (N04,1); the 450 m stop is out.
    expect(r.linesWithin400m).toBe(5);
    expect([r.nearestStopId, r.nearestStopFr, r.nearestStopNl, r.nearestStopLines]).toEqual(['near', 'near fr', 'near nl', '1,5']);
  });

  it('computes rail, canal, cycle and road distances', () => {
    expect(r.distRailStationM).toBe(1000);
    expect([r.nearestStationFr, r.nearestStationNl]).toEqual(['Gare du Midi', 'Zuidstation']);
    expect(r.distRailSidingM).toBe(35);
    expect(r.distCanalM).toBe(20);
    expect(r.distCycleRouteM).toBe(0);
    expect(r.distMajorRoadM).toBe(40); // primary_link at y=140; the secondary at 12 m is not major
    expect(r.distMotorwayM).toBe(400);
    expect(r.distVilloM).toBe(70);
  });

  it('computes NO2 from CurieuzenAir by IDW and the nearest IRCEL station value', () => {
    expect(r.no2UgM3).toBe(25);
    expect(r.no2StationUgM3).toBe(99);
  });

  it('computes land-use, sensitive and workshop metrics', () => {
    expect(r.distHousingM).toBe(0); // touching
    expect(r.distProductiveZoneM).toBe(0); // site inside the zone
    expect(r.distSensitiveM).toBe(60); // polygon at 60 m beats the point at 200 m
    expect(r.workshopsWithin1km).toBe(2); // inside + exactly 999 m; 1001 m is out
    expect(r.areaM2).toBe(10_000);
  });

  it('rounds distances to whole metres by default and to the option otherwise', () => {
    const tilted = computeSiteMetrics(
      { type: 'Polygon', coordinates: [square(0.4, 0, 100)] },
      buildMetricIndex(context),
      { roundDistanceM: 0.1 },
    );
    expect(tilted.distRailStationM).toBe(999.6);
    expect(computeSiteMetrics({ type: 'Polygon', coordinates: [square(0.4, 0, 100)] }, buildMetricIndex(context)).distRailStationM).toBe(1000);
  });

  it('returns documented caps and sentinels on empty layers, never NaN or Infinity', () => {
    const e = computeSiteMetrics(site, buildMetricIndex(empty));
    for (const k of placeMetricKeys) expect(Number.isFinite(e[k]), k).toBe(true);
    expect(e.distMetroM).toBe(defaultMetricOptions.maxSearchM);
    expect(e.distHousingM).toBe(defaultMetricOptions.maxSearchM);
    expect(e.distSensitiveM).toBe(defaultMetricOptions.maxSearchM);
    expect(e.no2UgM3).toBe(-1);
    expect(e.no2StationUgM3).toBe(-1);
    expect(e.linesWithin400m).toBe(0);
    expect(e.workshopsWithin1km).toBe(0);
    expect(e.nearestStopId).toBe('');
    expect(e.nearestStationFr).toBe('');
    expect(e.areaM2).toBe(10_000);
  });

  it('throws on a site without rings rather than returning NaN', () => {
    expect(() => computeSiteMetrics({ type: 'Polygon', coordinates: [] }, buildMetricIndex(context))).toThrow(/no ring/);
  });

  it('handles a MultiPolygon site with a hole', () => {
    const multi = computeSiteMetrics(
      {
        type: 'MultiPolygon',
        coordinates: [[square(0, 0, 100), square(40, 40, 20).reverse()], [square(2000, 0, 10)]],
      },
      buildMetricIndex(context),
    );
    expect(multi.areaM2).toBe(10_000 - 400 + 100);
    expect(multi.distRailStationM).toBe(901); // the second part is closer: hypot(900, 40)
    // Both CurieuzenAir points sit inside the hole but the representative point is in the solid ring.
    expect(multi.no2UgM3).toBeGreaterThan(19);
  });
});
