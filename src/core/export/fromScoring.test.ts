import { describe, expect, it } from 'vitest';
import { explainSite, sectorProfiles } from '../scoring/index.ts';
import { makeSite } from '../scoring/test-fixtures.ts';
import { gateText, toScore100, toSiteScores } from './fromScoring';

const area = { gate: 'areaM2', bound: 'min', limit: 500 } as const;

describe('toSiteScores', () => {
  it('converts 0–1 scores to 0–100 and keeps failed gates as codes and as data', () => {
    const scores = toSiteScores(
      's1',
      [
        { sector: 'construction', score: 0.5, failures: [] },
        { sector: 'agro-food', score: 0.72345, failures: [] },
        { sector: 'health', score: Number.NaN, failures: [] },
      ],
      { sectorId: 'agro-food', explanation: { siteId: 's1', score: 0.72345, failures: [] } },
    );
    expect(scores).toEqual({
      siteId: 's1',
      current: { sectorId: 'agro-food', score: 72.3, failedGates: [], failures: [] },
      bySector: { construction: 50, 'agro-food': 72.3, health: null },
      failuresBySector: { construction: [], 'agro-food': [], health: [] },
    });
  });

  it('gives a site failing a sector no score there, and says which gates it fails', () => {
    const failures = [
      { gate: 'status', bound: 'status', allowed: ['available', 'estate'], status: 'occupied' },
      area,
      { gate: 'distTransitM', bound: 'max', limit: 400 },
    ] as const;
    const scores = toSiteScores('s1', [{ sector: 'construction', score: 0.509, failures: [area] }], {
      sectorId: 'agro-food-custom',
      explanation: { siteId: 's1', score: 0.72345, failures },
    });
    expect(scores.current).toEqual({
      sectorId: 'agro-food-custom',
      score: null,
      failedGates: ['status not available/estate', 'area_m2 min 500', 'dist_transit_m max 400'],
      failures,
    });
    expect(scores.bySector.construction).toBeNull();
    expect(scores.failuresBySector?.construction).toEqual([area]);
  });

  it('has no current sector when none is chosen', () => {
    expect(toSiteScores('s1', [{ sector: 'health', score: 0.2, failures: [] }]).current).toBeUndefined();
  });
});

describe('toScore100', () => {
  it('is the one rounding of a score: 0–100 with one decimal', () => {
    expect(toScore100(1)).toBe(100);
    expect(toScore100(0)).toBe(0);
    expect(toScore100(0.8255)).toBe(82.6);
    expect(toScore100(0.82549)).toBe(82.5);
    expect(toScore100(Infinity)).toBeNull();
  });

  it('rounds a float32 score (the ranked list) like its float64 twin (shortlist, compare, print)', () => {
    for (let k = 0; k < 1000; k++) {
      const x = (2 * k + 1) / 2000; // every half-tenth of a point: where a float32 error would flip the rounding
      expect(toScore100(Math.fround(x)), String(x)).toBe(toScore100(x));
    }
  });
});

describe('gateText', () => {
  it('writes a gate as a code for the exports', () => {
    expect(gateText({ gate: 'somethingNew', bound: 'min' })).toBe('somethingNew min');
    expect(gateText({ gate: 'status', bound: 'status', allowed: [] })).toBe('status not');
  });

  it('takes a status failure straight from the scoring module', () => {
    const e = explainSite(makeSite('o', {}, 'occupied'), sectorProfiles.creative);
    expect(e.failures.map(gateText)).toEqual(['status not available/estate/new-productive']);
  });
});
