import { describe, expect, it } from 'vitest';
import { accessNotMeasured } from './metrics.ts';
import { accessMetricKeys } from './types.ts';

describe('accessNotMeasured', () => {
  it('gives every access metric, each NaN', () => {
    const m = accessNotMeasured();
    expect(Object.keys(m)).toEqual([...accessMetricKeys]);
    expect(Object.values(m).every(Number.isNaN)).toBe(true);
  });
});
