import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { accessMetricKeys } from '../access/types';
import { metricKeys } from '../types';
import { utf8Bom } from './csv';
import { metricTable } from './metricTable';
import { scoreLookup, type SiteScores } from './scores';
import {
  decodeUserAttributes,
  decodeUserOrigin,
  exportFileName,
  exportMimeType,
  roundGeometry,
  scoreColumnName,
  siteColumns,
  siteOriginText,
  sitesToCsv,
  sitesToGeoJson,
  slugify,
  userAttributeNames,
  userOriginText,
} from './sites';
import { fixtureFeature, fixtureSite } from './testSites';

const minArea = { gate: 'areaM2', bound: 'min', limit: 150 } as const;
const housing = { gate: 'distHousingM', bound: 'min', limit: 30 } as const;
const scores: SiteScores[] = [
  {
    siteId: 'a',
    current: { sectorId: 'agro-food', score: 72.5, failedGates: [], failures: [] },
    bySector: { 'agro-food': 72.5, construction: 40, logistics: null },
    failuresBySector: { 'agro-food': [], construction: [] },
  },
  {
    siteId: 'b',
    current: { sectorId: 'agro-food', score: null, failedGates: ['min-area', 'dist-housing'], failures: [minArea, housing] },
    bySector: { 'agro-food': null, construction: 55.25, logistics: 10 },
    failuresBySector: { 'agro-food': [minArea, housing], construction: [], logistics: [] },
  },
];
const lookup = scoreLookup(scores);

