/**
 * The user's own sites (`status: 'user'`) in scoring: they pass the status gate of every sector and of any custom
 * status list, on both paths (explain.ts per site, score.ts per column); their range gates apply as to any site; a
 * non-finite area (a point site given without one) is unknown: it fails no gate and the explanation names it.
 */
import { describe, expect, it } from 'vitest';
import { siteStatuses } from '../types.ts';
import { metricValue, toColumns } from './columns.ts';
import { customProfile } from './customProfile.ts';
import { explainSite, gateFailures, unknownGates } from './explain.ts';
import { failCodeOf, passesStatusGate, sectorIds, statusIndex, unknownStatusIndex, userStatusIndex } from './model.ts';
import { sectorProfiles } from './profiles.ts';
import { rankPassing } from './rank.ts';
import { compileProfile, scoreColumns } from './score.ts';
import { createScorer } from './scorer.ts';
import { canalBrownfield, makeSite, schoolPlot } from './test-fixtures.ts';

const userCanal = { ...canalBrownfield, siteId: 'user-canal', status: 'user' as const };
const userSchool = { ...schoolPlot, siteId: 'user-school', status: 'user' as const };
const pointNoArea = makeSite('user-point', { status: 'user', areaM2: NaN });

describe('the status gate', () => {
  it('lets a user site through whatever the allowed list, a shipped site only when listed, an unknown status never', () => {
    expect(passesStatusGate('user', [])).toBe(true);
    expect(passesStatusGate('user', ['estate'])).toBe(true);
    expect(passesStatusGate('occupied', ['available', 'estate'])).toBe(false);
    expect(passesStatusGate('estate', ['available', 'estate'])).toBe(true);
    expect(passesStatusGate('vacant?', [...siteStatuses])).toBe(false);
  });

  it('codes a user site apart from the shipped statuses and from an unknown one', () => {
    expect(statusIndex('user')).toBe(userStatusIndex);
    expect(statusIndex('nonsense')).toBe(unknownStatusIndex);
    expect(siteStatuses.map(statusIndex)).toEqual([0, 1, 2, 3, 4]);
    expect(userStatusIndex).not.toBe(unknownStatusIndex);
    expect(userStatusIndex).toBeGreaterThanOrEqual(31); // never a bit of a status mask
  });

  it('passes a user site in every sector (no status failure), per site and per column alike', () => {
    const sites = [userCanal, userSchool, { ...canalBrownfield, status: 'occupied' as const }, pointNoArea];
    const cols = toColumns(sites);
    for (const sector of sectorIds) {
      const p = sectorProfiles[sector];
      expect(gateFailures(userCanal, p).some((f) => f.gate === 'status')).toBe(false);
      const r = scoreColumns(cols, compileProfile(p));
      sites.forEach((s, i) => expect(r.failCode[i], `${sector} ${s.siteId}`).toBe(explainSite(s, p).failures[0]?.code ?? 0));
      expect(r.failCode[2]).toBe(1); // occupied shipped land still fails the default status gate
    }
  });

  it('passes a user site even when the user allows no status at all, and the incremental scorer agrees', () => {
    const none = customProfile(sectorProfiles.construction, { statuses: [] });
    const cols = toColumns([userCanal, makeSite('estate', {}, 'estate')]);
    const r = createScorer(cols).run(none);
    expect(Array.from(r.failCode)).toEqual([0, 1]);
    expect(Array.from(rankPassing(cols, r), (i) => cols.siteIds[i])).toEqual(['user-canal']);
    expect(explainSite(userCanal, none).passed).toBe(true);
  });

  it('still applies the range gates to a user site', () => {
    const f = gateFailures(userSchool, sectorProfiles.construction);
    expect(f.map((x) => x.gate)).toEqual(['areaM2', 'distHousingM', 'distSensitiveM']);
    expect(f[0]!.code).toBe(failCodeOf('areaM2', 'min'));
  });
});

describe('a site whose area is unknown (a point given without one)', () => {
  it('reads every non-finite metric as unknown', () => {
    expect(metricValue(NaN)).toBeNaN();
    expect(metricValue(Infinity)).toBeNaN();
    expect(metricValue(null)).toBeNaN();
    expect(metricValue(undefined)).toBeNaN();
    expect(metricValue(-3)).toBe(-3);
  });

  it('does not fail the area gate, scores 0 on the area criterion and names the gate it could not check', () => {
    const e = explainSite(pointNoArea, sectorProfiles.construction);
    expect(e.failures).toEqual([]);
    expect(e.passed).toBe(true);
    expect(e.criteria.find((c) => c.id === 'area')).toMatchObject({ missing: true, subScore: 0, contribution: 0 });
    expect(e.unknownGates).toEqual([{ gate: 'areaM2', bound: 'min', limit: 1000, unit: 'm²' }]);
    const cols = toColumns([pointNoArea]);
    expect(scoreColumns(cols, compileProfile(sectorProfiles.construction)).failCode[0]).toBe(0);
  });

  it('treats an infinite or missing area like an unknown one on both paths', () => {
    for (const areaM2 of [Infinity, -Infinity, null as unknown as number]) {
      const s = makeSite('user-x', { status: 'user', areaM2 });
      const e = explainSite(s, sectorProfiles.manufacturing);
      expect(e.failures).toEqual([]);
      expect(e.unknownGates.map((g) => g.gate)).toContain('areaM2');
      expect(scoreColumns(toColumns([s]), compileProfile(sectorProfiles.manufacturing)).failCode[0]).toBe(0);
      expect(scoreColumns(toColumns([s]), compileProfile(sectorProfiles.manufacturing)).scores[0]).toBeCloseTo(e.score, 6);
    }
  });

  it('lists no unknown gate when every gated value is known, and only the bounds the profile sets', () => {
    expect(explainSite(canalBrownfield, sectorProfiles.construction).unknownGates).toEqual([]);
    const p = customProfile(sectorProfiles.construction, { limits: { areaM2: { min: 500, max: 20000 } } });
    expect(unknownGates(pointNoArea, p).filter((g) => g.gate === 'areaM2')).toEqual([
      { gate: 'areaM2', bound: 'min', limit: 500, unit: 'm²' },
      { gate: 'areaM2', bound: 'max', limit: 20000, unit: 'm²' },
    ]);
  });
});
