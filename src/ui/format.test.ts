import { describe, expect, it } from 'vitest';
import { formatArea, formatDistance, formatMetric, formatNo2, siteTitle } from './format.ts';
import { metricKeys } from '../core/types.ts';

describe('format', () => {
  it('writes distances, areas and NO2 in plain words', () => {
    expect(formatDistance('en', 318)).toBe('320 m');
    expect(formatDistance('fr', 1234)).toBe('1,2 km');
    expect(formatDistance('en', -1)).toBe('unknown');
    expect(formatArea('en', 850)).toBe('850 m²');
    expect(formatArea('nl', 24_000)).toBe('2,4 ha');
    expect(formatNo2('en', 27)).toBe('27 µg/m³, above the EU 2030 limit');
    expect(formatNo2('en', 8)).toBe('8 µg/m³, below the WHO guideline');
    expect(formatMetric('en', 'distMetroM', 320)).toEqual({ label: 'Metro', value: '320 m' });
    expect(formatMetric('en', 'linesWithin400m', 5)).toEqual({ label: 'STIB lines within 400 m', value: '5' });
  });
  it('labels every metric in every language', () => {
    for (const lang of ['fr', 'nl', 'en'] as const) for (const k of metricKeys) expect(formatMetric(lang, k, 1).label).toBeTruthy();
  });
  it('titles unnamed sites from kind and municipality', () => {
    expect(siteTitle('en', { name: '', kind: 'vacant', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('Vacant site in Ixelles');
    expect(siteTitle('nl', { name: ' ', kind: 'in-transition', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('In overgang site in Elsene');
    expect(siteTitle('en', { name: '<b>x</b>', kind: 'vacant', communeFr: '', communeNl: '' })).toBe('<b>x</b>');
  });
});
