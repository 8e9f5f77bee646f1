import { describe, expect, it } from 'vitest';
import { metricKeys } from '../types';
import { bestIndexes, compareRows, type CompareGatesRow, type CompareTextRow, type CompareValueRow } from './compare';
import { metricTable } from './metricTable';
import { scoreLookup } from './scores';
import { fixtureSite } from './testSites';

describe('bestIndexes', () => {
  it('marks the lowest or highest value', () => {
    expect(bestIndexes([300, 100, 200], 'lower')).toEqual([1]);
    expect(bestIndexes([300, 100, 200], 'higher')).toEqual([0]);
  });

  it('lets ties share the mark', () => {
    expect(bestIndexes([100, 300, 100], 'lower')).toEqual([0, 2]);
  });

  it('marks nothing when all equal, fewer than two known, or neutral', () => {
    expect(bestIndexes([5, 5, 5], 'lower')).toEqual([]);
    expect(bestIndexes([5, null, null], 'lower')).toEqual([]);
    expect(bestIndexes([1, 2], 'neutral')).toEqual([]);
    expect(bestIndexes([], 'higher')).toEqual([]);
  });

  it('ignores unknown values', () => {
    expect(bestIndexes([null, 4, Number.NaN, 2], 'higher')).toEqual([1]);
  });
});

describe('metricTable', () => {
  it('states a direction and unit for every metric', () => {
    for (const key of metricKeys) {
      expect(['lower', 'higher', 'neutral']).toContain(metricTable[key].better);
      expect(metricTable[key].unit).not.toBe('');
    }
    expect(metricTable.distMetroM.better).toBe('lower');
    expect(metricTable.distHousingM.better).toBe('higher');
    expect(metricTable.no2UgM3.better).toBe('lower');
  });
});

describe('compareRows', () => {
  const sites = [
    fixtureSite('a', { distMetroM: 500, distHousingM: 20, areaM2: 1000 }),
    fixtureSite('b', { distMetroM: 150, distHousingM: 80, areaM2: 1000 }),
    fixtureSite('c', { distMetroM: 900, distHousingM: 80, areaM2: 1000 }),
  ];
  const minArea = { gate: 'areaM2', bound: 'min', limit: 1000 } as const;
  const lookup = scoreLookup([
    {
      siteId: 'a',
      current: { sectorId: 'logistics', score: 60, failedGates: [], failures: [] },
      bySector: { logistics: 60, construction: null },
      failuresBySector: { logistics: [], construction: [minArea] },
    },
    {
      siteId: 'b',
      current: { sectorId: 'logistics', score: null, failedGates: ['area_m2 min 1000'], failures: [minArea] },
      bySector: { logistics: null, construction: 90 },
      failuresBySector: { logistics: [minArea], construction: [] },
    },
  ]);
  const rows = compareRows(sites, lookup);
  const row = (key: string) => rows.find((r) => r.key === key) as CompareValueRow;

  it('lists status, address, 2013 land use, current score, gates, each sector, then every metric', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'status',
      'address',
      'landuse2013',
      'score:current',
      'gates:current',
      'score:logistics',
      'score:construction',
      ...metricKeys,
    ]);
  });

  it('marks the best metric value by its direction', () => {
    expect(row('distMetroM').values).toEqual([500, 150, 900]);
    expect(row('distMetroM').unit).toBe('m');
    expect(row('distMetroM').bestIndex).toEqual([1]);
    expect(row('distHousingM').bestIndex).toEqual([1, 2]);
    expect(row('areaM2').bestIndex).toEqual([]);
  });

  it('gives scores for each sector and the current one, null where unscored', () => {
    expect(row('score:current')).toMatchObject({ sectorId: 'logistics', values: [60, null, null], bestIndex: [] });
    expect(row('score:construction')).toMatchObject({ values: [null, 90, null], bestIndex: [], unit: '0–100' });
  });

  it('says which gates of a sector each site fails, so a failing site shows no score but the reason', () => {
    expect(row('score:construction').failures).toEqual([[minArea], [], null]);
    expect(row('score:current').failures).toEqual([[], [minArea], null]);
  });

  it('lists the failed gates per site as data (the view words them)', () => {
    const gates = rows.find((r) => r.kind === 'gates') as CompareGatesRow;
    expect(gates.sectorId).toBe('logistics');
    expect(gates.values).toEqual([[], [minArea], null]);
    expect(gates.bestIndex).toEqual([0]);
  });

  it('uses the given sector order', () => {
    const keys = compareRows(sites, lookup, { sectorIds: ['construction'] }).map((r) => r.key);
    expect(keys.filter((k) => k.startsWith('score:'))).toEqual(['score:current', 'score:construction']);
  });

  it('compares the access figures: the larger labour shed and the quicker truck route are best; a user site without them is never best', () => {
    const nan = Number.NaN;
    const access = compareRows(
      [
        fixtureSite('p', { employedResidents30MinTransit: 150_000, truckMinToMotorway: 9, roadKmToCanalQuay: 0.5 }),
        fixtureSite('q', { employedResidents30MinTransit: 60_000, truckMinToMotorway: 4, roadKmToCanalQuay: 2.5 }),
        fixtureSite('u', { status: 'user', employedResidents30MinTransit: nan, truckMinToMotorway: nan, roadKmToCanalQuay: nan }),
      ],
      () => undefined,
    );
    const r = (key: string) => access.find((x) => x.key === key) as CompareValueRow;
    expect(r('employedResidents30MinTransit')).toMatchObject({ values: [150_000, 60_000, null], bestIndex: [0], unit: 'residents', better: 'higher' });
    expect(r('truckMinToMotorway')).toMatchObject({ values: [9, 4, null], bestIndex: [1], unit: 'min', better: 'lower' });
    expect(r('roadKmToCanalQuay')).toMatchObject({ values: [0.5, 2.5, null], bestIndex: [0], unit: 'km' });
  });

  it('copes with no scores at all', () => {
    const bare = compareRows(sites.slice(0, 2), () => undefined);
    expect(bare[3]).toMatchObject({ key: 'score:current', sectorId: '', values: [null, null] });
    expect(bare).toHaveLength(5 + metricKeys.length);
  });
});

