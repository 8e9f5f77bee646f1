import { describe, expect, it } from 'vitest';
import type { LandLossProperties, PlannerArea } from '../../core/planner/types.ts';
import { largestLosses, rankOf, statusParts } from './plannerData.ts';
import { haText, indicatorText, landuseText, signedHaText } from './plannerText.ts';

// Test fixture only: invented losses and areas, not the pipeline's data.
const loss = (lossId: string, nis: string, areaM2: number): LandLossProperties => ({ lossId, nis, category: 'residential', landuseToday: 'residential', name2013: '', areaM2, siteId: '', lon: 4.35, lat: 50.85 });
const area = (code: string, productiveTotalHa: number, share: number | null): PlannerArea => ({
  code,
  kind: 'municipality',
  nameFr: code,
  nameNl: code,
  nis: code,
  areaHa: 1000,
  productiveHa: { available: 1.25, estate: 0, 'new-productive': 0, occupied: productiveTotalHa - 1.25, leaving: 0 },
  productiveTotalHa,
  productiveShare: productiveTotalHa / 1000,
  change2013: { industrial2013Ha: 0, stillIndustrialHa: 0, lostHa: { residential: 0, commercial: 0, construction: 0, other: 0 }, lostTotalHa: 0, newIndustrialHa: 0, netHa: 0 },
  no2ProductiveUgM3: 21.04,
  no2AllUgM3: 20,
  productiveAboveEu2030Share: share,
  residents: 23456,
  employedResidents: 500,
  productiveNearMetroTramShare: null,
});

describe('planner selections', () => {
  it('lists the ten largest losses of one municipality, largest first', () => {
    const losses = [...Array.from({ length: 14 }, (_, i) => loss(`l${i}`, '21001', 1000 * (i + 1))), loss('other', '21004', 1e6), loss('tie-b', '21001', 14000)];
    const top = largestLosses(losses, '21001');
    expect(top).toHaveLength(10);
    expect(top.map((l) => l.lossId).slice(0, 3)).toEqual(['l13', 'tie-b', 'l12']);
    expect(top.every((l) => l.nis === '21001')).toBe(true);
    expect(largestLosses(losses, '21999')).toEqual([]);
  });

  it('keeps the statuses with land, in order', () => {
    expect(statusParts(area('21001', 10, null))).toEqual([
      { status: 'available', ha: 1.25 },
      { status: 'occupied', ha: 8.75 },
    ]);
  });

  it('ranks by value, highest first, none without a value', () => {
    const areas = [area('a', 10, 0.5), area('b', 30, null), area('c', 20, 0.9)];
    expect(rankOf(areas, 'b', 'productiveHa')).toBe(1);
    expect(rankOf(areas, 'a', 'productiveHa')).toBe(3);
    expect(rankOf(areas, 'b', 'aboveEu2030Share')).toBeNull();
    expect(rankOf(areas, 'a', 'aboveEu2030Share')).toBe(2);
  });

  it('writes values with units in the language', () => {
    const a = area('a', 12.345, 0.456);
    expect(indicatorText('en', 'productiveHa', a)).toBe('12.3 ha');
    expect(indicatorText('fr', 'productiveHa', a)).toBe('12,3 ha');
    expect(indicatorText('en', 'aboveEu2030Share', a)).toBe('46 %');
    expect(indicatorText('en', 'residents', a)).toBe('23,456');
    expect(indicatorText('nl', 'nearMetroTramShare', a)).toBe('geen gegevens');
    expect(haText('en', 0.04)).toBe('0.04 ha');
    expect(signedHaText('en', -3.25)).toBe('-3.3 ha');
    expect(signedHaText('en', 2)).toBe('+2.0 ha');
    expect(landuseText('fr', '')).toBe('rien de cartographié');
    expect(landuseText('en', 'retail')).toBe('landuse=retail');
  });
});
