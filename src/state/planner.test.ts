import { describe, expect, it } from 'vitest';
import { decodePlannerHash, encodePlannerHash, initialPlanner, updatePlanner } from './planner.ts';

describe('planner slice', () => {
  it('opens, picks an indicator (the table sorts by it, largest first) and selects a municipality', () => {
    let s = updatePlanner(initialPlanner, { type: 'open', on: true });
    s = updatePlanner(s, { type: 'indicator', id: 'lostHa' });
    expect(s.sort).toEqual({ by: 'lostHa', desc: true });
    s = updatePlanner(s, { type: 'select', nis: '21004' });
    expect(s).toMatchObject({ on: true, indicator: 'lostHa', nis: '21004' });
  });

  it('returns the same object when nothing changes', () => {
    expect(updatePlanner(initialPlanner, { type: 'open', on: false })).toBe(initialPlanner);
    expect(updatePlanner(initialPlanner, { type: 'select', nis: null })).toBe(initialPlanner);
    expect(updatePlanner(initialPlanner, { type: 'sort', sort: { ...initialPlanner.sort } })).toBe(initialPlanner);
  });

  it('keeps a sort the user chose when the indicator does not change', () => {
    const s = updatePlanner(initialPlanner, { type: 'sort', sort: { by: 'name', desc: false } });
    expect(updatePlanner(s, { type: 'indicator', id: initialPlanner.indicator })).toBe(s);
  });
});

describe('planner= in the URL', () => {
  it('round-trips mode, indicator and municipality; a closed view writes nothing', () => {
    const s = { ...initialPlanner, on: true, indicator: 'netHa' as const, nis: '21012' };
    expect(encodePlannerHash(s)).toBe('netHa/21012');
    expect(decodePlannerHash('netHa/21012')).toEqual({ slice: { ...s, sort: { by: 'netHa', desc: true } }, bad: [] });
    expect(encodePlannerHash(initialPlanner)).toBeUndefined();
  });

  it('falls back part by part and names what it ignored', () => {
    expect(decodePlannerHash('nonsense/21001')).toMatchObject({ slice: { on: true, indicator: 'productiveHa', nis: '21001' }, bad: ['nonsense'] });
    expect(decodePlannerHash('lostHa/<b>')).toMatchObject({ slice: { indicator: 'lostHa', nis: null }, bad: ['<b>'] });
    expect(decodePlannerHash('')).toMatchObject({ slice: { on: true, indicator: 'productiveHa', nis: null }, bad: [] });
  });
});
