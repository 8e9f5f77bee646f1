import { describe, expect, it } from 'vitest';
import { labourShed, reachedSectors, wholeMinutes } from './labourShed.ts';

describe('reachedSectors', () => {
  it('keeps sectors within the horizon in whole minutes, by minutes then index', () => {
    expect(reachedSectors([12.4, Infinity, 7.6, 45.4, 45.6, 8.2], 45)).toEqual([
      [2, 8],
      [5, 8],
      [0, 12],
      [3, 45],
    ]);
    expect(reachedSectors(new Float64Array(0), 45)).toEqual([]);
    expect(wholeMinutes(19.5)).toBe(20);
  });
});

describe('labourShed', () => {
  const sectors = [
    { residents: 1000, employedResidents: 400 },
    { residents: 2000, employedResidents: 900 },
    { residents: null, employedResidents: null },
    { residents: 500, employedResidents: 0 },
  ];

  it('adds the people of the sectors reached within 20, 30 and 45 minutes (bands include their bound)', () => {
    const shed = labourShed(
      [
        [0, 5],
        [1, 20],
        [2, 25],
        [3, 45],
      ],
      sectors,
    );
    expect(shed.metrics).toEqual({
      residents20MinTransit: 3000,
      residents30MinTransit: 3000,
      residents45MinTransit: 3500,
      employedResidents20MinTransit: 1300,
      employedResidents30MinTransit: 1300,
      employedResidents45MinTransit: 1300,
    });
    // the sector without a census row is reached within 30 and 45 minutes: counted, not read as zero people
    expect(shed.sectorsWithoutCensus).toEqual([0, 1, 1]);
  });

  it('gives zeros when nothing is reached', () => {
    const shed = labourShed([], sectors);
    expect(Object.values(shed.metrics)).toEqual([0, 0, 0, 0, 0, 0]);
    expect(shed.sectorsWithoutCensus).toEqual([0, 0, 0]);
  });
});
