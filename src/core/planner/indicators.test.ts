import { describe, expect, it } from 'vitest';
import { displayValue, indicatorIds, indicators, isIndicatorId } from './indicators.ts';
import type { PlannerArea } from './types.ts';

const a = {
  productiveTotalHa: 12.345,
  productiveShare: 0.04321,
  productiveHa: { available: 1.26 },
  change2013: { lostTotalHa: 3.04, netHa: -2.96 },
  no2ProductiveUgM3: null,
  no2AllUgM3: 21.04,
  productiveAboveEu2030Share: 0.834,
  residents: 1234,
  employedResidents: 567,
  productiveNearMetroTramShare: 0.296,
} as unknown as PlannerArea;

describe('planner indicators', () => {
  it('show shares in percent and round to their decimals; missing values stay null', () => {
    expect(displayValue('productiveHa', a)).toBe(12.3);
    expect(displayValue('productiveShare', a)).toBe(4.3);
    expect(displayValue('aboveEu2030Share', a)).toBe(83);
    expect(displayValue('netHa', a)).toBe(-3);
    expect(displayValue('no2ProductiveUgM3', a)).toBeNull();
    expect(displayValue('residents', a)).toBe(1234);
  });
  it('every id has an accessor; losses and NO2 read as worse when higher', () => {
    for (const id of indicatorIds) expect(indicators[id].id).toBe(id);
    expect(indicatorIds.filter((id) => indicators[id].higherIsWorse)).toEqual(['lostHa', 'no2ProductiveUgM3', 'no2AllUgM3', 'aboveEu2030Share']);
    expect(isIndicatorId('lostHa')).toBe(true);
    expect(isIndicatorId('constructor')).toBe(false);
  });
});
