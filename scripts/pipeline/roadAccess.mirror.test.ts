/**
 * Truck access on the mirror: the 2013 roads (OSM as of 1 January 2013, the newest road data here) as the pipeline
 * builds them, the canal, and the pipeline's site shapes. Checks that nearly every site gets figures, that they sit
 * in plausible ranges for Brussels, that routes are drawable and that the step stays fast.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { MultiPolygon, Polygon, Feature } from 'geojson';
import { RepairBook } from './repairs.ts';
import { buildPipelineLayers, defaultPipelineOptions, type PipelineLayers } from './run.ts';
import { readMotorwayJunctions, roadAccessReport, spread, type RoadAccessReport } from './roadAccess.ts';
import { inputFiles } from './sources.ts';

const mirror = resolve(import.meta.dirname, '../../../shared/data/raw');
const mirrorPresent = existsSync(join(mirror, inputFiles.majorRoads));

describe.skipIf(!mirrorPresent)(`roadAccess on the mirror${mirrorPresent ? '' : ' (skipped: the data mirror ../shared/data/raw is absent)'}`, () => {
  let layers: PipelineLayers;
  let report: RoadAccessReport;
  let ms = 0;
  beforeAll(async () => {
    const book = new RepairBook();
    layers = await buildPipelineLayers(mirror, defaultPipelineOptions.contextBufferM, book);
    const t = performance.now();
    report = roadAccessReport({
      sites: layers.siteShapes as unknown as Feature<Polygon | MultiPolygon, { siteId: string }>[],
      roads: layers.roads,
      canal: layers.canal,
      junctions: readMotorwayJunctions(mirror, book),
    });
    ms = performance.now() - t;
  });

  it('routes nearly every site, fast', () => {
    const rows = [...report.bySite.values()];
    expect(rows.length).toBe(layers.siteShapes.length);
    const missing = rows.filter((r) => !Number.isFinite(r.roadKmToMotorway)).length;
    expect(missing).toBeLessThanOrEqual(5);
    // Every NaN is a site with no drivable 2013 road within 200 m, not a failed search.
    expect(missing).toBe([...report.details.values()].filter((d) => d.noRoad).length);
    expect(ms).toBeLessThan(5000);
    expect(report.graph.motorwayAccesses).toBeGreaterThan(20);
    expect(report.graph.quayNodes).toBeGreaterThan(50);
  });

  it('gives plausible figures for Brussels', () => {
    const rows = [...report.bySite.values()];
    const km = spread(rows.map((r) => r.roadKmToMotorway));
    const min = spread(rows.map((r) => r.truckMinToMotorway));
    const quay = spread(rows.map((r) => r.roadKmToCanalQuay));
    expect(km.median).toBeGreaterThan(1);
    expect(km.median).toBeLessThan(8);
    expect(km.max).toBeLessThan(20);
    expect(min.median).toBeGreaterThan(km.median * 60 / 60); // slower than 60 km/h on average
    expect(min.median).toBeLessThan(km.median * 60 / 15); // faster than 15 km/h on average
    expect(quay.median).toBeLessThan(5);
    const ratios = [...report.details.values()].filter((d) => d.straightKmToMotorway >= 0.2).map((d) => d.roadKmToMotorway / d.straightKmToMotorway);
    const detour = spread(ratios);
    expect(detour.min).toBeGreaterThanOrEqual(1 - 1e-9);
    expect(detour.median).toBeGreaterThan(1.05);
    expect(detour.median).toBeLessThan(2);
  });

  it('draws each route as a WGS84 line in and around Brussels with 5 decimals', () => {
    for (const r of report.bySite.values()) {
      if (!r.motorwayRoute) continue;
      expect(r.motorwayRoute.type).toBe('LineString');
      const coords = r.motorwayRoute.coordinates as number[][];
      expect(coords.length).toBeGreaterThanOrEqual(2);
      for (const [lon, lat] of coords) {
        expect(lon).toBeGreaterThan(4.2);
        expect(lon).toBeLessThan(4.52);
        expect(lat).toBeGreaterThan(50.74);
        expect(lat).toBeLessThan(50.94);
        expect(Math.abs(lon! * 1e5 - Math.round(lon! * 1e5))).toBeLessThan(1e-6);
      }
    }
  });
});
