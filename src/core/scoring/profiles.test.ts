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
