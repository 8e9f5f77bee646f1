import { describe, expect, it } from 'vitest';
import { importLimits, type RefusedFeature } from '../../core/usersites/types.ts';
import { languages } from '../../i18n/i18n.ts';
import type { ImportFailure, ImportSummary } from './types.ts';
import {
  duplicatesText,
  importErrorText,
  importSummaryParts,
  importSummaryText,
  limitsText,
  measuringText,
  originText,
  parseAreaM2,
  pointAreaText,
  pointsText,
  refusedListText,
  refusedReasonText,
  siteName,
} from './userSitesText.ts';

const refused = (featureNumber: number, reason: RefusedFeature['reason']): RefusedFeature => ({ featureNumber, reason, detail: '' });
const summary = (s: Partial<ImportSummary> = {}): ImportSummary => ({ file: 'sites.geojson', added: 12, refused: [], outside: 0, duplicatesSkipped: 0, cancelled: false, ...s });
const reasons: RefusedFeature['reason'][] = ['no-geometry', 'not-polygon-or-point', 'invalid-geometry', 'outside-belgium', 'outside-region', 'over-limit', 'bad-coordinates'];
const failures: ImportFailure[] = ['empty', 'not-spatial', 'zip-without-shp', 'too-large', 'unknown-format', 'unreadable', 'crs-unsupported', 'no-usable-feature', 'other'];

