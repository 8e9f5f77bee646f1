import { describe, expect, it } from 'vitest';
import type { Manifest } from '../core/types.ts';
import { basemapEntryOf, offlineStyle } from './basemap.ts';

const source = { name: 'OpenStreetMap', publisher: 'OSM', licence: 'ODbL', date: '2026', files: [] };
const manifest: Manifest = {
  version: 1,
  builtAt: '',
  sourceDir: '',
  inputsHash: '',
  layers: [],
  basemap: ['boundaries', 'water', 'landuse', 'green', 'railway'].map((name) => ({ name, file: `basemap/${name}.pmtiles`, sourceLayer: name, source })),
};

describe('offlineStyle', () => {
  it('reads every archive through pmtiles:// from the app origin, with no glyphs or sprites', () => {
    const style = offlineStyle(manifest, 'http://localhost:4173/app/geodata/');
    expect(style.glyphs).toBeUndefined();
    expect(style.sprite).toBeUndefined();
    const urls = Object.values(style.sources).map((s) => ('url' in s ? s.url : ''));
    expect(urls).toHaveLength(5);
    for (const u of urls) expect(u).toMatch(/^pmtiles:\/\/http:\/\/localhost:4173\/app\/geodata\/basemap\/\w+\.pmtiles$/);
    expect(style.layers.some((l) => l.type === 'symbol')).toBe(false);
  });
  it('draws land use under water and boundaries on top', () => {
    const ids = offlineStyle(manifest, 'http://x/geodata/').layers.map((l) => l.id);
    expect(ids.indexOf('bm-landuse')).toBeLessThan(ids.indexOf('bm-water'));
    expect(ids.at(-1)).toBe('bm-boundaries');
  });
});

describe('basemapEntryOf', () => {
  it('maps each style source back to the archive it reads, and nothing else', () => {
    const style = offlineStyle(manifest, 'http://x/geodata/');
    for (const id of Object.keys(style.sources)) expect(basemapEntryOf(manifest, id)?.file).toBe(`basemap/${id.replace('bm-', '')}.pmtiles`);
    expect(basemapEntryOf(manifest, 'sites')).toBeUndefined();
    expect(basemapEntryOf(manifest, undefined)).toBeUndefined();
    expect(basemapEntryOf({ ...manifest, basemap: undefined }, 'bm-water')).toBeUndefined();
  });
});
