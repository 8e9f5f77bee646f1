import { describe, expect, it } from 'vitest';
import {
  customProfile, decodeScoringState, defaultCodecOptions, defaultScoringState, encodeScoringState, isCustomState,
  hasWeights, profileFromState, rangeProblem, readScoringState, withLimit, withStatuses, withWeight,
} from './custom.ts';
import { criterionIds } from './criteria.ts';
import { sectorIds } from './model.ts';
import { sectorProfiles } from './profiles.ts';

describe('customProfile', () => {
  it('applies gates and weights, null removes a gate, and keeps the base untouched', () => {
    const base = sectorProfiles.construction;
    const p = customProfile(base, { limits: { areaM2: { min: 2000, max: 20000 }, distHousingM: null }, weights: { canal: 0 } });
    expect(p.id).toBe('custom');
    expect(p.baseId).toBe('construction');
    expect(p.gates.limits.areaM2).toEqual({ min: 2000, max: 20000 });
    expect(p.gates.limits.distHousingM).toBeUndefined();
    expect(p.weights.canal).toBe(0);
    expect(p.weights.area).toBe(base.weights.area);
    expect(base.gates.limits.areaM2).toEqual({ min: 1000 });
    expect(base.gates.limits.distHousingM).toEqual({ min: 50 });
  });

  it('an empty patch keeps the sector id', () => {
    expect(customProfile(sectorProfiles.health, {}).id).toBe('health');
  });
});

describe('state helpers', () => {
  it('reset = defaultScoringState; edits make it custom', () => {
    const s = defaultScoringState('health');
    expect(isCustomState(s)).toBe(false);
    expect(profileFromState(s)).toBe(sectorProfiles.health);
    const edited = withWeight(withLimit(s, 'no2UgM3', { max: 25 }), 'metro', 2);
    expect(isCustomState(edited)).toBe(true);
    const p = profileFromState(edited);
    expect(p.id).toBe('custom');
    expect(p.gates.limits.no2UgM3).toEqual({ max: 25 });
    expect(p.weights.metro).toBe(2);
    expect(withWeight(s, 'metro', -3).weights.metro).toBe(0);
    expect(withStatuses(s, ['occupied', 'available', 'bogus', 'available']).gates.statuses).toEqual(['available', 'occupied']);
    expect(profileFromState(withLimit(s, 'no2UgM3', null)).gates.limits.no2UgM3).toBeUndefined();
  });
});

describe('URL codec', () => {
  it('an unchanged sector is just its id', () => {
    for (const id of sectorIds) {
      expect(encodeScoringState(defaultScoringState(id))).toBe(id);
      expect(decodeScoringState(id)).toEqual(defaultScoringState(id));
    }
  });

  it('encodes only differences, compactly and URL-safe', () => {
    let s = defaultScoringState('construction');
    s = withLimit(s, 'areaM2', { min: 2000 });
    s = withLimit(s, 'no2UgM3', { max: 30.5 });
    s = withLimit(s, 'distHousingM', null);
    s = withStatuses(s, ['available', 'occupied']);
    s = withWeight(s, 'canal', 0);
    s = withWeight(s, 'villo', 1.25);
    const text = encodeScoringState(s);
    expect(text).toBe('construction*statuses-available_occupied*areaM2-2000_*no2UgM3-_30.5*distHousingM-_*villo-1.25*canal-0');
    expect(encodeURIComponent(text)).toBe(text);
    expect(new URLSearchParams({ s: text }).toString()).toBe(`s=${text}`);
    expect(decodeScoringState(text)).toEqual(s);
  });

  it('round-trips every status, new-productive with its dash included', () => {
    const s = withStatuses(defaultScoringState('manufacturing'), ['leaving', 'occupied', 'new-productive', 'estate', 'available']);
    const text = encodeScoringState(s);
    expect(text).toBe('manufacturing*statuses-available_estate_new-productive_occupied_leaving');
    expect(encodeURIComponent(text)).toBe(text);
    expect(decodeScoringState(text)).toEqual(s);
    expect(decodeScoringState(new URLSearchParams(`s=${text}`).get('s'))).toEqual(s);
    const only = decodeScoringState('health*statuses-new-productive');
    expect(only.gates.statuses).toEqual(['new-productive']);
    expect(encodeScoringState(only)).toBe('health*statuses-new-productive');
  });

  it('ignores the former kinds- key: an old link decodes to the sector defaults', () => {
    expect(decodeScoringState('construction*kinds-vacant')).toEqual(defaultScoringState('construction'));
    expect(decodeScoringState('health*kinds-vacant_productive*canal-2').weights.canal).toBe(2);
    expect(decodeScoringState('health*kinds-vacant_productive*canal-2').gates).toEqual(defaultScoringState('health').gates);
  });

  it('round-trips through URLSearchParams and percent-encoding', () => {
    const s = withWeight(withLimit(defaultScoringState('creative'), 'distTransitM', { max: 250 }), 'lines', 5);
    const text = encodeScoringState(s);
    expect(decodeScoringState(new URLSearchParams(`s=${text}`).get('s'))).toEqual(s);
    expect(decodeScoringState(text.replace(/\*/g, '%2A'))).toEqual(s);
  });

  it('never throws on malformed input and falls back to defaults', () => {
    const bad: unknown[] = [
      undefined, null, 42, {}, '', '%E0%A4%A', 'nonsense', '*', '***', 'health*', 'health*-5', 'health*metro',
      'health*metro-abc', 'health*metro-1e400', 'health*areaM2-1_2_3', 'health*areaM2-x_', 'health*bogus-3',
      'health*statuses-', 'health*statuses-new-', 'health*metro--2', 'x'.repeat(100000),
    ];
    for (const b of bad) expect(() => decodeScoringState(b)).not.toThrow();
    expect(decodeScoringState('nonsense')).toEqual(defaultScoringState('construction'));
    expect(decodeScoringState('health*metro-abc*areaM2-x_*bogus-3')).toEqual(defaultScoringState('health'));
    expect(decodeScoringState('health*statuses-').gates.statuses).toEqual([]);
    expect(decodeScoringState('health*statuses-available_bogus_new-').gates.statuses).toEqual(['available']);
    expect(decodeScoringState('health*metro-1000').weights.metro).toBe(5);
  });
});

