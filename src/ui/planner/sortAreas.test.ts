import { describe, expect, it } from 'vitest';
import type { PlannerArea } from '../../core/planner/types.ts';
import { areaName, nextSort, regionName, sortAreas } from './sortAreas.ts';

// Test fixture only: invented areas, not the pipeline's data.
const area = (code: string, nameFr: string, nameNl: string, productiveTotalHa: number, no2: number | null): PlannerArea => ({
  code,
  kind: 'municipality',
  nameFr,
  nameNl,
  nis: code,
  areaHa: 100,
  productiveHa: { available: 0, estate: 0, 'new-productive': 0, occupied: productiveTotalHa, leaving: 0 },
  productiveTotalHa,
  productiveShare: productiveTotalHa / 100,
  change2013: { industrial2013Ha: 0, stillIndustrialHa: 0, lostHa: { residential: 0, commercial: 0, construction: 0, other: 0 }, lostTotalHa: 0, newIndustrialHa: 0, netHa: 0 },
  no2ProductiveUgM3: no2,
  no2AllUgM3: 20,
  productiveAboveEu2030Share: null,
  residents: 1000,
  employedResidents: 500,
  productiveNearMetroTramShare: null,
});
const areas = [
  area('21001', 'Anderlecht', 'Anderlecht', 120, 25),
  area('21009', 'Ixelles', 'Elsene', 3, null),
  area('21004', 'Bruxelles', 'Brussel', 80, 30),
  area('21015', 'Schaerbeek', 'Schaarbeek', 3, 22),
  area('21008', 'Ganshoren', 'Ganshoren', 0, null),
];
const codes = (l: PlannerArea[]) => l.map((a) => a.code);

describe('sortAreas', () => {
  it('sorts by an indicator both ways, ties by name', () => {
    expect(codes(sortAreas(areas, { by: 'productiveHa', desc: true }, 'fr'))).toEqual(['21001', '21004', '21009', '21015', '21008']);
    expect(codes(sortAreas(areas, { by: 'productiveHa', desc: false }, 'fr'))).toEqual(['21008', '21009', '21015', '21004', '21001']);
    // in Dutch "Elsene" still comes before "Schaarbeek" at 3 ha
    expect(codes(sortAreas(areas, { by: 'productiveHa', desc: false }, 'nl')).slice(1, 3)).toEqual(['21009', '21015']);
  });

  it('puts areas without a value last in either direction', () => {
    expect(codes(sortAreas(areas, { by: 'no2ProductiveUgM3', desc: true }, 'fr'))).toEqual(['21004', '21001', '21015', '21008', '21009']);
    expect(codes(sortAreas(areas, { by: 'no2ProductiveUgM3', desc: false }, 'fr'))).toEqual(['21015', '21001', '21004', '21008', '21009']);
  });

  it('sorts by the name of the UI language and leaves the input alone', () => {
    const before = codes(areas);
    expect(codes(sortAreas(areas, { by: 'name', desc: false }, 'fr'))).toEqual(['21001', '21004', '21008', '21009', '21015']);
    expect(codes(sortAreas(areas, { by: 'name', desc: false }, 'nl'))).toEqual(['21001', '21004', '21009', '21008', '21015']);
    expect(codes(sortAreas(areas, { by: 'name', desc: true }, 'en'))).toEqual(['21015', '21009', '21008', '21004', '21001']);
    expect(codes(areas)).toEqual(before);
  });

  it('names areas in the language, English in French', () => {
    expect(areaName('nl', areas[1]!)).toBe('Elsene');
    expect(areaName('en', areas[1]!)).toBe('Ixelles');
    expect(areaName('fr', { code: '21099', nameFr: '', nameNl: '' })).toBe('21099');
    expect(regionName('nl', { nameFr: '', nameNl: '' })).toBe('Brussels Hoofdstedelijk Gewest');
  });

  it('flips the direction on the same column and starts a new one descending (names ascending)', () => {
    expect(nextSort({ by: 'productiveHa', desc: true }, 'productiveHa')).toEqual({ by: 'productiveHa', desc: false });
    expect(nextSort({ by: 'productiveHa', desc: false }, 'lostHa')).toEqual({ by: 'lostHa', desc: true });
    expect(nextSort({ by: 'lostHa', desc: true }, 'name')).toEqual({ by: 'name', desc: false });
  });
});
