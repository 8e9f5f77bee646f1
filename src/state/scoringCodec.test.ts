import { describe, expect, it } from 'vitest';
import { criterionIds } from '../core/scoring/criteria.ts';
import { sectorIds } from '../core/scoring/model.ts';
import { baseSectorText, decodeScoringHash, decodeScoringState, defaultCodecOptions, encodeScoringHash, encodeScoringState, readScoringHash, readScoringState } from './scoringCodec.ts';
import { defaultScoringState, updateScoring, withLimit, withStatuses, withWeight } from './scoringState.ts';

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

describe('sector= codec', () => {
  it('round-trips a sector with edits', () => {
    let s = updateScoring(null, { type: 'setSector', sector: 'agro-food' });
    s = updateScoring(s, { type: 'setWeight', id: 'canal', weight: 4 });
    s = updateScoring(s, { type: 'setLimit', gate: 'areaM2', range: { min: 500, max: 5000 } });
    s = updateScoring(s, { type: 'setStatuses', statuses: ['available', 'new-productive'] });
    const text = encodeScoringHash(s)!;
    expect(text.startsWith('agro-food')).toBe(true);
    expect(decodeScoringHash(text)).toEqual(s);
    expect(encodeScoringHash(null)).toBeUndefined();
    expect(encodeScoringHash(defaultScoringState('health'))).toBe('health');
  });
  it('reads the base sector before the first edit, known or not', () => {
    expect(baseSectorText('agro-food*canal-4*areaM2-500_')).toBe('agro-food');
    expect(baseSectorText('bakery*canal-3')).toBe('bakery');
    expect(baseSectorText('')).toBe('');
    expect(readScoringHash('bakery*canal-3')).toEqual({ ignored: [{ part: 'sector=bakery*canal-3', reason: 'unknown' }] });
  });
  it('ignores an unknown sector and malformed parts', () => {
    expect(decodeScoringHash('bakery*canal-3')).toBeUndefined();
    expect(decodeScoringHash('')).toBeUndefined();
    expect(decodeScoringHash('health*canal-x*nope-1')).toEqual(defaultScoringState('health'));
  });
});
