import { describe, expect, it } from 'vitest';
import { toColumns } from './columns.ts';
import { customProfile } from './customProfile.ts';
import { explainSite } from './explain.ts';
import { failCodeOf, failCodes } from './model.ts';
import type { Profile } from './model.ts';
import { sectorProfiles } from './profiles.ts';
import { radixByScoreDesc, rankPassing, ranksOf, topPassing } from './rank.ts';
import { compileProfile, scoreColumns, summarize } from './score.ts';
import { canalBrownfield, makeSite, schoolPlot } from './test-fixtures.ts';

const zeroWeights = Object.fromEntries(Object.keys(sectorProfiles.construction.weights).map((k) => [k, 0]));
/** Only metro (w 1) and canal (w 3), no gates. */
const twoCriteria: Profile = customProfile(sectorProfiles.construction, {
  weights: { ...zeroWeights, metro: 1, canal: 3 },
  limits: { areaM2: null, distTransitM: null, distHousingM: null, distSensitiveM: null },
});

describe('compileProfile', () => {
  it('keeps only positive, finite weights', () => {
    const p = customProfile(twoCriteria, { weights: { bus: -2, tram: NaN, villo: Infinity } });
    const c = compileProfile(p);
    expect(c.terms.map((t) => t.id)).toEqual(['metro', 'canal']);
    expect(c.weightSum).toBe(4);
  });

  it('turns gates into checks with their fixed fail codes', () => {
    const c = compileProfile(sectorProfiles.construction);
    expect(c.checks.map((k) => [k.metric, k.bound, k.limit])).toEqual([
      ['areaM2', 'min', 1000],
      ['distHousingM', 'min', 50],
      ['distSensitiveM', 'min', 100],
      ['distTransitM', 'max', 800],
    ]);
    for (const k of c.checks) expect(failCodes[k.code]).toEqual({ gate: k.metric, bound: k.bound });
  });
});

describe('scoreColumns', () => {
  it('is the weighted mean over positive weights only', () => {
    // metro 950 m → 0.5, canal 550 m → 0.5; metro 400 → 1, canal 1000 → 0.
    const cols = toColumns([
      makeSite('a', { distMetroM: 950, distCanalM: 550 }),
      makeSite('b', { distMetroM: 400, distCanalM: 1000 }),
    ]);
    const r = scoreColumns(cols, compileProfile(twoCriteria));
    expect(r.scores[0]).toBeCloseTo(0.5, 6);
    expect(r.scores[1]).toBeCloseTo(0.25, 6);
    expect(r.passCount).toBe(2);
  });

  it('scores 0 when no weight is positive', () => {
    const p = customProfile(twoCriteria, { weights: { metro: 0, canal: 0 } });
    const r = scoreColumns(toColumns([makeSite('a')]), compileProfile(p));
    expect(r.scores[0]).toBe(0);
  });

  it('records the first failed gate and counts every failure per gate', () => {
    const p = sectorProfiles.construction; // area ≥ 1000, housing ≥ 50, sensitive ≥ 100, transit ≤ 800
    const sites = [
      makeSite('ok'),
      makeSite('small', { areaM2: 999 }),
      makeSite('small-near', { areaM2: 10, distHousingM: 10 }),
      makeSite('near', { distHousingM: 49.9 }),
      makeSite('school', { distSensitiveM: 99 }),
      makeSite('remote', { distMetroM: 900, distTramM: 900, distBusM: 801, distRailStationM: 5000 }),
      makeSite('status', {}, 'occupied'),
      makeSite('unknown-area', { areaM2: NaN }),
      makeSite('edge', { areaM2: 1000, distHousingM: 50, distSensitiveM: 100, distBusM: 800 }),
    ];
    const restricted = customProfile(p, { statuses: ['available', 'leaving'] });
    const r = scoreColumns(toColumns(sites), compileProfile(restricted));
    const codes = Array.from(r.failCode);
    expect(codes).toEqual([
      0,
      failCodeOf('areaM2', 'min'),
      failCodeOf('areaM2', 'min'),
      failCodeOf('distHousingM', 'min'),
      failCodeOf('distSensitiveM', 'min'),
      failCodeOf('distTransitM', 'max'),
      1,
      0,
      0,
    ]);
    expect(r.passCount).toBe(3);
    expect(r.failCounts[failCodeOf('areaM2', 'min')]).toBe(2);
    expect(r.failCounts[failCodeOf('distHousingM', 'min')]).toBe(2);
    expect(r.failCounts[1]).toBe(1);
    expect(summarize(r)).toEqual({
      total: 9,
      passCount: 3,
      mainFailure: { gate: 'areaM2', bound: 'min', code: failCodeOf('areaM2', 'min'), count: 2 },
    });
  });

  it('agrees with explainSite for every sector', () => {
    const sites = [canalBrownfield, schoolPlot, makeSite('mid'), makeSite('nan', { no2UgM3: NaN, distMetroM: NaN })];
    const cols = toColumns(sites);
    for (const p of Object.values(sectorProfiles)) {
      const r = scoreColumns(cols, compileProfile(p));
      sites.forEach((s, i) => {
        const e = explainSite(s, p);
        expect(r.scores[i]).toBeCloseTo(e.score, 6);
        expect(r.failCode[i]).toBe(e.failures[0]?.code ?? 0);
      });
    }
  });

  it('reuses an output of the same size', () => {
    const cols = toColumns([makeSite('a'), makeSite('b')]);
    const c = compileProfile(sectorProfiles.health);
    const first = scoreColumns(cols, c);
    expect(scoreColumns(cols, c, first)).toBe(first);
  });

  it('summary of an all-pass result has no main failure', () => {
    const r = scoreColumns(toColumns([makeSite('a')]), compileProfile(twoCriteria));
    expect(summarize(r).mainFailure).toBeNull();
  });
});

