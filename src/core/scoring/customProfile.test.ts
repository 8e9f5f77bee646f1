import { describe, expect, it } from 'vitest';
import { customProfile, hasWeights, rangeProblem } from './customProfile.ts';
import { criterionIds } from './criteria.ts';
import type { Weights } from './model.ts';
import { sectorProfiles } from './profiles.ts';

describe('customProfile', () => {
  it('applies gates and weights, null removes a gate, and keeps the base untouched', () => {
    const base = sectorProfiles.construction;
    const p = customProfile(base, { limits: { areaM2: { min: 2000, max: 20000 }, distHousingM: null }, weights: { canal: 0 } });
    expect(p.id).toBe('custom');
    expect(p.baseId).toBe('construction');
    expect(p.gates.limits.areaM2).toEqual({ min: 2000, max: 20000 });
    expect(p.gates.limits.distHousingM).toBeUndefined();
    expect(p.weights.canal).toBe(0);
    expect(p.weights.area).toBe(base.weights.area);
    expect(base.gates.limits.areaM2).toEqual({ min: 1000 });
    expect(base.gates.limits.distHousingM).toEqual({ min: 50 });
  });

  it('an empty patch keeps the sector id', () => {
    expect(customProfile(sectorProfiles.health, {}).id).toBe('health');
  });
});

describe('validation of user edits', () => {
  it('names why a gate range cannot apply: a negative bound, or a minimum above the maximum', () => {
    expect(rangeProblem({ min: -50 })).toBe('negative');
    expect(rangeProblem({ max: -1 })).toBe('negative');
    expect(rangeProblem({ min: 5000, max: 1000 })).toBe('inverted');
    expect(rangeProblem({ min: 1000, max: 1000 })).toBeUndefined();
    expect(rangeProblem({ min: 0 })).toBeUndefined();
    expect(rangeProblem({})).toBeUndefined();
  });

  it('tells weights that are all 0 (nothing to rank by)', () => {
    const weights = sectorProfiles.construction.weights;
    expect(hasWeights(weights)).toBe(true);
    const zero = Object.fromEntries(criterionIds.map((id) => [id, 0])) as Weights;
    expect(hasWeights(zero)).toBe(false);
    expect(hasWeights({ ...zero, canal: 1 })).toBe(true);
  });
});
