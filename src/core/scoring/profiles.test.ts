import { describe, expect, it } from 'vitest';
import { criterionIds } from './criteria.ts';
import { toColumns } from './columns.ts';
import { customProfile } from './customProfile.ts';
import { explainSite } from './explain.ts';
import { gateMetrics, sectorIds, sources } from './model.ts';
import type { Profile, SectorId } from './model.ts';
import { profileOf, sectorProfiles } from './profiles.ts';
import { rankPassing } from './rank.ts';
import { compileProfile, scoreColumns } from './score.ts';
import { canalBrownfield, makeSite, schoolPlot } from './test-fixtures.ts';

/** A 1,500 m² unit in a productive zone with clean air (17 µg/m³), 60 m from housing, a bus at 250 m. */
const foodUnit = makeSite('food-unit', {
  areaM2: 1500, no2UgM3: 17, distHousingM: 60, distSensitiveM: 120, distBusM: 250, distMajorRoadM: 150, distProductiveZoneM: 0,
});

const sites = [canalBrownfield, schoolPlot, foodUnit];

function rankedIds(p: Profile): string[] {
  const cols = toColumns(sites);
  return Array.from(rankPassing(cols, scoreColumns(cols, compileProfile(p)))).map((i) => cols.siteIds[i]!);
}

/** The profile with every gate removed, to compare on scores alone. */
function scoresOnly(p: Profile): Profile {
  return customProfile(p, { limits: Object.fromEntries(gateMetrics.map((g) => [g, null])) });
}

const score = (s: typeof canalBrownfield, p: Profile) => explainSite(s, p).score;

describe('sector profiles as data', () => {
  it.each(sectorIds)('%s is complete', (id) => {
    const p = sectorProfiles[id];
    expect(p.id).toBe(id);
    expect(p.baseId).toBe(id);
    for (const c of criterionIds) expect(p.weights[c]).toBeGreaterThanOrEqual(0);
    expect(Object.keys(p.weights).sort()).toEqual([...criterionIds].sort());
    for (const lang of ['en', 'fr', 'nl'] as const) {
      expect(p.label[lang].length).toBeGreaterThan(2);
      expect(p.rationale[lang].length).toBeGreaterThan(80);
    }
    for (const b of p.basis) expect(sources[b]).toBeTruthy();
    expect(p.gates.limits.distTransitM?.max).toBeGreaterThan(0);
  });

  it.each(sectorIds)('%s follows the VNG rule: schools at the guide distance, housing one step lower', (id) => {
    const steps = [0, 10, 30, 50, 100, 200, 300];
    const p = sectorProfiles[id];
    const guide = p.nuisance.guideDistanceM;
    expect(steps).toContain(guide);
    expect(p.gates.limits.distSensitiveM?.min).toBe(guide);
    const housing = steps[steps.indexOf(guide) - 1]!;
    expect(p.gates.limits.distHousingM?.min ?? 0).toBe(housing);
  });

  it.each(sectorIds)('%s considers land on offer by default: occupied and leaving land fail the status gate', (id) => {
    const p = sectorProfiles[id];
    expect(p.gates.statuses).toEqual(['available', 'estate', 'new-productive']);
    const cols = toColumns([
      makeSite('a', {}, 'available'), makeSite('e', {}, 'estate'), makeSite('n', {}, 'new-productive'),
      makeSite('o', {}, 'occupied'), makeSite('l', {}, 'leaving'),
    ]);
    const ungated = customProfile(p, { limits: Object.fromEntries(gateMetrics.map((g) => [g, null])) });
    const r = scoreColumns(cols, compileProfile(ungated));
    expect(Array.from(r.failCode)).toEqual([0, 0, 0, 1, 1]);
    expect(r.failCounts[1]).toBe(2);
  });

  it('food and health gate NO2 at the EU 2030 limit', () => {
    expect(sectorProfiles['agro-food'].gates.limits.no2UgM3?.max).toBe(20);
    expect(sectorProfiles.health.gates.limits.no2UgM3?.max).toBe(20);
  });

  it('access by the networks: the labour shed weighs for health and creative, modestly for manufacturing', () => {
    const w = (id: SectorId) => sectorProfiles[id].weights;
    expect(w('health').labourShed).toBeGreaterThanOrEqual(3);
    expect(w('creative').labourShed).toBeGreaterThanOrEqual(3);
    expect(w('manufacturing').labourShed).toBeGreaterThan(0);
    expect(w('manufacturing').labourShed).toBeLessThan(w('health').labourShed);
    expect(w('construction').labourShed).toBe(0);
    expect(w('agro-food').labourShed).toBe(0);
  });

  it('access by the networks: truck minutes carry most of the motorway weight where trucks matter; the quay serves construction', () => {
    const w = (id: SectorId) => sectorProfiles[id].weights;
    for (const id of ['construction', 'manufacturing'] as const) {
      expect(w(id).truckMotorway).toBeGreaterThan(w(id).motorway);
      expect(w(id).motorway).toBeGreaterThan(0); // the straight line stays, lighter: the route model is indicative
    }
    expect(w('agro-food').truckMotorway).toBeGreaterThan(0);
    expect(w('agro-food').truckMotorway).toBeLessThan(w('construction').truckMotorway);
    // together no more than one point above the former straight-line weights (3, 2, 2)
    expect(w('construction').motorway + w('construction').truckMotorway).toBe(4);
    expect(w('manufacturing').motorway + w('manufacturing').truckMotorway).toBe(3);
    expect(w('agro-food').motorway + w('agro-food').truckMotorway).toBe(2);
    expect(w('health').truckMotorway).toBe(0);
    expect(w('creative').truckMotorway).toBe(0);
    expect(w('construction').canalQuay).toBeGreaterThan(0);
    for (const id of ['manufacturing', 'agro-food', 'health', 'creative'] as const) expect(w(id).canalQuay).toBe(0);
  });

  it('profileOf falls back to construction', () => {
    expect(profileOf('health').id).toBe('health');
    expect(profileOf('nope').id).toBe('construction');
  });
});

