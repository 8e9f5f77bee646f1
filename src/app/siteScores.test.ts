import { describe, expect, it } from 'vitest';
import { createScorer, defaultScoringState, profileFromState, toColumns, withWeight } from '../core/scoring/index.ts';
import { fixtureSite } from '../core/export/testSites.ts';
import { currentSectorId, makeScoreLookup, sitesPassingFilters } from './siteScores.ts';

const a = fixtureSite('a', { areaM2: 5000, status: 'available' });
const b = fixtureSite('b', { areaM2: 20, status: 'available' });
const sites = new Map([a, b].map((s) => [s.siteId, s]));

describe('site scores for the shortlist views', () => {
  it('gives the five sector scores (0–100) and no current score without a sector', () => {
    const s = makeScoreLookup(sites, null)('a')!;
    expect(Object.keys(s.bySector)).toEqual(['construction', 'manufacturing', 'agro-food', 'health', 'creative']);
    for (const v of Object.values(s.bySector)) expect(v).toBeGreaterThanOrEqual(0);
    expect(s.current).toBeUndefined();
    expect(makeScoreLookup(sites, null)('nope')).toBeUndefined();
  });

  it('adds the current sector, marked custom when weights are edited', () => {
    const state = defaultScoringState('agro-food');
    expect(currentSectorId(state)).toBe('agro-food');
    expect(makeScoreLookup(sites, state)('a')!.current?.sectorId).toBe('agro-food');
    const edited = withWeight(state, 'metro', 0);
    expect(currentSectorId(edited)).toBe('agro-food-custom');
    expect(currentSectorId(null)).toBeNull();
  });

  it('filters by the current gates (a 20 m² plot fails the area gate), or keeps every site', () => {
    const state = defaultScoringState('construction');
    const passing = sitesPassingFilters(sites, state).map((s) => s.siteId);
    expect(passing).not.toContain('b');
    expect(sitesPassingFilters(sites, null)).toHaveLength(2);
  });

  it('gives the same sites from the app scoring result as from re-scoring', () => {
    const state = defaultScoringState('construction');
    const cols = toColumns([...sites.values()]);
    const r = createScorer(cols).run(profileFromState(state));
    const scored = { cols, failCode: r.failCode };
    expect(sitesPassingFilters(sites, state, scored).map((s) => s.siteId)).toEqual(sitesPassingFilters(sites, state).map((s) => s.siteId));
  });
});
