import { describe, expect, it } from 'vitest';
import { composite, deltaE2000, hexToLab, hexToRgb, linearToSrgb, srgbToLinear, type Lab } from './lab.ts';

describe('colour conversions', () => {
  it('parses #rrggbb and #rgb', () => {
    expect(hexToRgb('#ff8000')).toEqual([1, 128 / 255, 0]);
    expect(hexToRgb('#f80')).toEqual([1, 136 / 255, 0]);
    expect(() => hexToRgb('red')).toThrow();
  });

  it('round-trips the sRGB transfer function', () => {
    for (const v of [0, 0.02, 0.04045, 0.2, 0.5, 1]) expect(linearToSrgb(srgbToLinear(v))).toBeCloseTo(v, 6);
  });

  it('gives the textbook Lab of white, black and sRGB red (D65)', () => {
    const [lw, aw, bw] = hexToLab('#ffffff');
    expect(lw).toBeCloseTo(100, 2);
    expect(Math.abs(aw) + Math.abs(bw)).toBeLessThan(0.01);
    expect(hexToLab('#000000')[0]).toBeCloseTo(0, 5);
    const [l, a, b] = hexToLab('#ff0000');
    expect(l).toBeCloseTo(53.24, 1);
    expect(a).toBeCloseTo(80.09, 1);
    expect(b).toBeCloseTo(67.2, 1);
  });

  it('composites a fill over a ground at its opacity', () => {
    expect(composite('#000000', 0.25, '#ffffff')).toBe('#bfbfbf');
    expect(composite('#3366cc', 1, '#ffffff')).toBe('#3366cc');
    expect(composite('#3366cc', 0, '#abcdef')).toBe('#abcdef');
  });
});

describe('CIEDE2000', () => {
  // Sharma, Wu & Dalal (2005), test data for the CIEDE2000 colour-difference formula (rows 1, 2, 3, 7, 17–20, 25).
  const rows: [Lab, Lab, number][] = [
    [[50, 2.6772, -79.7751], [50, 0, -82.7485], 2.0425],
    [[50, 3.1571, -77.2803], [50, 0, -82.7485], 2.8615],
    [[50, 2.8361, -74.02], [50, 0, -82.7485], 3.4412],
    [[50, 0, 0], [50, -1, 2], 2.3669],
    [[50, 2.5, 0], [73, 25, -18], 27.1492],
    [[50, 2.5, 0], [61, -5, 29], 22.8977],
    [[50, 2.5, 0], [56, -27, -3], 31.903],
    [[50, 2.5, 0], [58, 24, 15], 19.4535],
    [[60.2574, -34.0099, 36.2677], [60.4626, -34.1751, 39.4387], 1.2644],
  ];
  it.each(rows)('matches Sharma et al. for %j vs %j', (a, b, want) => {
    expect(deltaE2000(a, b)).toBeCloseTo(want, 4);
    expect(deltaE2000(b, a)).toBeCloseTo(want, 4);
  });
  it('is 0 for equal colours', () => {
    expect(deltaE2000([40, 10, -20], [40, 10, -20])).toBe(0);
  });
});