describe('hand-made sites rank as a planner expects', () => {
  it('construction: the canal-side 5,000 m² brownfield beats the 200 m² plot beside a school', () => {
    const p = sectorProfiles.construction;
    expect(rankedIds(p)[0]).toBe('canal-brownfield');
    expect(rankedIds(p)).not.toContain('school-plot');
    expect(score(canalBrownfield, scoresOnly(p))).toBeGreaterThan(score(schoolPlot, scoresOnly(p)) + 0.3);
  });

  it('manufacturing: the brownfield passes, the 200 m² plot does not', () => {
    const r = rankedIds(sectorProfiles.manufacturing);
    expect(r).toContain('canal-brownfield');
    expect(r).not.toContain('school-plot');
  });

  it('creative: the reverse — the small, well-served plot beats the remote brownfield', () => {
    const p = sectorProfiles.creative;
    expect(rankedIds(p)[0]).toBe('school-plot');
    expect(rankedIds(p)).not.toContain('canal-brownfield');
    expect(score(schoolPlot, scoresOnly(p))).toBeGreaterThan(score(canalBrownfield, scoresOnly(p)) + 0.3);
  });

  it('health: the brownfield fails on NO2, the plot beside the school on the VNG 2 distance (30 m)', () => {
    const p = sectorProfiles.health;
    expect(rankedIds(p)).toEqual(['food-unit']);
    expect(explainSite(canalBrownfield, p).failures.map((f) => f.gate)).toContain('no2UgM3');
    expect(explainSite(schoolPlot, p).failures.map((f) => f.gate)).toContain('distSensitiveM');
    // On scores alone, clean air and the metro favour the central plot.
    expect(score(schoolPlot, scoresOnly(p))).toBeGreaterThan(score(canalBrownfield, scoresOnly(p)) + 0.3);
  });

  it('agro-food: only the clean-air unit away from housing passes', () => {
    expect(rankedIds(sectorProfiles['agro-food'])).toEqual(['food-unit']);
  });

  it('health and creative: of two otherwise equal sites, the one with the larger labour shed ranks first', () => {
    const near = makeSite('near', { no2UgM3: 15, employedResidents30MinTransit: 190_000 });
    const far = makeSite('far', { no2UgM3: 15, employedResidents30MinTransit: 30_000 });
    for (const id of ['health', 'creative', 'manufacturing'] as const) {
      const p = scoresOnly(sectorProfiles[id]);
      expect(score(near, p), id).toBeGreaterThan(score(far, p));
    }
    expect(score(near, scoresOnly(sectorProfiles.construction))).toBe(score(far, scoresOnly(sectorProfiles.construction)));
  });

  it('construction: the truck route and the quay by road split sites the straight lines cannot', () => {
    // same straight-line distances to the motorway and the canal, different networks
    const quick = makeSite('quick', { distMotorwayM: 2500, distCanalM: 600, truckMinToMotorway: 4, roadKmToCanalQuay: 0.9 });
    const slow = makeSite('slow', { distMotorwayM: 2500, distCanalM: 600, truckMinToMotorway: 14, roadKmToCanalQuay: 4.5 });
    const p = scoresOnly(sectorProfiles.construction);
    expect(score(quick, p)).toBeGreaterThan(score(slow, p) + 0.1);
    expect(score(quick, scoresOnly(sectorProfiles.manufacturing))).toBeGreaterThan(score(slow, scoresOnly(sectorProfiles.manufacturing)));
    expect(score(quick, scoresOnly(sectorProfiles.creative))).toBe(score(slow, scoresOnly(sectorProfiles.creative)));
  });

  it('each sector puts its obvious site first among all three on scores alone', () => {
    const top = (id: SectorId) => {
      const p = scoresOnly(sectorProfiles[id]);
      return [...sites].sort((a, b) => score(b, p) - score(a, p))[0]!.siteId;
    };
    expect(top('construction')).toBe('canal-brownfield');
    expect(top('creative')).toBe('school-plot');
    expect(top('health')).toBe('school-plot');
  });
});
