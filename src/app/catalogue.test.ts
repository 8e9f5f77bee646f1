import { describe, expect, it } from 'vitest';
import { toggleIds } from '../state/toggles.ts';
import { catalogue, no2Colour, palette } from './catalogue.ts';

describe('catalogue', () => {
  it('lists every toggle exactly once', () => {
    expect(catalogue.map((c) => c.id).sort()).toEqual([...toggleIds].sort());
  });
  it('classes NO2 at the WHO and EU thresholds', () => {
    expect(no2Colour(9.9)).toBe(palette.no2[0]);
    expect(no2Colour(10)).toBe(palette.no2[1]);
    expect(no2Colour(20)).toBe(palette.no2[2]);
    expect(no2Colour(45)).toBe(palette.no2[4]);
  });
});
