import { describe, expect, it } from 'vitest';
import { categoryOfLanduse, dissolveInOrder, fateOf2013, fatesOf2013, indexToday, newIndustrial, type LanduseToday } from './change.ts';
import { areaM2 } from './overlay.ts';
import { rect, sq } from './testShapes.ts';

const use = (landuse: string, x0: number, x1: number, y0 = 0, y1 = 100): LanduseToday => ({ landuse, geometry: rect(x0, y0, x1, y1) });
const old = { id: 'w1', name: 'Usine', geometry: sq(0, 0, 100) };
const m2 = (g: Parameters<typeof areaM2>[0] | null) => (g ? Math.round(areaM2(g) * 1000) / 1000 : 0);

describe('categoryOfLanduse', () => {
  it('maps today\'s OSM land use to still industrial or a loss category', () => {
    expect(['industrial', 'residential', 'commercial', 'retail', 'construction', 'railway', 'brownfield', ''].map(categoryOfLanduse)).toEqual([
      'industrial', 'residential', 'commercial', 'commercial', 'construction', 'other', 'other', 'other',
    ]);
  });
});

describe('fate of 2013 industrial land', () => {
  // 100 × 100 m of 2013 industrial land in ten-metre strips of today's uses, some overlapping.
  const today = [
    use('industrial', 0, 20),
    use('residential', 20, 50),
    use('commercial', 40, 70), // 40–50 is residential by precedence
    use('construction', 60, 80), // 60–70 is commercial by precedence
    use('railway', 80, 95),
    // 95–100: nothing mapped today
  ];

  it('assigns each piece once, by precedence residential > commercial > construction > other', () => {
    const f = fateOf2013(old, old.geometry, indexToday(today));
    expect(m2(f.still)).toBe(2000);
    expect(f.lost.map((l) => [l.category, m2(l.geometry), l.landuseToday])).toEqual([
      ['residential', 3000, 'residential'],
      ['commercial', 2000, 'commercial'],
      ['construction', 1000, 'construction'],
      ['other', 2000, 'railway'],
    ]);
  });

  it('reconciles: still + lost = the 2013 land, whatever is mapped today', () => {
    for (const t of [today, [], [use('industrial', -50, 200)], [use('residential', 0, 100), use('industrial', 0, 100)], [use('park', 10, 30), use('retail', 25, 35, 50, 60)]]) {
      const f = fateOf2013(old, old.geometry, indexToday(t));
      expect(m2(f.still) + f.lost.reduce((s, l) => s + m2(l.geometry), 0)).toBeCloseTo(10_000, 2);
    }
  });

  it('names the land use covering most of a piece, or none when unmapped land is the most', () => {
    const mostlyUnmapped = fateOf2013(old, old.geometry, indexToday([use('railway', 0, 30)]));
    expect(mostlyUnmapped.lost).toEqual([expect.objectContaining({ category: 'other', landuseToday: '' })]);
    const retail = fateOf2013(old, old.geometry, indexToday([use('commercial', 0, 20), use('retail', 20, 70)]));
    expect(retail.lost.map((l) => [l.category, m2(l.geometry), l.landuseToday])).toEqual([
      ['commercial', 7000, 'retail'],
      ['other', 3000, ''],
    ]);
  });

  it('dissolves overlapping 2013 polygons so land is counted once', () => {
    const twice = [old, { id: 'w2', name: '', geometry: sq(50, 0, 100) }];
    const fates = fatesOf2013(twice, [use('residential', 0, 200)]);
    expect(fates.map((f) => [f.source.id, m2(f.own)])).toEqual([['w1', 10_000], ['w2', 5_000]]);
    expect(fates.flatMap((f) => f.lost).reduce((s, l) => s + m2(l.geometry), 0)).toBeCloseTo(15_000, 2);
    expect(dissolveInOrder([sq(0, 0, 10), sq(0, 0, 10)], (g) => g)).toHaveLength(1);
  });
});

describe('new industrial land', () => {
  it('is today\'s industrial land (dissolved) minus that of 2013', () => {
    const added = newIndustrial([sq(0, 0, 100), sq(0, 0, 100), sq(200, 0, 10)], [sq(50, 0, 100)]);
    expect(added.map(m2)).toEqual([5000, 100]);
    expect(newIndustrial([sq(0, 0, 10)], [sq(-5, -5, 20)])).toEqual([]);
  });
});
