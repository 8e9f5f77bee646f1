import { describe, expect, it } from 'vitest';
import { CsvError, detectDelimiter, parseCsvPoints, parseDecimal } from './csv.ts';

describe('parseDecimal', () => {
  it('reads points, decimal commas, grouped thousands and exponents', () => {
    expect(parseDecimal('50.85')).toBe(50.85);
    expect(parseDecimal(' 50,85 ')).toBe(50.85);
    expect(parseDecimal('-4')).toBe(-4);
    expect(parseDecimal('150 000,5')).toBe(150000.5);
    expect(parseDecimal('150.000,5')).toBe(150000.5);
    expect(parseDecimal('150,000.5')).toBe(150000.5);
    expect(parseDecimal('1.5e5')).toBe(150000);
    expect(parseDecimal(12)).toBe(12);
  });
  it('is null for what is not a number', () => {
    for (const v of ['', 'abc', '4,3,5', '1..2', '--1', null, undefined, NaN, '0x10']) expect(parseDecimal(v)).toBeNull();
  });
});

describe('detectDelimiter', () => {
  it('takes the header’s most frequent separator outside quotes', () => {
    expect(detectDelimiter('lon;lat;name')).toBe(';');
    expect(detectDelimiter('lon,lat,name')).toBe(',');
    expect(detectDelimiter('lon\tlat\tname')).toBe('\t');
    expect(detectDelimiter('"a,b";lat;lon')).toBe(';');
    expect(detectDelimiter('name')).toBe(',');
  });
});

describe('parseCsvPoints', () => {
  it('reads ; with decimal commas, quoted fields and a BOM', () => {
    const csv = '\uFEFFNom;Longitude;Latitude;Surface\r\n"Quai; du Commerce";4,3479;50,8508;"1 250,5"\r\nTour;4,35;50,86;\r\n';
    const r = parseCsvPoints(csv);
    expect(r.delimiter).toBe(';');
    expect(r.axes).toBe('lonlat');
    expect([r.xColumn, r.yColumn]).toEqual(['Longitude', 'Latitude']);
    expect(r.columns).toEqual(['Nom', 'Longitude', 'Latitude', 'Surface']);
    expect(r.features[0]).toEqual({ type: 'Feature', geometry: { type: 'Point', coordinates: [4.3479, 50.8508] }, properties: { Nom: 'Quai; du Commerce', Surface: '1 250,5' } });
    expect(r.featureNumbers).toEqual([2, 3]);
    expect(r.refused).toEqual([]);
  });
  it('reads , with quoted decimal commas and lng/lat in any case', () => {
    const r = parseCsvPoints('LNG,LAT,name\n4.3479,50.8508,a\n"4,35","50,86",b\n');
    expect(r.delimiter).toBe(',');
    expect(r.features.map((f) => f.geometry.coordinates)).toEqual([[4.3479, 50.8508], [4.35, 50.86]]);
  });
  it('reads x/y in metres', () => {
    const r = parseCsvPoints('id;X;Y\n1;148531,59;171155,84\n');
    expect(r.axes).toBe('xy');
    expect(r.features[0]!.geometry.coordinates).toEqual([148531.59, 171155.84]);
    expect(r.features[0]!.properties).toEqual({ id: '1' });
  });
  it('refuses rows without usable coordinates, naming their line (a multi-line field and blank lines counted)', () => {
    const csv = 'name,lon,lat\n"two\nlines",4.35,50.85\n\nbad,abc,50.8\nmissing,4.3\n';
    const r = parseCsvPoints(csv);
    expect(r.featureNumbers).toEqual([2]);
    expect(r.refused).toEqual([
      { featureNumber: 5, reason: 'bad-coordinates', detail: 'line 5: lon "abc" is not a number' },
      { featureNumber: 6, reason: 'bad-coordinates', detail: 'line 6: lat is missing' },
    ]);
    expect(r.rows).toBe(3);
  });
  it('keeps names with markup and formulas as text', () => {
    const r = parseCsvPoints('name;lon;lat\n<img src=x onerror=alert(1)>;4,35;50,85\n=SUM(A1:A2);4,35;50,85\n');
    expect(r.features.map((f) => f.properties['name'])).toEqual(['<img src=x onerror=alert(1)>', '=SUM(A1:A2)']);
  });
  it('makes repeated and blank header names unique', () => {
    expect(parseCsvPoints('lon,lat,a,A,\n4,50,1,2,3\n').columns).toEqual(['lon', 'lat', 'a', 'A_2', 'column_5']);
  });
  it('throws CsvError for an empty file, a header alone, no coordinate columns and a broken quote (with its line)', () => {
    expect(() => parseCsvPoints('  \n')).toThrow(expect.objectContaining({ kind: 'empty' }));
    expect(() => parseCsvPoints('lon;lat\n')).toThrow(expect.objectContaining({ kind: 'empty' }));
    expect(() => parseCsvPoints('name;city\na;b\n')).toThrow(expect.objectContaining({ kind: 'no-coordinate-columns', message: expect.stringMatching(/found "name", "city"/) }));
    let err: unknown;
    try {
      parseCsvPoints('lon,lat,name\n4.3,50.8,ok\n4.3,50.8,"open\n');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CsvError);
    expect(err).toMatchObject({ kind: 'unreadable', line: 3 });
    expect((err as Error).message).toMatch(/^line 3: /);
  });
});
