import { describe, expect, it } from 'vitest';
import { sectorProfiles } from '../core/scoring/profiles.ts';
import { defaultScoringState, includesNotOnOffer, isCustomState, updateScoring, withLimit, withStatuses, withWeight } from './scoringState.ts';
import { selectProfile } from './selectors.ts';

describe('state helpers', () => {
  it('reset = defaultScoringState; edits make it custom', () => {
    const s = defaultScoringState('health');
    expect(isCustomState(s)).toBe(false);
    expect(selectProfile(s)).toBe(sectorProfiles.health);
    const edited = withWeight(withLimit(s, 'no2UgM3', { max: 25 }), 'metro', 2);
    expect(isCustomState(edited)).toBe(true);
    const p = selectProfile(edited);
    expect(p.id).toBe('custom');
    expect(p.gates.limits.no2UgM3).toEqual({ max: 25 });
    expect(p.weights.metro).toBe(2);
    expect(withWeight(s, 'metro', -3).weights.metro).toBe(0);
    expect(withStatuses(s, ['occupied', 'available', 'bogus', 'available']).gates.statuses).toEqual(['available', 'occupied']);
    expect(selectProfile(withLimit(s, 'no2UgM3', null)).gates.limits.no2UgM3).toBeUndefined();
  });
});

describe('updateScoring', () => {
  it('chooses a sector from its defaults and clears it with null', () => {
    const s = updateScoring(null, { type: 'setSector', sector: 'health' });
    expect(s).toEqual(defaultScoringState('health'));
    expect(updateScoring(s, { type: 'setSector', sector: 'health' })).toBe(s);
    expect(updateScoring(s, { type: 'setSector', sector: null })).toBeNull();
    expect(updateScoring(null, { type: 'setSector', sector: null })).toBeNull();
  });
  it('changing sector drops the edits of the previous one', () => {
    const s = updateScoring(defaultScoringState('construction'), { type: 'setWeight', id: 'canal', weight: 0 });
    expect(updateScoring(s, { type: 'setSector', sector: 'creative' })).toEqual(defaultScoringState('creative'));
    expect(updateScoring(s, { type: 'setSector', sector: 'construction' })).toEqual(defaultScoringState('construction'));
  });
  it('sets weights, gates and statuses, and resets to the sector defaults', () => {
    const s0 = defaultScoringState('construction');
    const s1 = updateScoring(s0, { type: 'setWeight', id: 'canal', weight: 5 })!;
    expect(s1.weights.canal).toBe(5);
    expect(isCustomState(s1)).toBe(true);
    expect(updateScoring(s1, { type: 'setWeight', id: 'canal', weight: 5 })).toBe(s1);
    const s2 = updateScoring(s1, { type: 'setLimit', gate: 'no2UgM3', range: { max: 20 } })!;
    expect(s2.gates.limits.no2UgM3).toEqual({ max: 20 });
    const s3 = updateScoring(s2, { type: 'setLimit', gate: 'no2UgM3', range: { max: NaN } })!;
    expect(s3.gates.limits.no2UgM3).toBeUndefined();
    const s4 = updateScoring(s3, { type: 'setStatuses', statuses: ['estate', 'available', 'available'] })!;
    expect(s4.gates.statuses).toEqual(['available', 'estate']);
    const s5 = updateScoring(s4, { type: 'reset' })!;
    expect(s5).toEqual(s0);
    expect(isCustomState(s5)).toBe(false);
  });
  it('the switch adds or removes occupied and leaving together, keeping the other statuses', () => {
    const s0 = defaultScoringState('health');
    expect(includesNotOnOffer(s0)).toBe(false);
    const on = updateScoring(s0, { type: 'includeNotOnOffer', include: true })!;
    expect(on.gates.statuses).toEqual(['available', 'estate', 'new-productive', 'occupied', 'leaving']);
    expect(includesNotOnOffer(on)).toBe(true);
    expect(isCustomState(on)).toBe(true);
    expect(updateScoring(on, { type: 'includeNotOnOffer', include: true })).toBe(on);
    const off = updateScoring(on, { type: 'includeNotOnOffer', include: false })!;
    expect(off.gates.statuses).toEqual(s0.gates.statuses);
    expect(isCustomState(off)).toBe(false);
    // Only one of the two set: the switch shows off, turning it on adds the missing one.
    const partial = updateScoring(s0, { type: 'setStatuses', statuses: ['estate', 'leaving'] })!;
    expect(includesNotOnOffer(partial)).toBe(false);
    expect(updateScoring(partial, { type: 'includeNotOnOffer', include: true })!.gates.statuses).toEqual(['estate', 'occupied', 'leaving']);
    expect(updateScoring(partial, { type: 'includeNotOnOffer', include: false })!.gates.statuses).toEqual(['estate']);
    expect(updateScoring(null, { type: 'includeNotOnOffer', include: true })).toBeNull();
  });
  it('does not apply a negative gate bound or a minimum above the maximum', () => {
    const s0 = defaultScoringState('construction');
    expect(updateScoring(s0, { type: 'setLimit', gate: 'areaM2', range: { min: -50 } })).toBe(s0);
    const s1 = updateScoring(s0, { type: 'setLimit', gate: 'areaM2', range: { min: 5000 } })!;
    expect(s1.gates.limits.areaM2).toEqual({ min: 5000 });
    expect(updateScoring(s1, { type: 'setLimit', gate: 'areaM2', range: { min: 5000, max: 1000 } })).toBe(s1);
    expect(updateScoring(s1, { type: 'setWeight', id: 'canal', weight: -1 })!.weights.canal).toBe(0);
  });
  it('ignores edits when no sector is chosen', () => {
    expect(updateScoring(null, { type: 'setWeight', id: 'canal', weight: 5 })).toBeNull();
    expect(updateScoring(null, { type: 'reset' })).toBeNull();
  });
});

describe('sector= in the URL hash', () => {
  it('writes and reads the scoring slice with the rest of the state', async () => {
    const { decodeHash, encodeHash } = await import('./hash.ts');
    const { initialState, sharedOf, update } = await import('./state.ts');
    let s = update(initialState('en'), { type: 'scoring', action: { type: 'setSector', sector: 'construction' } });
    s = update(s, { type: 'scoring', action: { type: 'setWeight', id: 'canal', weight: 5 } });
    const hash = encodeHash(sharedOf(s));
    expect(hash).toContain('sector=construction*canal-5');
    const back = update(initialState('fr'), { type: 'applyShared', shared: decodeHash(hash) });
    expect(back.scoring).toEqual(s.scoring);
    expect(decodeHash('#sector=nope').scoring).toBeUndefined();
    expect(encodeHash(sharedOf(initialState('en')))).not.toContain('sector=');
  });
});
