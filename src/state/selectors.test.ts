import { describe, expect, it } from 'vitest';
import { createScorer, toColumns } from '../core/scoring/index.ts';
import { makeSite } from '../core/scoring/test-fixtures.ts';
import { defaultScoringState, updateScoring, withWeight } from './scoringState.ts';
import { scoreSites, selectProfile } from './selectors.ts';

describe('selectProfile', () => {
  it('derives the profile once per state object: the same state gives the same profile object', () => {
    const s = withWeight(defaultScoringState('construction'), 'canal', 0);
    const p = selectProfile(s);
    expect(p.id).toBe('custom');
    expect(selectProfile(s)).toBe(p);
    // an equal but new state (the next slider step) is a new derivation
    const next = withWeight(s, 'canal', 0);
    expect(selectProfile(next)).not.toBe(p);
    expect(selectProfile(next)).toEqual(p);
    expect(selectProfile(null)).toBeNull();
  });

  it('keeps the profile when an update changes nothing (the reducer returns the same state)', () => {
    const s = defaultScoringState('health');
    expect(updateScoring(s, { type: 'setWeight', id: 'canal', weight: s.weights.canal })).toBe(s);
    expect(selectProfile(updateScoring(s, { type: 'setSector', sector: 'health' })!)).toBe(selectProfile(s));
  });
});

describe('scoreSites', () => {
  it('carries the profile it scored with and copies the scorer arrays', () => {
    const scorer = createScorer(toColumns([makeSite('a', { areaM2: 5000 }), makeSite('b', { areaM2: 20 })]));
    const profile = selectProfile(defaultScoringState('construction'));
    const scored = scoreSites(scorer, profile);
    expect(scored.profile).toBe(profile);
    expect(Array.from(scored.ranked, (i) => scored.cols.siteIds[i])).toEqual(['a']);
    expect(scored.summary.passCount).toBe(1);
    const before = Array.from(scored.scores);
    scoreSites(scorer, selectProfile(withWeight(defaultScoringState('construction'), 'area', 0)));
    expect(Array.from(scored.scores)).toEqual(before);
  });
});