describe('user-sites panel text', () => {
  it('states the limits up front, from the contract’s numbers', () => {
    expect(limitsText('en')).toBe('Up to 100,000 features, 50 MB; GeoJSON, FlatGeobuf, zipped Shapefile, GeoPackage, CSV with lon/lat or x/y.');
    expect(limitsText('fr')).toMatch(/^Jusqu’à 100\s000 objets, 50 mégaoctets ; GeoJSON/);
    expect(limitsText('nl')).toMatch(/^Tot 100\.000 objecten, 50 MB;/);
    expect(importLimits.maxFeatures).toBe(100_000);
  });

  it('words the summary with feature numbers: added, refused, flagged outside, duplicates skipped', () => {
    const s = summary({ refused: [refused(4, 'not-polygon-or-point'), refused(9, 'invalid-geometry'), refused(11, 'outside-region')], outside: 2, duplicatesSkipped: 1 });
    expect(importSummaryText('en', s)).toBe(
      '12 sites added from sites.geojson; 3 features refused: #4 not a polygon or point, #9 invalid geometry, #11 more than 2 km outside the region; ' +
        '2 sites lie outside the region, within 2 km of it, and are flagged; 1 duplicate skipped.',
    );
    expect(importSummaryText('fr', s)).toContain('12 sites ajoutés depuis sites.geojson ; 3 objets refusés : #4 ni polygone ni point');
    expect(importSummaryText('nl', s)).toContain('12 sites toegevoegd uit sites.geojson; 3 objecten geweigerd: #4 geen polygoon of punt');
  });

  it('says one site and one refusal in the singular, nothing added, and a cancelled import', () => {
    expect(importSummaryText('en', summary({ added: 1, refused: [refused(2, 'no-geometry')] }))).toBe('1 site added from sites.geojson; 1 feature refused: #2 no geometry.');
    expect(importSummaryParts('en', summary({ added: 0 }))).toEqual(['No site added from sites.geojson']);
    expect(importSummaryParts('en', summary({ added: 3, cancelled: true }))[0]).toBe('Import cancelled');
    expect(importSummaryText('en', summary({ outside: 1 }))).toContain('1 site lies outside the region, within 2 km of it, and is flagged');
  });

  it('lists the first refusals by number and counts the rest', () => {
    const many = Array.from({ length: 25 }, (_, i) => refused(i + 1, 'over-limit'));
    const text = refusedListText('en', many);
    expect(text.startsWith('#1 beyond the limit of 100,000 features, #2 beyond')).toBe(true);
    expect(text.endsWith('#10 beyond the limit of 100,000 features and 15 more')).toBe(true);
    expect(refusedListText('fr', many, 2)).toMatch(/^#1 au-delà de la limite de 100\s000 objets, #2 .* et 23 autres$/);
  });

  it('has words for every refusal reason in every language, all different', () => {
    for (const lang of languages) {
      const words = reasons.map((r) => refusedReasonText(lang, r));
      expect(new Set(words).size).toBe(reasons.length);
      for (const w of words) expect(w).not.toMatch(/\{\w+\}/);
    }
  });

  it('names the file in the message of every whole-file error, in every language, without leftover placeholders', () => {
    for (const lang of languages) {
      const texts = failures.map((r) => importErrorText(lang, r, 'parcelles été.zip', 'disk error'));
      expect(new Set(texts).size).toBe(failures.length);
      for (const text of texts) {
        expect(text).toContain('parcelles été.zip');
        expect(text).not.toMatch(/\{\w+\}/);
      }
    }
    expect(importErrorText('en', 'too-large', 'big.gpkg')).toBe('big.gpkg is larger than 50 MB, the limit of an import.');
    expect(importErrorText('en', 'zip-without-shp', 'a.zip')).toBe('a.zip is a zip file without a Shapefile (.shp) inside.');
    expect(importErrorText('fr', 'empty', 'vide.csv')).toBe('vide.csv est vide.');
    expect(importErrorText('en', 'other', 'x.json', 'out of memory')).toBe('x.json could not be imported: out of memory');
    expect(importErrorText('en', 'other', 'x.json')).toBe('x.json could not be imported: unknown');
  });

  it('words the questions and progress', () => {
    expect(duplicatesText('en', 'a.csv', 1)).toBe('1 site of a.csv looks like one you already have (same place and shape).');
    expect(duplicatesText('nl', 'a.csv', 3)).toBe('3 sites van a.csv lijken op sites die u al hebt (zelfde plaats en vorm).');
    expect(pointsText('fr', 'p.csv', 1200)).toMatch(/^p\.csv contient 1\s200 sites donnés par des points/);
    expect(measuringText('en', 'big.fgb', 1500, 20000)).toBe('Measuring big.fgb: 1,500 of 20,000 sites');
  });

  it('says where a site came from, its name or that it has none, and a point’s area', () => {
    expect(originText('en', { kind: 'drawn' })).toBe('drawn on the map');
    expect(originText('fr', { kind: 'import', file: 'z.gpkg', format: 'geopackage', featureNumber: 7, crs: 'EPSG:31370', crsFrom: 'file' })).toBe('z.gpkg, objet 7');
    // a CSV's number is its line, as the card and the exports say
    expect(originText('fr', { kind: 'import', file: 'p.csv', format: 'csv', featureNumber: 2, crs: 'EPSG:4326', crsFrom: 'coordinates' })).toBe('p.csv, ligne 2');
    expect(siteName('nl', { name: '  ' })).toBe('Naamloze site');
    expect(siteName('en', { name: '<b>Depot</b>' })).toBe('<b>Depot</b>'); // text, never markup: the component renders it as a text node
    expect(pointAreaText('en', null)).toBe('area unknown');
    expect(pointAreaText('fr', 12500.4)).toMatch(/^12\s500 m² indiqués$/);
  });

  it('reads an area as the user’s language writes it, refusing what is not a positive number', () => {
    expect(parseAreaM2('en', '')).toBeNull();
    expect(parseAreaM2('en', '  ')).toBeNull();
    expect(parseAreaM2('en', '2500')).toBe(2500);
    expect(parseAreaM2('fr', '12 500')).toBe(12500);
    expect(parseAreaM2('fr', '12\u202f500,5')).toBe(12500.5);
    expect(parseAreaM2('fr', '12.500')).toBe(12500);
    expect(parseAreaM2('en', '12.500')).toBe(12.5);
    expect(parseAreaM2('en', '12,500')).toBe(12500);
    expect(parseAreaM2('fr', '12,5')).toBe(12.5);
    expect(parseAreaM2('nl', '1.234.567,8')).toBe(1234567.8);
    expect(parseAreaM2('en', '1,234,567.8')).toBe(1234567.8);
    expect(parseAreaM2('en', '0')).toBe('invalid');
    expect(parseAreaM2('en', '-5')).toBe('invalid');
    expect(parseAreaM2('en', '12a')).toBe('invalid');
    expect(parseAreaM2('en', '1e5')).toBe('invalid');
    expect(parseAreaM2('en', '12.')).toBe('invalid');
    expect(parseAreaM2('en', '1.2.3')).toBe('invalid');
  });
});
