import { describe, expect, it } from 'vitest';
import { criteria, criterionIds } from './criteria.ts';
import { curveColumn, describeCurve, evalCurve } from './curves.ts';
import type { Curve } from './curves.ts';
import { gateUnit } from './model.ts';
import { sectorProfiles } from './profiles.ts';
import { metricKeys } from '../types.ts';

const allCurves: [string, Curve][] = [
  ...criterionIds.map((id): [string, Curve] => [`criterion ${id}`, criteria[id].curve]),
  ...Object.values(sectorProfiles).flatMap((p) =>
    Object.entries(p.curves).map(([id, c]): [string, Curve] => [`${p.id} ${id}`, c as Curve]),
  ),
];

describe('every curve at its thresholds and between', () => {
  it.each(allCurves)('%s', (_name, c) => {
    if (c.kind === 'lower') {
      expect(evalCurve(c, c.fullAt)).toBe(1);
      expect(evalCurve(c, c.fullAt - 1)).toBe(1);
      expect(evalCurve(c, c.zeroAt)).toBe(0);
      expect(evalCurve(c, c.zeroAt + 1)).toBe(0);
      expect(evalCurve(c, (c.fullAt + c.zeroAt) / 2)).toBeCloseTo(0.5, 12);
      expect(evalCurve(c, c.fullAt + (c.zeroAt - c.fullAt) / 4)).toBeCloseTo(0.75, 12);
    } else if (c.kind === 'higher') {
      expect(evalCurve(c, c.zeroAt)).toBe(0);
      expect(evalCurve(c, c.zeroAt - 1)).toBe(0);
      expect(evalCurve(c, c.fullAt)).toBe(1);
      expect(evalCurve(c, c.fullAt + 1)).toBe(1);
      expect(evalCurve(c, (c.zeroAt + c.fullAt) / 2)).toBeCloseTo(0.5, 12);
    } else {
      expect(evalCurve(c, c.zeroBelow)).toBe(0);
      expect(evalCurve(c, c.zeroBelow - 1)).toBe(0);
      expect(evalCurve(c, c.fullFrom)).toBe(1);
      expect(evalCurve(c, (c.zeroBelow + c.fullFrom) / 2)).toBeCloseTo(0.5, 12);
      if (Number.isFinite(c.fullTo)) {
        expect(evalCurve(c, c.fullTo)).toBe(1);
        expect(evalCurve(c, (c.fullFrom + c.fullTo) / 2)).toBe(1);
        expect(evalCurve(c, c.zeroAbove)).toBe(0);
        expect(evalCurve(c, (c.fullTo + c.zeroAbove) / 2)).toBeCloseTo(0.5, 12);
      } else {
        expect(evalCurve(c, 1e9)).toBe(1);
      }
    }
  });
});

describe('evalCurve', () => {
  it('metro: ≤ 400 m → 1, ≥ 1,500 m → 0, linear between', () => {
    const c = criteria.metro.curve;
    expect(evalCurve(c, 0)).toBe(1);
    expect(evalCurve(c, 400)).toBe(1);
    expect(evalCurve(c, 950)).toBeCloseTo(0.5, 12);
    expect(evalCurve(c, 1500)).toBe(0);
  });

  it('NO2: WHO 10 → 1, EU 2030 limit 20 → 2/3, EU limit 40 → 0', () => {
    const c = criteria.no2.curve;
    expect(evalCurve(c, 10)).toBe(1);
    expect(evalCurve(c, 20)).toBeCloseTo(2 / 3, 12);
    expect(evalCurve(c, 40)).toBe(0);
  });

  it('labour shed: 20,000 employed residents within 30 min → 0, 110,000 → 0.5, 200,000 → 1', () => {
    const c = criteria.labourShed.curve;
    expect(criteria.labourShed.metric).toBe('employedResidents30MinTransit');
    expect(evalCurve(c, 20_000)).toBe(0);
    expect(evalCurve(c, 110_000)).toBeCloseTo(0.5, 12);
    expect(evalCurve(c, 200_000)).toBe(1);
    expect(evalCurve(c, 463_000)).toBe(1);
  });

  it('truck to the motorway: ≤ 2 min → 1, 7 min → 0.5, ≥ 12 min → 0; canal quay by road: ≤ 1 km → 1, ≥ 5 km → 0', () => {
    expect(evalCurve(criteria.truckMotorway.curve, 2)).toBe(1);
    expect(evalCurve(criteria.truckMotorway.curve, 7)).toBeCloseTo(0.5, 12);
    expect(evalCurve(criteria.truckMotorway.curve, 12)).toBe(0);
    expect(evalCurve(criteria.canalQuay.curve, 1)).toBe(1);
    expect(evalCurve(criteria.canalQuay.curve, 3)).toBeCloseTo(0.5, 12);
    expect(evalCurve(criteria.canalQuay.curve, 5)).toBe(0);
  });

  it('every criterion reads a site metric, in the unit its name carries', () => {
    for (const id of criterionIds) {
      const c = criteria[id];
      expect(metricKeys, id).toContain(c.metric);
      expect(c.unit, id).toBe(gateUnit(c.metric));
    }
  });

  it('unknown (NaN) scores 0, infinite distances behave as very far', () => {
    for (const id of criterionIds) expect(evalCurve(criteria[id].curve, NaN)).toBe(0);
    expect(evalCurve(criteria.canal.curve, Infinity)).toBe(0);
    expect(evalCurve(criteria.housing.curve, Infinity)).toBe(1);
  });

  it('degenerate ramps are steps at the threshold', () => {
    const lower: Curve = { kind: 'lower', fullAt: 100, zeroAt: 100 };
    expect(evalCurve(lower, 100)).toBe(1);
    expect(evalCurve(lower, 100.1)).toBe(0);
    const higher: Curve = { kind: 'higher', zeroAt: 5, fullAt: 5 };
    expect(evalCurve(higher, 4.9)).toBe(0);
    expect(evalCurve(higher, 5)).toBe(1);
  });

  it('the column form gives the same bits', () => {
    const values = Float64Array.from([0, 5, 10, 123.4, 400, 700, 950, 1500, 3000, 12345, NaN, Infinity]);
    const steps: Curve[] = [{ kind: 'lower', fullAt: 400, zeroAt: 400 }, { kind: 'higher', zeroAt: 5, fullAt: 5 }];
    for (const c of [...allCurves.map(([, c]) => c), ...steps]) {
      const out = new Float64Array(values.length);
      curveColumn(c, values, out);
      values.forEach((v, i) => expect(out[i]).toBe(evalCurve(c, v)));
    }
  });
});

describe('describeCurve', () => {
  it('prints thresholds with units', () => {
    expect(describeCurve(criteria.metro.curve, 'm')).toBe('≤ 400 m → 1 · ≥ 1500 m → 0');
    expect(describeCurve(criteria.lines.curve, '')).toBe('≤ 0 → 0 · ≥ 6 → 1');
    expect(describeCurve(sectorProfiles.creative.curves.area!, 'm²')).toBe('≤ 150 m² → 0 · 300–1500 m² → 1 · ≥ 10000 m² → 0');
    expect(describeCurve(sectorProfiles.construction.curves.area!, 'm²')).toBe('≤ 500 m² → 0 · ≥ 2500 m² → 1');
  });
});
