import { describe, expect, it } from 'vitest';
import { deltaE2000, hexToLab } from './lab.ts';
import { simulate, visions } from './cvd.ts';

const dE = (a: string, b: string, v: (typeof visions)[number]) => deltaE2000(hexToLab(simulate(a, v)), hexToLab(simulate(b, v)));

describe('colour-vision deficiency simulation (Machado et al. 2009, severity 1)', () => {
  it('leaves normal vision and greys unchanged', () => {
    expect(simulate('#3d8fd6', 'normal')).toBe('#3d8fd6');
    for (const v of visions) for (const g of ['#000000', '#777777', '#ffffff']) expect(simulate(g, v)).toBe(g);
  });

  it('merges a red and a green for protanopes and deuteranopes, not for tritanopes', () => {
    // confusion pairs: each green is picked to match the red's lightness as that dichromat sees it
    expect(dE('#d62728', '#3a6a2a', 'normal')).toBeGreaterThan(50);
    expect(dE('#d62728', '#3a6a2a', 'protanopia')).toBeLessThan(6);
    expect(dE('#cc3333', '#668800', 'normal')).toBeGreaterThan(50);
    expect(dE('#cc3333', '#668800', 'deuteranopia')).toBeLessThan(6);
    expect(dE('#cc3333', '#668800', 'tritanopia')).toBeGreaterThan(30);
  });

  it('merges blue and green for tritanopes', () => {
    expect(dE('#1f9bcf', '#2aa876', 'tritanopia')).toBeLessThan(dE('#1f9bcf', '#2aa876', 'normal') / 2);
  });
});
