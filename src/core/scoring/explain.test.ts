import { describe, expect, it } from 'vitest';
import { criterionIds } from './criteria.ts';
import { customProfile } from './customProfile.ts';
import { explainSite, gateFailures, gateValue, scoreSiteAllSectors } from './explain.ts';
import { failCodeOf, sectorIds } from './model.ts';
import { sectorProfiles } from './profiles.ts';
import { canalBrownfield, makeSite, schoolPlot } from './test-fixtures.ts';

describe('explainSite', () => {
  it('lists value, target, sub-score, weight and contribution; contributions sum to the score', () => {
    const e = explainSite(canalBrownfield, sectorProfiles.construction);
    expect(e.passed).toBe(true);
    expect(e.criteria.map((c) => c.id)).toEqual([...criterionIds]);
    const canal = e.criteria.find((c) => c.id === 'canal')!;
    expect(canal).toMatchObject({ value: 20, unit: 'm', subScore: 1, weight: 3, missing: false, target: '≤ 100 m → 1 · ≥ 1000 m → 0' });
    const wsum = Object.values(sectorProfiles.construction.weights).reduce((a, b) => a + b, 0);
    expect(canal.share).toBeCloseTo(3 / wsum, 12);
    expect(canal.contribution).toBeCloseTo(3 / wsum, 12);
    // the truck route: 3 minutes to the motorway is nearly full marks (2 min is full); the quay 200 m away by road is full
    const truck = e.criteria.find((c) => c.id === 'truckMotorway')!;
    expect(truck).toMatchObject({ value: 3, unit: 'min', weight: 3, target: '≤ 2 min → 1 · ≥ 12 min → 0' });
    expect(truck.subScore).toBeCloseTo(0.9, 12);
    expect(e.criteria.find((c) => c.id === 'canalQuay')).toMatchObject({ value: 0.2, unit: 'km', subScore: 1, weight: 2, target: '≤ 1 km → 1 · ≥ 5 km → 0' });
    expect(e.criteria.reduce((a, c) => a + c.contribution, 0)).toBeCloseTo(e.score, 12);
    expect(e.criteria.find((c) => c.id === 'no2')!.contribution).toBe(0);
  });

  it('a site without the access figures (a user site: NaN) scores 0 on them and fails no gate for it', () => {
    const own = makeSite('own', { no2UgM3: 15, employedResidents30MinTransit: NaN, truckMinToMotorway: NaN, roadKmToCanalQuay: NaN });
    const e = explainSite({ ...own, status: 'user' }, sectorProfiles.health);
    expect(e.criteria.find((c) => c.id === 'labourShed')).toMatchObject({ missing: true, subScore: 0, contribution: 0, weight: 4 });
    expect(e.failures).toEqual([]);
    const c = explainSite({ ...own, status: 'user' }, sectorProfiles.construction);
    for (const id of ['truckMotorway', 'canalQuay'] as const) expect(c.criteria.find((x) => x.id === id)).toMatchObject({ missing: true, subScore: 0 });
  });

  it('marks unknown values', () => {
    const e = explainSite(makeSite('x', { no2UgM3: NaN }), sectorProfiles.health);
    expect(e.criteria.find((c) => c.id === 'no2')).toMatchObject({ missing: true, subScore: 0 });
    expect(e.failures).toEqual([]); // unknown NO2 does not fail the NO2 gate
  });

  it('says which gates fail and by how much', () => {
    const f = gateFailures(schoolPlot, sectorProfiles.construction);
    expect(f).toEqual([
      { code: failCodeOf('areaM2', 'min'), gate: 'areaM2', bound: 'min', value: 200, limit: 1000, excess: 800, unit: 'm²' },
      { code: failCodeOf('distHousingM', 'min'), gate: 'distHousingM', bound: 'min', value: 5, limit: 50, excess: 45, unit: 'm' },
      { code: failCodeOf('distSensitiveM', 'min'), gate: 'distSensitiveM', bound: 'min', value: 15, limit: 100, excess: 85, unit: 'm' },
    ]);
    const no2 = gateFailures(canalBrownfield, sectorProfiles.health).find((x) => x.gate === 'no2UgM3');
    expect(no2).toMatchObject({ bound: 'max', value: 31, limit: 20, excess: 11, unit: 'µg/m³' });
  });

  it('reports a status failure first', () => {
    const p = customProfile(sectorProfiles.creative, { statuses: ['estate'] });
    const f = gateFailures(schoolPlot, p);
    expect(f[0]).toEqual({ code: 1, gate: 'status', bound: 'status', status: 'available', allowed: ['estate'] });
  });

  it('occupied land and land leaving production fail the default status gate', () => {
    const occupied = { ...schoolPlot, status: 'occupied' as const };
    const f = gateFailures(occupied, sectorProfiles.creative);
    expect(f).toEqual([{ code: 1, gate: 'status', bound: 'status', status: 'occupied', allowed: ['available', 'estate', 'new-productive'] }]);
    expect(explainSite({ ...schoolPlot, status: 'leaving' }, sectorProfiles.creative).passed).toBe(false);
    expect(explainSite({ ...schoolPlot, status: 'new-productive' }, sectorProfiles.creative).passed).toBe(true);
  });

  it('transit distance is the nearest known mode', () => {
    expect(gateValue(makeSite('t', { distMetroM: 900, distTramM: NaN, distBusM: 350, distRailStationM: 2000 }), 'distTransitM')).toBe(350);
    expect(gateValue(makeSite('t', { distMetroM: NaN, distTramM: NaN, distBusM: NaN, distRailStationM: NaN }), 'distTransitM')).toBeNaN();
  });
});

describe('scoreSiteAllSectors', () => {
  it('gives one standing per sector', () => {
    const s = scoreSiteAllSectors(schoolPlot);
    expect(s.map((x) => x.sector)).toEqual([...sectorIds]);
    expect(s.find((x) => x.sector === 'construction')).toMatchObject({ passed: false, failure: { gate: 'areaM2' } });
    expect(s.find((x) => x.sector === 'creative')).toMatchObject({ passed: true, failure: null });
  });
});