describe('compare text rows', () => {
  const text = (key: string, sites: Parameters<typeof compareRows>[0]) =>
    compareRows(sites, () => undefined).find((r) => r.key === key) as CompareTextRow;

  it('names the status in each language, marking weak evidence, and marks no best', () => {
    const row = text('status', [fixtureSite('a', { statusUncertain: false }), fixtureSite('b', { status: 'leaving', statusUncertain: true })]);
    expect(row.kind).toBe('text');
    expect(row.values[0]).toEqual({ en: 'Available', fr: 'Disponible', nl: 'Beschikbaar' });
    expect(row.values[1]!.en).toBe('Leaving production (uncertain)');
    expect(row.values[1]!.nl).toBe('Verlaat productie (onzeker)');
    expect(row.bestIndex).toEqual([]);
  });

  it('writes the address with the FR or NL street and municipality, falling back across languages', () => {
    const row = text('address', [
      fixtureSite('a'),
      fixtureSite('b', { streetFr: '', streetNl: 'Werfstraat', houseNumber: '' }),
      fixtureSite('c', { streetFr: '', streetNl: '', houseNumber: '7' }),
    ]);
    expect(row.values[0]).toEqual({ en: 'Quai de l’Industrie 12, Anderlecht', fr: 'Quai de l’Industrie 12, Anderlecht', nl: 'Nijverheidskaai 12, Anderlecht' });
    expect(row.values[1]!.fr).toBe('Werfstraat, Anderlecht');
    expect(row.values[2]!.nl).toBe('Anderlecht');
  });

  it('gives the 2013 land use as the OSM tag with its share, or empty when none was mapped', () => {
    const row = text('landuse2013', [fixtureSite('a'), fixtureSite('b', { landuse2013: '', landuse2013Share: 0 })]);
    expect(row.values[0]!.en).toBe('landuse=industrial (85 %)');
    expect(row.values[1]!.fr).toBe('');
  });
});

describe('compare with the user’s own sites', () => {
  const drawn = fixtureSite('user-d', { status: 'user', landuse: '', statusUncertain: false, userOrigin: JSON.stringify({ kind: 'drawn' }) });
  const imported = fixtureSite('user-i', {
    status: 'user',
    landuse: '',
    userOrigin: JSON.stringify({ kind: 'import', file: 'percelen.csv', format: 'csv', featureNumber: 12, crs: 'EPSG:31370', crsFrom: 'user' }),
  });

  it('names a user site "Added site" (never uncertain) and adds an origin row after the status', () => {
    const rows = compareRows([fixtureSite('a'), drawn, imported], () => undefined);
    expect(rows.slice(0, 4).map((r) => r.key)).toEqual(['status', 'origin', 'address', 'landuse2013']);
    const status = rows[0] as CompareTextRow;
    expect(status.values[1]).toEqual({ en: 'Added site', fr: 'Site ajouté', nl: 'Toegevoegde site' });
    const origin = rows[1] as CompareTextRow;
    expect(origin.values.map((v) => v.en)).toEqual([
      'OpenStreetMap',
      'drawn on the map',
      'imported from percelen.csv, row 12, Lambert 72 (EPSG:31370, chosen by the user)',
    ]);
    expect(origin.values[2]!.nl).toBe('geïmporteerd uit percelen.csv, rij 12, Lambert 72 (EPSG:31370, gekozen door de gebruiker)');
    expect(origin.bestIndex).toEqual([]);
  });

  it('has no origin row when only shipped sites are compared, and an empty cell for an unreadable origin', () => {
    expect(compareRows([fixtureSite('a'), fixtureSite('b')], () => undefined).some((r) => r.key === 'origin')).toBe(false);
    const broken = fixtureSite('user-x', { status: 'user', userOrigin: '{not json' });
    const row = compareRows([fixtureSite('a'), broken], () => undefined).find((r) => r.key === 'origin') as CompareTextRow;
    expect(row.values[1]).toEqual({ en: '', fr: '', nl: '' });
  });

  it('leaves an unknown area out of the best mark', () => {
    const point = fixtureSite('user-p', { status: 'user', areaM2: Number.NaN });
    const area = compareRows([fixtureSite('a', { areaM2: 500 }), point, fixtureSite('b', { areaM2: 900 })], () => undefined).find((r) => r.key === 'areaM2') as CompareValueRow;
    expect(area.values).toEqual([500, null, 900]);
    expect(area.bestIndex).toEqual([2]);
  });
});
