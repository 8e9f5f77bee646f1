import { describe, expect, it } from 'vitest';
import {
  accessNotComputed,
  accessSummary,
  addressText,
  coordinatesText,
  formatArea,
  formatDistance,
  formatMetric,
  formatNo2,
  isAccessMetric,
  landuse2013Text,
  shareText,
  siteTitle,
  statusClass,
  statusLabel,
  statusMeaning,
  nearestStopText,
  stopLinesText,
  streetDistanceText,
  streetName,
  streetText,
  userAttributeRows,
  userOriginLine,
} from './format.ts';
import { unknownGateText } from './ScoreBreakdown.tsx';
import { fixtureSite } from '../core/export/testSites.ts';
import { accessMetricKeys } from '../core/access/types.ts';
import { metricKeys } from '../core/types.ts';

describe('format', () => {
  it('writes distances, areas and NO2 in plain words', () => {
    expect(formatDistance('en', 318)).toBe('320 m');
    expect(formatDistance('fr', 1234)).toBe('1,2 km');
    expect(formatDistance('en', -1)).toBe('unknown');
    expect(formatArea('en', 850)).toBe('850 m²');
    expect(formatArea('nl', 24_000)).toBe('2,4 ha');
    expect(formatNo2('en', 27)).toBe('27 µg/m³, above the EU 2030 limit');
    expect(formatNo2('en', 8)).toBe('8 µg/m³, below the WHO guideline');
    expect(formatMetric('en', 'distMetroM', 320)).toEqual({ label: 'Metro', value: '320 m' });
    expect(formatMetric('en', 'linesWithin400m', 5)).toEqual({ label: 'STIB lines within 400 m', value: '5' });
  });
  it('labels every metric in every language', () => {
    for (const lang of ['fr', 'nl', 'en'] as const) for (const k of metricKeys) expect(formatMetric(lang, k, 1).label).toBeTruthy();
  });
  it('titles unnamed sites from status and municipality', () => {
    expect(siteTitle('en', { name: '', status: 'available', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('Available site in Ixelles');
    expect(siteTitle('fr', { name: '', status: 'estate', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('Site à Ixelles : parc d’entreprises');
    expect(siteTitle('nl', { name: ' ', status: 'leaving', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('Site in Elsene: verlaat productie');
    expect(siteTitle('en', { name: '<b>x</b>', status: 'available', communeFr: '', communeNl: '' })).toBe('<b>x</b>');
  });
  it('names statuses in every language and copes with unknown values', () => {
    expect(statusLabel('en', 'new-productive')).toBe('New productive space');
    expect(statusLabel('nl', 'occupied')).toBe('In gebruik');
    expect(statusLabel('fr', 'vacant')).toBe('vacant');
    expect(statusLabel('en', '')).toBe('unknown');
    expect(statusMeaning('en', 'leaving')).toMatch(/another use/);
    expect(statusMeaning('en', 'x')).toBe('');
    expect(statusClass('occupied')).toBe('status-occupied');
    expect(statusClass('a b"')).toBe('status-unknown');
  });
  it('writes the street with its number, the distance to it and the address', () => {
    const site = fixtureSite('a');
    expect(streetText('fr', site)).toBe('Quai de l’Industrie 12');
    expect(streetText('nl', site)).toBe('Nijverheidskaai 12');
    expect(streetText('en', { ...site, streetFr: '' })).toBe('Nijverheidskaai 12');
    expect(streetText('en', { ...site, streetFr: '', streetNl: '' })).toBe('');
    expect(streetDistanceText('en', 0)).toBe('');
    expect(streetDistanceText('en', 38)).toBe('≈ 40 m');
    expect(streetDistanceText('en', 0.3)).toBe('≈ 1 m');
    expect(streetDistanceText('fr', 1530)).toBe('≈ 1,5 km');
    expect(addressText('nl', { ...site, streetDistM: 38 })).toBe('Nijverheidskaai 12 (≈ 40 m), Anderlecht');
    expect(addressText('fr', { ...site, streetFr: '', streetNl: '' })).toBe('Anderlecht');
  });
  it('names the lines of a stop in the singular for one line', () => {
    expect(stopLinesText('en', '34')).toBe('line 34');
    expect(stopLinesText('en', '34,82')).toBe('lines 34, 82');
    expect(stopLinesText('fr', '34')).toBe('ligne 34');
    expect(stopLinesText('fr', ' 2, 6 ,81')).toBe('lignes 2, 6, 81');
    expect(stopLinesText('nl', '34')).toBe('lijn 34');
    expect(stopLinesText('nl', '34,82')).toBe('lijnen 34, 82');
    expect(stopLinesText('en', '')).toBe('');
    expect(nearestStopText('en', { nearestStopFr: 'Clemenceau', nearestStopNl: 'Clemenceau', nearestStopLines: '81' })).toBe('Clemenceau (line 81)');
    expect(nearestStopText('nl', { nearestStopFr: 'Gare du Midi', nearestStopNl: 'Zuidstation', nearestStopLines: '' })).toBe('Zuidstation');
  });
  it('writes coordinates with the decimal mark of the language', () => {
    expect(coordinatesText('fr', 4.3512345678, 50.8)).toBe('4,351235 ; 50,800000');
    expect(coordinatesText('nl', 4.3512345678, 50.8)).toBe('4,351235; 50,800000');
  });
  it('writes coordinates with 6 decimals and the 2013 land use', () => {
    expect(coordinatesText('en', 4.3512345678, 50.8)).toBe('4.351235, 50.800000');
    expect(coordinatesText('fr', Number.NaN, 50.8)).toBe('inconnu');
    expect(landuse2013Text('en', fixtureSite('a'))).toBe('landuse=industrial (85 %)');
    expect(landuse2013Text('en', { landuse2013: 'residential', landuse2013Share: 0 })).toBe('landuse=residential');
    expect(landuse2013Text('nl', { landuse2013: '', landuse2013Share: 0 })).toBe('niets in kaart gebracht');
    expect(shareText(1.2)).toBe('100 %');
  });
  it('names a 2013 street in the language, the other language when one is missing', () => {
    expect(streetName('fr', { nameFr: 'Rue de Stalle', nameNl: 'Stallestraat' })).toBe('Rue de Stalle');
    expect(streetName('en', { nameFr: 'Rue de Stalle', nameNl: 'Stallestraat' })).toBe('Rue de Stalle');
    expect(streetName('nl', { nameFr: 'Quai des Usines', nameNl: '' })).toBe('Quai des Usines');
    expect(streetName('nl', { nameFr: 'Place Saint-Pierre', nameNl: 'Sint-Pietersplein' })).toBe('Sint-Pietersplein');
    expect(streetName('fr', { nameFr: '', nameNl: '' })).toBe('');
    expect(streetName('fr', null)).toBe('');
  });
  it('shows a user site as "Added site" with its origin and attributes, titled by place when unnamed', () => {
    expect(statusLabel('en', 'user')).toBe('Added site');
    expect(statusLabel('nl', 'user')).toBe('Toegevoegde site');
    expect(statusClass('user')).toBe('status-user');
    expect(statusMeaning('fr', 'user')).toMatch(/^ajouté par l’utilisateur/);
    expect(siteTitle('fr', { name: '', status: 'user', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('Site ajouté à Ixelles');
    expect(siteTitle('nl', { name: '', status: 'user', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('Toegevoegde site in Elsene');
    expect(siteTitle('en', { name: '', status: 'user', communeFr: '', communeNl: '' })).toBe('Added site');
    expect(siteTitle('en', { name: 'Hall 4', status: 'user', communeFr: 'Ixelles', communeNl: 'Elsene' })).toBe('Hall 4');
    const origin = JSON.stringify({ kind: 'import', file: 'sites.fgb', format: 'flatgeobuf', featureNumber: 2, crs: 'EPSG:3812', crsFrom: 'file' });
    expect(userOriginLine('en', { userOrigin: origin })).toBe('Imported from sites.fgb, feature 2, Lambert 2008 (EPSG:3812, read from the file)');
    expect(userOriginLine('fr', { userOrigin: JSON.stringify({ kind: 'drawn' }) })).toBe('Dessiné sur la carte');
    expect(userOriginLine('nl', { userOrigin: 'garbage' })).toBe('niet vastgelegd');
    expect(userAttributeRows('fr', { userAttributes: JSON.stringify({ surface: 1234.5, owner: 'citydev', listed: true, none: null }) })).toEqual([
      ['surface', '1\u202f234,5'],
      ['owner', 'citydev'],
      ['listed', 'true'],
      ['none', ''],
    ]);
    expect(userAttributeRows('en', {})).toEqual([]);
  });
  it('writes the modelled access by the networks: people rounded to 100, minutes, road km; "not computed" when missing', () => {
    expect(formatMetric('en', 'employedResidents30MinTransit', 123_449)).toEqual({ label: 'Employed residents within 30 min by public transport', value: '123,400' });
    expect(formatMetric('fr', 'residents45MinTransit', 612_345).value).toBe('612\u202f300');
    expect(formatMetric('nl', 'residents20MinTransit', 640).value).toBe('640');
    expect(formatMetric('en', 'truckMinToMotorway', 6.4)).toEqual({ label: 'Truck time to the motorway (2013 roads)', value: '6 min' });
    expect(formatMetric('en', 'truckMinToMotorway', 0.2).value).toBe('< 1 min');
    expect(formatMetric('nl', 'roadKmToMotorway', 3.24).value).toBe('3,2 km');
    expect(formatMetric('fr', 'roadKmToCanalQuay', 0.84)).toEqual({ label: 'Distance par la route jusqu’à un quai du canal (routes de 2013)', value: '0,8 km' });
    expect(formatMetric('en', 'roadKmToCanalQuay', Number.NaN).value).toBe('not computed');
    expect(formatMetric('fr', 'employedResidents20MinTransit', Number.NaN).value).toBe('non calculé');
    expect(formatMetric('nl', 'truckMinToMotorway', Number.NaN).value).toBe('niet berekend');
  });
  it('tells the access metrics from the others', () => {
    for (const k of metricKeys) expect(isAccessMetric(k)).toBe((accessMetricKeys as readonly string[]).includes(k));
    expect(isAccessMetric('distMotorwayM')).toBe(false);
  });
  it('sums the access up in one sentence for the sheet, and tells a site without any figure', () => {
    const site = fixtureSite('a', {
      residents20MinTransit: 80_040, employedResidents20MinTransit: 30_960, residents30MinTransit: 250_000, employedResidents30MinTransit: 101_000,
      residents45MinTransit: 700_000, employedResidents45MinTransit: 260_000, truckMinToMotorway: 5.6, roadKmToMotorway: 2.96, roadKmToCanalQuay: 1.2,
    });
    expect(accessSummary('en', site)).toBe(
      'residents within 20 / 30 / 45 min by public transport 80,000 / 250,000 / 700,000, of whom employed 31,000 / 101,000 / 260,000; truck to the motorway 6 min, 3 km; canal quay by road 1.2 km.',
    );
    expect(accessSummary('fr', site)).toContain('dont actifs occupés 31\u202f000 / 101\u202f000 / 260\u202f000 ; camion jusqu’à l’autoroute 6 min, 3 km ;');
    expect(accessNotComputed(site)).toBe(false);
    const own = fixtureSite('u', Object.fromEntries(accessMetricKeys.map((k) => [k, Number.NaN])));
    expect(accessNotComputed(own)).toBe(true);
    expect(accessSummary('nl', own)).toBe(
      'inwoners binnen 20 / 30 / 45 min met het openbaar vervoer niet berekend, waarvan werkend niet berekend; vrachtwagen tot de autosnelweg niet berekend; kanaalkaai over de weg niet berekend.',
    );
  });
  it('says which gate an unknown value left unchecked', () => {
    expect(unknownGateText('en', { gate: 'areaM2', bound: 'min', limit: 1000, unit: 'm²' })).toBe('Area: value unknown, the minimum of 1,000 m² was not checked');
    expect(unknownGateText('nl', { gate: 'no2UgM3', bound: 'max', limit: 20, unit: 'µg/m³' })).toMatch(/: waarde onbekend, het maximum van 20 µg\/m³ is niet gecontroleerd$/);
  });
});

describe('2013 land use of a user site', () => {
  it('says unknown, never "none mapped": the browser does not have the 2013 land use', async () => {
    const { landuse2013Text } = await import('./format.ts');
    expect(landuse2013Text('en', { landuse2013: '', landuse2013Share: 0, status: 'user' })).toMatch(/not known for your own sites/i);
    expect(landuse2013Text('en', { landuse2013: '', landuse2013Share: 0, status: 'available' })).not.toMatch(/your own/i);
  });
});
