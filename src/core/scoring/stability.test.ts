import { describe, expect, it } from 'vitest';
import { toColumns } from './columns.ts';
import { customProfile } from './customProfile.ts';
import { gateMetrics } from './model.ts';
import { sectorProfiles } from './profiles.ts';
import { rankStability } from './stability.ts';
import { makeSite } from './test-fixtures.ts';

const zero = Object.fromEntries(Object.keys(sectorProfiles.construction.weights).map((k) => [k, 0]));
const noGates = Object.fromEntries(gateMetrics.map((g) => [g, null]));
/** metro and canal, weight 1 each, no gates. */
const profile = customProfile(sectorProfiles.construction, { weights: { ...zero, metro: 1, canal: 1 }, limits: noGates });

// Sub-scores (metro, canal): X (1, 0) = 0.5, Y (0.4, 0.7) = 0.55, Z (0.2, 0.6) = 0.4 → base ranks Y, X, Z.
// metro ×0.8: X .444, Y .567, Z .422 → Y X Z.   metro ×1.2: X .545, Y .536, Z .382 → X Y Z (X↑1, Y↓1).
// canal ×0.8: X .556, Y .533, Z .378 → X Y Z.   canal ×1.2: X .455, Y .564, Z .418 → Y X Z.
const sites = [
  makeSite('X', { distMetroM: 400, distCanalM: 1000 }),
  makeSite('Y', { distMetroM: 1060, distCanalM: 370 }),
  makeSite('Z', { distMetroM: 1280, distCanalM: 460 }),
];

describe('rankStability', () => {
  it('matches the hand computation on three sites', () => {
    const r = rankStability(toColumns(sites), profile);
    expect(r.threshold).toBe(1);
    expect(r.sites.map(({ siteId, rank, bestRank, worstRank, maxShift, label, drivenBy }) => ({
      siteId, rank, bestRank, worstRank, maxShift, label, drivenBy,
    }))).toEqual([
      { siteId: 'Y', rank: 1, bestRank: 1, worstRank: 2, maxShift: 1, label: 'stable', drivenBy: { criterion: 'metro', factor: 1.2 } },
      { siteId: 'X', rank: 2, bestRank: 1, worstRank: 2, maxShift: 1, label: 'stable', drivenBy: { criterion: 'metro', factor: 1.2 } },
      { siteId: 'Z', rank: 3, bestRank: 3, worstRank: 3, maxShift: 0, label: 'stable', drivenBy: null },
    ]);
    expect(r.stableCount).toBe(3);
  });

  it('labels moves above the threshold as sensitive', () => {
    const r = rankStability(toColumns(sites), profile, { stableMaxShift: 0, stableShareOfList: 0 });
    expect(r.sites.map((s) => s.label)).toEqual(['sensitive', 'sensitive', 'stable']);
    expect(r.stableCount).toBe(1);
  });

  it('threshold is max(stableMaxShift, floor(share × passing sites))', () => {
    const many = Array.from({ length: 150 }, (_, i) => makeSite(`s${i}`, { distMetroM: 300 + i * 7, distCanalM: 1200 - i * 5 }));
    expect(rankStability(toColumns(many), profile).threshold).toBe(3);
    expect(rankStability(toColumns(many), profile, { stableShareOfList: 0.1 }).threshold).toBe(15);
  });

  it('a site far ahead on every criterion never moves; failing sites are not ranked', () => {
    const r = rankStability(
      toColumns([...sites, makeSite('best', { distMetroM: 100, distCanalM: 50 }), makeSite('out', {}, 'occupied')]),
      customProfile(profile, { statuses: ['available'] }),
    );
    expect(r.sites[0]).toMatchObject({ siteId: 'best', maxShift: 0, label: 'stable' });
    expect(r.sites.map((s) => s.siteId)).not.toContain('out');
  });

  it('labels nothing when every weight is 0: there is no ranking to be stable', () => {
    const r = rankStability(toColumns(sites), customProfile(profile, { weights: zero }));
    expect(r.ranked.length).toBe(3);
    expect(r.sites).toEqual([]);
    expect(r.stableCount).toBe(0);
  });

  it('handles an empty list', () => {
    const r = rankStability(toColumns([]), sectorProfiles.health);
    expect(r.sites).toEqual([]);
    expect(r.ranked.length).toBe(0);
  });
});