describe('URL codec: unknown values fall back per key and are reported', () => {
  it('an unknown status list keeps the sector default statuses', () => {
    const r = readScoringState('construction*statuses-nope');
    expect(r.state.gates.statuses).toEqual(defaultScoringState('construction').gates.statuses);
    expect(r.ignored).toEqual([{ part: 'statuses-nope', reason: 'unknown' }]);
    const partly = readScoringState('construction*statuses-available_nope');
    expect(partly.state.gates.statuses).toEqual(['available']);
    expect(partly.ignored).toEqual([{ part: 'statuses-nope', reason: 'unknown' }]);
    // An explicitly empty list is what the app writes when every status box is unticked.
    expect(readScoringState('health*statuses-')).toMatchObject({ ignored: [] });
  });

  it('caps weights to the slider range 0–5 and says so', () => {
    expect(defaultCodecOptions.maxWeight).toBe(5);
    const r = readScoringState('construction*metro-100*canal-5');
    expect(r.state.weights.metro).toBe(5);
    expect(r.state.weights.canal).toBe(5);
    expect(r.ignored).toEqual([{ part: 'metro-100', reason: 'above-max' }]);
    expect(readScoringState('construction*metro--2').ignored).toEqual([{ part: 'metro--2', reason: 'negative' }]);
    expect(readScoringState('construction*metro--2').state.weights.metro).toBe(defaultScoringState('construction').weights.metro);
    expect(withWeight(defaultScoringState('health'), 'metro', 9).weights.metro).toBe(5);
  });

  it('rejects inverted and negative ranges, keeping the default for that key only', () => {
    const r = readScoringState('construction*areaM2-5000_10*distTransitM-_500');
    expect(r.state.gates.limits.areaM2).toEqual(defaultScoringState('construction').gates.limits.areaM2);
    expect(r.state.gates.limits.distTransitM).toEqual({ max: 500 });
    expect(r.ignored).toEqual([{ part: 'areaM2-5000_10', reason: 'inverted' }]);
    const neg = readScoringState('construction*areaM2--50_');
    expect(neg.state.gates.limits.areaM2).toEqual({ min: 1000 });
    expect(neg.ignored).toEqual([{ part: 'areaM2--50_', reason: 'negative' }]);
    expect(readScoringState('construction*areaM2-10_10').ignored).toEqual([]);
  });

  it('reports unknown keys, malformed values and an unknown sector', () => {
    expect(readScoringState('construction*kinds-vacant*metro-abc*bogus').ignored).toEqual([
      { part: 'kinds-vacant', reason: 'unknown' },
      { part: 'metro-abc', reason: 'unknown' },
      { part: 'bogus', reason: 'unknown' },
    ]);
    const r = readScoringState('bakery*canal-3');
    expect(r.state.sector).toBe('construction');
    expect(r.ignored[0]).toEqual({ part: 'bakery', reason: 'unknown' });
  });

  it('everything the encoder writes reads back with nothing ignored', () => {
    let s = withStatuses(defaultScoringState('health'), []);
    s = withLimit(withLimit(s, 'areaM2', { min: 0, max: 0 }), 'no2UgM3', null);
    for (const id of criterionIds) s = withWeight(s, id, id.length % 6);
    expect(readScoringState(encodeScoringState(s))).toEqual({ state: s, ignored: [] });
  });
});

describe('validation of user edits', () => {
  it('names why a gate range cannot apply: a negative bound, or a minimum above the maximum', () => {
    expect(rangeProblem({ min: -50 })).toBe('negative');
    expect(rangeProblem({ max: -1 })).toBe('negative');
    expect(rangeProblem({ min: 5000, max: 1000 })).toBe('inverted');
    expect(rangeProblem({ min: 1000, max: 1000 })).toBeUndefined();
    expect(rangeProblem({ min: 0 })).toBeUndefined();
    expect(rangeProblem({})).toBeUndefined();
  });

  it('tells a state whose weights are all 0 (nothing to rank by)', () => {
    let s = defaultScoringState('construction');
    expect(hasWeights(s.weights)).toBe(true);
    for (const id of criterionIds) s = withWeight(s, id, 0);
    expect(hasWeights(s.weights)).toBe(false);
    expect(hasWeights(withWeight(s, 'canal', 1).weights)).toBe(true);
  });
});
