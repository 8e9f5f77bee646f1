import { describe, expect, it } from 'vitest';
import type { Polygon } from 'geojson';
import type { PlannerArea, PlannerData } from '../../src/core/planner/types.ts';
import { PipelineError } from './errors.ts';
import type { RawFeature } from './layerReads.ts';
import { industrial2013InRegion, plannerSummary, sectorsInRegion } from './planner.ts';
import { Region } from './region.ts';

const box = (x0: number, y0: number, x1: number, y1: number): Polygon => ({ type: 'Polygon', coordinates: [[[x0, y0], [x1, y0], [x1, y1], [x0, y1], [x0, y0]]] });
const region = new Region(box(0, 0, 1000, 1000));
const f = (geometry: Polygon, properties: Record<string, unknown>): RawFeature => ({ type: 'Feature', geometry, properties });

describe('sectors of the planner', () => {
  it('cuts the sectors to the region, sorted by code, and keeps code, NIS and names', () => {
    const rows = [
      f(box(900, 0, 1100, 100), { cd_sector: '21002A00-', cd_munty_refnis: '21002', tx_sector_descr_fr: 'B', tx_sector_descr_nl: '' }),
      f(box(0, 0, 100, 100), { cd_sector: '21001A00-', cd_munty_refnis: '21001', tx_sector_descr_fr: 'RESISTANCE', tx_sector_descr_nl: 'VERZET' }),
      f(box(2000, 0, 2100, 100), { cd_sector: '21003A00-', cd_munty_refnis: '21003' }),
    ];
    const s = sectorsInRegion(rows, region);
    expect(s.map((x) => [x.code, x.nis, x.nameFr, x.nameNl])).toEqual([
      ['21001A00-', '21001', 'RESISTANCE', 'VERZET'],
      ['21002A00-', '21002', 'B', 'B'],
    ]);
    expect(s[1]!.geometry.type).toBe('Polygon');
  });

  it('stops on a sector without a usable code, naming the file and the feature', () => {
    const run = () => sectorsInRegion([f(box(0, 0, 1, 1), { cd_sector: null })], region);
    expect(run).toThrow(PipelineError);
    expect(run).toThrow(/BXL_SS_PREPROCESSED\.gpkg \(feature 0\): expected a Statbel sector code in cd_sector/);
  });
});

describe('2013 industrial land', () => {
  it('keeps landuse=industrial cut to the region, with an OSM way or relation id', () => {
    const got = industrial2013InRegion(
      [
        f(box(0, 0, 10, 10), { landuse: 'industrial', osm_way_id: '42', name: 'Works' }),
        f(box(20, 0, 30, 10), { landuse: 'industrial', osm_id: '7', osm_way_id: null }),
        f(box(40, 0, 50, 10), { landuse: 'residential', osm_way_id: '1' }),
        f(box(5000, 0, 5010, 10), { landuse: 'industrial', osm_way_id: '2' }),
        f(box(60, 0, 70, 10), { landuse: 'industrial' }),
      ],
      region,
    );
    expect(got.map((g) => [g.id.replace(/^[0-9a-f]{8}$/, 'key'), g.name])).toEqual([['w42', 'Works'], ['r7', ''], ['key', '']]);
  });
});

describe('the printed summary', () => {
  const area = { areaHa: 16242.2, productiveHa: { available: 1, estate: 2, 'new-productive': 0, occupied: 3, leaving: 4 }, productiveTotalHa: 10, productiveShare: 0.0006, change2013: { industrial2013Ha: 5, stillIndustrialHa: 3, lostHa: { residential: 1, commercial: 0.5, construction: 0, other: 0.5 }, lostTotalHa: 2, newIndustrialHa: 1, netHa: -1 }, no2ProductiveUgM3: 23.26, no2AllUgM3: 20, productiveAboveEu2030Share: 0.8325, residents: 1219970, employedResidents: 463067, productiveNearMetroTramShare: null } as unknown as PlannerArea;
  const data = { region: area, municipalities: Array(19), sectors: Array(724), census: { sectorsWithoutRows: Array(22), rowsWithoutSector: [{ code: '21001ZZZZ', residents: 3069, employedResidents: 982 }] }, parameters: { eu2030No2UgM3: 20, stopDistanceM: 400, no2CellM: 50 } } as unknown as PlannerData;

  it('prints every region figure the README quotes', () => {
    const text = plannerSummary(data).join('\n');
    for (const s of ['19 municipalities', '724 statistical sectors', 'productive land 10.00 ha', 'leaving 4.00 ha', 'industrial land 2013 5.00 ha', 'still industrial 3.00 ha', 'commercial 0.50 ha', 'net -1.00 ha', 'residents 1,219,970', 'employed residents 463,067', '22 sectors without a row', '1 codes without a sector (3,069 residents, 982 employed)', 'mean 20.00 µg/m³', '23.26 µg/m³ over productive land', '83.3 %', 'stop: n/a']) {
      expect(text).toContain(s);
    }
  });
});
