import { describe, expect, it } from 'vitest';
import { joinCensus, nisOfSector } from './census.ts';

describe('joinCensus', () => {
  const sectors = ['21001A00-', '21001A01-', '21002B00-'];
  const residents = [
    { code: '21001A00-', count: 100 },
    { code: '21001A00-', count: 50 },
    { code: '21001A01-', count: 30 },
    { code: '21001ZZZZ', count: 7 },
    { code: '21099A00-', count: 2 },
  ];
  // One entry per row of the activity table: rows of other statuses count 0.
  const employed = [
    { code: '21001A00-', count: 60 },
    { code: '21001A00-', count: 0 },
    { code: '21001A01-', count: 0 },
    { code: '21001ZZZZ', count: 3 },
  ];
  const j = joinCensus(sectors, residents, employed);

  it('sums the rows of each sector polygon', () => {
    expect(j.bySector.get('21001A00-')).toEqual({ residents: 150, employedResidents: 60 });
    // Rows in the activity table but nobody employed: 0, not unknown.
    expect(j.bySector.get('21001A01-')).toEqual({ residents: 30, employedResidents: 0 });
  });

  it('gives a polygon without any row null (unknown), and lists it', () => {
    expect(j.bySector.get('21002B00-')).toEqual({ residents: null, employedResidents: null });
    expect(j.report.sectorsWithoutRows).toEqual(['21002B00-']);
  });

  it('keeps a ZZZZ row without polygon for its municipality and lists it', () => {
    expect(j.report.rowsWithoutSector).toEqual([
      { code: '21001ZZZZ', residents: 7, employedResidents: 3 },
      { code: '21099A00-', residents: 2, employedResidents: 0 },
    ]);
    expect(j.withoutSectorByNis.get('21001')).toEqual({ residents: 7, employedResidents: 3 });
    expect(j.withoutSectorByNis.get('21099')).toEqual({ residents: 2, employedResidents: 0 });
  });

  it('totals everything read, with or without a polygon', () => {
    expect(j.totals).toEqual({ residents: 189, employedResidents: 63 });
    expect(nisOfSector('21004ZZZZ')).toBe('21004');
  });
});
