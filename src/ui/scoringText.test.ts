import { describe, expect, it } from 'vitest';
import { failCodes, failCodeOf } from '../core/scoring/model.ts';
import { defaultScoringState, withLimit, withWeight } from '../state/scoringState.ts';
import { selectProfile } from '../state/selectors.ts';
import { excludedStatuses, failsText, failureText, gateFailureText, limitOf, profileName, statusNames } from './scoringText.ts';

const info = (gate: Parameters<typeof failCodeOf>[0], bound: 'min' | 'max') => failCodes[failCodeOf(gate, bound)]!;

describe('scoring words', () => {
  it('names a failed gate with its bound and unit', () => {
    expect(failureText('en', info('no2UgM3', 'max'), 20)).toBe('NO2 above 20 µg/m³');
    expect(failureText('en', info('distHousingM', 'min'), 50)).toBe('Housing closer than 50 m');
    expect(failureText('en', info('distTransitM', 'max'), 800)).toBe('Public transport farther than 800 m');
    expect(failureText('en', info('areaM2', 'min'), 1000)).toBe('Area below 1,000 m²');
    expect(failureText('fr', info('no2UgM3', 'max'), 20.5)).toBe('NO2 au-dessus de 20,5 µg/m³');
  });
  it('names the status a site fails on, with the status names of the three languages', () => {
    expect(failCodes[1]).toEqual({ gate: 'status', bound: 'status' });
    expect(failureText('en', { ...failCodes[1]!, status: 'occupied' }, undefined)).toBe('status “Occupied” not included');
    expect(failureText('fr', { ...failCodes[1]!, status: 'leaving' }, undefined)).toBe('statut « Quitte la production » non retenu');
    expect(failureText('nl', { ...failCodes[1]!, status: 'new-productive' }, undefined)).toBe('status ‘Nieuwe productieve ruimte’ niet meegeteld');
    const s = defaultScoringState('health');
    expect(excludedStatuses(s)).toEqual(['occupied', 'leaving']);
    expect(failureText('en', { ...failCodes[1]!, status: excludedStatuses(s) }, undefined)).toBe('status “Occupied / Leaving production” not included');
    expect(statusNames('en', ['leaving', 'bogus', 'available'])).toBe('Available / Leaving production / bogus');
  });
  it('reads the bound a failure names from the state', () => {
    const s = withLimit(defaultScoringState('construction'), 'no2UgM3', { max: 20 });
    expect(limitOf(s, info('no2UgM3', 'max'))).toBe(20);
    expect(limitOf(s, info('distHousingM', 'min'))).toBe(50);
    expect(limitOf(s, failCodes[1]!)).toBeUndefined();
  });
  it('says "custom" once the defaults are changed', () => {
    expect(profileName('en', selectProfile(defaultScoringState('health')))).toBe('Health');
    expect(profileName('nl', selectProfile(withWeight(defaultScoringState('health'), 'canal', 2)))).toBe('Aangepast (op basis van Gezondheid)');
  });
  it('words a failed gate as the card does, not as its export code', () => {
    expect(gateFailureText('en', { gate: 'areaM2', bound: 'min', limit: 1000 })).toBe('Area below 1,000 m²');
    expect(gateFailureText('fr', { gate: 'distTransitM', bound: 'max', limit: 800 })).toBe('Transport public à plus de 800 m');
    expect(gateFailureText('nl', { gate: 'status', bound: 'status', status: 'occupied', allowed: ['available'] })).toBe('status ‘In gebruik’ niet meegeteld');
    expect(gateFailureText('en', { gate: 'somethingNew', bound: 'max', limit: 3 })).toBe('somethingNew max 3');
    expect(gateFailureText('en', { gate: 'status', bound: 'status', allowed: ['available'] })).toBe('status not available'); // which status is unknown
  });
  it('says a site fails and why, every gate once', () => {
    const fs = [{ gate: 'areaM2', bound: 'min', limit: 1000 }, { gate: 'distTransitM', bound: 'max', limit: 800 }] as const;
    expect(failsText('en', fs)).toBe('fails: Area below 1,000 m²; Public transport farther than 800 m');
    expect(failsText('fr', fs.slice(0, 1))).toBe('échoue : Superficie en dessous de 1\u202f000 m²');
  });
});
