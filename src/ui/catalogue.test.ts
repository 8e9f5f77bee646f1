import { describe, expect, it } from 'vitest';
import { toggleIds } from '../state/toggles.ts';
import { catalogue } from './catalogue.ts';
import { no2Colour, palette, statusColours } from '../core/colour/palette.ts';
import { statusLabels } from '../core/status/labels.ts';
import { siteStatuses } from '../core/types.ts';

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
  it('has one legend entry per status, in its palette colour (as the map: src/map/layers/sites.test.ts), with its name', () => {
    const swatches = catalogue.find((c) => c.id === 'sites')!.swatches;
    expect(swatches.map((s) => s.colour)).toEqual(siteStatuses.map((s) => statusColours[s]));
    expect(swatches.map((s) => s.label)).toEqual(siteStatuses.map((s) => statusLabels[s]));
    expect(new Set(swatches.map((s) => s.colour)).size).toBe(siteStatuses.length);
    expect(swatches.find((s) => s.dashed)).toBe(swatches[siteStatuses.indexOf('leaving')]);
  });
});
