import { describe, expect, it } from 'vitest';
import { choroplethRamps } from '../colour/palette.ts';
import { classesOf, classIndex, colourOf } from './breaks.ts';
import type { PlannerArea } from './types.ts';

/** An area whose productive hectares are `ha` (the other fields do not matter here). */
const area = (code: string, ha: number): PlannerArea => ({ code, productiveTotalHa: ha }) as PlannerArea;

describe('choropleth classes', () => {
  it('splits evenly spread values into five classes of about equal counts', () => {
    const areas = Array.from({ length: 20 }, (_, i) => area(String(i), i + 1));
    const c = classesOf('productiveHa', areas);
    expect(c.breaks).toEqual([5, 9, 13, 17]);
    expect(c.colours).toEqual(choroplethRamps.more);
    const counts = [0, 0, 0, 0, 0];
    for (const a of areas) counts[classIndex(a.productiveTotalHa, c)]!++;
    expect(counts).toEqual([4, 4, 4, 4, 4]);
    expect([c.min, c.max]).toEqual([1, 20]);
  });

  it('gives the minimum its own class when most areas share it (most sectors lost no land), so the rest still spread', () => {
    const areas = [...Array.from({ length: 80 }, (_, i) => area(`z${i}`, 0)), ...Array.from({ length: 20 }, (_, i) => area(`p${i}`, i + 1))];
    const c = classesOf('productiveHa', areas);
    expect(c.breaks[0]).toBe(1);
    expect(c.breaks.length).toBe(4);
    expect(classIndex(0, c)).toBe(0);
    expect(classIndex(20, c)).toBe(4);
    expect(new Set(areas.filter((a) => a.productiveTotalHa > 0).map((a) => classIndex(a.productiveTotalHa, c))).size).toBe(4);
  });

  it('one class when all values are equal; areas without a value get the no-data colour', () => {
    const c = classesOf('productiveHa', [area('a', 3), area('b', 3)]);
    expect(c.breaks).toEqual([]);
    expect(c.colours).toHaveLength(1);
    expect(classIndex(null, c)).toBe(-1);
    expect(colourOf({ ...area('x', 0), productiveNearMetroTramShare: null }, { ...classesOf('nearMetroTramShare', []), indicator: 'nearMetroTramShare' })).toBe(choroplethRamps.noData);
  });

  it('uses the "worse" ramp for losses and NO2', () => {
    expect(classesOf('lostHa', []).colours[0]).toBe(choroplethRamps.worse[0]);
  });
});
