import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { PlannerArea } from '../planner/types';
import { utf8Bom } from './csv';
import { plannerColumns, plannerFileName, plannerRows, plannerToCsv } from './planner';

// Test fixture only: invented numbers for 19 made-up municipalities, not the pipeline's data.
const area = (i: number, over: Partial<PlannerArea> = {}): PlannerArea => ({
  code: `2100${i}`.slice(-5),
  kind: 'municipality',
  nameFr: `Commune ${i}`,
  nameNl: `Gemeente ${i}`,
  nis: `2100${i}`.slice(-5),
  areaHa: 500 + i,
  productiveHa: { available: 1.5, estate: 2, 'new-productive': 0, occupied: 10.123456, leaving: 0.25 },
  productiveTotalHa: 13.873456,
  productiveShare: 0.0277469,
  change2013: { industrial2013Ha: 20, stillIndustrialHa: 15, lostHa: { residential: 3, commercial: 1, construction: 0.5, other: 0.5 }, lostTotalHa: 5, newIndustrialHa: 2, netHa: -3 },
  no2ProductiveUgM3: 24.456,
  no2AllUgM3: 21.2,
  productiveAboveEu2030Share: 0.8,
  residents: 25000,
  employedResidents: 11000,
  productiveNearMetroTramShare: null,
  ...over,
});
const municipalities = Array.from({ length: 19 }, (_, i) => area(i + 1, i === 4 ? { nameFr: '=HYPERLINK("http://x")', nameNl: '+cmd' } : {}));
const region = area(0, { code: 'region', kind: 'region', nis: '04000', nameFr: 'Région de Bruxelles-Capitale', nameNl: 'Brussels Hoofdstedelijk Gewest', areaHa: 16138 });

describe('planner table export', () => {
  it('writes a header with units, 19 municipalities and the region last', () => {
    const csv = plannerToCsv(municipalities, region, { separator: ';' });
    expect(csv.startsWith(utf8Bom)).toBe(true);
    const { data } = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    const [header, ...rows] = data;
    expect(rows).toHaveLength(20);
    expect(header).toEqual(plannerColumns().map((c) => c.name));
    expect(header).toContain('productive_ha');
    expect(header).toContain('productive_share_pct');
    expect(header).toContain('no2_productive_ug_m3');
    expect(header).toContain('lost_to_residential_ha');
    expect(header).toContain('productive_new_productive_ha');
    expect(header!.every((h) => /^[a-z0-9_]+$/.test(h))).toBe(true);
    const col = (name: string) => header!.indexOf(name);
    expect(rows[19]![col('kind')]).toBe('region');
    expect(rows[19]![col('nis')]).toBe('04000');
    expect(rows[19]![col('name_fr')]).toBe('Région de Bruxelles-Capitale');
    expect(rows[0]![col('nis')]).toBe('21001');
    // Belgian decimal comma with ';', shares in percent, negatives stay numbers, nulls empty
    expect(rows[0]![col('productive_share_pct')]).toBe('2,77');
    expect(rows[0]![col('productive_occupied_ha')]).toBe('10,1235');
    expect(rows[0]![col('net_change_ha')]).toBe('-3');
    expect(rows[0]![col('productive_near_metro_tram_pct')]).toBe('');
    expect(rows[0]![col('residents_2021')]).toBe('25000');
  });

  it('neutralises names a spreadsheet would run as a formula', () => {
    const { data } = Papa.parse<string[]>(plannerToCsv(municipalities, region, { separator: ',' }).slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
    const header = data[0]!;
    const row = data[5]!;
    expect(row[header.indexOf('name_fr')]).toBe(`'=HYPERLINK("http://x")`);
    expect(row[header.indexOf('name_nl')]).toBe(`'+cmd`);
    expect(row[header.indexOf('productive_share_pct')]).toBe('2.77');
  });

  it('keeps the given order and tolerates missing values', () => {
    const rows = plannerRows([municipalities[2]!, municipalities[0]!], area(9, { no2ProductiveUgM3: null, residents: null }));
    expect(rows).toHaveLength(4);
    expect(rows[1]![0]).toBe('21003');
    expect(rows[2]![0]).toBe('21001');
    const names = rows[0] as string[];
    expect(rows[3]![names.indexOf('no2_productive_ug_m3')]).toBeNull();
    expect(rows[3]![names.indexOf('residents_2021')]).toBeNull();
  });

  it('names the file after the date', () => {
    expect(plannerFileName(new Date(2026, 10, 30))).toBe('brussels-municipalities-productive-land-2026-11-30.csv');
  });
});
