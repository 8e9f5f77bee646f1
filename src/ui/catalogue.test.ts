import { describe, expect, it } from 'vitest';
import { toggleIds } from '../state/toggles.ts';
import { catalogue } from './catalogue.ts';
import { no2Colour, palette } from '../core/colour/palette.ts';

describe('catalogue', () => {
  it('lists every toggle exactly once', () => {
    expect(catalogue.map((c) => c.id).sort()).toEqual([...toggleIds].sort());
  });
  it('names each symbol of a legend with several (NO2 classes have their own scale, station sizes a note)', () => {
    const unnamed = catalogue
      .filter((c) => c.swatches.length > 1 && !c.id.startsWith('no2-') && !c.note)
      .filter((c) => c.swatches.some((s) => !s.label))
      .map((c) => c.id);
    expect(unnamed).toEqual([]);
  });
  it('classes NO2 at the WHO and EU thresholds', () => {
    expect(no2Colour(9.9)).toBe(palette.no2[0]);
    expect(no2Colour(10)).toBe(palette.no2[1]);
    expect(no2Colour(20)).toBe(palette.no2[2]);
    expect(no2Colour(45)).toBe(palette.no2[4]);
  });
});
