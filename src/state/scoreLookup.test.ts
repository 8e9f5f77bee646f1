import { describe, expect, it } from 'vitest';
import { createScorer, rankPassing, toColumns } from '../core/scoring/index.ts';
import { fixtureSite } from '../core/export/testSites.ts';
import { currentSectorId, makeScoreLookup, sitesPassingFilters } from './scoreLookup.ts';
import { defaultScoringState, withWeight } from './scoringState.ts';
import { selectProfile } from './selectors.ts';

const a = fixtureSite('a', { areaM2: 5000, status: 'available' });
const b = fixtureSite('b', { areaM2: 20, status: 'available' });
const sites = new Map([a, b].map((s) => [s.siteId, s]));

describe('site scores for the shortlist views', () => {
  it('gives the five sector scores (0–100) and no current score without a sector', () => {
    const s = makeScoreLookup(sites, null)('a')!;
    expect(Object.keys(s.bySector)).toEqual(['construction', 'manufacturing', 'agro-food', 'health', 'creative']);
    for (const [sector, v] of Object.entries(s.bySector)) {
      if (s.failuresBySector![sector]!.length > 0) expect(v).toBeNull();
      else expect(v).toBeGreaterThanOrEqual(0);
    }
    expect(s.current).toBeUndefined();
    expect(makeScoreLookup(sites, null)('nope')).toBeUndefined();
  });

  it('adds the current sector, marked custom when weights are edited', () => {
    const profile = selectProfile(defaultScoringState('agro-food'));
    expect(currentSectorId(profile)).toBe('agro-food');
    expect(makeScoreLookup(sites, profile)('a')!.current?.sectorId).toBe('agro-food');
    const edited = selectProfile(withWeight(defaultScoringState('agro-food'), 'metro', 0));
    expect(currentSectorId(edited)).toBe('agro-food-custom');
    expect(currentSectorId(null)).toBeNull();
  });

  it('filters by the current gates (a 20 m² plot fails the area gate), or keeps every site', () => {
    const profile = selectProfile(defaultScoringState('construction'));
    const passing = sitesPassingFilters(sites, profile).map((s) => s.siteId);
    expect(passing).not.toContain('b');
    expect(sitesPassingFilters(sites, null)).toHaveLength(2);
  });

  it('gives a site failing a sector no score there, and the gates it fails', () => {
    const s = makeScoreLookup(sites, selectProfile(defaultScoringState('construction')))('b')!;
    expect(s.current?.score).toBeNull();
    expect(s.current?.failures.map((f) => f.gate)).toContain('areaM2');
    expect(s.bySector.construction).toBeNull();
    expect(s.failuresBySector?.construction?.map((f) => f.gate)).toContain('areaM2');
    const a = makeScoreLookup(sites, null)('a')!;
    expect(a.failuresBySector?.construction).toEqual([]);
    expect(a.bySector.construction).toBeGreaterThan(0);
  });

  it('lists the passing sites in rank order, best first, from the app result or by re-scoring', () => {
    const many = new Map(
      [fixtureSite('small', { areaM2: 1200 }), fixtureSite('big', { areaM2: 9000 }), fixtureSite('tiny', { areaM2: 20 }), fixtureSite('mid', { areaM2: 2000 })].map((s) => [s.siteId, s]),
    );
    const profile = selectProfile(defaultScoringState('construction'));
    const cols = toColumns([...many.values()]);
    const r = createScorer(cols).run(profile);
    const scored = { cols, failCode: r.failCode, ranked: rankPassing(cols, r) };
    const ids = sitesPassingFilters(many, profile, scored).map((s) => s.siteId);
    expect(ids).toEqual(['big', 'mid', 'small']);
    expect(sitesPassingFilters(many, profile).map((s) => s.siteId)).toEqual(ids);
  });

  it('gives the same sites from the app scoring result as from re-scoring', () => {
    const profile = selectProfile(defaultScoringState('construction'));
    const cols = toColumns([...sites.values()]);
    const r = createScorer(cols).run(profile);
    const scored = { cols, failCode: r.failCode, ranked: rankPassing(cols, r) };
    expect(sitesPassingFilters(sites, profile, scored).map((s) => s.siteId)).toEqual(sitesPassingFilters(sites, profile).map((s) => s.siteId));
  });

  it('scores the user’s own sites like any site: they pass every status gate, an unknown area fails no gate', () => {
    const user = fixtureSite('user-1', { status: 'user', landuse: '', areaM2: 5000 });
    const point = fixtureSite('user-pt', { status: 'user', landuse: '', areaM2: Number.NaN });
    const occupied = fixtureSite('occ', { status: 'occupied', areaM2: 5000 });
    const all = new Map([user, point, occupied].map((s) => [s.siteId, s]));
    const s = makeScoreLookup(all, null)('user-1')!;
    for (const failures of Object.values(s.failuresBySector!)) expect(failures.some((f) => f.gate === 'status')).toBe(false);
    expect(makeScoreLookup(all, null)('occ')!.failuresBySector!.construction!.map((f) => f.gate)).toEqual(['status']);
    const profile = selectProfile(defaultScoringState('construction'));
    expect(makeScoreLookup(all, profile)('user-pt')!.current!.failures).toEqual([]);
    const passing = sitesPassingFilters(all, profile).map((x) => x.siteId);
    expect(passing).toContain('user-1');
    expect(passing).toContain('user-pt');
    expect(passing).not.toContain('occ');
    const cols = toColumns([...all.values()]);
    const r = createScorer(cols).run(profile);
    expect(sitesPassingFilters(all, profile, { cols, ranked: rankPassing(cols, r) }).map((x) => x.siteId)).toEqual(passing);
  });
});
