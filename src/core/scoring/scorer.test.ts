import { describe, expect, it } from 'vitest';
import { siteStatuses } from '../types.ts';
import { toColumns } from './columns.ts';
import { customProfile } from './customProfile.ts';
import type { Profile } from './model.ts';
import { sectorProfiles } from './profiles.ts';
import { compileProfile, scoreColumns } from './score.ts';
import { createScorer } from './scorer.ts';
import { canalBrownfield, makeSite, schoolPlot } from './test-fixtures.ts';

const sites = [
  canalBrownfield,
  schoolPlot,
  ...Array.from({ length: 60 }, (_, i) =>
    makeSite(`s${i}`, { areaM2: 100 + i * 97, distMetroM: (i * 173) % 2000, distCanalM: (i * 311) % 3000, no2UgM3: 12 + (i % 25), distHousingM: (i * 13) % 200 }, siteStatuses[i % siteStatuses.length]),
  ),
];
const cols = toColumns(sites);

function expectSame(p: Profile, got: ReturnType<ReturnType<typeof createScorer>['run']>) {
  const want = scoreColumns(cols, compileProfile(p));
  expect(got.passCount).toBe(want.passCount);
  expect(Array.from(got.failCode)).toEqual(Array.from(want.failCode));
  expect(Array.from(got.failCounts)).toEqual(Array.from(want.failCounts));
  got.scores.forEach((s, i) => expect(s).toBeCloseTo(want.scores[i]!, 6));
}

describe('createScorer', () => {
  it('gives the same results as a fresh scoring through slider moves, gate edits and sector switches', () => {
    const scorer = createScorer(cols);
    let p: Profile = sectorProfiles.construction;
    expectSame(p, scorer.run(p));
    p = customProfile(p, { weights: { canal: 1 } });
    expectSame(p, scorer.run(p));
    p = customProfile(p, { weights: { metro: 0, villo: 2.5 } });
    expectSame(p, scorer.run(p));
    p = customProfile(p, { limits: { areaM2: { min: 2000, max: 4000 } }, statuses: ['available'] });
    expectSame(p, scorer.run(p));
    p = customProfile(p, { statuses: [...siteStatuses] }); // the status gate alone changes
    expectSame(p, scorer.run(p));
    p = sectorProfiles.creative;
    expectSame(p, scorer.run(p));
    p = customProfile(p, { weights: Object.fromEntries(Object.keys(p.weights).map((k) => [k, 0])) });
    expectSame(p, scorer.run(p));
    p = sectorProfiles.health;
    expectSame(p, scorer.run(p));
    expectSame(p, scorer.run(p));
  });

  it('reuses its arrays between runs', () => {
    const scorer = createScorer(cols);
    const a = scorer.run(sectorProfiles.health);
    const b = scorer.run(sectorProfiles.manufacturing);
    expect(b).not.toBe(a);
    expect(b.scores).toBe(a.scores);
  });
});
