import { describe, expect, it } from 'vitest';
import { addSums, emptySums, finishArea, finishRegion, roundTo, type AreaSums } from './aggregate.ts';
import { lossCategories } from './types.ts';

const meta = (code: string) => ({ code, kind: 'municipality' as const, nameFr: code, nameNl: code, nis: code });
const sums = (over: (s: AreaSums) => void): AreaSums => {
  const s = emptySums();
  over(s);
  return s;
};

describe('finishArea', () => {
  it('rounds hectares and keeps the contract\'s identities exact', () => {
    const a = finishArea(meta('21001'), sums((s) => {
      s.areaM2 = 1_234_567;
      s.productiveM2 = { available: 12_345, estate: 6_789, 'new-productive': 0, occupied: 55_555, leaving: 4_444 };
      s.industrial2013M2 = 50_004;
      s.stillIndustrialM2 = 30_004;
      s.lostM2 = { residential: 10_004, commercial: 5_004, construction: 1_004 };
      s.newIndustrialM2 = 2_226;
    }));
    expect(a.areaHa).toBe(123.46);
    expect(a.productiveHa).toEqual({ available: 1.23, estate: 0.68, 'new-productive': 0, occupied: 5.56, leaving: 0.44 });
    expect(a.productiveTotalHa).toBe(roundTo(1.23 + 0.68 + 5.56 + 0.44, 2));
    const c = a.change2013;
    // other = the remainder: 50,004 − 30,004 − 10,004 − 5,004 − 1,004 = 3,988 m².
    expect(c.lostHa).toEqual({ residential: 1, commercial: 0.5, construction: 0.1, other: 0.4 });
    expect(c.lostTotalHa).toBe(2);
    expect(c.industrial2013Ha).toBe(roundTo(c.stillIndustrialHa + c.lostTotalHa, 2));
    expect(c.netHa).toBe(roundTo(c.newIndustrialHa - c.lostTotalHa, 2));
  });

  it('computes means and shares from the sums, null without productive land', () => {
    const a = finishArea(meta('a'), sums((s) => {
      s.areaM2 = 40_000;
      s.productiveM2.estate = 10_000;
      s.no2All = { areaM2: 40_000, weightedUgM3M2: 40_000 * 21, aboveM2: 0 };
      s.no2Productive = { areaM2: 10_000, weightedUgM3M2: 10_000 * 25.555, aboveM2: 2_500 };
      s.productiveNearStopsM2 = 7_500;
    }));
    expect([a.productiveShare, a.no2AllUgM3, a.no2ProductiveUgM3, a.productiveAboveEu2030Share, a.productiveNearMetroTramShare]).toEqual([0.25, 21, 25.56, 0.25, 0.75]);
    const none = finishArea(meta('b'), sums((s) => (s.areaM2 = 1)));
    expect([none.no2ProductiveUgM3, none.productiveAboveEu2030Share, none.productiveNearMetroTramShare, none.residents]).toEqual([null, null, null, null]);
  });

  it('never reports a negative remainder from float noise', () => {
    const a = finishArea(meta('a'), sums((s) => {
      s.industrial2013M2 = 0.1 + 0.2;
      s.stillIndustrialM2 = 0.3;
    }));
    expect(a.change2013.lostHa.other).toBe(0);
  });
});

describe('finishRegion', () => {
  const m1 = sums((s) => {
    s.areaM2 = 30_000;
    s.productiveM2.occupied = 10_049;
    s.no2All = { areaM2: 30_000, weightedUgM3M2: 30_000 * 30, aboveM2: 30_000 };
    s.residents = 100;
    s.employedResidents = 40;
  });
  const m2 = sums((s) => {
    s.areaM2 = 10_000;
    s.productiveM2.occupied = 10_049;
    s.no2All = { areaM2: 10_000, weightedUgM3M2: 10_000 * 10, aboveM2: 0 };
    s.residents = null;
  });
  const munis = [finishArea(meta('1'), m1), finishArea(meta('2'), m2)];
  const all = emptySums();
  addSums(all, m1);
  addSums(all, m2);
  const r = finishRegion({ ...meta('region'), kind: 'region' }, munis, all);

  it('adds the municipalities\' rounded hectares, so the table adds up to the last digit', () => {
    // Each rounds 1.0049 ha to 1; the region says 2, not round(2.0098) = 2.01.
    expect(munis.map((m) => m.productiveTotalHa)).toEqual([1, 1]);
    expect(r.productiveTotalHa).toBe(2);
    expect(r.productiveHa.occupied).toBe(2);
    for (const c of lossCategories) expect(r.change2013.lostHa[c]).toBe(0);
  });

  it('weights means by land, not averaging the municipalities\' means', () => {
    expect(r.no2AllUgM3).toBe(25);
    expect(r.areaHa).toBe(4);
  });

  it('adds people where known', () => {
    expect([r.residents, r.employedResidents]).toEqual([100, 40]);
  });
});
