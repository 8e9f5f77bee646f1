import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import type { LayerSource } from '../types';
import { utf8Bom } from './csv';
import { layerFileName, zonesToCsv, zonesToGeoJson } from './zones';

const source: LayerSource = { name: 'OpenStreetMap', publisher: 'OpenStreetMap contributors', licence: 'ODbL 1.0', date: '2026-05', files: ['osm.geojson'] };
const zones: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    { type: 'Feature', properties: { zoneId: 'zone-1', name: 'Zoning "Nord"; Haren', areaM2: 6079.5 }, geometry: { type: 'Polygon', coordinates: [[[4.351234567891, 50.84], [4.36, 50.84], [4.36, 50.85], [4.351234567891, 50.84]]] } },
    { type: 'Feature', properties: { zoneId: 'zone-2', name: '', areaM2: 'x' }, geometry: { type: 'MultiPolygon', coordinates: [[[[4.3, 50.8], [4.31, 50.8], [4.31, 50.81], [4.3, 50.8]]]] } },
  ],
};

describe('productive zones export', () => {
  it('writes one CSV row per zone with its source and licence in every row', () => {
    const csv = zonesToCsv(zones, source, { separator: ';' });
    expect(csv.startsWith(utf8Bom)).toBe(true);
    const { data } = Papa.parse<string[]>(csv.slice(1), { delimiter: ';', newline: '\r\n', skipEmptyLines: true });
    const [header, a, b] = data;
    expect(header).toEqual(['zone_id', 'name', 'area_m2', 'source', 'publisher', 'licence', 'source_date']);
    expect(a).toEqual(['zone-1', 'Zoning "Nord"; Haren', '6079,5', 'OpenStreetMap', 'OpenStreetMap contributors', 'ODbL 1.0', '2026-05']);
    expect(b![2]).toBe('');
  });

  it('leaves the source cells empty when the manifest has none', () => {
    const { data } = Papa.parse<string[]>(zonesToCsv(zones, undefined, { separator: ',' }).slice(1), { delimiter: ',', newline: '\r\n', skipEmptyLines: true });
    expect(data[1]!.slice(3)).toEqual(['', '', '', '']);
  });

  it('writes RFC 7946 GeoJSON with the same properties and rounded coordinates', () => {
    const fc = zonesToGeoJson(zones, source);
    expect(fc.features).toHaveLength(2);
    expect(fc.features[0]!.id).toBe('zone-1');
    expect(fc.features[0]!.properties).toEqual({ zone_id: 'zone-1', name: 'Zoning "Nord"; Haren', area_m2: 6079.5, source: 'OpenStreetMap', publisher: 'OpenStreetMap contributors', licence: 'ODbL 1.0', source_date: '2026-05' });
    expect((fc.features[0]!.geometry as { coordinates: number[][][] }).coordinates[0]![0]).toEqual([4.3512346, 50.84]);
    expect(fc.features[1]!.geometry.type).toBe('MultiPolygon');
  });

  it('names the file after the layer and the day', () => {
    expect(layerFileName('productive-zones', new Date(2026, 10, 30), 'csv')).toBe('brussels-productive-zones-2026-11-30.csv');
  });
});
