import { describe, expect, it } from 'vitest';
import { declutter, type ScreenBox } from './declutter.ts';

const box = (x: number, y: number, w = 40, h = 12): ScreenBox => [x, y, x + w, y + h];

describe('declutter', () => {
  it('keeps labels that do not touch', () => {
    expect(declutter([box(0, 0), box(50, 0), box(0, 20)], [0, 1, 2])).toEqual([true, true, true]);
  });

  it('drops the later of two overlapping labels, in priority order', () => {
    expect(declutter([box(0, 0), box(30, 5)], [0, 1])).toEqual([true, false]);
    expect(declutter([box(0, 0), box(30, 5)], [1, 0])).toEqual([false, true]);
  });

  it('keeps a label that only overlapped a label already dropped', () => {
    // a overlaps b, b overlaps c, a and c are apart: a (first) wins, b goes, c stays
    expect(declutter([box(0, 0), box(35, 0), box(70, 0)], [0, 1, 2])).toEqual([true, false, true]);
  });

  it('keeps a margin between labels', () => {
    expect(declutter([box(0, 0), box(42, 0)], [0, 1], 0)).toEqual([true, true]);
    expect(declutter([box(0, 0), box(42, 0)], [0, 1], 3)).toEqual([true, false]);
  });

  it('shows nothing it was not asked to place', () => {
    expect(declutter([box(0, 0), box(100, 0)], [1])).toEqual([false, true]);
  });
});
