import { beforeAll, describe, expect, it } from 'vitest';
import type { LayerSource, Manifest, ManifestLayer } from '../core/types.ts';
import { layerLabel, sourceLines, sourceNote, sourcePhrase, sourceTitle } from './sourceText.ts';

const losses: LayerSource = { name: 'Land that was industrial in 2013 and is under another use in 2026 (OpenStreetMap land use, indicative)', publisher: 'OpenStreetMap contributors; computed by comparing the land use of 2013-01-01 and 2026-05', licence: 'ODbL 1.0', date: '2013-01-01 and 2026-05', files: [] };

describe('before the sources dictionary has loaded', () => {
  it("reads as the manifest's English text, never as a message key", () => {
    expect(sourceTitle('fr', 'land-losses', losses)).toBe(losses.name);
    const census = 'Computed from Statbel (statistical sectors 2022, Census 2021), OpenStreetMap contributors, CurieuzenAir and IRCEL-CELINE, STIB-MIVB';
    expect(sourcePhrase('nl', census)).toBe(census);
  });
});

const osm: LayerSource = { name: 'OpenStreetMap', publisher: 'OpenStreetMap contributors', licence: 'ODbL 1.0', date: '2026-05', files: [] };
const layer = (id: ManifestLayer['id'], source: LayerSource): ManifestLayer => ({ id, file: `${id}.fgb`, features: 1, geometryType: 'Polygon', bbox: [0, 0, 0, 0], crs: 'EPSG:4326', source, attribution: '' });
const region: LayerSource = { name: 'Brussels-Capital Region outline (union of statistical sectors 2022)', publisher: 'Statbel (Belgian statistical office), via phacochr', licence: 'Statbel open data licence (CC BY 4.0 terms)', date: '2022-01-01', files: [] };
const manifest: Manifest = {
  version: 1,
  builtAt: '',
  sourceDir: '',
  inputsHash: '',
  layers: [
    layer('region', region),
    layer('communes', { ...region, name: 'The 19 municipalities' }),
    layer('productive-zones', { ...osm, note: 'OSM land use landuse=industrial: land used for industry, not the legal zoning plan (PRAS).' }),
    layer('canal', { ...osm, note: 'x' }),
    layer('housing', osm),
    layer('roads', { ...osm, date: '2013-01-01', note: 'OpenStreetMap as of 1 January 2013' }),
  ],
  basemap: [{ name: 'water', file: 'basemap/water.pmtiles', sourceLayer: 'water', source: { ...osm, note: 'tiles' } }, { name: 'green', file: 'basemap/green.pmtiles', sourceLayer: 'green', source: osm }],
};

describe('source texts', () => {
  beforeAll(async () => {
    await import('../i18n/dictSources.ts'); // as the views showing them do
  });
  it('titles and notes known layers in the UI language, whatever the manifest says', () => {
    expect(sourceTitle('fr', 'region', region)).toBe('Contour de la Région de Bruxelles-Capitale (union des secteurs statistiques 2022)');
    expect(sourceTitle('nl', 'region', region)).toMatch(/^Grens van het Brussels Hoofdstedelijk Gewest/);
    expect(sourceNote('nl', 'roads', manifest.layers[5]!.source)).toMatch(/^OpenStreetMap op 1 januari 2013/);
    expect(sourceNote('fr', 'productive-zones', osm)).toMatch(/^Usage du sol OSM/);
  });

  it('falls back to the manifest text for unknown layers, and names without a translation', () => {
    expect(sourceTitle('fr', 'canal', osm)).toBe('OpenStreetMap');
    expect(sourceTitle('fr', 'newer-layer', { ...osm, name: 'Something new' })).toBe('Something new');
    expect(sourceNote('nl', 'newer-layer', { ...osm, note: 'A note' })).toBe('A note');
    expect(sourceNote('nl', 'newer-layer', osm)).toBe('');
    expect(layerLabel('fr', 'roads')).toBe('Routes (OSM 2013)');
    expect(layerLabel('nl', 'basemap')).toBe('Achtergrondkaart');
    expect(layerLabel('en', 'newer-layer')).toBe('newer-layer');
  });

  it('translates a publisher, licence or date only when it is the text the app knows', () => {
    expect(sourcePhrase('fr', 'Statbel (Belgian statistical office), via phacochr')).toBe('Statbel (office belge de statistique), via phacochr');
    expect(sourcePhrase('nl', 'OpenStreetMap contributors')).toBe('OpenStreetMap-bijdragers');
    expect(sourcePhrase('fr', 'Statbel, 2024 edition')).toBe('Statbel, 2024 edition');
    expect(sourcePhrase('en', 'ODbL 1.0')).toBe('ODbL 1.0');
  });

  it('prints each source once with its layers, the basemap included', () => {
    const lines = sourceLines('fr', manifest);
    expect(lines).toEqual([
      'Statbel (office belge de statistique), via phacochr, licence open data de Statbel (conditions CC BY 4.0), 2022-01-01 : Limite de la Région, Communes',
      'contributeurs OpenStreetMap, ODbL 1.0, 2026-05 : Zones productives (usage industriel OSM), Canal, Logements, Fond de carte',
      'contributeurs OpenStreetMap, ODbL 1.0, 2013-01-01 : Routes (OSM 2013)',
    ]);
    expect(lines.join(' ').match(/OpenStreetMap/g)).toHaveLength(2); // once per date, not once per layer
  });
});

describe('the planner\'s own datasets, once the sources dictionary has loaded', () => {
  it('have their titles, notes and phrases in French and Dutch', () => {
    expect(sourceTitle('fr', 'land-losses', losses)).toMatch(/^Terrains industriels en 2013/);
    expect(sourceNote('nl', 'land-losses', losses)).toMatch(/^OSM landuse=industrial van 1 januari 2013/);
    expect(sourceTitle('nl', 'sectors', { name: 'x' })).toMatch(/^Statistische sectoren 2022/);
    expect(sourceTitle('fr', 'census', { name: 'x' })).toMatch(/^Indicateurs des terrains productifs/);
    expect(sourcePhrase('fr', losses.publisher)).toMatch(/^contributeurs OpenStreetMap ; calculé/);
    expect(sourcePhrase('nl', '2013-01-01 and 2026-05')).toBe('1 januari 2013 en mei 2026');
  });
});

describe('credit lines of the print sheet', () => {
  it('name the planner view\'s layers and give their phrases in the language, not ids or English', () => {
    const m = { ...manifest, layers: [layer('sectors', { ...region, name: 'Statistical sectors 2022' }), layer('land-losses', losses)] } as Manifest;
    const fr = sourceLines('fr', m).join('\n');
    expect(fr).toContain('Secteurs statistiques');
    expect(fr).toContain('Terrains industriels perdus depuis 2013');
    expect(fr).toContain('1er janvier 2013 et mai 2026');
    expect(fr).not.toMatch(/land-losses|sectors|computed by comparing/);
  });
});