function parse(csv: string, delimiter: string) {
  expect(csv.startsWith(utf8Bom)).toBe(true);
  const result = Papa.parse<string[]>(csv.slice(1), { delimiter, newline: '\r\n', skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result.data;
}

describe('siteColumns', () => {
  it('has unique names, every metric once, with its unit in the name', () => {
    const cols = siteColumns(['agro-food', 'construction']);
    const names = cols.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const key of metricKeys) expect(names).toContain(metricTable[key].column);
    expect(names).toContain('area_m2');
    expect(names).toContain('dist_metro_m');
    expect(names).toContain('no2_ug_m3');
    expect(names).toContain('score_agro_food_0_100');
    expect(names).toContain('score_construction_0_100');
  });

  it('carries status, evidence, address and 2013 land use, and no longer the kind', () => {
    const names = siteColumns([]).map((c) => c.name);
    for (const n of [
      'status',
      'status_rule',
      'status_evidence',
      'status_uncertain',
      'landuse_osm',
      'street_fr',
      'street_nl',
      'house_number',
      'street_dist_m',
      'lon',
      'lat',
      'landuse_2013',
      'landuse_2013_share',
      'former_industrial_m2',
      'trades_on_site',
    ])
      expect(names).toContain(n);
    expect(names).not.toContain('kind');
    expect(names.at(-1)).toBe('status_evidence');
  });

  it('puts a passes_<sector> column beside each score column, the rank after the id and the note after the name', () => {
    const names = siteColumns(['agro-food', 'construction']).map((c) => c.name);
    expect(names.slice(0, 4)).toEqual(['site_id', 'rank', 'name', 'note']);
    const pairs: [string, string][] = [
      ['score_current_0_100', 'passes_current'],
      ['score_agro_food_0_100', 'passes_agro_food'],
      ['score_construction_0_100', 'passes_construction'],
    ];
    for (const [score, passes] of pairs) expect(names.indexOf(passes)).toBe(names.indexOf(score) + 1);
  });
  it('gives every metric column its unit: a suffix, or for the access metrics the unit in the name', () => {
    for (const key of metricKeys.filter((k) => !(accessMetricKeys as readonly string[]).includes(k))) {
      expect(metricTable[key].column).toMatch(/_(m2|m|ug_m3|count)$/);
    }
    // people reached within a time by public transport; the road distance (km) and the truck time (min) to a place
    for (const key of accessMetricKeys) expect(metricTable[key].column).toMatch(/^(employed_)?residents_(20|30|45)min_transit$|^(road_km|truck_min)_to_[a-z_]+$/);
    expect(accessMetricKeys.map((k) => metricTable[k].column)).toEqual([
      'residents_20min_transit',
      'residents_30min_transit',
      'residents_45min_transit',
      'employed_residents_20min_transit',
      'employed_residents_30min_transit',
      'employed_residents_45min_transit',
      'road_km_to_motorway',
      'truck_min_to_motorway',
      'road_km_to_canal_quay',
    ]);
  });
});

describe('sitesToCsv', () => {
  it('round-trips through a CSV parser with ";" and decimal comma', () => {
    const csv = sitesToCsv([fixtureSite('a'), fixtureSite('b')], lookup, { separator: ';' });
    const [header, a, b] = parse(csv, ';');
    const col = (name: string) => header!.indexOf(name);
    expect(a![col('site_id')]).toBe('a');
    expect(a![col('name')]).toBe('Quai "Nord"; dépôt, Forêt\nØst');
    expect(a![col('area_m2')]).toBe('100');
    expect(a![col('score_current_0_100')]).toBe('72,5');
    expect(a![col('score_logistics_0_100')]).toBe('');
    expect(a![col('failed_gates_current')]).toBe('');
    expect(b![col('score_construction_0_100')]).toBe('55,25');
    expect(b![col('failed_gates_current')]).toBe('min-area | dist-housing');
    expect(b![col('nearest_stop_lines')]).toBe('2,6,81');
  });

  it('leaves the score of a failing sector empty and says it fails', () => {
    const [header, a, b] = parse(sitesToCsv([fixtureSite('a'), fixtureSite('b')], lookup, { separator: ';', sectorIds: ['agro-food', 'construction', 'logistics'] }), ';');
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(cell(a!, 'passes_current')).toBe('true');
    expect(cell(b!, 'score_current_0_100')).toBe('');
    expect(cell(b!, 'passes_current')).toBe('false');
    expect(cell(b!, 'score_agro_food_0_100')).toBe('');
    expect(cell(b!, 'passes_agro_food')).toBe('false');
    expect(cell(b!, 'passes_construction')).toBe('true');
    expect(cell(a!, 'passes_logistics')).toBe(''); // not scored: unknown, not "fails"
  });
  it('writes the rank and the shortlist note when given, empty cells otherwise', () => {
    const opts = { separator: ';', ranks: new Map([['b', 1], ['a', 2]]), notes: new Map([['a', 'à voir; "vite"']]) } as const;
    const [header, b, a] = parse(sitesToCsv([fixtureSite('b'), fixtureSite('a')], lookup, opts), ';');
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect([cell(b!, 'rank'), cell(a!, 'rank')]).toEqual(['1', '2']);
    expect(cell(a!, 'note')).toBe('à voir; "vite"');
    expect(cell(b!, 'note')).toBe('');
    const [, plainRow] = parse(sitesToCsv([fixtureSite('a')], lookup), ';');
    expect(plainRow![header!.indexOf('rank')]).toBe('');
    const gj = sitesToGeoJson([fixtureFeature('a')], lookup, { ranks: opts.ranks, notes: opts.notes }).features[0]!.properties;
    expect(gj.rank).toBe(2);
    expect(gj.note).toBe('à voir; "vite"');
  });
  it('writes status, evidence in words and address cells', () => {
    const csv = sitesToCsv([fixtureSite('a')], lookup, { separator: ';' });
    const [header, a] = parse(csv, ';');
    const cell = (name: string) => a![header!.indexOf(name)];
    expect(cell('status')).toBe('available');
    expect(cell('status_rule')).toBe('vacant-free');
    expect(cell('status_evidence')).toBe(
      'landuse=brownfield; was:landuse=industrial; 2 workshops or trades mapped on the site; uncertain: 2 workshops or trades are mapped on this plot: part of it may be in use',
    );
    expect(cell('status_uncertain')).toBe('true');
    expect(cell('landuse_osm')).toBe('brownfield');
    expect(cell('street_fr')).toBe('Quai de l’Industrie');
    expect(cell('street_nl')).toBe('Nijverheidskaai');
    expect(cell('house_number')).toBe('12');
    expect(cell('street_dist_m')).toBe('0');
    expect(cell('lon')).toBe('4,351234');
    expect(cell('lat')).toBe('50,841234');
    expect(cell('landuse_2013')).toBe('industrial');
    expect(cell('landuse_2013_share')).toBe('0,85');
    expect(cell('former_industrial_m2')).toBe('1200');
    expect(cell('trades_on_site')).toBe('2');
  });

  it('writes the evidence in the language asked for', () => {
    const [header, a] = parse(sitesToCsv([fixtureSite('a')], lookup, { lang: 'fr' }), ';');
    expect(a![header!.indexOf('status_evidence')]).toContain('incertain: 2 ateliers ou commerces sont cartographiés');
    const nl = sitesToGeoJson([fixtureFeature('a')], lookup, { lang: 'nl' }).features[0]!.properties;
    expect(nl.status_evidence).toContain('onzeker: ');
  });

  it('leaves cells empty for properties a layer lacks or evidence it cannot read', () => {
    const old = fixtureSite('a', { statusEvidence: 'not json', streetFr: undefined as unknown as string, lon: Number.NaN });
    const [header, a] = parse(sitesToCsv([old], lookup, { separator: ',' }), ',');
    expect(a![header!.indexOf('status_evidence')]).toBe('');
    expect(a![header!.indexOf('street_fr')]).toBe('');
    expect(a![header!.indexOf('lon')]).toBe('');
  });

  it('uses decimal points with ","', () => {
    const csv = sitesToCsv([fixtureSite('b')], lookup, { separator: ',' });
    const [header, b] = parse(csv, ',');
    expect(b![header!.indexOf('score_construction_0_100')]).toBe('55.25');
  });

  it('guards a formula-like name but keeps negative numbers numeric', () => {
    const site = fixtureSite('a', { name: '=cmd|"/c calc"!A1', distMetroM: -5 });
    const [header, a] = parse(sitesToCsv([site], lookup, { separator: ',' }), ',');
    expect(a![header!.indexOf('name')]).toBe('\'=cmd|"/c calc"!A1');
    expect(a![header!.indexOf('dist_metro_m')]).toBe('-5');
  });

  it('writes empty score cells for a site without scores and honours the sector list', () => {
    const csv = sitesToCsv([fixtureSite('zz')], lookup, { separator: ',', sectorIds: ['construction'] });
    const [header, z] = parse(csv, ',');
    expect(header).toContain('score_construction_0_100');
    expect(header).not.toContain('score_agro_food_0_100');
    expect(z![header!.indexOf('score_construction_0_100')]).toBe('');
    expect(z![header!.indexOf('current_sector')]).toBe('');
  });

  it('writes a header only for no sites', () => {
    const rows = parse(sitesToCsv([], lookup, { sectorIds: ['x'] }), ';');
    expect(rows).toHaveLength(1);
  });
});

describe('sitesToGeoJson', () => {
  it('writes an RFC 7946 FeatureCollection with rounded lon/lat and no crs', () => {
    const fc = sitesToGeoJson([fixtureFeature('a'), fixtureFeature('b')], lookup);
    expect(fc.type).toBe('FeatureCollection');
    expect('crs' in fc).toBe(false);
    expect(fc.features).toHaveLength(2);
    const f = fc.features[0]!;
    expect(f.id).toBe('a');
    expect('bbox' in f).toBe(false);
    expect(f.geometry).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [4.3512346, 50.8412346],
          [4.3522346, 50.8412346],
          [4.3522346, 50.8422346],
          [4.3512346, 50.8412346],
        ],
      ],
    });
  });

  it('carries every metric and score as typed properties', () => {
    const fc = sitesToGeoJson([fixtureFeature('a'), fixtureFeature('b')], lookup);
    const a = fc.features[0]!.properties;
    const b = fc.features[1]!.properties;
    for (const key of metricKeys) expect(typeof a[metricTable[key].column]).toBe('number');
    expect(a.score_agro_food_0_100).toBe(72.5);
    expect(a.score_logistics_0_100).toBeNull();
    expect(a.passes_agro_food).toBe(true);
    expect(b.passes_agro_food).toBe(false);
    expect(b.score_agro_food_0_100).toBeNull();
    expect(a.current_sector).toBe('agro-food');
    expect(b.failed_gates_current).toBe('min-area | dist-housing');
    expect(b.name).toBe('Quai "Nord"; dépôt, Forêt\nØst');
    expect(a.status).toBe('available');
    expect(a.status_uncertain).toBe(true);
    expect(a.lon).toBe(4.351234);
    expect(a.landuse_2013_share).toBe(0.85);
    expect(a.status_evidence).toMatch(/^landuse=brownfield; /);
  });

  it('serialises to JSON without NaN (non-finite metrics become null)', () => {
    const fc = sitesToGeoJson([fixtureFeature('a', { no2UgM3: Number.NaN })], lookup);
    expect(fc.features[0]!.properties.no2_ug_m3).toBeNull();
    const text = JSON.stringify(fc);
    expect(JSON.parse(text)).toEqual(fc);
  });

  it('writes the access figures with their values, and empty cells (null) where they were not computed', () => {
    const notComputed = Object.fromEntries(accessMetricKeys.map((k) => [k, Number.NaN]));
    const shipped = fixtureSite('a', { employedResidents30MinTransit: 123_456, truckMinToMotorway: 6.4, roadKmToMotorway: 3.2, roadKmToCanalQuay: 0.8 });
    const own = fixtureSite('u', { status: 'user', ...notComputed });
    const [header, a, u] = parse(sitesToCsv([shipped, own], lookup, { separator: ';' }), ';');
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(cell(a!, 'employed_residents_30min_transit')).toBe('123456');
    expect(cell(a!, 'truck_min_to_motorway')).toBe('6,4');
    expect(cell(a!, 'road_km_to_motorway')).toBe('3,2');
    expect(cell(a!, 'road_km_to_canal_quay')).toBe('0,8');
    for (const k of accessMetricKeys) expect(cell(u!, metricTable[k].column), k).toBe('');
    const fc = sitesToGeoJson([fixtureFeature('u', { status: 'user', ...notComputed })], lookup);
    for (const k of accessMetricKeys) expect(fc.features[0]!.properties[metricTable[k].column], k).toBeNull();
  });

  it('does not mutate the input features', () => {
    const input = fixtureFeature('a');
    const before = JSON.stringify(input);
    sitesToGeoJson([input], lookup);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('roundGeometry', () => {
  it('rounds nested and collection geometries and keeps null', () => {
    expect(roundGeometry(null, 7)).toBeNull();
    expect(
      roundGeometry(
        {
          type: 'GeometryCollection',
          geometries: [
            { type: 'Point', coordinates: [4.123456789, -0.00000001] },
            { type: 'MultiPolygon', coordinates: [[[[1.000000049, 2]]]] },
          ],
        },
        7,
      ),
    ).toEqual({
      type: 'GeometryCollection',
      geometries: [
        { type: 'Point', coordinates: [4.1234568, 0] },
        { type: 'MultiPolygon', coordinates: [[[[1, 2]]]] },
      ],
    });
  });
});

describe('names', () => {
  it('builds a sanitised dated file name', () => {
    const day = new Date(2026, 10, 26, 23, 59);
    expect(exportFileName('agro-food', day, 'csv')).toBe('brussels-sites-agro-food-2026-11-26.csv');
    expect(exportFileName('Agro/Food ../é', day, 'geojson', 'shortlist')).toBe(
      'brussels-shortlist-agro-food-e-2026-11-26.geojson',
    );
    expect(exportFileName('', day, 'csv')).toBe('brussels-sites-all-sectors-2026-11-26.csv');
    expect(exportFileName('x', new Date(Number.NaN), 'csv')).toBe('brussels-sites-x-undated.csv');
  });

  it('slugifies sector ids into column names', () => {
    expect(scoreColumnName('agro-food')).toBe('score_agro_food_0_100');
    expect(scoreColumnName('!!!')).toBe('score_sector_0_100');
    expect(slugify('Économie circulaire', '-')).toBe('economie-circulaire');
  });

  it('gives MIME types', () => {
    expect(exportMimeType('csv')).toBe('text/csv;charset=utf-8');
    expect(exportMimeType('geojson')).toBe('application/geo+json');
  });
});

describe('the user’s own sites in exports', () => {
  const origin = { kind: 'import', file: 'percelen.gpkg', format: 'geopackage', featureNumber: 4, crs: 'EPSG:31370', crsFrom: 'file' } as const;
  const user = fixtureSite('user-1', {
    status: 'user',
    landuse: '',
    statusRule: 'user',
    statusEvidence: '[]',
    statusUncertain: false,
    name: 'Atelier Van Praet',
    userOrigin: JSON.stringify(origin),
    userExternalId: 'P-17',
    userAttributes: JSON.stringify({ owner: 'citydev', 'surface;m2': 1234.5, '=HYPERLINK("x")': '=1+1', listed: false, empty: null }),
    outsideRegion: true,
  });
  const drawn = fixtureSite('user-2', { status: 'user', landuse: '', userOrigin: JSON.stringify({ kind: 'drawn' }), userAttributes: JSON.stringify({ owner: 'me', colour: 'red' }) });

  it('writes status user, the origin in words, the file id and the outside-region flag; OpenStreetMap for shipped sites', () => {
    const [header, u, d, shipped] = parse(sitesToCsv([user, drawn, fixtureSite('a')], lookup, { separator: ';' }), ';');
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(cell(u!, 'status')).toBe('user');
    expect(cell(u!, 'landuse_osm')).toBe('');
    expect(cell(u!, 'status_evidence')).toBe('');
    expect(cell(u!, 'origin')).toBe('imported from percelen.gpkg, feature 4, Lambert 72 (EPSG:31370, read from the file)');
    expect(cell(d!, 'origin')).toBe('drawn on the map');
    expect(cell(shipped!, 'origin')).toBe('OpenStreetMap');
    expect(cell(u!, 'external_id')).toBe('P-17');
    expect(cell(d!, 'external_id')).toBe('');
    expect(cell(u!, 'outside_region')).toBe('true');
    expect(cell(d!, 'outside_region')).toBe('false');
    expect(cell(shipped!, 'outside_region')).toBe('');
    const fr = parse(sitesToCsv([user], lookup, { lang: 'fr' }), ';');
    expect(fr[1]![fr[0]!.indexOf('origin')]).toBe('importé de percelen.gpkg, entité 4, Lambert 72 (EPSG:31370, lu dans le fichier)');
  });

  it('gives the user attributes back as user_ columns after ours, in first-seen order, guarded against formulas', () => {
    const csv = sitesToCsv([fixtureSite('a'), user, drawn], lookup, { separator: ';' });
    const [header, shipped, u, d] = parse(csv, ';');
    expect(header!.indexOf('status_evidence')).toBe(header!.indexOf('user_owner') - 1);
    expect(header!.slice(header!.indexOf('user_owner'))).toEqual(['user_owner', 'user_surface;m2', 'user_=HYPERLINK("x")', 'user_listed', 'user_empty', 'user_colour']);
    const cell = (row: string[], name: string) => row[header!.indexOf(name)];
    expect(cell(u!, 'user_owner')).toBe('citydev');
    expect(cell(u!, 'user_surface;m2')).toBe('1234,5');
    expect(cell(u!, 'user_=HYPERLINK("x")')).toBe("'=1+1");
    expect(cell(u!, 'user_listed')).toBe('false');
    expect(cell(u!, 'user_empty')).toBe('');
    expect(cell(u!, 'user_colour')).toBe('');
    expect(cell(d!, 'user_colour')).toBe('red');
    expect(cell(shipped!, 'user_owner')).toBe('');
    // no user site, no user columns
    expect(parse(sitesToCsv([fixtureSite('a')], lookup), ';')[0]!.some((h) => h.startsWith('user_'))).toBe(false);
    // the caller may fix the list
    expect(siteColumns([], { userAttributes: ['owner'] }).map((c) => c.name).at(-1)).toBe('user_owner');
  });

  it('exports a user point site and its attributes as typed GeoJSON properties', () => {
    const feature = { type: 'Feature' as const, geometry: { type: 'Point' as const, coordinates: [4.123456789, 50.87654321] }, properties: user };
    const fc = sitesToGeoJson([feature, fixtureFeature('a')], lookup);
    const p = fc.features[0]!.properties;
    expect(fc.features[0]!.geometry).toEqual({ type: 'Point', coordinates: [4.1234568, 50.8765432] });
    expect(p.status).toBe('user');
    expect(p.user_owner).toBe('citydev');
    expect(p['user_surface;m2']).toBe(1234.5);
    expect(p.user_listed).toBe(false);
    expect(p.user_empty).toBeNull();
    expect(p.outside_region).toBe(true);
    expect(fc.features[1]!.properties.user_owner).toBeNull();
    expect(p.area_m2).toBe(100);
    expect(sitesToGeoJson([{ ...feature, properties: { ...user, areaM2: Number.NaN } }], lookup).features[0]!.properties.area_m2).toBeNull();
  });

  it('decodes origins and attributes defensively', () => {
    expect(decodeUserOrigin(JSON.stringify(origin))).toEqual(origin);
    expect(decodeUserOrigin(JSON.stringify({ kind: 'drawn', extra: 1 }))).toEqual({ kind: 'drawn' });
    expect(decodeUserOrigin('{bad')).toBeNull();
    expect(decodeUserOrigin(undefined)).toBeNull();
    expect(decodeUserOrigin(JSON.stringify({ ...origin, crs: 'EPSG:3857' }))).toBeNull();
    expect(decodeUserOrigin(JSON.stringify({ ...origin, featureNumber: 0 }))).toBeNull();
    expect(decodeUserAttributes(JSON.stringify({ a: 1, b: { nested: true }, c: 'x' }))).toEqual({ a: 1, c: 'x' });
    expect(decodeUserAttributes('[1,2]')).toEqual({});
    expect(userAttributeNames([user, drawn, fixtureSite('a')])).toEqual(['owner', 'surface;m2', '=HYPERLINK("x")', 'listed', 'empty', 'colour']);
    expect(userOriginText({ ...origin, crs: 'EPSG:4326', crsFrom: 'coordinates' }, 'nl')).toBe('geïmporteerd uit percelen.gpkg, object 4, WGS84 (EPSG:4326, herkend aan de coördinaten)');
    expect(siteOriginText({ status: 'user', userOrigin: undefined }, 'en')).toBe('');
  });
});
