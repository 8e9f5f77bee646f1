import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import { prepareSite } from './geom.ts';
import { addressFinder, landuseHistoryFinder, splitBilingualName, type StreetProps } from './siteContext.ts';

const square = (x: number, y: number, side: number): Polygon => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + side, y], [x + side, y + side], [x, y + side], [x, y]]],
});
const street = (name: string, coords: [number, number][], highway = 'residential'): Feature<LineString, StreetProps> => ({
  type: 'Feature',
  geometry: { type: 'LineString', coordinates: coords },
  properties: { nameFr: name, nameNl: name, highway },
});

describe('splitBilingualName', () => {
  it('splits Brussels names French first, as OSM writes them', () => {
    expect(splitBilingualName('Rue de l’Angle - Hoekstraat')).toEqual(['Rue de l’Angle', 'Hoekstraat']);
  });
  it('puts a Dutch first part second and tolerates a missing space (2013 names)', () => {
    expect(splitBilingualName('Oude vijversstraat -Rue des anciens etangs')).toEqual(['Rue des anciens etangs', 'Oude vijversstraat']);
  });
  it('keeps hyphenated single names whole', () => {
    expect(splitBilingualName('Rue Saint-Josse')).toEqual(['Rue Saint-Josse', 'Rue Saint-Josse']);
  });
});

describe('addressFinder', () => {
  const streets = [
    street('Quai des Usines - Werkhuizenkaai', [[0, -20], [100, -20]]),
    street('', [[0, -5], [100, -5]]),
    street('Ring', [[0, -2], [100, -2]], 'motorway'),
    street('Rue Far - Verrestraat', [[0, 900], [100, 900]]),
  ];
  const find = addressFinder(streets);
  it('takes the nearest named street that is an address, with its distance from the edge', () => {
    expect(find(prepareSite(square(0, 0, 50)), {})).toEqual({ streetFr: 'Quai des Usines', streetNl: 'Werkhuizenkaai', houseNumber: '', streetDistM: 20 });
  });
  it('prefers the street tagged on the site', () => {
    const a = find(prepareSite(square(0, 0, 50)), { 'addr:street': 'Rue de l’Angle - Hoekstraat', 'addr:housenumber': '4' });
    expect(a).toEqual({ streetFr: 'Rue de l’Angle', streetNl: 'Hoekstraat', houseNumber: '4', streetDistM: 0 });
  });
  it('gives no street beyond reach rather than a far one', () => {
    expect(find(prepareSite(square(0, 2000, 50)), {}).streetFr).toBe('');
  });
});

describe('landuseHistoryFinder', () => {
  const lu = (landuse: string, g: Polygon) => ({ type: 'Feature' as const, geometry: g, properties: { landuse } });
  it('names the dominant 2013 class with its share and the former industrial area', () => {
    const find = landuseHistoryFinder([lu('industrial', square(0, 0, 60)), lu('residential', square(60, 0, 40))]);
    expect(find(square(0, 0, 100))).toEqual({ landuse2013: 'industrial', landuse2013Share: 0.36, formerIndustrialM2: 3600 });
  });
  it('says none mapped under 10 % cover', () => {
    const find = landuseHistoryFinder([lu('industrial', square(0, 0, 30))]);
    expect(find(square(0, 0, 100))).toEqual({ landuse2013: '', landuse2013Share: 0, formerIndustrialM2: 900 });
  });
  it('never counts more than the site when 2013 polygons of one class overlap', () => {
    const find = landuseHistoryFinder([lu('industrial', square(0, 0, 100)), lu('industrial', square(0, 0, 100))]);
    expect(find(square(0, 0, 100))).toEqual({ landuse2013: 'industrial', landuse2013Share: 1, formerIndustrialM2: 10000 });
  });
  it('copes with an empty 2013 layer', () => {
    expect(landuseHistoryFinder([])(square(0, 0, 10))).toEqual({ landuse2013: '', landuse2013Share: 0, formerIndustrialM2: 0 });
  });
});
