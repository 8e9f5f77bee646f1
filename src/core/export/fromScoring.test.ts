import { describe, expect, it } from 'vitest';
import { explainSite, sectorProfiles } from '../scoring/index.ts';
import { makeSite } from '../scoring/test-fixtures.ts';
import { gateText, toScore100, toSiteScores } from './fromScoring';

describe('toSiteScores', () => {
  it('converts 0–1 scores to 0–100 and failed gates to text', () => {
    const scores = toSiteScores(
      'agro-food',
      {
        siteId: 's1',
        score: 0.72345,
        failures: [
          { gate: 'status', bound: 'status', allowed: ['available', 'estate'] },
          { gate: 'areaM2', bound: 'min', limit: 500 },
          { gate: 'distTransitM', bound: 'max', limit: 400 },
        ],
      },
      [
        { sector: 'construction', score: 0.5 },
        { sector: 'agro-food', score: 0.72345 },
        { sector: 'health', score: Number.NaN },
      ],
    );
    expect(scores).toEqual({
      siteId: 's1',
      current: {
        sectorId: 'agro-food',
        score: 72.3,
        failedGates: ['status not available/estate', 'area_m2 min 500', 'dist_transit_m max 400'],
      },
      bySector: { construction: 50, 'agro-food': 72.3, health: null },
    });
  });

  it('handles edge values', () => {
    expect(toScore100(1)).toBe(100);
    expect(toScore100(0)).toBe(0);
    expect(toScore100(Infinity)).toBeNull();
    expect(gateText({ gate: 'somethingNew', bound: 'min' })).toBe('somethingNew min');
    expect(gateText({ gate: 'status', bound: 'status', allowed: [] })).toBe('status not');
  });

  it('takes a status failure straight from the scoring module', () => {
    const e = explainSite(makeSite('o', {}, 'occupied'), sectorProfiles.creative);
    expect(e.failures.map(gateText)).toEqual(['status not available/estate/new-productive']);
  });
});