describe('rankPassing', () => {
  it('orders by score desc, ties by siteId, skips failing sites', () => {
    const sites = [
      makeSite('c', { distMetroM: 950, distCanalM: 550 }),
      makeSite('a', { distMetroM: 950, distCanalM: 550 }),
      makeSite('b', { distMetroM: 400, distCanalM: 100 }),
      makeSite('d', { distMetroM: 2000, distCanalM: 2000 }),
      makeSite('x', { distMetroM: 400, distCanalM: 100 }, 'occupied'),
    ];
    const p = customProfile(twoCriteria, { statuses: ['available'] });
    const cols = toColumns(sites);
    const r = scoreColumns(cols, compileProfile(p));
    const ranked = rankPassing(cols, r);
    expect(Array.from(ranked).map((i) => cols.siteIds[i])).toEqual(['b', 'a', 'c', 'd']);
    expect(Array.from(ranksOf(ranked, cols.n))).toEqual([3, 2, 1, 4, 0]);
  });

  it('radix sort matches a comparison sort on random scores', () => {
    let seed = 7;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    for (const n of [1000, 5000]) {
      const scores = Float32Array.from({ length: n }, () => (rnd() < 0.1 ? 0.5 : rnd() < 0.05 ? 1 : rnd() < 0.05 ? 0 : rnd()));
      const idx = Uint32Array.from({ length: n }, (_, i) => (i * 7) % n);
      const got = Array.from(radixByScoreDesc(idx, scores));
      const pos = new Map(Array.from(idx).map((v, j) => [v, j]));
      const want = Array.from(idx).sort((a, b) => scores[b]! - scores[a]! || pos.get(a)! - pos.get(b)!);
      expect(got).toEqual(want);
    }
  });

  it('topPassing is the prefix of the full ranking, ties included', () => {
    let seed = 11;
    const rnd = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const sites = Array.from({ length: 3000 }, (_, i) =>
      makeSite(`id${(i * 7919) % 3001}`, {
        distMetroM: rnd() < 0.2 ? 950 : rnd() * 2000,
        distCanalM: rnd() < 0.2 ? 550 : rnd() * 1500,
      }, rnd() < 0.3 ? 'occupied' : 'available'),
    );
    const cols = toColumns(sites);
    const r = scoreColumns(cols, compileProfile(customProfile(twoCriteria, { statuses: ['available'] })));
    const full = Array.from(rankPassing(cols, r));
    for (const limit of [0, 1, 10, 100, 500, 2000, 5000]) {
      expect(Array.from(topPassing(cols, r, limit))).toEqual(full.slice(0, limit));
    }
    const same = toColumns(Array.from({ length: 200 }, (_, i) => makeSite(`t${i}`)));
    const rs = scoreColumns(same, compileProfile(twoCriteria));
    expect(Array.from(topPassing(same, rs, 5))).toEqual(Array.from(rankPassing(same, rs)).slice(0, 5));
    const many = toColumns(Array.from({ length: 5000 }, (_, i) => makeSite(`m${4999 - i}`)));
    const rm = scoreColumns(many, compileProfile(twoCriteria));
    expect(Array.from(topPassing(many, rm, 3)).map((i) => many.siteIds[i])).toEqual(['m0', 'm1', 'm10']);
  });
});
